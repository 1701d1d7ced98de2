import { describe, expect, it } from 'vitest';
import {
	CSV_COLUMNS,
	csvField,
	exportFileName,
	exportRecords,
	fromGeoJSON,
	toCSV,
	toGeoJSON,
	type ExportPlace
} from '../../src/lib/data/export';
import { loadAtlas } from '../../src/lib/data/load.server';
import { parseCSV } from '../csv';

const sample = (over: Partial<ExportPlace> = {}): ExportPlace => ({
	id: 'tricky-place',
	kind: 'firm',
	name: 'Smith, "Jones" & Co.',
	name_ja: '株式会社「テスト」, 北海道',
	country: 'JP',
	region: 'case-hokkaido',
	case: 'hokkaido',
	sectors: ['biotech', 'food'],
	sector_labels: ['Biotechnology', 'Food; drink'],
	kind_label: 'Firm, or SME group',
	start: 1996,
	end: null,
	lon: 141.35,
	lat: 43.06,
	summary: 'Line one,\nline two\r\nand a "quote".',
	locators: ['§4.4', 'fn4'],
	sources: [
		{ id: 'a-source', title: 'A; B', url: 'https://example.org/a?x=1,2' },
		{ id: 'b-source', title: 'No URL' }
	],
	confidence: 'unconfirmed',
	precision: 'city',
	point_basis: 'PLACEHOLDER: the city',
	argument: [
		{ item: 'lesson-1', basis: 'paper', basis_locators: ['§2.4', '§2.5', '§2.5.L1'] },
		{ item: 'weakness-a', basis: 'atlas', basis_locators: ['§4.3', '§5.2.a'] },
		{ item: 'implication-2', basis: 'atlas', basis_locators: ['§4.4', '§5.4.2'] }
	],
	conflicts: [
		{
			topic: 'When it began',
			paper: { value: 'in 1996', locators: ['§4.4'] },
			sources: { value: 'in 1997 | 1998', sources: ['a-source'], confidence: 'likely' },
			note: 'A "quoted" note.'
		},
		{
			topic: 'Where',
			paper: { value: 'Sapporo', locators: ['fn4'] },
			sources: { value: 'Ebetsu', sources: ['b-source', 'a-source'], confidence: 'unconfirmed' }
		}
	],
	path: '/place/tricky-place',
	...over
});

describe('CSV', () => {
	it('quotes commas, quotes and line breaks, and parses back to the same values', () => {
		const csv = toCSV(
			[sample(), sample({ id: 'plain', name: 'Plain', name_ja: undefined, summary: 'Short summary of it.' })],
			'https://h.test'
		);
		const rows = parseCSV(csv);
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows).toHaveLength(3);
		const get = (r: string[], c: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(c)];
		const r = rows[1];
		expect(r).toHaveLength(CSV_COLUMNS.length);
		expect(get(r, 'name')).toBe('Smith, "Jones" & Co.');
		expect(get(r, 'name_ja')).toBe('株式会社「テスト」, 北海道');
		expect(get(r, 'summary')).toBe('Line one,\nline two\r\nand a "quote".');
		expect(get(r, 'sectors')).toBe('biotech;food');
		expect(get(r, 'locators')).toBe('§4.4;fn4');
		expect(get(r, 'sources')).toBe('a-source;b-source');
		expect(get(r, 'source_urls')).toBe('https://example.org/a?x=1,2');
		expect(get(r, 'start')).toBe('1996');
		expect(get(r, 'end')).toBe('');
		expect(get(r, 'lon')).toBe('141.35');
		// the ties to the argument, split by who makes them
		expect(get(r, 'argument_paper')).toBe('lesson-1');
		expect(get(r, 'argument_atlas')).toBe('weakness-a;implication-2');
		// labels beside the ids, and every "sources differ" entry in full rather than true/false
		expect(get(r, 'kind_label')).toBe('Firm, or SME group');
		expect(get(r, 'sector_labels')).toBe('Biotechnology;Food; drink');
		expect(get(r, 'conflicts')).toBe(
			'When it began — paper: in 1996 (§4.4); sources: in 1997 | 1998 (a-source; likely). Note: A "quoted" note. | ' +
				'Where — paper: Sapporo (fn4); sources: Ebetsu (b-source, a-source; unconfirmed)'
		);
		expect(get(rows[2], 'conflicts')).toBe(get(r, 'conflicts'));
		expect(get(r, 'url')).toBe('https://h.test/place/tricky-place');
		expect(get(rows[2], 'name_ja')).toBe('');
	});

	it('leaves plain fields unquoted', () => {
		expect(csvField('plain text')).toBe('plain text');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
	});

	it('writes only the header for no places', () => {
		expect(toCSV([])).toBe(CSV_COLUMNS.join(',') + '\r\n');
	});
});

