/**
 * Every import fixture (tests/fixtures/import/, made by cases.ts): the file on disk is what the case
 * makes, and the importer gives the answer the case names — the fatal problem for a file that
 * cannot load, or the exact counts of loaded and rejected rows and of each problem code.
 * `REGEN=1` rewrites the files and the README table from cases.ts.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLandIndex } from '../../src/lib/import/land';
import { describe as describeProblem } from '../../src/lib/import/messages';
import { unpack } from '../../src/lib/import/packed';
import { importFile } from '../../src/lib/import/pipeline';
import type { Problem } from '../../src/lib/import/types';
import { CASES, type FixtureCase } from '../fixtures/import/cases';

const DIR = join(process.cwd(), 'tests/fixtures/import');
const REGEN = !!process.env.REGEN;
const land = createLandIndex(JSON.parse(readFileSync('geodata/basemap/countries.geojson', 'utf8')));

function readme(): string {
	const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
	const expectText = (c: FixtureCase) =>
		'fatal' in c.expect
			? `refused: \`${c.expect.fatal}\``
			: `${c.expect.loaded} loaded${c.expect.regions ? ` + ${c.expect.regions} regions` : ''}, ${c.expect.rejected} rejected` +
				(Object.keys(c.expect.codes).length
					? `; ${Object.entries(c.expect.codes)
							.filter(([, n]) => n)
							.map(([k, n]) => `\`${k}\`×${n}`)
							.join(', ')}`
					: '');
	const link = (u: string) => {
		const m = /github\.com\/([^/]+\/[^/]+)\/(?:issues|pull)\/(\d+)/.exec(u);
		return m ? `[${m[1]}#${m[2]}](${u})` : u;
	};
	const row = (c: FixtureCase) =>
		`| \`${c.file}\` | ${esc(c.what)} | ${c.mirrors.map(link).join(', ') || '—'} | ${expectText(c)} |`;
	const broken = CASES.filter((c) => !c.good);
	const good = CASES.filter((c) => c.good);
	return [
		'# Import fixtures',
		'',
		'Files the importer (`src/lib/import/`) must answer clearly, each drawn from failures users report',
		'in the issue trackers of kepler.gl, uMap, geojson.io and the tools they build on (csv2geojson, Papa',
		'Parse, QGIS, mapshaper…). Made by `cases.ts` (the bytes of each file, and what the importer must',
		'answer); checked by `tests/unit/import-fixtures.test.ts`. Regenerate files and this table with',
		'`REGEN=1 npx vitest run tests/unit/import-fixtures.test.ts`.',
		'',
		'All names, firms and values are synthetic (real towns, invented firms). The Kumamoto file is 300',
		'invented firms placed around real Kyushu towns by a seeded generator.',
		'',
		'Generated at test time rather than committed (megabytes, or limits): a 1 MB single line, 10,000',
		'columns, 20,000 columns (over the limit), a file over the size limit, and the 1,000,000-row CSV of',
		'the benchmark (`scripts/bench/import.mjs`).',
		'',
		`## Broken files (${broken.length})`,
		'',
		'| file | what is wrong | mirrors | the importer answers |',
		'| --- | --- | --- | --- |',
		...broken.map(row),
		'',
		`## Good files (${good.length})`,
		'',
		'| file | what it is | mirrors | the importer answers |',
		'| --- | --- | --- | --- |',
		...good.map(row),
		''
	].join('\n');
}

const noUndefined = (p: Problem) => {
	for (const lang of ['en', 'ja'] as const) {
		const d = describeProblem(p, lang);
		expect(d.message, `${p.code} ${lang}`).not.toMatch(/undefined|NaN|\[object/);
		expect(d.hint, `${p.code} ${lang}`).not.toMatch(/undefined|NaN|\[object/);
		expect(d.message.length).toBeGreaterThan(5);
	}
};

describe('import fixtures', () => {
	it('has at least 50 broken files, and the README table lists every case', () => {
		expect(CASES.filter((c) => !c.good).length).toBeGreaterThanOrEqual(50);
		if (REGEN) writeFileSync(join(DIR, 'README.md'), readme());
		expect(readFileSync(join(DIR, 'README.md'), 'utf8')).toBe(readme());
	});

	it('has a case for every file in the folder', () => {
		const files = readdirSync(DIR).filter((f) => !['README.md', 'cases.ts'].includes(f));
		expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
	});

	it.each(CASES.map((c) => [c.file, c] as const))('%s', async (file, c) => {
		const path = join(DIR, file);
		const bytes = c.bytes();
		if (REGEN || !existsSync(path)) writeFileSync(path, bytes);
		expect(new Uint8Array(readFileSync(path)), 'the committed file is what cases.ts makes').toEqual(bytes);

		const r = await importFile(new Uint8Array(readFileSync(path)), { name: file, land });
		if ('fatal' in c.expect) {
			expect(r.ok).toBe(false);
			if (r.ok) return;
			expect(r.problem.code).toBe(c.expect.fatal);
			expect(r.problem.severity).toBe('error');
			if (c.expect.params) expect(r.problem.params).toMatchObject(c.expect.params);
			noUndefined(r.problem);
			return;
		}
		if (!r.ok) throw new Error(`refused: ${r.problem.code} ${JSON.stringify(r.problem.params)}`);
		const e = c.expect;
		const s = r.dataset.summary;
		expect({ loaded: s.loaded, rejected: s.rejected, regions: s.regions }).toEqual({
			loaded: e.loaded,
			rejected: e.rejected,
			regions: e.regions ?? 0
		});
		// every error and warning is one the case names, with its count; info codes as far as named
		const named = Object.fromEntries(Object.entries(e.codes).filter(([, n]) => n));
		const seriousCodes = new Set(r.problems.filter((p) => p.severity !== 'info').map((p) => p.code));
		const got: Record<string, number> = {};
		for (const code of new Set([...seriousCodes, ...Object.keys(e.codes)]))
			got[code] = s.byCode[code as Problem['code']] ?? 0;
		const want: Record<string, number> = {};
		for (const code of Object.keys(got)) want[code] = named[code] ?? 0;
		expect(got).toEqual(want);
		// no row is silently lost: every record either loads or has an error
		const errorRows = new Set(r.problems.filter((p) => p.severity === 'error' && p.row !== null).map((p) => p.row));
		if (!r.problems.some((p) => p.code === 'mapping-no-coordinates')) expect(errorRows.size).toBe(e.rejected);
		expect(s.loaded + s.regions + s.rejected).toBe(s.records);
		if (e.encoding) expect(r.dataset.source.encoding).toBe(e.encoding);
		if (e.delimiter !== undefined) expect(r.dataset.source.delimiter).toBe(e.delimiter);
		if (e.names) expect(unpack(r.dataset.places.name)).toEqual(e.names);
		if (e.first) {
			const p = r.dataset.places;
			expect([Number(p.lat[0].toFixed(4)), Number(p.lon[0].toFixed(4))]).toEqual(e.first);
		}
		for (const p of r.problems) noUndefined(p);
	});
});
