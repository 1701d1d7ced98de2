/**
 * Column mapping: which header is latitude, longitude, name, id or sector (English, Japanese and
 * tool spellings), the guess from values when headers say nothing, sector matching, and
 * re-validation with a corrected mapping on the kept table (no second parse).
 */
import { describe, expect, it } from 'vitest';
import { headerScore, guessMapping } from '../../src/lib/import/mapping';
import { unpack } from '../../src/lib/import/packed';
import { importFile, validateSession } from '../../src/lib/import/pipeline';
import { createSectorMatcher } from '../../src/lib/import/sectors';
import { createLandIndex } from '../../src/lib/import/land';
import { readFileSync } from 'node:fs';
import { TableBuilder } from '../../src/lib/import/table';

const table = (columns: string[], rows: string[][]) => {
	const b = new TableBuilder(columns);
	rows.forEach((r, i) => b.add(r, i + 2));
	return b.finish();
};
const headerOf = (columns: string[]) => {
	const g = guessMapping(table(columns, [columns.map(() => '')]));
	const at = (i: number | null) => (i === null ? null : columns[i]);
	return {
		lat: at(g.mapping.lat),
		lon: at(g.mapping.lon),
		name: at(g.mapping.name),
		id: at(g.mapping.id),
		sector: at(g.mapping.sector)
	};
};

describe('headers', () => {
	it.each([
		[['name', 'lat', 'lon'], 'lat', 'lon'],
		[['Name', 'Latitude', 'Longitude'], 'Latitude', 'Longitude'],
		[['名称', '緯度', '経度'], '緯度', '経度'],
		[['企業名', '緯度（世界測地系）', '経度（世界測地系）'], '緯度（世界測地系）', '経度（世界測地系）'],
		[['title', 'y', 'x'], 'y', 'x'],
		[['id', 'x_lon', 'y_lat'], 'y_lat', 'x_lon'],
		[['x_lat', 'x_lng', 'value'], 'x_lat', 'x_lng'],
		[['point_latitude', 'point_longitude'], 'point_latitude', 'point_longitude'],
		[['LAT_DD', 'LONG_DD'], 'LAT_DD', 'LONG_DD'],
		[['Latitude (WGS84)', 'Longitude (WGS84)'], 'Latitude (WGS84)', 'Longitude (WGS84)'],
		[['lat', 'lng'], 'lat', 'lng'],
		[['ＬＡＴ', 'ＬＯＮ'], 'ＬＡＴ', 'ＬＯＮ'],
		[['decimalLatitude', 'decimalLongitude'], 'decimalLatitude', 'decimalLongitude'],
		[['Breite', 'Länge'], 'Breite', 'Länge']
	])('%j → latitude %s, longitude %s', (columns, lat, lon) => {
		expect(headerOf(columns)).toMatchObject({ lat, lon });
	});

	it('finds name, id and sector columns in English and Japanese', () => {
		expect(headerOf(['企業ID', '企業名', '業種', '緯度', '経度'])).toEqual({
			lat: '緯度',
			lon: '経度',
			name: '企業名',
			id: '企業ID',
			sector: '業種'
		});
		expect(headerOf(['code', 'Company Name', 'Industry', 'lat', 'lon'])).toEqual({
			lat: 'lat',
			lon: 'lon',
			name: 'Company Name',
			id: 'code',
			sector: 'Industry'
		});
		expect(headerOf(['番号', '名称', '分野', 'lat', 'lon'])).toMatchObject({
			name: '名称',
			id: '番号',
			sector: '分野'
		});
		expect(headerOf(['title', 'category', 'lat', 'lon'])).toMatchObject({
			name: 'title',
			sector: 'category',
			id: null
		});
	});

	it('scores an exact name over a word, a word over a weak hint', () => {
		expect(headerScore('latitude', 'lat')).toBe(3);
		expect(headerScore('store_latitude', 'lat')).toBe(2);
		expect(headerScore('y', 'lat')).toBe(1);
		expect(headerScore('elevation', 'lat')).toBe(0);
	});
});

