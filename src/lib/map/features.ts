/**
 * What the map draws, as plain data and MapLibre expressions: the points source, the filter
 * expressions and the one ordered list of our layers. No maplibre-gl import: unit-testable.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceKind } from '../data/schema';
import type { Filters } from '../data/filter';
import type { LayerId } from '../state/url';
import { FONT } from './style';
import { SHAPES } from './shapes';

export { SHAPES };

export interface PointInput {
	id: string;
	kind: PlaceKind;
	name: string;
	name_ja?: string;
	sectors: readonly string[];
	start: number | null;
	end: number | null;
	lon: number;
	lat: number;
	offset?: [number, number];
}

/** Flat properties only: MapLibre hands arrays back JSON-stringified, so sectors become `|a|b|`. */
export interface PointProps {
	id: string;
	kind: PlaceKind;
	name: string;
	name_ja: string;
	skey: string;
	icon: string;
	start: number;
	end: number;
	off: [number, number];
}

export const NO_START = -9999;
export const NO_END = 9999;

export function iconName(kind: PlaceKind, sector: string): string {
	return `${SHAPES[kind]}-${sector}`;
}

export function pointsCollection(places: readonly PointInput[]): FeatureCollection<Point, PointProps> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: {
				id: p.id,
				kind: p.kind,
				name: p.name,
				name_ja: p.name_ja ?? '',
				skey: `|${p.sectors.join('|')}|`,
				icon: iconName(p.kind, p.sectors[0]),
				start: p.start ?? NO_START,
				end: p.end ?? NO_END,
				off: p.offset ?? [0, 0]
			}
		}))
	};
}

/** The filter for points: sectors (any of the place's sectors on) and the period. */
export function pointFilter(f: Pick<Filters, 'sectors' | 'period'>): ExpressionSpecification {
	const all: ExpressionSpecification[] = [];
	if (f.sectors !== null) {
		if (f.sectors.length === 0) return ['boolean', false];
		all.push([
			'any',
			...f.sectors.map((s) => ['in', `|${s}|`, ['get', 'skey']] as ExpressionSpecification)
		] as ExpressionSpecification);
	}
	if (f.period) all.push(['<=', ['get', 'start'], f.period.to], ['>=', ['get', 'end'], f.period.from]);
	return all.length === 0 ? ['boolean', true] : (['all', ...all] as ExpressionSpecification);
}

/** A case region is drawn while its case is shown. */
export function caseRegionFilter(visibleCases: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'case'], ['literal', [...visibleCases]]];
}

export const POINT_LAYERS: Record<PlaceKind, string> = {
	'mext-cluster': 'points-mext',
	'meti-cluster': 'points-meti',
	firm: 'points-firms',
	case: 'points-cases'
};

/** Which of our map layers each toggle drives. */
export const TOGGLE_LAYERS: Record<LayerId, string[]> = {
	'case-regions': ['case-regions-fill', 'case-regions-line'],
	'bureau-regions': ['bureau-regions-fill', 'bureau-regions-line', 'bureau-regions-label'],
	cases: ['points-cases', 'labels-cases'],
	firms: ['points-firms'],
	meti: ['points-meti'],
	mext: ['points-mext']
};

export const POINT_LAYER_IDS = Object.values(POINT_LAYERS);

/** What decides our layers' visibility and filters: the explorer's layers, filters and shown cases. */
export interface LayerState {
	layers: readonly LayerId[];
	filters: Pick<Filters, 'sectors' | 'period'>;
	visibleCases: readonly string[];
}

/** The visibility of every toggled layer. */
export function layerVisibility(layers: readonly LayerId[]): Record<string, 'visible' | 'none'> {
	const out: Record<string, 'visible' | 'none'> = {};
	for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS))
		for (const id of ids) out[id] = layers.includes(toggle as LayerId) ? 'visible' : 'none';
	return out;
}

/** The filter of every filtered layer: points by kind, sectors and period; case regions by shown case. */
export function layerFilters(
	filters: LayerState['filters'],
	visibleCases: readonly string[]
): Record<string, ExpressionSpecification> {
	const f = pointFilter(filters);
	const out: Record<string, ExpressionSpecification> = {};
	for (const [kind, id] of Object.entries(POINT_LAYERS)) out[id] = ['all', ['==', ['get', 'kind'], kind], f];
	out['labels-cases'] = ['all', ['==', ['get', 'kind'], 'case'], f];
	const regions: ExpressionSpecification = [
		'all',
		['==', ['get', 'kind'], 'case-region'],
		caseRegionFilter(visibleCases)
	];
	out['case-regions-fill'] = regions;
	out['case-regions-line'] = regions;
	return out;
}
export const REGION_LAYER_IDS = ['case-regions-fill', 'bureau-regions-fill'];

const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification;
const emph = ['boolean', ['feature-state', 'emph'], false] as ExpressionSpecification;

export type Ring = 'selected' | 'emph';
export const RINGS = 'rings';

/**
 * The rings' own small source: the selected and the emphasised places. Selecting a place swaps
 * this source's data (a handful of points); filtering the ring layers of the `places` source
 * instead would make MapLibre re-tile every point, seconds of work at 100k places.
 */
