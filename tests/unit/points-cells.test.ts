import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawRanges } from '../../src/lib/map/points/cells';
import { packPoints, type PointInput } from '../../src/lib/map/points/pack';
import { KIND_NAMES } from '../../src/lib/map/points/layout';

const SECTORS = ['ict'];

/** random places over Japan and the UK, of every kind */
const placesArb = fc.array(
	fc.record({
		lon: fc.double({ min: -8, max: 146, noNaN: true }),
		lat: fc.double({ min: 24, max: 59, noNaN: true }),
		kind: fc.constantFrom(...KIND_NAMES)
	}),
	{ minLength: 1, maxLength: 300 }
);
const boxArb = fc
	.tuple(fc.double({ min: 0.4, max: 0.95, noNaN: true }), fc.double({ min: 0.25, max: 0.45, noNaN: true }))
	.chain(([x, y]) =>
		fc.tuple(
			fc.constant(x),
			fc.constant(y),
			fc.double({ min: 1e-5, max: 0.3, noNaN: true }),
			fc.double({ min: 1e-5, max: 0.2, noNaN: true })
		)
	);

describe('a frame draws only the points near the view', () => {
	it('the ranges hold every point inside the box, each once, in draw order', () => {
		fc.assert(
			fc.property(placesArb, boxArb, (raw, [x, y, w, h]) => {
				const places: PointInput[] = raw.map((r, i) => ({
					...r,
					id: `p${i}`,
					sectors: ['ict'],
					start: null,
					end: null
				}));
				const p = packPoints(places, SECTORS);
				const ranges = drawRanges(p, x, y, x + w, y + h);
				const drawn: number[] = ranges.flatMap(([s, n]) => Array.from({ length: n }, (_, k) => s + k));
				// ascending: one pass keeps the kinds' stacking
				for (let i = 1; i < drawn.length; i++) expect(drawn[i]).toBeGreaterThan(drawn[i - 1]);
				for (let i = 0; i < p.count; i++) {
					const mx = p.merc[2 * i];
					const my = p.merc[2 * i + 1];
					if (mx >= x && mx <= x + w && my >= y && my <= y + h) expect(drawn).toContain(i);
				}
			}),
			{ numRuns: 200, seed: 9 }
		);
	});

	it('zoomed in on Kansai, a frame leaves out the UK', () => {
		const p = packPoints(
			[
				{ id: 'osaka', kind: 'firm', sectors: SECTORS, start: null, end: null, lon: 135.5, lat: 34.7 },
				{ id: 'glasgow', kind: 'firm', sectors: SECTORS, start: null, end: null, lon: -4.25, lat: 55.86 }
			],
			SECTORS
		);
		const osaka = p.indexOf.get('osaka')!;
		const [mx, my] = [p.merc[2 * osaka], p.merc[2 * osaka + 1]];
		expect(drawRanges(p, mx - 0.001, my - 0.001, mx + 0.001, my + 0.001)).toEqual([[osaka, 1]]);
		expect(drawRanges(p, 0, 0, 1, 1)).toEqual([[0, 2]]);
	});
});
