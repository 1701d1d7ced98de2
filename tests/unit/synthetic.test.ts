import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { prng, syntheticIndex, type Unit } from '../../scripts/bench/synthetic';

const units = JSON.parse(readFileSync('geodata/basemap/admin1.geojson', 'utf8'));
const sectors = JSON.parse(readFileSync('geodata/sectors.json', 'utf8')).sectors;
const paper = { title: 't', author: 'a', year: 2003, date: '2003-09-22', event: 'e', place: 'p' };

describe('benchmark datasets', () => {
	it('one seed gives one dataset, byte for byte; another seed another', () => {
		const a = JSON.stringify(syntheticIndex(300, 7, units, { paper, sectors }));
		expect(JSON.stringify(syntheticIndex(300, 7, units, { paper, sectors }))).toBe(a);
		expect(JSON.stringify(syntheticIndex(300, 8, units, { paper, sectors }))).not.toBe(a);
	});

	it('places have unique ids, 1 to 3 known sectors, and lie on land in the unit they name', () => {
		const index = syntheticIndex(500, 2003, units, { paper, sectors });
		expect(index.places).toHaveLength(500);
		expect(new Set(index.places.map((p) => p.id)).size).toBe(500);
		expect(index.places[0].id).toBe('syn-000001');
		const known = new Set(sectors.map((s: { id: string }) => s.id));
		const byId = new Map((units.features as Unit[]).map((f) => [f.properties.id, f]));
		for (const p of index.places) {
			expect(p.sectors.length).toBeGreaterThanOrEqual(1);
			expect(p.sectors.length).toBeLessThanOrEqual(3);
			expect(p.sectors.every((s) => known.has(s))).toBe(true);
			expect(['JP', 'GB', 'IE']).toContain(p.country);
			expect(booleanPointInPolygon([p.lon, p.lat], byId.get(p.region)!)).toBe(true);
		}
	});

	it('a smaller set is the start of a larger one (same seed)', () => {
		const small = syntheticIndex(50, 2003, units, { paper, sectors }).places;
		const large = syntheticIndex(200, 2003, units, { paper, sectors }).places;
		expect(large.slice(0, 50)).toEqual(small);
	});

	it('the generator spreads values over [0, 1)', () => {
		const r = prng(1);
		const xs = Array.from({ length: 10_000 }, r);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});
});
