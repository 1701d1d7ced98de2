/** "A case means its region": the one rule the map's selection, emphasis and framing share. */
import { describe, expect, it } from 'vitest';
import { areaOf, framingBounds, type AtlasLookup } from '../../src/lib/data/atlas-index';
import { loadIndex } from '../../src/lib/data/load.server';

const index = loadIndex();
const atlas: AtlasLookup = {
	index,
	placeById: new Map(index.places.map((p) => [p.id, p])),
	regionById: new Map(index.regions.map((r) => [r.id, r]))
};
const region = (id: string) => atlas.regionById.get(id)!;
const place = (id: string) => atlas.placeById.get(id)!;

describe('areaOf', () => {
	it('gives a case its case region, a region itself, and any other place no area', () => {
		expect(areaOf(atlas, 'glasgow')).toBe('glasgow-region');
		expect(areaOf(atlas, 'bureau-kinki')).toBe('bureau-kinki');
		expect(place('bio-science').kind).toBe('firm');
		expect(areaOf(atlas, 'bio-science')).toBeNull();
		expect(areaOf(atlas, 'nowhere')).toBeNull();
		expect(areaOf(atlas, null)).toBeNull();
	});
});

describe('framingBounds', () => {
	it('frames a case by the whole of its region, not by its point', () => {
		expect(framingBounds(atlas, ['glasgow'])).toEqual(framingBounds(atlas, ['glasgow-region']));
		const [w, s, e, n] = region('glasgow-region').bbox;
		const b = framingBounds(atlas, ['glasgow'])!;
		expect(b[0]).toBeLessThanOrEqual(w);
		expect(b[1]).toBeLessThanOrEqual(s);
		expect(b[2]).toBeGreaterThanOrEqual(e);
		expect(b[3]).toBeGreaterThanOrEqual(n);
	});

	it('frames any other place by its point, and ignores unknown ids', () => {
		const p = place('bio-science');
		const b = framingBounds(atlas, ['bio-science', 'nowhere'])!;
		expect(b[0]).toBeLessThan(p.lon);
		expect(b[2]).toBeGreaterThan(p.lon);
		expect(b[2] - b[0]).toBeLessThan(1);
		expect(framingBounds(atlas, ['nowhere'])).toBeNull();
	});
});
