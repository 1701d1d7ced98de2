import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isOwn, ownInputs, ownLayerData, OWN_PREFIX } from '../../src/lib/map/own';
import { PointsLayer } from '../../src/lib/map/points/layer';
import { lngLat, mercator } from '../../src/lib/map/points/pack';
import { KIND } from '../../src/lib/map/points/layout';

const SECTORS = ['biotech', 'ict'];
const own = {
	ids: ['lab-1', 'lab-2', 'shop'],
	lon: Float64Array.from([135.2, 135.5, 139.7]),
	lat: Float64Array.from([34.7, 34.7, 35.7]),
	names: ['My lab', 'Second lab', 'A shop'],
	sectors: [['biotech'], ['ict', 'not-a-sector'], []]
};

/** a flat Web Mercator camera, the parts of a MapLibre map the layer uses */
function fakeMap(lon: number, lat: number, zoom: number, width = 1000, height = 800) {
	const [cx, cy] = mercator(lon, lat);
	const world = 512 * 2 ** zoom;
	const layers = new Map<string, unknown>();
	return {
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
		triggerRepaint() {},
		on() {},
		off() {},
		getLayer: (id: string) => layers.get(id),
		addLayer: (l: { id: string }) => void layers.set(l.id, l),
		removeLayer: (id: string) => void layers.delete(id)
	};
}

describe('the user’s own places as a layer of their own', () => {
	it('are kind `own`, with ids the explorer tells apart (own:…) and only the atlas’s sectors', () => {
		const inputs = ownInputs(own, SECTORS);
		expect(inputs.map((p) => p.id)).toEqual(['own:lab-1', 'own:lab-2', 'own:shop']);
		expect(inputs.every((p) => p.kind === 'own' && isOwn(p.id))).toBe(true);
		expect(inputs[1].sectors).toEqual(['ict']);
		expect(isOwn('kansai')).toBe(false);
		expect(OWN_PREFIX).toBe('own:');
	});

	it('pack as stars, keep their names, and count under the same filters as the paper’s places', () => {
		const data = ownLayerData(own, SECTORS);
		expect(Array.from({ length: data.points.count }, (_, i) => data.points.kindPrecision[2 * i])).toEqual([
			KIND.own,
			KIND.own,
			KIND.own
		]);
		expect(data.names.get('own:lab-2')).toBe('Second lab');
		const all = data.table.scan({ sectors: null, layers: ['own'], period: null }, null).counts;
		expect(all.visible).toBe(3);
		expect(all.byKind.own).toBe(3);
		// a sector filter keeps those in it; a place with no known sector passes only while every sector is on
		expect(data.table.scan({ sectors: ['biotech'], layers: ['own'], period: null }, null).counts.visible).toBe(1);
		// their own toggle off: none
		expect(data.table.scan({ sectors: null, layers: ['cases'], period: null }, null).counts.visible).toBe(0);
	});

	it('are picked and listed in view with their prefixed ids, and hidden from clicks by the filter', () => {
		const data = ownLayerData(own, SECTORS);
		const layer = new PointsLayer({ id: 'own-points', points: data.points, colours: ['#1b7f3b', '#1f5fbf'] });
		const map = fakeMap(135.35, 34.7, 9);
		layer.attach(map as unknown as MapLibreMap);
		expect(map.getLayer('own-points')).toBe(layer);
		const at = map.project([135.2, 34.7]);
		expect(layer.pick(at.x, at.y)).toEqual(['own:lab-1']);
		expect(layer.inView().sort()).toEqual(['own:lab-1', 'own:lab-2']);
		layer.setFilter({ sectors: ['ict'], layers: ['own'], period: null });
		expect(layer.pick(at.x, at.y)).toEqual([]);
		expect(layer.inView()).toEqual(['own:lab-2']);
	});

	it('a bad row is refused with its id and field, and nothing is packed', () => {
		expect(() => ownLayerData({ ...own, lat: Float64Array.from([34.7, 134.7, 35.7]) }, SECTORS)).toThrow(
			/own:lab-2: lat: not a latitude/
		);
	});
});
