import { describe, expect, it } from 'vitest';
import { CELL, DIST_RANGE, EXTENT, alongEdge, gap, shapeAtlas, shapeDistance } from '../../src/lib/map/points/atlas';
import { KIND, KIND_COUNT } from '../../src/lib/map/points/layout';

const atlas = shapeAtlas();
const width = KIND_COUNT * CELL;
/** the texel nearest to p (in radii) in a kind's cell */
const texel = (kind: number, x: number, y: number) => {
	const i = Math.floor(((x + EXTENT) / (2 * EXTENT)) * CELL);
	const j = Math.floor(((y + EXTENT) / (2 * EXTENT)) * CELL);
	const o = 4 * (j * width + kind * CELL + i);
	return {
		d: (atlas[o] / 255) * 2 * DIST_RANGE - DIST_RANGE,
		city: atlas[o + 1],
		region: atlas[o + 2],
		turn: atlas[o + 3] / 255
	};
};

describe('the shape atlas the points shader samples', () => {
	it('is one RGBA cell per kind', () => {
		expect(atlas.length).toBe(width * CELL * 4);
	});

	it('each shape is inside at its centre and outside past its reach, as icons.ts draws it', () => {
		for (let kind = 0; kind < KIND_COUNT; kind++) {
			expect(shapeDistance(kind, 0, 0.1)).toBeLessThan(0);
			expect(texel(kind, 0, 0.05).d).toBeLessThan(0);
			expect(shapeDistance(kind, 1.2, 1.2)).toBeGreaterThan(0);
			expect(texel(kind, 1.25, 1.25).d).toBeGreaterThan(0);
		}
		// the circle's edge at radius 1; the square's at 0.85; the diamond's tip at 1.1; the triangle's apex at 1.05 up
		expect(shapeDistance(KIND.case, 1, 0)).toBeCloseTo(0, 9);
		expect(shapeDistance(KIND.firm, 0.85, 0)).toBeCloseTo(0, 9);
		expect(shapeDistance(KIND['mext-cluster'], 1.1, 0)).toBeCloseTo(0, 9);
		expect(shapeDistance(KIND['meti-cluster'], 0, -1.05)).toBeCloseTo(0, 9);
		expect(shapeDistance(KIND['meti-cluster'], 0, 0.9)).toBeCloseTo(0.1, 9);
		// the shapes differ: a point inside the square's corner is outside the circle and the diamond
		expect(shapeDistance(KIND.firm, 0.8, 0.8)).toBeLessThan(0);
		expect(shapeDistance(KIND.case, 0.8, 0.8)).toBeGreaterThan(0);
		expect(shapeDistance(KIND['mext-cluster'], 0.8, 0.8)).toBeGreaterThan(0);
	});

	it('an approximate outline has its gaps mid-edge and keeps its corners', () => {
		// the square's right edge: t = 0.5 at its middle, a gap for city precision
		const [t, len] = alongEdge(KIND.firm, 0.85, 0);
		expect(t).toBeCloseTo(0.5, 9);
		expect(gap('city', t, len)).toBeGreaterThan(0);
		expect(texel(KIND.firm, 0.85, 0).city).toBeLessThan(64);
		expect(texel(KIND.firm, 0.85, 0.8).city).toBe(255);
		// region precision: two gaps per edge, at a quarter and three quarters
		expect(texel(KIND.firm, 0.85, -0.425).region).toBeLessThan(64);
		expect(texel(KIND.firm, 0.85, 0).region).toBe(255);
		expect(texel(KIND.firm, 0.85, 0.8).region).toBe(255);
	});

	it('the angle runs clockwise from the top, in turns', () => {
		expect(texel(KIND.case, 0.5, -0.02).turn).toBeCloseTo(0.25, 1);
		expect(texel(KIND.case, 0.02, 0.5).turn).toBeCloseTo(0.5, 1);
		expect(texel(KIND.case, -0.5, 0.02).turn).toBeCloseTo(0.75, 1);
	});
});
