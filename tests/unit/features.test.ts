import { describe, expect, it } from 'vitest';
import {
	appLayers,
	layerFilters,
	layerVisibility,
	pointFilter,
	ringsCollection,
	TOGGLE_LAYERS,
	type PointInput
} from '../../src/lib/map/features';
import { DEFAULT_LAYERS } from '../../src/lib/data/vocabulary';

const state = {
	layers: ['cases', 'mext'] as const,
	filters: { sectors: ['ict'], period: null },
	visibleCases: ['glasgow']
};

describe('map layers start in the explorer state', () => {
	it('each toggled layer is visible exactly when its toggle is on', () => {
		const v = layerVisibility(['cases']);
		for (const id of TOGGLE_LAYERS.cases) expect(v[id]).toBe('visible');
		for (const id of TOGGLE_LAYERS.meti) expect(v[id]).toBe('none');
		expect(Object.keys(v).sort()).toEqual(Object.values(TOGGLE_LAYERS).flat().sort());
	});

	it('appLayers with a state carries the very values the controller would set (so setting them changes nothing)', () => {
		const layers = appLayers('en', { ...state, layers: [...state.layers] });
		const visibility = layerVisibility([...state.layers]);
		const filters = layerFilters(state.filters, state.visibleCases);
		for (const l of layers) {
			if (l.id in visibility) expect((l.layout as Record<string, unknown>).visibility, l.id).toBe(visibility[l.id]);
			if (l.id in filters) expect((l as { filter?: unknown }).filter, l.id).toEqual(filters[l.id]);
		}
		expect(layers.map((l) => l.id)).toEqual(appLayers('en').map((l) => l.id));
	});

	it('point layers filter by their kind and by the sector filter', () => {
		const f = layerFilters({ sectors: ['ict'], period: null }, []);
		expect(f['points-mext']).toEqual([
			'all',
			['==', ['get', 'kind'], 'mext-cluster'],
			pointFilter({ sectors: ['ict'], period: null })
		]);
		expect(f['case-regions-fill']).toEqual([
			'all',
			['==', ['get', 'kind'], 'case-region'],
			['in', ['get', 'case'], ['literal', []]]
		]);
	});

	it('without a state the defaults hold (all default layers shown)', () => {
		const v = layerVisibility(DEFAULT_LAYERS);
		expect(v['bureau-regions-fill']).toBe('none');
		expect(v['points-cases']).toBe('visible');
	});
});

describe('rings', () => {
	const p = (id: string, lon: number): PointInput => ({
		id,
		kind: 'firm',
		name: id,
		sectors: ['ict'],
		start: null,
		end: null,
		lon,
		lat: 35
	});
	const byId = new Map([p('a', 1), p('b', 2), p('c', 3)].map((x) => [x.id, x]));

	it('hold the selected place and the emphasised ones, each with its ring', () => {
		const fc = ringsCollection(byId, 'b', ['a', 'c']);
		expect(fc.features.map((f) => [f.properties.id, f.properties.ring])).toEqual([
			['a', 'emph'],
			['c', 'emph'],
			['b', 'selected']
		]);
		expect(fc.features[2].geometry.coordinates).toEqual([2, 35]);
	});

	it('skip unknown ids and are empty with nothing selected', () => {
		expect(ringsCollection(byId, 'zz', ['yy']).features).toEqual([]);
		expect(ringsCollection(byId, null, []).features).toEqual([]);
	});
});
