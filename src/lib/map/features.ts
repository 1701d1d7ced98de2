/**
 * What the map draws, as plain data and MapLibre expressions: the points source, the filter
 * expressions and the one ordered list of our layers. Only maplibre-gl's types are imported, so
 * this runs under Node (unit tests) and loads with the engine, not with the page.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceSummary } from '../data/atlas-index';
import type { Filters } from '../data/filter';
import {
	PLACE_KIND,
	PLACE_KINDS,
	REGION_KIND,
	REGION_KINDS,
	type Lang,
	type LayerId,
	type PlaceKind
} from '../data/vocabulary';
import { iconName } from './icons';
import { FONT } from './style';

/** What the map needs of a place: the index's summary (the benchmark's synthetic ones included). */
export type PointInput = Pick<
	PlaceSummary,
	'id' | 'kind' | 'name' | 'name_ja' | 'sectors' | 'start' | 'end' | 'lon' | 'lat'
> & {
	offset?: [number, number];
};

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

/** The name layer of the bureau regions, and of the paper's cases (the one kind of place labelled on the map). */
const BUREAU_LABELS = 'bureau-regions-label';
const CASE_LABELS = 'labels-cases';

/** Which of our map layers each toggle drives: a kind's points (the cases' names too), a region kind's area and outline. */
export const TOGGLE_LAYERS = Object.fromEntries([
	...PLACE_KINDS.map((k) => [PLACE_KIND[k].layer, [PLACE_KIND[k].mapLayer, ...(k === 'case' ? [CASE_LABELS] : [])]]),
	...REGION_KINDS.map((k) => [
		REGION_KIND[k].layer,
		[REGION_KIND[k].fillLayer, REGION_KIND[k].lineLayer, ...(k === 'bureau-region' ? [BUREAU_LABELS] : [])]
	])
]) as Record<LayerId, string[]>;

/** The point layers, which a click or a hover queries first. */
export const POINT_LAYER_IDS = PLACE_KINDS.map((k) => PLACE_KIND[k].mapLayer);
/** The region areas, which a click or a hover queries when no point is hit; case regions draw above bureau regions. */
export const REGION_LAYER_IDS = REGION_KINDS.map((k) => REGION_KIND[k].fillLayer);

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
	for (const kind of PLACE_KINDS) out[PLACE_KIND[kind].mapLayer] = ['all', ['==', ['get', 'kind'], kind], f];
	out[CASE_LABELS] = ['all', ['==', ['get', 'kind'], 'case'], f];
	const regions: ExpressionSpecification = [
		'all',
		['==', ['get', 'kind'], 'case-region'],
		caseRegionFilter(visibleCases)
	];
	out[REGION_KIND['case-region'].fillLayer] = regions;
	out[REGION_KIND['case-region'].lineLayer] = regions;
	return out;
}

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
export function appLayers(lang: Lang, state?: LayerState): LayerSpecification[] {
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

function baseLayers(lang: Lang): LayerSpecification[] {
	const label: ExpressionSpecification =
		lang === 'ja'
			? ['case', ['!=', ['get', 'name_ja'], ''], ['get', 'name_ja'], ['get', 'name']]
			: [
					'case',
					['!=', ['get', 'name_ja'], ''],
					['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_ja'], { 'font-scale': 0.85 }],
					['get', 'name']
				];
	const size = (kind: PlaceKind) => PLACE_KIND[kind].iconSize;
	const pointLayer = (kind: PlaceKind): LayerSpecification => ({
		id: PLACE_KIND[kind].mapLayer,
		type: 'symbol',
		source: 'places',
		filter: ['==', ['get', 'kind'], kind],
		layout: {
			'icon-image': ['get', 'icon'],
			'icon-size': ['interpolate', ['linear'], ['zoom'], 2, size(kind) * 0.7, 6, size(kind), 10, size(kind) * 1.2],
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
	const bureau = REGION_KIND['bureau-region'];
	const caseRegion = REGION_KIND['case-region'];
	return [
		{
			id: bureau.fillLayer,
			type: 'fill',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'bureau-region'],
			layout: { visibility: 'none' },
			paint: { 'fill-color': bureau.colour, 'fill-opacity': ['case', hover, 0.22, 0.08] }
		},
		{
			id: bureau.lineLayer,
			type: 'line',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'bureau-region'],
			layout: { visibility: 'none' },
			paint: { 'line-color': bureau.lineColour, 'line-width': 1.5, 'line-dasharray': [3, 2] }
		},
		{
			id: caseRegion.fillLayer,
			type: 'fill',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'case-region'],
			paint: {
				'fill-color': caseRegion.colour,
				'fill-opacity': ['case', selected, 0.38, emph, 0.34, hover, 0.3, 0.16]
			}
		},
		{
			id: caseRegion.lineLayer,
			type: 'line',
			source: 'regions',
			filter: ['==', ['get', 'kind'], 'case-region'],
			paint: { 'line-color': caseRegion.lineColour, 'line-width': ['case', selected, 3, hover, 2.5, 1.4] }
		},
		{
			id: BUREAU_LABELS,
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
		// the kinds bottom to top in reverse list order: the paper's cases draw over everything else
		...[...PLACE_KINDS].reverse().map(pointLayer),
		// the lessons' emphasis and the selection: hollow rings over the symbols, from their own
		// small source (see ringsCollection)
		ringLayer('emph'),
		ringLayer('selected'),
		{
			id: CASE_LABELS,
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
