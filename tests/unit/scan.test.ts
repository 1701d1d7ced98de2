import { describe, expect, it } from 'vitest';
import { PlaceTable } from '../../src/lib/state/scan';
import { isVisible, type Filters } from '../../src/lib/data/filter';
import { loadIndex } from '../../src/lib/data/load.server';
import { DEFAULT_LAYERS, PLACE_KIND, type LayerId } from '../../src/lib/data/vocabulary';

const index = loadIndex();
const sectors = index.sectors.map((s) => s.id);
const table = new PlaceTable(index.places, sectors);

const FILTERS: Filters[] = [
	{ sectors: null, layers: [...DEFAULT_LAYERS], period: null },
	{ sectors: ['biotech'], layers: [...DEFAULT_LAYERS], period: null },
	{ sectors: ['ict', 'energy'], layers: ['cases', 'meti'] as LayerId[], period: null },
	{ sectors: [], layers: [...DEFAULT_LAYERS], period: null },
	{ sectors: null, layers: [...DEFAULT_LAYERS], period: { from: 1990, to: 1999 } },
	{ sectors: ['manufacturing'], layers: ['firms', 'mext'] as LayerId[], period: { from: 2003, to: 2003 } }
];

describe('one pass answers the list, the counts and the shown cases (the GPU’s own test, no WebGL)', () => {
	for (const f of FILTERS)
		it(`agrees with isVisible for ${JSON.stringify(f)}`, () => {
			const scan = table.scan(f, null);
			const expected = index.places.filter((p) => isVisible(p, f));
			expect(Array.from(scan.visible, (i) => index.places[i].id)).toEqual(expected.map((p) => p.id));
			expect(scan.listed).toBe(scan.visible);
			expect(scan.counts.visible).toBe(expected.length);
			for (const s of sectors)
				expect(scan.counts.bySector[s], s).toBe(expected.filter((p) => p.sectors.includes(s)).length);
			// the map key's colours: only a symbol's slices (its first four sectors) carry one
			for (const s of sectors)
				expect(scan.counts.bySlice[s], s).toBe(
					expected.filter((p) => [...new Set(p.sectors)].slice(0, 4).includes(s)).length
				);
			for (const k of ['case', 'firm', 'meti-cluster', 'mext-cluster'] as const)
				expect(scan.counts.byKind[k], k).toBe(expected.filter((p) => p.kind === k).length);
			// a case's region follows the sector and period filters, whatever the layer toggles say
			expect(scan.visibleCases).toEqual(
				index.places
					.filter((p) => p.kind === 'case' && isVisible(p, { ...f, layers: [PLACE_KIND.case.layer] }))
					.map((p) => p.id)
			);
		});

	it('the search narrows the list but not the counts, and is asked only of the places shown', () => {
		const f = FILTERS[1];
		const asked: number[] = [];
		const scan = table.scan(f, (i) => {
			asked.push(i);
			return index.places[i].country === 'JP';
		});
		const shown = index.places.filter((p) => isVisible(p, f));
		expect(asked).toEqual(Array.from(scan.visible));
		expect(Array.from(scan.listed, (i) => index.places[i].id)).toEqual(
			shown.filter((p) => p.country === 'JP').map((p) => p.id)
		);
		expect(scan.counts.visible).toBe(shown.length);
	});
});
