import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadIndex } from '../../src/lib/data/load.server';
import { isVisible, type Filters } from '../../src/lib/data/filter';
import { LAYER_IDS, type LayerId } from '../../src/lib/data/vocabulary';
import { packPoints } from '../../src/lib/map/points/pack';
import { filterUniforms, passes } from '../../src/lib/map/points/predicate';

const index = loadIndex();
const sectorIds = index.sectors.map((s) => s.id);
const points = packPoints(index.places, sectorIds);

/** every real place: does the GPU's rule say what isVisible says? */
function disagreements(f: Filters): string[] {
	const u = filterUniforms(f, sectorIds);
	return index.places
		.filter((p) => passes(points, points.indexOf.get(p.id)!, u) !== isVisible(p, f))
		.map((p) => `${p.id} under ${JSON.stringify(f)}`);
}

// years where a place's span starts or ends, and one either side: where an off-by-one would show
const years = [
	...new Set(index.places.flatMap((p) => [p.start, p.end]).filter((y): y is number => y !== null))
].flatMap((y) => [y - 1, y, y + 1]);

describe('the GPU filter agrees with isVisible on every real place', () => {
	it('the real index has places with unknown start and end years (so those cases are covered)', () => {
		expect(index.places.some((p) => p.start === null)).toBe(true);
		expect(index.places.some((p) => p.end === null)).toBe(true);
		expect(index.places.some((p) => p.sectors.length > 1)).toBe(true);
	});

	it('each sector alone, none and all, under every combination of layers', () => {
		const layerSets = Array.from({ length: 1 << LAYER_IDS.length }, (_, m) => LAYER_IDS.filter((_, i) => m & (1 << i)));
		for (const layers of layerSets)
			for (const sectors of [null, [], ...sectorIds.map((s) => [s])])
				expect(disagreements({ sectors, layers, period: null })).toEqual([]);
	});

	it('periods on and around every start and end year', () => {
		for (const from of years)
			for (const to of [from, from + 2, from + 15])
				expect(disagreements({ sectors: null, layers: [...LAYER_IDS], period: { from, to } })).toEqual([]);
	});

	it('random sector sets, layers and periods', () => {
		fc.assert(
			fc.property(
				fc.option(fc.subarray(sectorIds), { nil: null }),
				fc.subarray([...LAYER_IDS] as LayerId[]),
				fc.option(
					fc.tuple(fc.integer({ min: 1900, max: 2040 }), fc.integer({ min: 0, max: 40 })).map(([from, span]) => ({
						from,
						to: from + span
					})),
					{ nil: null }
				),
				(sectors, layers, period) => {
					expect(disagreements({ sectors, layers, period })).toEqual([]);
				}
			),
			{ numRuns: 400, seed: 2003 }
		);
	});

	it('a sector id the palette does not know selects nothing (as isVisible: no place has it)', () => {
		expect(disagreements({ sectors: ['no-such-sector'], layers: [...LAYER_IDS], period: null })).toEqual([]);
		const u = filterUniforms({ sectors: ['no-such-sector'], layers: [...LAYER_IDS], period: null }, sectorIds);
		expect(u.sectors).toBe(0);
		expect(u.allSectors).toBe(false);
	});
});
