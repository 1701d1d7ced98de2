/**
 * The basemap's geometry (src/lib/geo/basemap.ts, src/lib/geo/label.ts) on input/output fixtures,
 * the way Turf tests its packages: each tests/fixtures/geo/in/<op>-<case>.geojson is run through
 * the operation its name starts with, and the result must equal tests/fixtures/geo/out/ of the
 * same name (the input in grey, the result in red: open either in geojson.io to see it). After a
 * deliberate change, `REGEN=1 npx vitest run tests/unit/geo.test.ts` rewrites the outputs; review
 * the diff. Each case also checks the property the operation exists for.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	crossings,
	cutAntimeridian,
	finish,
	polygonsOf,
	simplifyShared,
	toGeometry,
	validGeometry,
	type Polygonal
} from '../../src/lib/geo/basemap';
import { labelPoint } from '../../src/lib/geo/label';

const DIR = join(process.cwd(), 'tests', 'fixtures', 'geo');
const REGEN = !!process.env.REGEN;

type Props = Record<string, unknown>;
type In = FeatureCollection<Polygonal, Props>;

const result = (geometry: Geometry, properties: Props = {}): Feature => ({
	type: 'Feature',
	properties: { ...properties, stroke: '#F00', 'stroke-width': 2, fill: '#F00', 'fill-opacity': 0.25 },
	geometry
});
const jumps = (g: Polygonal) =>
	polygonsOf(g).some((p) => p.some((ring) => ring.some((q, i) => i > 0 && Math.abs(q[0] - ring[i - 1][0]) > 180)));
const inRange = (g: Polygonal) => polygonsOf(g).every((p) => p.every((r) => r.every(([x]) => x >= -180 && x <= 180)));

/** The operations, by the first word of a fixture's name; each returns its result features. */
const OPS: Record<string, (input: In) => Feature[]> = {
	// cut, rounded and made valid as derive-basemap does: a ring closed along the pole gets a vertex
	// every 90° there, or that edge would itself jump
	antimeridian: (input) =>
		input.features.map((f) => {
			const g = validGeometry(finish(cutAntimeridian(polygonsOf(f.geometry)), 0), String(f.properties.name));
			expect(jumps(f.geometry), 'the input jumps across ±180').toBe(true);
			expect(jumps(g), 'no ring of the result jumps').toBe(false);
			expect(inRange(g), 'every piece lies in [-180, 180]').toBe(true);
			return result(g);
		}),
	simplify: (input) => {
		const tolerance = Number(input.features[0].properties.tolerance);
		const out = simplifyShared(
			input.features.map((f) => polygonsOf(f.geometry)),
			tolerance
		).map((polys) => toGeometry(finish(polys, 0)));
		const vertices = (g: Polygonal) => polygonsOf(g).flatMap((p) => p.flatMap((r) => r));
		const key = (p: Position) => p.join();
		const [a, b] = out.map((g) => new Set(vertices(g).map(key)));
		const shared = [...a].filter((k) => b.has(k));
		expect(vertices(out[0]).length, 'fewer vertices').toBeLessThan(vertices(input.features[0].geometry).length);
		// both sides keep the same simplified border: its two ends and whatever of it they keep, the same points
		expect(shared).toContain('0,0');
		expect(shared).toContain('0,5');
		const border = (s: Set<string>) => [...s].filter((k) => Math.abs(Number(k.split(',')[0])) < 1).sort();
		expect(border(a)).toEqual(border(b));
		return out.map((g, i) => result(g, { name: input.features[i].properties.name }));
	},
	finish: (input) =>
		input.features.map((f) => {
			const polys = finish(polygonsOf(f.geometry), Number(f.properties.minKm2));
			expect(polys, 'the island under minKm2 is dropped').toHaveLength(1);
			const ring = polys[0][0];
			for (let i = 1; i < ring.length; i++) expect(ring[i], 'no repeated vertex').not.toEqual(ring[i - 1]);
			for (const [x, y] of ring) expect([x, y]).toEqual([Number(x.toFixed(3)), Number(y.toFixed(3))]);
			return result(toGeometry(polys));
		}),
	repair: (input) =>
		input.features.map((f) => {
			expect(crossings(f.geometry), 'the input crosses itself').toBeGreaterThan(0);
			const repairs: string[] = [];
			const g = validGeometry(polygonsOf(f.geometry), 'bow tie', repairs);
			expect(crossings(g)).toBe(0);
			expect(repairs).toEqual(['bow tie']);
			return result(g);
		}),
	label: (input) =>
		input.features.map((f) => {
			const p = labelPoint(f.geometry);
			const largest = polygonsOf(f.geometry).at(-1)!;
			expect(booleanPointInPolygon(p, { type: 'Polygon', coordinates: largest }, { ignoreBoundary: true })).toBe(true);
			return result({ type: 'Point', coordinates: p }, { 'marker-color': '#F00' });
		})
};

/** One position a line: a fixture stays readable in a diff. */
const pretty = (fc: FeatureCollection) =>
	JSON.stringify(fc, null, '\t').replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1, $2]') + '\n';

const grey = (f: Feature<Polygon | MultiPolygon, Props>): Feature => ({
	...f,
	properties: { ...f.properties, stroke: '#888', fill: '#888', 'fill-opacity': 0.1 }
});

describe('geometry fixtures (tests/fixtures/geo)', () => {
	const names = readdirSync(join(DIR, 'in')).filter((n) => n.endsWith('.geojson'));

	it('every operation has a fixture, and every fixture names an operation', () => {
		const ops = new Set(names.map((n) => n.split('-')[0]));
		expect([...ops].sort()).toEqual(Object.keys(OPS).sort());
	});

	for (const name of names)
		it(name, () => {
			const input = JSON.parse(readFileSync(join(DIR, 'in', name), 'utf8')) as In;
			const output: FeatureCollection = {
				type: 'FeatureCollection',
				features: [...input.features.map(grey), ...OPS[name.split('-')[0]](input)]
			};
			const file = join(DIR, 'out', name);
			if (REGEN) writeFileSync(file, pretty(output));
			expect(output).toEqual(JSON.parse(readFileSync(file, 'utf8')));
		});
});
