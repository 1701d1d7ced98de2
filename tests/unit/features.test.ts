import { describe, expect, it } from 'vitest';
import {
	appLayers,
	labelsCollection,
	layerFilters,
	layerVisibility,
	CASE_LABELS,
	LABEL_LIMIT,
	POINT_LABELS,
	TOGGLE_LAYERS,
	type PointInput
} from '../../src/lib/map/features';
import { DEFAULT_LAYERS } from '../../src/lib/data/vocabulary';

const state = {
	layers: ['bureau-regions', 'cases'] as const,
	visibleCases: ['glasgow'],
	shownLabels: ['glasgow', 'meti-a']
};

describe('map layers start in the explorer state', () => {
	it('each region layer is visible exactly when its toggle is on', () => {
		const v = layerVisibility(['bureau-regions']);
		for (const id of TOGGLE_LAYERS['bureau-regions']!) expect(v[id]).toBe('visible');
		for (const id of TOGGLE_LAYERS['case-regions']!) expect(v[id]).toBe('none');
		expect(Object.keys(v).sort()).toEqual(Object.values(TOGGLE_LAYERS).flat().sort());
	});

	it('no MapLibre layer draws points any more: the toggles of the kinds of place drive the points engine', () => {
		expect(Object.keys(TOGGLE_LAYERS).sort()).toEqual(['bureau-regions', 'case-regions']);
		expect(appLayers('en').filter((l) => l.type === 'symbol' && l.layout && 'icon-image' in l.layout)).toEqual([]);
	});

	it('appLayers with a state carries the very values the controller would set (so setting them changes nothing)', () => {
		const layers = appLayers('en', { ...state, layers: [...state.layers] });
		const visibility = layerVisibility([...state.layers]);
		const filters = layerFilters(state.visibleCases, state.shownLabels);
		for (const l of layers) {
			if (l.id in visibility) expect((l.layout as Record<string, unknown>).visibility).toBe(visibility[l.id]);
			if (l.id in filters) expect((l as { filter?: unknown }).filter).toEqual(filters[l.id]);
		}
	});

	it('the names follow the places the points engine shows: cases in one layer, the other points in another', () => {
		const f = layerFilters([], ['glasgow', 'meti-a']);
		expect(f[CASE_LABELS]).toEqual([
			'all',
			['==', ['get', 'kind'], 'case'],
			['in', ['get', 'id'], ['literal', ['glasgow', 'meti-a']]]
		]);
		expect(f[POINT_LABELS]).toEqual([
			'all',
			['!=', ['get', 'kind'], 'case'],
			['in', ['get', 'id'], ['literal', ['glasgow', 'meti-a']]]
		]);
	});

	it('without a state the defaults hold (all default layers shown)', () => {
		const layers = appLayers('en');
		expect(layers.find((l) => l.id === 'case-regions-fill')?.layout?.visibility).toBeUndefined();
		expect(DEFAULT_LAYERS).toContain('cases');
	});
});

describe('labels', () => {
	const place = (id: string, kind: PointInput['kind']): PointInput => ({
		id,
		kind,
		name: id,
		sectors: ['ict'],
		start: null,
		end: null,
		lon: 135,
		lat: 35
	});

	it('name every place of a small dataset, with flat properties only', () => {
		const fc = labelsCollection([place('a', 'case'), place('b', 'firm')]);
		expect(fc.features.map((f) => f.properties)).toEqual([
			{ id: 'a', kind: 'case', name: 'a', name_ja: '' },
			{ id: 'b', kind: 'firm', name: 'b', name_ja: '' }
		]);
	});

	it('name nothing past the limit: a synthetic dataset is not written over with names', () => {
		const many = Array.from({ length: LABEL_LIMIT + 1 }, (_, i) => place(`p${i}`, 'case'));
		expect(labelsCollection(many).features).toEqual([]);
	});
});
