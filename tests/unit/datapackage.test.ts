/**
 * The data package (/data/datapackage.json and its files, built by the same pure module the
 * prerendered routes call): valid against the published Frictionless profiles (vendored in
 * tests/profiles/, validated with ajv), every CSV readable back (tests/csv.ts, RFC 4180) and true
 * to its Table Schema (types, required, unique, patterns, enums, primary and foreign keys), and
 * the same data as the API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseCSV } from '../csv';
import { loadAtlas } from '../../src/lib/data/load.server';
import { loadEditionRecords } from '../../src/lib/cite/load.server';
import {
	atlasGeoJson,
	buildDataPackage,
	conflictText,
	TABLE_NAMES,
	type TableSchema
} from '../../src/lib/cite/datapackage';
import { apiArgument, apiPlaceFiles, apiPlaces, apiSources, apiTimeline } from '../../src/lib/cite/api';
import type { Correction } from '../../src/lib/cite/types';

const profile = (name: string) =>
	JSON.parse(readFileSync(join(process.cwd(), 'tests/profiles', `${name}.json`), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = Object.fromEntries(
	['data-package', 'data-resource', 'tabular-data-resource', 'table-schema'].map((n) => [n, ajv.compile(profile(n))])
);

const atlas = loadAtlas();
const records = loadEditionRecords();
const input = {
	atlas,
	editions: records,
	edition: records.current,
	corrections: records.corrections,
	meta: records.atlas,
	origin: 'https://atlas.example'
};
const pkg = buildDataPackage(input);
type Resource = { name: string; path: string; profile: string; schema?: TableSchema };
const resources = pkg.descriptor.resources as Resource[];

const errorsOf = (name: string, data: unknown) => {
	const v = validators[name];
	return v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

/** The rows of a CSV as records, checked against the header the schema names. */
function table(r: Resource) {
	const rows = parseCSV(pkg.files[r.path]);
	const header = rows[0];
	expect(header, r.path).toEqual(r.schema!.fields.map((f) => f.name));
	return rows.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

describe('the descriptor', () => {
	it('is a valid Data Package (profile data-package)', () => {
		expect(errorsOf('data-package', pkg.descriptor)).toEqual([]);
	});

	it('each resource is valid against its own profile, each table schema against Table Schema', () => {
		for (const r of resources) {
			expect(errorsOf(r.profile, r), r.name).toEqual([]);
			if (r.schema) expect(errorsOf('table-schema', r.schema), r.name).toEqual([]);
		}
	});

	it('the profiles catch a broken descriptor (a bad name, a resource without data, a field without a name)', () => {
		const broken = JSON.parse(JSON.stringify(pkg.descriptor));
		broken.name = 'Cluster Atlas';
		delete broken.resources[1].path;
		expect(errorsOf('data-package', broken).length).toBeGreaterThan(1);
		const schema = JSON.parse(JSON.stringify(resources[0].schema));
		delete schema.fields[0].name;
		expect(errorsOf('table-schema', schema)).not.toEqual([]);
	});

	it('names the edition, its data revision, the licences and the sources', () => {
		expect(pkg.descriptor).toMatchObject({
			name: 'cluster-atlas',
			version: records.current.version,
			data_revision: records.current.data_revision,
			homepage: 'https://atlas.example/'
		});
		const licences = pkg.descriptor.licenses as { name: string }[];
		expect(licences.map((l) => l.name)).toEqual([
			records.atlas.data_licence.id,
			...records.atlas.other_licences.map((l) => l.id)
		]);
		expect(JSON.stringify(pkg.descriptor.sources)).toContain('Natural Earth');
		// the code's licence is stated as it is: the repository has none
		expect(pkg.descriptor.description).toMatch(/states no licence/);
	});

	it('lists every published file, and only those', () => {
		expect(resources.map((r) => r.path).sort()).toEqual(Object.keys(pkg.files).sort());
		expect(TABLE_NAMES.map((t) => `${t}.csv`).every((f) => f in pkg.files)).toBe(true);
	});
});

describe('every CSV', () => {
	const tables = Object.fromEntries(resources.filter((r) => r.schema).map((r) => [r.name, { r, rows: table(r) }]));

	for (const r of resources.filter((x) => x.schema))
		it(`${r.path} reads back and matches its Table Schema`, () => {
			const { rows } = tables[r.name];
			const schema = r.schema!;
			for (const [i, row] of rows.entries())
				for (const f of schema.fields) {
					const v = row[f.name];
					const where = `${r.path} row ${i + 2} ${f.name} = ${JSON.stringify(v)}`;
					if (v === '') {
						expect(f.constraints?.required, where).not.toBe(true);
						continue;
					}
					if (f.type === 'integer') expect(v, where).toMatch(/^-?\d+$/);
					if (f.type === 'number') expect(Number.isFinite(Number(v)), where).toBe(true);
					if (f.type === 'boolean') expect(['true', 'false'], where).toContain(v);
					if (f.constraints?.pattern) expect(v, where).toMatch(new RegExp(f.constraints.pattern));
					if (f.constraints?.enum) expect(f.constraints.enum, where).toContain(v);
				}
			for (const f of schema.fields.filter((x) => x.constraints?.unique)) {
				const values = rows.map((row) => row[f.name]);
				expect(new Set(values).size, `${r.path}: ${f.name} is unique`).toBe(values.length);
			}
			const key = (row: Record<string, string>, fields: string[]) => fields.map((k) => row[k]).join('\0');
			const pk = schema.primaryKey ?? [];
			expect(new Set(rows.map((row) => key(row, pk))).size, `${r.path}: primary key`).toBe(rows.length);
			for (const fk of schema.foreignKeys ?? []) {
				const target = fk.reference.resource === '' ? tables[r.name] : tables[fk.reference.resource];
				const keys = new Set(target.rows.map((row) => key(row, fk.reference.fields)));
				for (const row of rows)
					if (fk.fields.every((k) => row[k] !== ''))
						expect(keys.has(key(row, fk.fields)), `${r.path}: ${fk.fields} → ${fk.reference.resource}`).toBe(true);
			}
		});

	it('hold every record of the atlas', () => {
		const count = (name: string) => tables[name].rows.length;
		expect(count('places')).toBe(atlas.places.length);
		expect(count('paragraphs')).toBe(atlas.places.reduce((n, p) => n + p.properties.narrative.length, 0));
		expect(count('regions')).toBe(atlas.regions.length);
		expect(count('argument-items')).toBe(atlas.argument.items.length);
		expect(count('argument-links')).toBe(atlas.argument.links.length);
		expect(count('comparison-cells')).toBe(atlas.comparison.cells.length);
		expect(count('timeline-events')).toBe(atlas.timeline.length);
		expect(count('sources')).toBe(atlas.sources.length);
		expect(count('references')).toBe(24);
		expect(count('corrections')).toBe(records.corrections.length);
	});

	it('give labels beside ids and the "sources differ" entries in full', () => {
		const glasgow = tables.places.rows.find((r) => r.id === 'glasgow')!;
		expect(glasgow.kind_label).toBe('Paper case');
		const labels = glasgow.sector_labels.split('; ');
		expect(labels).toHaveLength(glasgow.sectors.split('; ').length);
		expect(labels[0]).toBe(atlas.sectors.find((s) => s.id === glasgow.sectors.split('; ')[0])!.label);
		const conflicts = atlas.places.find((p) => p.properties.id === 'glasgow')!.properties.conflicts!;
		expect(glasgow.conflicts).toBe(conflicts.map(conflictText).join(' | '));
		expect(glasgow.conflicts).toContain(conflicts[0].paper.value);
		expect(glasgow.conflicts).toContain(conflicts[0].sources.value);
		expect(tables['comparison-cells'].rows[0].dimension_label).toBe(
			atlas.comparison.dimensions.find((d) => d.id === tables['comparison-cells'].rows[0].dimension)!.label
		);
	});

	it('corrections in the audit’s shape become rows of the corrections table', () => {
		const c: Correction = {
			id: 'fix-1',
			kind: 'adds',
			file: 'places/cases.geojson',
			record: 'glasgow',
			field: 'narrative[1].text',
			was: 'one, "two"',
			now: 'three\nfour',
			why: 'The paper says otherwise (§2.2).',
			locators: ['§2.2', '§2.3'],
			edition: '1.0.0'
		};
		const p = buildDataPackage({ ...input, corrections: [c] });
		const rows = parseCSV(p.files['corrections.csv']);
		expect(rows[1]).toEqual([
			'fix-1',
			'adds',
			'1.0.0',
			'places/cases.geojson',
			'glasgow',
			'narrative[1].text',
			'one, "two"',
			'three\nfour',
			c.why,
			'§2.2; §2.3',
			''
		]);
	});
});

describe('the GeoJSON resource', () => {
	it('holds every place as a Point and every region polygon', () => {
		const fc = JSON.parse(pkg.files['atlas.geojson']) as ReturnType<typeof atlasGeoJson>;
		const places = fc.features.filter((f) => f.properties.feature_type === 'place');
		const regions = fc.features.filter((f) => f.properties.feature_type === 'region');
		expect(places).toHaveLength(atlas.places.length);
		expect(places.every((f) => f.geometry.type === 'Point')).toBe(true);
		expect(regions).toHaveLength(atlas.regions.length);
		expect(regions.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).toBe(true);
		expect(places[0].properties.url).toBe(`https://atlas.example/place/${places[0].id}`);
	});
});

describe('the package and the API say the same', () => {
	const csv = (name: string) => table(resources.find((r) => r.name === name)!);

	it('places, their points and their files', () => {
		const api = apiPlaces(input).places;
		const rows = csv('places');
		expect(api.map((p) => p.id)).toEqual(rows.map((r) => r.id));
		for (const [i, p] of api.entries()) expect([p.lon, p.lat]).toEqual([Number(rows[i].lon), Number(rows[i].lat)]);
		const files = apiPlaceFiles(input);
		expect(Object.keys(files)).toEqual(rows.map((r) => r.id));
		const paragraphIds = csv('paragraphs')
			.filter((r) => r.place === 'hokkaido')
			.map((r) => r.claim_id);
		const claims = (files.hokkaido as { claims: { id: string; kind: string }[] }).claims;
		expect(claims.filter((c) => c.kind === 'paragraph').map((c) => c.id)).toEqual(paragraphIds);
	});

	it('argument links, timeline events and sources', () => {
		expect(apiArgument(input).links.map((l) => l.claim_id)).toEqual(csv('argument-links').map((r) => r.claim_id));
		expect(apiTimeline(input).events.map((e) => e.id)).toEqual(csv('timeline-events').map((r) => r.id));
		expect(apiSources(input).sources.map((s) => s.id)).toEqual(csv('sources').map((r) => r.id));
	});
});