export function ringsCollection(
	byId: ReadonlyMap<string, PointInput>,
	selected: string | null,
	emphasis: readonly string[]
): FeatureCollection<Point, PointProps & { ring: Ring }> {
	const rings: [string, Ring][] = [
		...emphasis.map((id): [string, Ring] => [id, 'emph']),
		...(selected ? [[selected, 'selected'] as [string, Ring]] : [])
	];
	const features = pointsCollection(rings.flatMap(([id]) => byId.get(id) ?? [])).features;
	return {
		type: 'FeatureCollection',
		features: rings
			.filter(([id]) => byId.has(id))
			.map(([, ring], i) => ({ ...features[i], properties: { ...features[i].properties, ring } }))
	};
}
const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification;

/**
 * Our layers, bottom to top: the one ordered list (toggled with `visibility`, filtered with
 * `setFilter`; never removed and re-added). With a `state`, the layers start as it says: the
 * controller's first setLayers/setFilters then change nothing, and MapLibre reloads no source
 * after `load` (on 100k points a reload is seconds of worker time).
 */
export function appLayers(lang: 'en' | 'ja', state?: LayerState): LayerSpecification[] {
	const layers = baseLayers(lang);
	if (!state) return layers;
	const visibility = layerVisibility(state.layers);
	const filters = layerFilters(state.filters, state.visibleCases);
	return layers.map((l) => {
		const out = { ...l } as LayerSpecification & { filter?: unknown; layout?: Record<string, unknown> };
		if (l.id in visibility) out.layout = { ...l.layout, visibility: visibility[l.id] };
		if (l.id in filters) out.filter = filters[l.id];
		return out;
	});
}

function baseLayers(lang: 'en' | 'ja'): LayerSpecification[] {
	const label: ExpressionSpecification =
		lang === 'ja'
			? ['case', ['!=', ['get', 'name_ja'], ''], ['get', 'name_ja'], ['get', 'name']]
			: [
					'case',
					['!=', ['get', 'name_ja'], ''],
					['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_ja'], { 'font-scale': 0.85 }],
					['get', 'name']
				];
	const pointLayer = (kind: PlaceKind, size: number): LayerSpecification => ({
		id: POINT_LAYERS[kind],
		type: 'symbol',
		source: 'places',
		filter: ['==', ['get', 'kind'], kind],
		layout: {
			'icon-image': ['get', 'icon'],
			'icon-size': ['interpolate', ['linear'], ['zoom'], 2, size * 0.7, 6, size, 10, size * 1.2],
			'icon-offset': ['get', 'off'] as ExpressionSpecification,
			'icon-allow-overlap': true,
			'icon-ignore-placement': true
		},
		paint: {}
	});
	const ringLayer = (ring: Ring): LayerSpecification => ({
		id: `ring-${ring}`,
		type: 'symbol',
		source: RINGS,
		filter: ['==', ['get', 'ring'], ring],
		layout: {
			'icon-image': `ring-${ring}`,
			'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 0.8, 10, 1],
			'icon-offset': ['get', 'off'] as ExpressionSpecification,
			'icon-allow-overlap': true,
			'icon-ignore-placement': true
		}
	});
	return [
		{
			id: 'bureau-regions-fill',
			type: 'fill',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'bureau-region'],
			layout: { visibility: 'none' },
			paint: { 'fill-color': '#7b6aa8', 'fill-opacity': ['case', hover, 0.22, 0.08] }
		},
		{
			id: 'bureau-regions-line',
			type: 'line',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'bureau-region'],
			layout: { visibility: 'none' },
			paint: { 'line-color': '#5b4b8a', 'line-width': 1.5, 'line-dasharray': [3, 2] }
		},
		{
			id: 'case-regions-fill',
			type: 'fill',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'case-region'],
			paint: {
				'fill-color': '#d08c2a',
				'fill-opacity': ['case', selected, 0.38, emph, 0.34, hover, 0.3, 0.16]
			}
		},
		{
			id: 'case-regions-line',
			type: 'line',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'case-region'],
			paint: { 'line-color': '#8a5400', 'line-width': ['case', selected, 3, hover, 2.5, 1.4] }
		},
		{
			id: 'bureau-regions-label',
			type: 'symbol',
			source: 'region-labels',
			layout: {
				visibility: 'none',
				'text-field': lang === 'ja' ? ['get', 'name_ja'] : ['get', 'name'],
				'text-font': [FONT],
				'text-size': 12
			},
			paint: { 'text-color': '#4a3d73', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }
		},
		pointLayer('mext-cluster', 0.5),
		pointLayer('meti-cluster', 0.5),
		pointLayer('firm', 0.45),
		pointLayer('case', 0.8),
		// the lessons' emphasis and the selection: hollow rings over the symbols, from their own
		// small source (see ringsCollection)
		ringLayer('emph'),
		ringLayer('selected'),
		{
			id: 'labels-cases',
			type: 'symbol',
			source: 'places',
			filter: ['==', ['get', 'kind'], 'case'],
			layout: {
				'text-field': label,
				'text-font': [FONT],
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 14],
				'text-anchor': 'top',
				'text-offset': [0, 1.1],
				'text-max-width': 12,
				'text-optional': true
			},
			paint: { 'text-color': '#1d1b18', 'text-halo-color': '#ffffff', 'text-halo-width': 2 }
		}
	];
}
