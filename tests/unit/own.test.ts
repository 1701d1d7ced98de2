/**
 * The user's places as the explorer holds them (src/lib/own/): several imports merged into one
 * table, the same filters as the paper's (matched categories follow the sector filter, the user's
 * own categories their own toggles), counts without a pass over the places, the list's page, a
 * search in slices, and the CSV/GeoJSON written back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { importFile } from '../../src/lib/import/pipeline';
import {
	NO_CATEGORY,
	mergeSources,
	ownAttributes,
	ownBounds,
	ownColumns,
	ownId,
	ownIndex,
	ownName,
	ownRow,
	type OwnSource
} from '../../src/lib/own/table';
import {
	countsBySector,
	listPage,
	listedIndexes,
	searchOwn,
	shownCategories,
	shownCount,
	type OwnFilter
} from '../../src/lib/own/filter';
import { ownCsv, ownGeoJson } from '../../src/lib/own/export';
import { ownForMap } from '../../src/lib/own/map';
import { PROBLEM_LABELS } from '../../src/lib/import/labels';
import { en as messagesEn } from '../../src/lib/import/messages';

async function source(id: string, bytes: Uint8Array, name: string): Promise<OwnSource> {
	const r = await importFile(bytes, { name });
	if (!r.ok) throw new Error(r.problem.code);
	return { id, savedAt: 0, dataset: r.dataset, problems: r.problems };
}
const utf8 = (s: string) => new TextEncoder().encode(s);
const kumamoto = () =>
	source('k', new Uint8Array(readFileSync('tests/fixtures/import/good-kumamoto-firms-sjis.csv')), 'kumamoto.csv');
const small = () =>
	source(
		's',
		utf8('name,lat,lon,sector\nAlpha Works,32.80,130.71,造船\nBeta Lab,33.59,130.40,biotech\nGamma,33.0,131.0,\n'),
		'small.csv'
	);
const ALL: OwnFilter = { shown: true, sectors: null, hidden: new Set() };

describe('merging imports into one table', () => {
	it('puts every loaded place of every file in one table, in order, with its own row and name', async () => {
		const [k, s] = [await kumamoto(), await small()];
		const t = mergeSources([k, s]);
		expect(t.count).toBe(297 + 3);
		expect(ownName(t, 297)).toBe('Alpha Works');
		expect(ownRow(t, 297)).toBe(2);
		expect(t.lat[298]).toBeCloseTo(33.59);
		expect(ownAttributes(t, 299)).toEqual([
			['name', 'Gamma'],
			['lat', '33.0'],
			['lon', '131.0'],
			['sector', '']
		]);
		expect(ownColumns(t)).toEqual([...k.dataset.columns, 'name', 'lat', 'lon', 'sector']);
	});

	it('makes one category of a value two files share, and one "no category" for empty cells', async () => {
		const t = mergeSources([await kumamoto(), await small()]);
		const shipbuilding = t.categories.filter((c) => c.key === '造船');
		expect(shipbuilding).toHaveLength(1);
		expect(shipbuilding[0].own).toBe(true);
		expect(shipbuilding[0].count).toBe(27 + 1);
		const none = t.categories.find((c) => c.key === NO_CATEGORY)!;
		expect(none.count).toBe(1);
		expect(t.categories.reduce((n, c) => n + c.count, 0)).toBe(t.count);
	});

	it('names a place own:<index> and reads only such ids back', async () => {
		const t = mergeSources([await small()]);
		expect(ownIndex(ownId(2), t)).toBe(2);
		expect(ownIndex('own:3', t)).toBeNull();
		expect(ownIndex('hokkaido', t)).toBeNull();
		expect(ownIndex('own:1e3', t)).toBeNull();
	});

	it('frames the places it is given', async () => {
		const t = mergeSources([await small()]);
		expect(ownBounds(t, [0, 1], 0)).toEqual([130.4, 32.8, 130.71, 33.59]);
		expect(ownBounds(t, [])).toBeNull();
	});
});

describe('filters and counts', () => {
	it('shows a matched category while one of its sectors is on, an own category while its toggle is on', async () => {
		const t = mergeSources([await kumamoto()]);
		const semis = t.categories.find((c) => c.key === '半導体')!;
		const farm = t.categories.find((c) => c.key === '農業')!;
		expect(semis.sectors).toEqual(['electronics']);
		const only = (f: Partial<OwnFilter>) => shownCategories(t, { ...ALL, ...f });
		expect(only({ sectors: ['electronics'] })[semis.index]).toBe(1);
		expect(only({ sectors: ['biotech'] })[semis.index]).toBe(0);
		// the sector filter leaves the user's own categories alone; their toggle does not
		expect(only({ sectors: [] })[farm.index]).toBe(1);
		expect(only({ hidden: new Set(['農業']) })[farm.index]).toBe(0);
		expect([...only({ shown: false })].every((v) => v === 0)).toBe(true);
	});

	it('counts from the categories alone, and the counts agree with a pass over the places', async () => {
		const t = mergeSources([await kumamoto()]);
		const shown = shownCategories(t, { ...ALL, sectors: ['electronics', 'ict'] });
		const byPass = [...t.category].filter((c) => shown[c]).length;
		expect(shownCount(t, shown)).toBe(byPass);
		expect(listedIndexes(t, shown, null)).toHaveLength(byPass);
		const bySector = countsBySector(t, shown);
		expect(Object.keys(bySector).sort()).toEqual(['electronics', 'ict']);
	});

	it('lists the first places shown, only as far as it must', async () => {
		const t = mergeSources([await kumamoto()]);
		const shown = shownCategories(t, { ...ALL, sectors: ['electronics'] });
		const page = listPage(t, shown, null, 10);
		expect(page).toHaveLength(10);
		// what is listed is electronics, or one of the user's own categories (the sector filter leaves those alone)
		for (const i of page) {
			const c = t.categories[t.category[i]];
			expect(c.own || c.sectors.includes('electronics')).toBe(true);
		}
		expect(page).toEqual([...listedIndexes(t, shown, null)].slice(0, 10));
	});
});

describe('search over the user’s places', () => {
	it('finds names, folded like the paper’s (case, width), and counts matches per category', async () => {
		const t = mergeSources([await small(), await kumamoto()]);
		const r = (await searchOwn(t, 'ALPHA', { slice: 50 }))!;
		expect([...r.matches.keys()].filter((i) => r.matches[i])).toEqual([0]);
		const ship = t.categories.find((c) => c.key === '造船')!;
		expect(r.byCategory[ship.index]).toBe(1);
		const shown = shownCategories(t, ALL);
		expect(shownCount(t, shown, r.byCategory)).toBe(1);
	});

	it('finds a place by its id in the file', async () => {
		const t = mergeSources([await kumamoto()]);
		const r = (await searchOwn(t, 'K210'))!;
		expect([...r.matches].filter(Boolean).length).toBe(1);
		expect(ownName(t, r.matches.indexOf(1))).not.toBe('');
	});

	it('yields between slices and stops when a newer query made it stale', async () => {
		const t = mergeSources([await kumamoto()]);
		let pauses = 0;
		const r = await searchOwn(t, 'a', {
			slice: 50,
			pause: async () => void pauses++,
			stale: () => pauses >= 2
		});
		expect(r).toBeNull();
		expect(pauses).toBe(2);
	});

	it('answers null for an empty query (everything shown)', async () => {
		expect(await searchOwn(mergeSources([await small()]), '   ')).toBeNull();
	});

	it('keeps the folded names it was given between queries', async () => {
		const t = mergeSources([await small()]);
		const keys = new Array(t.count);
		await searchOwn(t, 'beta', { keys });
		expect(keys.filter(Boolean)).toHaveLength(3);
		expect((await searchOwn(t, 'gamma', { keys }))!.matches[2]).toBe(1);
	});
});

describe('downloads of the user’s places', () => {
	it('writes CSV with the file’s columns and what the atlas read, for Excel (BOM, CRLF)', async () => {
		const t = mergeSources([await small()]);
		const blob = await ownCsv(t, [0, 2]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text).toContain('\r\n');
		const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
		expect(rows[0]).toEqual([
			'name',
			'lat',
			'lon',
			'sector',
			'atlas_lat',
			'atlas_lon',
			'atlas_category',
			'atlas_sectors',
			'atlas_file',
			'atlas_row'
		]);
		expect(rows[1]).toEqual(['Alpha Works', '32.80', '130.71', '造船', '32.8', '130.71', '造船', '', 'small.csv', '2']);
		expect(rows[2][0]).toBe('Gamma');
		expect(rows).toHaveLength(3);
	});

	it('writes GeoJSON points in longitude, latitude order with the row’s values', async () => {
		const t = mergeSources([await small()]);
		const blob = await ownGeoJson(t, [1, 2], { slice: 1 });
		const fc = JSON.parse(await blob.text());
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features).toHaveLength(2);
		expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [130.4, 33.59] });
		expect(fc.features[0].properties).toMatchObject({
			name: 'Beta Lab',
			sector: 'biotech',
			atlas_sectors: ['biotech'],
			atlas_file: 'small.csv',
			atlas_row: 3
		});
	});

	it('writes a valid empty collection when nothing is listed', async () => {
		const fc = JSON.parse(await (await ownGeoJson(mergeSources([await small()]), [])).text());
		expect(fc).toEqual({ type: 'FeatureCollection', features: [] });
	});

	it('keeps a user’s column that is called like one of the atlas’s', async () => {
		const s = await source('x', utf8('name,lat,lon,atlas_lat\nA,1.5,2.5,mine\n'), 'x.csv');
		const blob = await ownCsv(mergeSources([s]), [0]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()).slice(1);
		const [header, row] = Papa.parse<string[]>(text.trim()).data;
		expect(header[0]).toBe('name');
		expect(header).toContain('atlas_lat (atlas)');
		expect(row[header.indexOf('atlas_lat')]).toBe('mine');
	});
});

describe('the short names of problems', () => {
	it('names every problem code the messages know, in both languages', () => {
		expect(Object.keys(PROBLEM_LABELS).sort()).toEqual(Object.keys(messagesEn).sort());
		for (const l of Object.values(PROBLEM_LABELS)) {
			expect(l.en.length).toBeGreaterThan(2);
			expect(l.ja.length).toBeGreaterThan(1);
		}
	});
});

describe('the user’s places handed to the map’s own layer', () => {
	const SECTORS = ['biotech', 'ict', 'electronics'];
	const unnamed = (row: number) => `row ${row}`;

	it('hands over every place as columns, ids the table’s indexes, matched sectors kept and the user’s own categories passing every sector', async () => {
		const t = mergeSources([await small()]);
		const m = ownForMap(t, new Set(), SECTORS, unnamed)!;
		expect(m.ids).toEqual(['0', '1', '2']);
		expect(m.ids.map((id) => `own:${id}`)).toEqual([ownId(0), ownId(1), ownId(2)]);
		expect(m.names).toEqual(['Alpha Works', 'Beta Lab', 'Gamma']);
		expect(Array.from(m.lat)).toEqual([32.8, 33.59, 33.0]);
		// 造船 is the user's own category, and Gamma has none: no sector filter hides them
		expect(m.sectors).toEqual([SECTORS, ['biotech'], SECTORS]);
	});

	it('leaves out the places of an own category switched off, keeping the others’ ids', async () => {
		const t = mergeSources([await small()]);
		const m = ownForMap(t, new Set(['造船']), SECTORS, unnamed)!;
		expect(m.ids).toEqual(['1', '2']);
		expect(ownForMap(t, new Set(['造船', NO_CATEGORY, 'biotech']), SECTORS, unnamed)!.ids).toEqual(['1']);
		expect(ownForMap(mergeSources([]), new Set(), SECTORS, unnamed)).toBeNull();
	});

	it('names a place without a name by its row, as the list does', async () => {
		const s = await source('u', utf8('lat,lon\n33.1,130.2\n'), 'unnamed.csv');
		expect(ownForMap(mergeSources([s]), new Set(), SECTORS, unnamed)!.names).toEqual(['row 2']);
	});
});
