/**
 * Checks the committed output of scripts/derive-basemap.mjs (geodata/basemap/* and
 * geodata/regions.geojson): ring sanity (incl. the antimeridian trap), expected units and regions,
 * known cities inside their regions, and the basemap's gzip size budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BUDGET_KIB } from '../../src/lib/geo/basemap';

const GEODATA = join(process.cwd(), 'geodata');
const BASEMAP = join(GEODATA, 'basemap');
const BASEMAP_BUDGET_GZIP = BASEMAP_BUDGET_KIB * 1024;

type Props = {
	id: string;
	name: string;
	name_ja?: string;
	country?: string;
	kind?: string;
	units?: string[];
	rank?: number;
};
const load = (file: string) =>
	JSON.parse(readFileSync(join(GEODATA, file), 'utf8')) as FeatureCollection<Geometry, Props>;

const countries = load('basemap/countries.geojson');
const admin1 = load('basemap/admin1.geojson');
const labels = load('basemap/labels.geojson');
const regions = load('regions.geojson');

const polygonsOf = (g: Geometry): Position[][][] =>
	g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
const byId = (fc: FeatureCollection<Geometry, Props>) => new Map(fc.features.map((f) => [f.properties.id, f]));

describe('basemap and region rings', () => {
	const files = { countries, admin1, regions };
	for (const [name, fc] of Object.entries(files)) {
		it(`${name}: every feature is a polygon with closed rings and no antimeridian jump`, () => {
			expect(fc.features.length).toBeGreaterThan(0);
			const problems: string[] = [];
			for (const f of fc.features) {
				const id = f.properties.id;
				if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')
					problems.push(`${id}: ${f.geometry.type}`);
				polygonsOf(f.geometry).forEach((poly, pi) =>
					poly.forEach((ring, ri) => {
						const where = `${id} [${pi}][${ri}]`;
						const [a, b] = [ring[0], ring[ring.length - 1]];
						if (ring.length < 4) problems.push(`${where}: fewer than 4 positions`);
						if (a[0] !== b[0] || a[1] !== b[1]) problems.push(`${where}: not closed`);
						for (let i = 0; i < ring.length; i++) {
							const [x, y] = ring[i];
							if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90)
								problems.push(`${where}[${i}]: bad position`);
							if (i > 0 && Math.abs(x - ring[i - 1][0]) > 180)
								problems.push(`${where}[${i}]: jumps across the antimeridian`);
						}
					})
				);
			}
			expect(problems).toEqual([]);
		});
	}

	it('labels are points', () => {
		expect(labels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
		expect(new Set(labels.features.map((f) => f.properties.kind))).toEqual(new Set(['country', 'admin1']));
	});
});

describe('admin-1 units', () => {
	const units = byId(admin1);

	it('has all 47 Japanese prefectures with their Japanese names', () => {
		for (let n = 1; n <= 47; n++) {
			const code = `JP-${String(n).padStart(2, '0')}`;
			const u = units.get(code);
			expect(u, code).toBeDefined();
			expect(u?.properties.name_ja, code).toMatch(/[都道府県]$/);
		}
		expect(admin1.features.filter((f) => f.properties.country === 'JP')).toHaveLength(47);
	});

	it('has Glasgow, Birmingham and Clare', () => {
		expect(units.get('GB-GLG')?.properties.name).toBe('Glasgow');
		expect(units.get('GB-BIR')?.properties.name).toBe('Birmingham');
		expect(units.get('IE-CE')?.properties.name).toBe('Clare');
	});

	it('ids are unique', () => {
		expect(units.size).toBe(admin1.features.length);
	});

	it('every admin-1 unit has a label', () => {
		const labelIds = new Set(labels.features.filter((f) => f.properties.kind === 'admin1').map((f) => f.properties.id));
		expect([...units.keys()].filter((id) => !labelIds.has(id))).toEqual([]);
	});
});

describe('regions', () => {
	const EXPECTED_UNIT_COUNTS: Record<string, number> = {
		'glasgow-region': 12,
		'west-midlands-region': 14,
		// Clare, Limerick (city + county, one ISO unit) and North Tipperary
		'shannon-region': 3,
		'hokkaido-region': 1,
		'okinawa-region': 1,
		'kansai-region': 7,
		'bureau-hokkaido': 1,
		'bureau-tohoku': 6,
		'bureau-kanto': 11,
		'bureau-chubu': 5,
		'bureau-kinki': 7,
		'bureau-chugoku': 5,
		'bureau-shikoku': 4,
		'bureau-kyushu': 7,
		'bureau-okinawa': 1
	};
	const byRegion = byId(regions);
	const units = byId(admin1);

	it('has the 15 regions with the expected number of units, all of them known', () => {
		for (const [id, count] of Object.entries(EXPECTED_UNIT_COUNTS)) {
			const r = byRegion.get(id);
			expect(r, id).toBeDefined();
			expect(r?.properties.units, id).toHaveLength(count);
			for (const u of r?.properties.units ?? []) expect(units.has(u), `${id}: ${u}`).toBe(true);
		}
	});

	it('the nine METI bureaus cover the 47 prefectures exactly once', () => {
		const bureauUnits = regions.features
			.filter((f) => f.properties.kind === 'bureau-region')
			.flatMap((f) => f.properties.units ?? []);
		expect(bureauUnits).toHaveLength(47);
		expect(new Set(bureauUnits).size).toBe(47);
	});

	const inside = (lat: number, lon: number, id: string) => {
		const r = byRegion.get(id) as Feature<Polygon | MultiPolygon, Props> | undefined;
		expect(r, id).toBeDefined();
		return booleanPointInPolygon([lon, lat], r!);
	};
	const CITIES: [string, number, number, string[]][] = [
		['Sapporo', 43.06, 141.35, ['bureau-hokkaido', 'hokkaido-region']],
		['Osaka', 34.69, 135.52, ['kansai-region', 'bureau-kinki']],
		['Glasgow', 55.86, -4.25, ['glasgow-region']],
		['Birmingham', 52.48, -1.9, ['west-midlands-region']],
		['Shannon', 52.7, -8.86, ['shannon-region']],
		['Naha', 26.21, 127.68, ['okinawa-region', 'bureau-okinawa']]
	];
	for (const [city, lat, lon, ids] of CITIES)
		it(`${city} lies in ${ids.join(' and ')}`, () => {
			for (const id of ids) expect(inside(lat, lon, id), id).toBe(true);
		});

	it('Osaka is not in the Chubu bureau, Glasgow not in the West Midlands', () => {
		expect(inside(34.69, 135.52, 'bureau-chubu')).toBe(false);
		expect(inside(55.86, -4.25, 'west-midlands-region')).toBe(false);
	});
});

describe('size budget', () => {
	it(`geodata/basemap/*.geojson is at most ${BASEMAP_BUDGET_GZIP / 1024} KiB gzip`, () => {
		// every data file the app may load counts (not README.md), each gzipped on its own as `gzip -9c file | wc -c`
		const files = readdirSync(BASEMAP).filter((f) => f.endsWith('.geojson'));
		expect(files).toEqual(expect.arrayContaining(['admin1.geojson', 'countries.geojson', 'labels.geojson']));
		const total = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(BASEMAP, f)), { level: 9 }).length, 0);
		expect(total).toBeLessThanOrEqual(BASEMAP_BUDGET_GZIP);
	});
});