describe('values', () => {
	it('pick latitude and longitude when no header names them', () => {
		const g = guessMapping(
			table(
				['a', 'b', 'c'],
				[
					['A', '32.80', '130.70'],
					['B', '43.06', '141.35']
				]
			)
		);
		expect(g.mapping).toMatchObject({ lat: 1, lon: 2 });
		expect(g.reasons).toMatchObject({ lat: 'values', lon: 'values' });
	});

	it('leave the mapping empty when two columns could be either (the UK: both within ±90)', () => {
		const g = guessMapping(
			table(
				['a', 'b'],
				[
					['55.86', '-4.25'],
					['52.49', '-1.89']
				]
			)
		);
		expect(g.mapping).toMatchObject({ lat: null, lon: null });
		expect(g.notes.map((n) => n.code)).toEqual(['mapping-no-coordinates']);
	});

	it('swap latitude and longitude when the values under the headers say so, with a note', () => {
		const g = guessMapping(
			table(
				['lat', 'lon'],
				[
					['130.7', '32.8'],
					['141.3', '43.1']
				]
			)
		);
		expect(g.mapping).toMatchObject({ lat: 1, lon: 0 });
		expect(g.notes[0]).toMatchObject({ code: 'mapping-swapped', params: { lat: 'lon', lon: 'lat' } });
	});

	it('ignore integer columns (ids, years, counts) as coordinates', () => {
		const g = guessMapping(
			table(
				['id', 'year', 'p', 'q'],
				[
					['1', '2001', '32.8', '130.7'],
					['2', '2002', '33.1', '131.2']
				]
			)
		);
		expect(g.mapping).toMatchObject({ lat: 2, lon: 3 });
	});
});

describe('sectors', () => {
	const m = createSectorMatcher();
	it.each([
		['biotech', ['biotech']],
		['Biotechnology and life science', ['biotech']],
		['life science', ['biotech']],
		['バイオテクノロジー・ライフサイエンス', ['biotech']],
		['情報通信・ソフトウェア・コールセンター', ['ict']],
		['ソフトウェア', ['ict']],
		['IT; バイオ', ['ict', 'biotech']],
		['Semiconductors', ['electronics']],
		['半導体', ['electronics']],
		['航空', ['aviation']],
		['Aerospace', ['aviation']],
		['ＩＴ', ['ict']],
		['New energy', ['energy']],
		['Tourism', []],
		['造船', []]
	])('%s → %j', (value, sectors) => {
		expect(m.match(value).sectors).toEqual(sectors);
	});

	it('keeps the unmatched part of a list as the user’s own', () => {
		expect(m.match('ICT / Tourism')).toEqual({ sectors: ['ict'], unmatched: ['Tourism'] });
	});
});

describe('a corrected mapping', () => {
	const csv = 'name,a,b,kind\nGlasgow,55.8642,-4.2518,bio\nShannon,52.7039,-8.8642,aviation\n';

	it('validates again on the kept table, without reading the file', async () => {
		const r = await importFile(new TextEncoder().encode(csv), { name: 'x.csv' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.dataset.summary.loaded).toBe(0);
		expect(r.problems.map((p) => p.code)).toEqual(['mapping-no-coordinates']);
		const cellsBefore = r.session.table.cells;
		const fixed = await validateSession(r.session, { ...r.dataset.mapping, lat: 1, lon: 2 });
		expect(r.session.table.cells).toBe(cellsBefore);
		expect(fixed.dataset.summary).toMatchObject({ loaded: 2, rejected: 0 });
		expect(unpack(fixed.dataset.places.name)).toEqual(['Glasgow', 'Shannon']);
		expect(fixed.problems).toEqual([]);
		expect(fixed.dataset.categories.map((c) => [c.key, c.sectors])).toEqual([
			['bio', ['biotech']],
			['aviation', ['aviation']]
		]);
	});

	it('reports the other way round too: a wrong correction gives errors on every row', async () => {
		const land = createLandIndex(JSON.parse(readFileSync('geodata/basemap/countries.geojson', 'utf8')));
		const r = await importFile(new TextEncoder().encode(csv), { name: 'x.csv', land, mapping: { lat: 2, lon: 1 } });
		expect(r.ok && r.dataset.summary).toMatchObject({ loaded: 0, rejected: 2 });
		expect(r.ok && r.problems.map((p) => p.code)).toEqual(['swapped-suspected', 'swapped-suspected']);
	});

	it('takes the Web Mercator choice for metres in a CSV', async () => {
		const m = 'name,x,y\nGlasgow,-473313.9,7530000.2\n';
		const r = await importFile(new TextEncoder().encode(m), {
			name: 'm.csv',
			mapping: { lat: 2, lon: 1, crs: 'EPSG:3857' }
		});
		expect(r.ok && r.dataset.summary.loaded).toBe(1);
		if (r.ok)
			expect([r.dataset.places.lat[0], r.dataset.places.lon[0]].map((v) => Math.round(v * 1e3) / 1e3)).toEqual([
				55.857, -4.252
			]);
	});
});

describe('the mapping preview', () => {
	it('carries the first records as read, bad ones included, with their rows', async () => {
		const csv = 'name,lat,lon\n\nGlasgow,55.8642,-4.2518\nBroken,,\nShannon,52.7039,-8.8642\n';
		const r = await importFile(new TextEncoder().encode(csv), { name: 'p.csv' });
		expect(r.ok && r.dataset.preview).toEqual({
			rows: [3, 4, 5],
			cells: [
				['Glasgow', '55.8642', '-4.2518'],
				['Broken', '', ''],
				['Shannon', '52.7039', '-8.8642']
			]
		});
	});
});
