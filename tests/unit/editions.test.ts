/**
 * Editions: geodata/editions.json is valid and its newest edition is this data (a change to
 * geodata/ without a version bump fails here, naming the new hash and what to do); CITATION.cff,
 * read through Citation.js's CFF plugin, says the same title, authors, version and date; the
 * edition files' validator names file, id, field and reason.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-cff';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEditionRecords } from '../../src/lib/cite/load.server';
import { canonicalJson, dataRevision, isEditionRecord, readDataFiles } from '../../src/lib/cite/revision';
import { compareVersions, isEditionFile, validateEditionFiles } from '../../src/lib/cite/schema';
import { readGeodataDir } from '../../src/lib/data/load.server';
import { validateGeodata } from '../../src/lib/data/validate';

const geodata = join(process.cwd(), 'geodata');
const records = loadEditionRecords(geodata);
const editionsText = readFileSync(join(geodata, 'editions.json'), 'utf8');

describe('this edition', () => {
	it('geodata/ has not changed since the newest edition was recorded', () => {
		const now = dataRevision(readDataFiles(geodata));
		const recorded = records.current.data_revision;
		expect(
			now,
			`geodata/ has changed since edition ${records.current.version} (recorded ${recorded}, now ${now}). ` +
				'A release records the change as a new edition: npm run edition -- --version <next> --notes "<what changed>" ' +
				'(or, for an edition not yet published, npm run edition -- --replace)'
		).toBe(recorded);
	});

	it('editions are valid and oldest first', () => {
		expect(validateEditionFiles({ 'editions.json': editionsText })).toEqual([]);
		const versions = records.editions.map((e) => e.version);
		expect([...versions].sort(compareVersions)).toEqual(versions);
	});

	it('CITATION.cff, read by Citation.js, names the atlas, its authors, this version and date', async () => {
		const cff = readFileSync(join(process.cwd(), 'CITATION.cff'), 'utf8');
		const [main, paper] = (await Cite.async(cff)).data as {
			title: string;
			author: { literal?: string; family?: string; given?: string }[];
			version?: string;
			issued: { 'date-parts': number[][] };
			abstract?: string;
			type: string;
			'event-title'?: string;
		}[];
		expect(main.title).toBe(records.atlas.title);
		expect(main.author).toEqual(
			records.atlas.authors.map((a) =>
				a.name ? { literal: a.name } : { family: a['family-names'], given: a['given-names'] }
			)
		);
		expect(main.version).toBe(records.current.version);
		expect(main.issued['date-parts'][0]).toEqual(records.current.date.split('-').map(Number));
		expect(main.abstract).toBe(records.atlas.description);
		expect(main.type).toBe('dataset');
		// the paper it maps, as its reference
		expect(paper).toMatchObject({ type: 'paper-conference', author: [{ family: 'Mitsui', given: 'Itsutomo' }] });
	});
});

describe('the data revision', () => {
	const files = { 'a.json': '{"b": 1, "a": [1, 2]}', 'places/x.geojson': '{"type": "FeatureCollection"}' };

	it('ignores layout, key order and line endings, but not content', () => {
		const base = dataRevision(files);
		expect(dataRevision({ ...files, 'a.json': '{\r\n\t"a": [1, 2],\r\n\t"b": 1\r\n}\r\n' })).toBe(base);
		expect(dataRevision({ ...files, 'a.json': '{"b": 2, "a": [1, 2]}' })).not.toBe(base);
		expect(dataRevision({ ...files, 'a.json': '{"b": 1, "a": [2, 1]}' })).not.toBe(base);
		expect(dataRevision({ ...files, 'new.json': '{}' })).not.toBe(base);
		expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe('{"a":{"c":"x","d":[true,null]},"b":1}');
	});

	it('leaves out the edition records, which a release writes after taking the hash', () => {
		const base = dataRevision(files);
		expect(dataRevision({ ...files, 'editions.json': '{"editions": []}', 'claims/1.0.0.json': '{}' })).toBe(base);
		expect(isEditionRecord('claims/retired.json')).toBe(true);
		// corrections are data: an erratum is a change
		expect(dataRevision({ ...files, 'corrections.json': '{"corrections": []}' })).not.toBe(base);
	});
});

describe('edition files in geodata/', () => {
	const edition = (v: string, date = '2026-12-01') => ({
		version: v,
		date,
		data_revision: `sha256:${'0'.repeat(64)}`,
		notes: 'An edition for the test.'
	});
	const withEditions = (...eds: unknown[]) => JSON.stringify({ ...JSON.parse(editionsText), editions: eds });

	it('the validator accepts them in geodata/ (and still rejects other unexpected files)', () => {
		const real = readGeodataDir(geodata);
		expect(validateGeodata(real).errors).toEqual([]);
		expect(isEditionFile('claims/1.0.0.json') && isEditionFile('corrections.json')).toBe(true);
		const errors = validateGeodata({ ...real, 'claims/latest.json': '{}' }).errors;
		expect(errors.map((e) => `${e.file}: ${e.message}`)).toEqual([
			expect.stringMatching(/^claims\/latest.json: unexpected file in geodata\//)
		]);
	});

	it('editions out of order, a bad version and a bad hash are named', () => {
		const errors = validateEditionFiles({
			'editions.json': withEditions(edition('1.1.0'), edition('1.0.0', '2026-11-01'), {
				...edition('2'),
				data_revision: 'abc'
			})
		});
		expect(errors).toEqual([
			{ file: 'editions.json', id: '2', field: 'version', message: 'must be a version MAJOR.MINOR.PATCH (e.g. 1.2.0)' },
			{
				file: 'editions.json',
				id: '2',
				field: 'data_revision',
				message: 'must be sha256:<64 hex digits> (npm run edition writes it)'
			}
		]);
		expect(
			validateEditionFiles({ 'editions.json': withEditions(edition('1.1.0'), edition('1.0.0', '2026-11-01')) })
		).toEqual([
			{
				file: 'editions.json',
				id: '1.0.0',
				field: 'version',
				message: 'editions must be oldest first: 1.0.0 follows 1.1.0'
			},
			{ file: 'editions.json', id: '1.0.0', field: 'date', message: "is before the previous edition's (2026-12-01)" }
		]);
	});

	it('a correction names an edition and a file that exist, in the shape the audit writes', () => {
		const correction = {
			id: 'fix-glasgow-jes-year',
			kind: 'wrong-locator',
			file: 'places/cases.geojson',
			record: 'glasgow',
			field: 'narrative[1].text',
			was: 'in 1998',
			now: 'in 1999',
			why: 'The paper dates the strategy to 1999 (§2.2).',
			locators: ['§2.2'],
			edition: '9.0.0'
		};
		const errors = validateEditionFiles({
			'editions.json': editionsText,
			'places/cases.geojson': '{}',
			'corrections.json': JSON.stringify({
				corrections: [
					correction,
					{ ...correction, id: 'fix-2', file: 'places/nowhere.geojson', edition: records.current.version },
					{ ...correction, id: 'Bad Id', why: 'short' }
				]
			})
		});
		expect(errors).toEqual([
			{
				file: 'corrections.json',
				id: 'Bad Id',
				field: 'id',
				message: 'must be a kebab-case id (a-z, 0-9, single hyphens)'
			},
			{ file: 'corrections.json', id: 'Bad Id', field: 'why', message: 'must be at least 10 characters' }
		]);
		const valid = validateEditionFiles({
			'editions.json': editionsText,
			'places/cases.geojson': '{}',
			'corrections.json': JSON.stringify({
				corrections: [
					correction,
					{ ...correction, id: 'fix-2', file: 'places/nowhere.geojson', edition: records.current.version }
				]
			})
		});
		expect(valid).toEqual([
			{
				file: 'corrections.json',
				id: 'fix-glasgow-jes-year',
				field: 'edition',
				message: 'unknown edition "9.0.0" (see geodata/editions.json)'
			},
			{ file: 'corrections.json', id: 'fix-2', field: 'file', message: 'no file "places/nowhere.geojson" in geodata/' }
		]);
	});

	it('a claims list must be named for its edition and hold each id once', () => {
		const list = {
			edition: '1.0.0',
			claims: [
				{ id: 'a-p1', kind: 'paragraph', path: '/place/a' },
				{ id: 'a-p1', kind: 'paragraph', path: '/place/a' }
			]
		};
		expect(validateEditionFiles({ 'editions.json': editionsText, 'claims/2.0.0.json': JSON.stringify(list) })).toEqual([
			{ file: 'claims/2.0.0.json', id: '-', field: 'edition', message: 'is "1.0.0" but the file is named for 2.0.0' },
			{ file: 'claims/2.0.0.json', id: 'a-p1', field: 'id', message: 'duplicate claim id' }
		]);
	});
});

describe('npm run edition, on a copy of geodata/ and CITATION.cff', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'edition-'));
	const dir = join(tmp, 'geodata');
	const cff = join(tmp, 'CITATION.cff');
	cpSync(geodata, dir, { recursive: true });
	cpSync(join(process.cwd(), 'CITATION.cff'), cff);
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/edition.ts', '--dir', dir, '--cff', cff, ...args], {
			encoding: 'utf8'
		});
	const edit = (
		file: string,
		change: (data: { features: { properties: { summary: string; narrative: unknown[] } }[] }) => void
	) => {
		const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
		change(data);
		writeFileSync(join(dir, file), JSON.stringify(data, null, '\t'));
	};

	it('a data change without a new edition is caught; recording one takes the hash, the claims and CITATION.cff', () => {
		edit('places/cases.geojson', (d) => (d.features[0].properties.summary += ' A correction for the test.'));
		const check = run('--check');
		expect(check.status).toBe(1);
		expect(check.stderr).toMatch(/geodata\/ has changed since edition .*npm run edition -- --version <next>/s);

		const rec = run('--version', '9.0.0', '--date', '2027-01-15', '--notes', 'A release for the test.');
		expect(rec.stderr).toBe('');
		expect(rec.status).toBe(0);
		const editions = JSON.parse(readFileSync(join(dir, 'editions.json'), 'utf8')) as {
			editions: { version: string; data_revision: string }[];
		};
		expect(editions.editions.at(-1)).toMatchObject({
			version: '9.0.0',
			data_revision: dataRevision(readDataFiles(dir))
		});
		expect(JSON.parse(readFileSync(join(dir, 'claims/9.0.0.json'), 'utf8')).claims.length).toBeGreaterThan(300);
		expect(readFileSync(cff, 'utf8')).toMatch(/^version: '9\.0\.0'\ndate-released: '2027-01-15'$/m);
		expect(run('--check').status).toBe(0);
		expect(run('--version', '8.0.0', '--notes', 'Going backwards.').stderr).toMatch(
			/must be greater than the newest edition, 9\.0\.0/
		);
	});

	it('refuses an edition in which a claim of an earlier one has vanished without a note', () => {
		edit('places/cases.geojson', (d) => d.features[0].properties.narrative.pop());
		const rec = run('--version', '9.1.0', '--date', '2027-02-01', '--notes', 'Drops a paragraph.');
		expect(rec.status).toBe(1);
		expect(rec.stderr).toMatch(
			/claim ids would break:\n {2}glasgow-p\d+ \(1\.0\.0\): claim of edition 1\.0\.0 .* has vanished/
		);
	});
});
