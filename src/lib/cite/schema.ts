/**
 * The schema of the edition files in geodata/ (zod: types and validator in one, build time only):
 *
 * - `editions.json`: the atlas as a work (title, authors, licences) and its editions, oldest first;
 * - `corrections.json` (optional): the errata, each naming the edition that made it;
 * - `claims/<version>.json`: every claim id of that edition (written by `npm run edition`);
 * - `claims/retired.json` (optional): claim ids an edition removed, each with a note.
 *
 * `validateEditionFiles` reports errors in the validator's shape (file, id, field, message), all in
 * one run; `src/lib/data/validate.ts` calls it and accepts these files in geodata/.
 */
import { z } from 'zod';
import { CLAIM_KINDS, CORRECTION_KINDS } from './types';

export interface EditionFileError {
	file: string;
	id: string;
	field: string;
	message: string;
}

export const EDITIONS_FILE = 'editions.json';
export const CORRECTIONS_FILE = 'corrections.json';
export const RETIRED_FILE = 'claims/retired.json';
const CLAIMS_LIST = /^claims\/(\d+\.\d+\.\d+)\.json$/;

/** Whether a path (relative to geodata/) is one of the edition files this module reads. */
export const isEditionFile = (path: string) =>
	path === EDITIONS_FILE || path === CORRECTIONS_FILE || path === RETIRED_FILE || CLAIMS_LIST.test(path);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Id = z.string().regex(ID, 'must be a kebab-case id (a-z, 0-9, single hyphens)');
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const Version = z.string().regex(SEMVER, 'must be a version MAJOR.MINOR.PATCH (e.g. 1.2.0)');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const text = (min: number, max = 2000) =>
	z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);
const Url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const Licence = z.object({ id: text(2, 40), title: text(3, 200), url: Url, scope: text(3, 400) }).strict();

const Author = z
	.object({
		name: text(2, 200).optional(),
		'family-names': text(1, 200).optional(),
		'given-names': text(1, 200).optional(),
		orcid: z.url().optional(),
		affiliation: text(2, 200).optional()
	})
	.strict()
	.refine((a) => a.name || a['family-names'], { message: 'an author needs `name` (a group) or `family-names`' });

export const Edition = z
	.object({
		version: Version,
		date: Day,
		data_revision: z
			.string()
			.regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256:<64 hex digits> (npm run edition writes it)'),
		notes: text(10),
		notes_ja: text(5).optional()
	})
	.strict();

export const EditionsFile = z
	.object({
		atlas: z
			.object({
				title: text(2, 200),
				title_ja: text(1, 200),
				description: text(20, 600),
				description_ja: text(10, 600),
				authors: z.array(Author).min(1),
				data_licence: Licence,
				other_licences: z.array(Licence),
				code_licence: Licence.nullable(),
				keywords: z.array(text(2, 80))
			})
			.strict(),
		editions: z.array(Edition).min(1, 'needs at least one edition')
	})
	.strict();

export const Correction = z
	.object({
		id: Id,
		kind: z.enum(CORRECTION_KINDS),
		file: z.string().regex(/^[a-z0-9/-]+\.(geo)?json$/, 'must be a geodata file path (places/cases.geojson)'),
		record: text(1, 200),
		field: text(1, 200),
		was: z.string().max(4000),
		now: z.string().max(4000),
		why: text(10, 1000),
		locators: z.array(z.string()).optional(),
		sources: z.array(Id).optional(),
		edition: Version
	})
	.strict();
export const CorrectionsFile = z.object({ corrections: z.array(Correction) }).strict();

export const ClaimListFile = z
	.object({
		edition: Version,
		claims: z.array(z.object({ id: Id, kind: z.enum(CLAIM_KINDS), path: z.string().startsWith('/') }).strict())
	})
	.strict();

export const RetiredClaim = z
	.object({
		id: Id,
		status: z.enum(['moved', 'removed']),
		to: z.string().min(1).optional(),
		note: text(10, 600),
		note_ja: text(5, 600).optional(),
		edition: Version
	})
	.strict();
export const RetiredFile = z.object({ retired: z.array(RetiredClaim) }).strict();

