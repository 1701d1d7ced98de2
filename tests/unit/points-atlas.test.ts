import { describe, expect, it } from 'vitest';
import { CELL, DIST_RANGE, EXTENT, shapeAtlas, shapeDistance } from '../../src/lib/map/points/atlas';
import { KIND, KIND_COUNT, KIND_NAMES } from '../../src/lib/map/points/layout';
import { SHAPE, corners } from '../../src/lib/map/symbology';

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

	it('each shape is inside at its centre and outside past its reach, as the symbology defines it', () => {
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

	it('every shape is the polygon the symbology gives the legend: its corners lie on the edge', () => {
		KIND_NAMES.forEach((kind, code) => {
			for (const [x, y] of corners(SHAPE[kind]) ?? []) expect(shapeDistance(code, x, y)).toBeCloseTo(0, 9);
		});
		// the star's notches are inside the circle of its tips: a concave shape, signed correctly
		expect(shapeDistance(KIND.own, 0, 0)).toBeLessThan(0);
		expect(shapeDistance(KIND.own, 0, 0.8)).toBeGreaterThan(0);
	});

	it('approximate points keep their whole shape: the atlas has no dash masks to cut the outline', () => {
		for (let kind = 0; kind < KIND_COUNT; kind++)
			for (const [x, y] of [
				[0.85, 0],
				[0, -1],
				[0.5, 0.5]
			])
				expect([texel(kind, x, y).city, texel(kind, x, y).region]).toEqual([0, 0]);
	});

	it('the angle runs clockwise from the top, in turns', () => {
		expect(texel(KIND.case, 0.5, -0.02).turn).toBeCloseTo(0.25, 1);
		expect(texel(KIND.case, 0.02, 0.5).turn).toBeCloseTo(0.5, 1);
		expect(texel(KIND.case, -0.5, 0.02).turn).toBeCloseTo(0.75, 1);
	});
});
