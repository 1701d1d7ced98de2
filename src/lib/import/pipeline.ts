/**
 * The whole import, in one place: sniff → read (CSV or GeoJSON) → guess the mapping → validate.
 * Runs the same in the Web Worker (./worker) and in Node tests. The session (the parsed table) is
 * kept so a corrected mapping is validated again without reading the file again.
 */
import { readDelimited } from './csv';
import { readGeoJson } from './geojson';
import type { LandIndex } from './land';
import { SNIFF_BYTES } from './limits';
import { packedGet } from './packed';
import { guessMapping } from './mapping';
import type { SectorMatcher } from './sectors';
import { needsJapaneseDetector, sniff } from './sniff';
import { loadEncodingJapanese } from './decode';
import { byteSource, checkCancelled, type ImportInput, type RunContext } from './source';
import type { RawTable } from './table';
import type { ColumnMapping, ImportOptions, ImportedDataset, MappingGuess, Problem, SourceInfo } from './types';
import { validate, type ValidationOutput } from './validate';

export type LandSource = LandIndex | null | (() => Promise<LandIndex | null>);

export interface PipelineOptions extends ImportOptions {
	/** the file's name when the input is an ArrayBuffer */
	name?: string;
	/** countries for the swapped-coordinates check, or a loader for them (started in parallel with reading) */
	land?: LandSource;
	sectors?: SectorMatcher;
	maxListed?: number;
}

export interface ImportSession {
	source: SourceInfo;
	table: RawTable;
	/** what reading found (encoding, BOM, header renames…) */
	notes: Problem[];
	guess: MappingGuess;
	land: LandIndex | null;
	/** the land loader failed: the sea check was skipped (and the user told) */
	landUnavailable: boolean;
}

export type ReadResult = { ok: true; session: ImportSession } | { ok: false; problem: Problem };

async function resolveLand(land: LandSource | undefined): Promise<{ land: LandIndex | null; failed: boolean }> {
	if (typeof land !== 'function') return { land: land ?? null, failed: false };
	try {
		return { land: await land(), failed: false };
	} catch {
		return { land: null, failed: true };
	}
}

/** Reads and parses the file, and guesses the mapping. */
export async function readSource(
	input: ImportInput,
	options: PipelineOptions = {},
	ctx: RunContext = {}
): Promise<ReadResult> {
	const src = byteSource(input, options.name);
	const landPromise = resolveLand(options.land);
	const head = await src.read(0, Math.min(src.size, SNIFF_BYTES));
	const complete = head.length >= src.size;
	const detectJapanese = needsJapaneseDetector(head, complete) ? (await loadEncodingJapanese()).detect : undefined;
	const sniffed = sniff(head, src.size, { maxBytes: options.maxBytes, encoding: options.encoding, detectJapanese });
	if (!sniffed.ok) return { ok: false, problem: sniffed.problem };
	const s = sniffed.sniffed;
	checkCancelled(ctx);

	let table: RawTable;
	let notes: Problem[];
	let source: SourceInfo;
	let crs: ColumnMapping['crs'] = 'EPSG:4326';
	if (s.format === 'geojson') {
		const read = await readGeoJson(src, s, ctx);
		if ('fatal' in read) return { ok: false, problem: read.fatal };
		({ table, crs } = read);
		notes = [...s.notes, ...read.notes];
		source = {
			name: src.name,
			bytes: src.size,
			format: 'geojson',
			encoding: s.encoding,
			bom: s.bomLength > 0,
			delimiter: null,
			rowUnit: 'feature',
			header: true
		};
	} else {
		const read = await readDelimited(
			src,
			s,
			{ delimiter: options.delimiter, header: options.header, name: src.name },
			ctx
		);
		if ('fatal' in read) return { ok: false, problem: read.fatal };
		table = read.table;
		notes = [...s.notes, ...read.notes];
		source = {
			name: src.name,
			bytes: src.size,
			format: 'delimited',
			encoding: s.encoding,
			bom: s.bomLength > 0,
			delimiter: read.delimiter,
			rowUnit: 'row',
			header: read.header
		};
	}
	const { land, failed } = await landPromise;
	if (failed) notes.push({ code: 'swap-check-unavailable', severity: 'info', row: null, column: null, value: null });
	const guess = guessMapping(table, { land, crs });
	return { ok: true, session: { source, table, notes, guess, land, landUnavailable: failed } };
}

/** The mapping to validate with: the guess, with whatever the caller fixed laid over it. */
export function effectiveMapping(session: ImportSession, override?: Partial<ColumnMapping>): ColumnMapping {
	return { ...session.guess.mapping, ...override };
}

const sameMapping = (a: ColumnMapping, b: ColumnMapping) =>
	(Object.keys(a) as (keyof ColumnMapping)[]).every((k) => a[k] === b[k]);

export interface Validated {
	dataset: ImportedDataset;
	/** the listed problems (up to the cap), file-level first */
	problems: Problem[];
	rejected: Uint8Array;
}

/** Validates the session under a mapping: cheap, no reading of the file. */
export async function validateSession(
	session: ImportSession,
	mapping: ColumnMapping,
	options: Pick<PipelineOptions, 'sectors' | 'maxListed'> = {},
	ctx: RunContext = {}
): Promise<Validated> {
	// the guess's notes (columns swapped, metres not degrees) belong with the guess, not a corrected mapping;
	// a missing mapping is reported by validation itself, for whatever mapping it is given
	const guessNotes = sameMapping(mapping, session.guess.mapping)
		? session.guess.notes.filter((n) => n.code !== 'mapping-no-coordinates')
		: [];
	const v: ValidationOutput = await validate(
		session.table,
		mapping,
		[...session.notes, ...guessNotes],
		{ land: session.land, sectors: options.sectors, maxListed: options.maxListed },
		ctx
	);
	const dataset: ImportedDataset = {
		source: session.source,
		columns: session.table.columns,
		mapping,
		guess: session.guess,
		places: v.places,
		attributes: v.attributes,
		regions: v.regions,
		categories: v.categories,
		summary: v.summary,
		preview: preview(session.table, PREVIEW_ROWS)
	};
	return { dataset, problems: v.problems, rejected: v.rejected };
}

/** records shown in the mapping preview */
export const PREVIEW_ROWS = 20;

function preview(table: RawTable, n: number): ImportedDataset['preview'] {
	const count = Math.min(n, table.rowCount);
	const rows: number[] = [];
	const cells: string[][] = [];
	for (let r = 0; r < count; r++) {
		rows.push(table.sourceRow[r]);
		cells.push(table.cells.map((c) => packedGet(c, r)));
	}
	return { rows, cells };
}

export type ImportResult = ({ ok: true; session: ImportSession } & Validated) | { ok: false; problem: Problem };

/** Reads, guesses and validates in one call. */
export async function importFile(
	input: ImportInput,
	options: PipelineOptions = {},
	ctx: RunContext = {}
): Promise<ImportResult> {
	const read = await readSource(input, options, ctx);
	if (!read.ok) return read;
	const validated = await validateSession(read.session, effectiveMapping(read.session, options.mapping), options, ctx);
	return { ok: true, session: read.session, ...validated };
}