describe('GeoJSON', () => {
	it('is a FeatureCollection of [lon, lat] points that reads back to the same records', () => {
		const places = [sample(), sample({ id: 'other', lon: -4.26, lat: 55.87 })];
		const fc = toGeoJSON(places, { title: 'test', url: 'http://x/', accessed: '2026-05-12' });
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.metadata).toEqual({ title: 'test', url: 'http://x/', accessed: '2026-05-12' });
		expect(fc.features[1].geometry).toEqual({ type: 'Point', coordinates: [-4.26, 55.87] });
		expect(fc.features[1].id).toBe('other');
		expect(fc.features[0].properties).not.toHaveProperty('lon');
		expect(fromGeoJSON(JSON.parse(JSON.stringify(fc)))).toEqual(places);
	});
});

describe('exportRecords (real geodata)', () => {
	const atlas = loadAtlas();
	const records = exportRecords(atlas);

	it('has every place, in order, with its provenance resolved', () => {
		expect(records.map((r) => r.id)).toEqual(atlas.places.map((p) => p.properties.id));
		const sourceIds = new Set(atlas.sources.map((s) => s.id));
		for (const r of records) {
			expect(r.locators.length + r.sources.length, r.id).toBeGreaterThan(0);
			for (const s of r.sources) expect(sourceIds.has(s.id), `${r.id}: ${s.id}`).toBe(true);
			expect(['confirmed', 'likely', 'unconfirmed']).toContain(r.confidence);
			expect(['exact', 'city', 'region']).toContain(r.precision);
			expect(r.path).toBe(`/place/${r.id}`);
		}
	});

	it('collects narrative sources and locators as well as the place’s own', () => {
		const glasgow = records.find((r) => r.id === 'glasgow')!;
		const f = atlas.places.find((p) => p.properties.id === 'glasgow')!.properties;
		for (const n of f.narrative) {
			for (const l of n.locators ?? []) expect(glasgow.locators).toContain(l);
			for (const s of n.sources ?? []) expect(glasgow.sources.map((x) => x.id)).toContain(s);
		}
		expect(glasgow.conflicts).toEqual(f.conflicts);
		expect(glasgow.conflicts.length).toBeGreaterThan(0);
	});

	it('names each kind and sector beside its id, and has no "sources differ" entries where the place has none', () => {
		const sectors = new Map(atlas.sectors.map((s) => [s.id, s.label]));
		for (const r of records) {
			expect(r.kind_label, r.id).toBeTruthy();
			expect(r.sector_labels, r.id).toEqual(r.sectors.map((s) => sectors.get(s)));
		}
		const none = records.find((r) => !atlas.places.find((p) => p.properties.id === r.id)!.properties.conflicts)!;
		expect(none.conflicts).toEqual([]);
		expect(parseCSV(toCSV([none]))[1][CSV_COLUMNS.indexOf('conflicts')]).toBe('');
	});

	it('carries each tie to the argument with its basis: the lessons’ regions the paper’s, the firms’ the atlas’s', () => {
		const of = (id: string) => records.find((r) => r.id === id)!.argument;
		expect(of('glasgow').map((t) => t.basis)).toEqual(of('glasgow').map(() => 'paper'));
		expect(of('glasgow')).toHaveLength(8);
		expect(of('adhoc-kobe').map((t) => [t.item, t.basis])).toEqual([
			['implication-7', 'atlas'],
			['implication-8', 'atlas'],
			['implication-9', 'atlas'],
			['implication-10', 'atlas']
		]);
		const links = atlas.argument.links.filter((l) => l.place === 'hokkaido');
		expect(of('hokkaido')).toEqual(
			links.map((l) => ({ item: l.item, basis: l.basis.by, basis_locators: l.basis.locators }))
		);
		expect(of('meti-kanto-bio')).toEqual([]);
	});

	it('writes a CSV of every place that parses with one row per place', () => {
		const rows = parseCSV(toCSV(records));
		expect(rows.map((r) => r[0])).toEqual(['id', ...records.map((r) => r.id)]);
		for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
	});
});

it('names files by kind and date', () => {
	expect(exportFileName('csv', '2026-05-12')).toBe('cluster-atlas-places-2026-05-12.csv');
	expect(exportFileName('png', '2026-05-12')).toBe('cluster-atlas-map-2026-05-12.png');
});