/** `1.10.0` > `1.9.3`. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
	return 0;
}

function issues(file: string, result: z.ZodSafeParseResult<unknown>, data: unknown, out: EditionFileError[]) {
	if (result.success) return;
	for (const issue of result.error.issues) {
		const [list, index, ...rest] = issue.path;
		const record =
			typeof index === 'number'
				? ((data as Record<string, { id?: unknown; version?: unknown }[]>)?.[String(list)]?.[index] ?? {})
				: undefined;
		const own = record && (typeof record.id === 'string' ? record.id : record.version);
		const id = typeof own === 'string' ? own : typeof index === 'number' ? `#${index}` : '-';
		const path = typeof own === 'string' ? rest : issue.path;
		const field =
			path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') ||
			'(root)';
		const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
		if (keys.length)
			for (const k of keys)
				out.push({ file, id, field: field === '(root)' ? k : `${field}.${k}`, message: `unknown field "${k}"` });
		else out.push({ file, id, field, message: issue.message });
	}
}

/**
 * Validates the edition files among geodata's files (`{ 'editions.json': '<text>', … }`):
 * shapes, versions in order and unique, corrections and retirements naming an edition that exists,
 * claims lists named after their edition with unique ids.
 */
export function validateEditionFiles(files: Record<string, string | undefined>): EditionFileError[] {
	const out: EditionFileError[] = [];
	const read = (file: string): unknown => {
		const raw = files[file];
		if (raw === undefined) return undefined;
		try {
			return JSON.parse(raw);
		} catch (e) {
			out.push({ file, id: '-', field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
			return undefined;
		}
	};

	const editionsData = read(EDITIONS_FILE);
	// a missing editions.json is the editions test's to report: fixtures of other rules have none
	const editions = EditionsFile.safeParse(editionsData);
	if (editionsData !== undefined) issues(EDITIONS_FILE, editions, editionsData, out);
	const versions = new Set<string>();
	if (editions.success)
		editions.data.editions.forEach((e, i, all) => {
			if (versions.has(e.version))
				out.push({ file: EDITIONS_FILE, id: e.version, field: 'version', message: 'duplicate edition' });
			versions.add(e.version);
			const prev = all[i - 1];
			if (prev && compareVersions(e.version, prev.version) <= 0)
				out.push({
					file: EDITIONS_FILE,
					id: e.version,
					field: 'version',
					message: `editions must be oldest first: ${e.version} follows ${prev.version}`
				});
			if (prev && e.date < prev.date)
				out.push({
					file: EDITIONS_FILE,
					id: e.version,
					field: 'date',
					message: `is before the previous edition's (${prev.date})`
				});
		});
	const knownEdition = (file: string, id: string, field: string, v: string) => {
		if (editions.success && !versions.has(v))
			out.push({ file, id, field, message: `unknown edition "${v}" (see geodata/editions.json)` });
	};

	const correctionsData = read(CORRECTIONS_FILE);
	if (correctionsData !== undefined) {
		const corrections = CorrectionsFile.safeParse(correctionsData);
		issues(CORRECTIONS_FILE, corrections, correctionsData, out);
		if (corrections.success) {
			const ids = new Set<string>();
			for (const c of corrections.data.corrections) {
				if (ids.has(c.id)) out.push({ file: CORRECTIONS_FILE, id: c.id, field: 'id', message: 'duplicate correction' });
				ids.add(c.id);
				knownEdition(CORRECTIONS_FILE, c.id, 'edition', c.edition);
				if (files[c.file] === undefined)
					out.push({ file: CORRECTIONS_FILE, id: c.id, field: 'file', message: `no file "${c.file}" in geodata/` });
			}
		}
	}

	for (const file of Object.keys(files).filter((f) => CLAIMS_LIST.test(f))) {
		const data = read(file);
		if (data === undefined) continue;
		const list = ClaimListFile.safeParse(data);
		issues(file, list, data, out);
		if (!list.success) continue;
		const version = CLAIMS_LIST.exec(file)![1];
		if (list.data.edition !== version)
			out.push({
				file,
				id: '-',
				field: 'edition',
				message: `is "${list.data.edition}" but the file is named for ${version}`
			});
		knownEdition(file, '-', 'edition', list.data.edition);
		const ids = new Set<string>();
		for (const c of list.data.claims) {
			if (ids.has(c.id)) out.push({ file, id: c.id, field: 'id', message: 'duplicate claim id' });
			ids.add(c.id);
		}
	}

	const retiredData = read(RETIRED_FILE);
	if (retiredData !== undefined) {
		const retired = RetiredFile.safeParse(retiredData);
		issues(RETIRED_FILE, retired, retiredData, out);
		if (retired.success)
			for (const r of retired.data.retired) {
				knownEdition(RETIRED_FILE, r.id, 'edition', r.edition);
				if (r.status === 'moved' && !r.to)
					out.push({
						file: RETIRED_FILE,
						id: r.id,
						field: 'to',
						message: 'a moved claim needs `to` (its new id or page)'
					});
			}
	}
	return out;
}
