import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PointsLayer } from '../../src/lib/map/points/layer';
import { lngLat, mercator, packPoints, type PointInput } from '../../src/lib/map/points/pack';

/** the parts of a MapLibre map the layer uses: a flat Web Mercator camera and a repaint counter */
function fakeMap(lon: number, lat: number, zoom: number, width = 1000, height = 800) {
	const [cx, cy] = mercator(lon, lat);
	const world = 512 * 2 ** zoom;
	const layers = new Map<string, unknown>();
	const map = {
		repaints: 0,
		style: {},
		getZoom: () => zoom,
		getPitch: () => 0,
		getCenter: () => ({ lng: lon, lat }),
		project: ([lng, la]: [number, number]) => {
			const [x, y] = mercator(lng, la);
			return { x: (x - cx) * world + width / 2, y: (y - cy) * world + height / 2 };
		},
		unproject: ([px, py]: [number, number]) => {
			const [lng, la] = lngLat(cx + (px - width / 2) / world, cy + (py - height / 2) / world);
			return { lng, lat: la };
		},
		getCanvas: () => ({ clientWidth: width, clientHeight: height }),
		triggerRepaint() {
			map.repaints++;
		},
		on() {},
		off() {},
		getLayer: (id: string) => layers.get(id),
		addLayer: (l: { id: string }) => void layers.set(l.id, l),
		removeLayer: (id: string) => void layers.delete(id)
	};
	return map;
}

const place = (id: string, lon: number, lat: number, over: Partial<PointInput> = {}): PointInput => ({
	id,
	kind: 'firm',
	sectors: ['ict'],
	start: null,
	end: null,
	lon,
	lat,
	...over
});
const SECTORS = ['biotech', 'ict'];
const LAYERS = ['cases', 'firms', 'meti', 'mext', 'own'];

function setup() {
	const points = packPoints(
		[place('kobe', 135.19, 34.69), place('osaka', 135.5, 34.69, { sectors: ['biotech'] }), place('far', 140, 40)],
		SECTORS
	);
	const layer = new PointsLayer({ points, colours: ['#1b7f3b', '#1f5fbf'] });
	const map = fakeMap(135.35, 34.69, 9);
	layer.attach(map as unknown as MapLibreMap);
	return { layer, map };
}

describe('the points layer answers from its own arrays', () => {
	it('adds itself to the map once attached', () => {
		const { map } = setup();
		expect(map.getLayer('atlas-points')).toBeDefined();
	});

	it('a click where MapLibre projects a place picks that place, and a filter hides it from clicks', () => {
		const { layer, map } = setup();
		const at = map.project([135.19, 34.69]);
		expect(layer.pick(at.x, at.y)).toEqual(['kobe']);
		expect(layer.pick(at.x + 40, at.y)).toEqual([]);
		layer.setFilter({ sectors: ['biotech'], layers: LAYERS, period: null });
		expect(layer.pick(at.x, at.y)).toEqual([]);
		expect(layer.shows('kobe')).toBe(false);
		expect(layer.shows('osaka')).toBe(true);
	});

	it('a filter change repaints once; the same filter again repaints nothing', () => {
		const { layer, map } = setup();
		const before = map.repaints;
		expect(layer.setFilter({ sectors: ['ict'], layers: LAYERS, period: null })).toBe(true);
		expect(layer.setFilter({ sectors: ['ict'], layers: [...LAYERS], period: null })).toBe(false);
		expect(map.repaints).toBe(before + 1);
	});

	it('state changes repaint only when something changed', () => {
		const { layer, map } = setup();
		const before = map.repaints;
		layer.setSelected('kobe');
		layer.setSelected('kobe');
		layer.setEmphasised(['osaka', 'nowhere']);
		layer.setSearch(null);
		expect(map.repaints).toBe(before + 2);
	});

	it('lists the shown places in view, counts them and frames them', () => {
		const { layer } = setup();
		expect(layer.inView().sort()).toEqual(['kobe', 'osaka']);
		expect(layer.counts().visible).toBe(3);
		expect(layer.counts({ sectors: ['ict'], layers: LAYERS, period: null }).bySector).toEqual([0, 2]);
		const b = layer.bounds(['kobe', 'osaka'])!;
		expect(b[0]).toBeCloseTo(135.19, 9);
		expect(b[2]).toBeCloseTo(135.5, 9);
	});

	it('detached, it leaves the map and picks nothing', () => {
		const { layer, map } = setup();
		layer.detach();
		expect(map.getLayer('atlas-points')).toBeUndefined();
		expect(layer.pick(500, 400)).toEqual([]);
	});
});
