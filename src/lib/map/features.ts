/**
 * What MapLibre itself draws of ours, as plain data and expressions: the region areas and
 * outlines, and the few names (cases, bureau regions, the programme and firm points where they
 * fit). Every point is drawn by the points engine (./points), not by a MapLibre layer. Only
 * maplibre-gl's types are imported, so this runs under Node (unit tests) and loads with the
 * engine, not with the page.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { PlaceSummary } from '../data/atlas-index';
import { REGION_KIND, REGION_KINDS, type Lang, type LayerId } from '../data/vocabulary';
import { FONT } from './style';

/** What the map needs of a place: the index's summary (the benchmark's synthetic ones included). */
export type PointInput = Pick<
	PlaceSummary,
	'id' | 'kind' | 'name' | 'name_ja' | 'sectors' | 'start' | 'end' | 'lon' | 'lat'
> &
	Partial<Pick<PlaceSummary, 'precision'>> & { offset?: [number, number] };

/**
 * More places than this and no point gets a name on the map (a benchmark's synthetic sets): each
 * label is a symbol MapLibre places on every frame, which is what the points engine exists to avoid.
 */
export const LABEL_LIMIT = 500;

export const LABELS_SOURCE = 'place-labels';
/** The name layers: the paper's cases (from zoom 0), the other points (where they fit), the bureau regions. */
export const CASE_LABELS = 'labels-cases';
export const POINT_LABELS = 'labels-points';
const BUREAU_LABELS = 'bureau-regions-label';
/** From this zoom the programme and firm points are named where their names do not collide. */
export const POINT_LABELS_MINZOOM = 7;

/** Flat properties only: MapLibre hands arrays back JSON-stringified. */
export interface LabelProps {
	id: string;
	kind: string;
	name: string;
	name_ja: string;
}

/** The names the map writes: the places (all of them up to LABEL_LIMIT, else none). */
export function labelsCollection(places: readonly PointInput[]): FeatureCollection<Point, LabelProps> {
	return {
		type: 'FeatureCollection',
		features: (places.length > LABEL_LIMIT ? [] : places).map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: { id: p.id, kind: p.kind, name: p.name, name_ja: p.name_ja ?? '' }
		}))
	};
}

/** A name layer shows the labelled places the points engine shows (a handful: the filter is a literal list). */
export function labelFilter(kinds: 'case' | 'other', shown: readonly string[]): ExpressionSpecification {
	return [
		'all',
		kinds === 'case' ? ['==', ['get', 'kind'], 'case'] : ['!=', ['get', 'kind'], 'case'],
		['in', ['get', 'id'], ['literal', [...shown]]]
	];
}

/** A case region is drawn while its case is shown. */
export function caseRegionFilter(visibleCases: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'case'], ['literal', [...visibleCases]]];
}

/** Which of MapLibre's layers each region toggle drives: its area, its outline (and the bureaus' names). */
export const TOGGLE_LAYERS = Object.fromEntries(
	REGION_KINDS.map((k) => [
		REGION_KIND[k].layer,
		[REGION_KIND[k].fillLayer, REGION_KIND[k].lineLayer, ...(k === 'bureau-region' ? [BUREAU_LABELS] : [])]
	])
) as Partial<Record<LayerId, string[]>>;

/** The region areas, which a click or a hover queries when no point is hit; case regions draw above bureau regions. */
export const REGION_LAYER_IDS = REGION_KINDS.map((k) => REGION_KIND[k].fillLayer);

/** What decides these layers' visibility and filters. */
export interface LayerState {
	layers: readonly LayerId[];
	visibleCases: readonly string[];
	/** the labelled places the points engine shows */
	shownLabels: readonly string[];
}

/** The visibility of every toggled region layer. */
export function layerVisibility(layers: readonly LayerId[]): Record<string, 'visible' | 'none'> {
	const out: Record<string, 'visible' | 'none'> = {};
	for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS))
		for (const id of ids ?? []) out[id] = layers.includes(toggle as LayerId) ? 'visible' : 'none';
	return out;
}

/** The filter of every filtered layer: case regions by shown case, names by shown place. */
export function layerFilters(
	visibleCases: readonly string[],
	shownLabels: readonly string[]
): Record<string, ExpressionSpecification> {
	const regions: ExpressionSpecification = [
		'all',
		['==', ['get', 'kind'], 'case-region'],
		caseRegionFilter(visibleCases)
	];
	return {
		[REGION_KIND['case-region'].fillLayer]: regions,
		[REGION_KIND['case-region'].lineLayer]: regions,
		[CASE_LABELS]: labelFilter('case', shownLabels),
		[POINT_LABELS]: labelFilter('other', shownLabels)
	};
}

const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification;
const emph = ['boolean', ['feature-state', 'emph'], false] as ExpressionSpecification;
const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification;

/**
 * Our MapLibre layers, bottom to top: the one ordered list (toggled with `visibility`, filtered
 * with `setFilter`; never removed and re-added). The points engine's layer goes in before
 * `CASE_LABELS`, so names are written over the points. With a `state`, the layers start as it
 * says: the controller's first setLayers/setFilters then change nothing.
 */
export function appLayers(lang: Lang, state?: LayerState): LayerSpecification[] {
	const layers = baseLayers(lang);
	if (!state) return layers;
	const visibility = layerVisibility(state.layers);
	const filters = layerFilters(state.visibleCases, state.shownLabels);
	return layers.map((l) => {
		const out = { ...l } as LayerSpecification & { filter?: unknown; layout?: Record<string, unknown> };
		if (l.id in visibility) out.layout = { ...l.layout, visibility: visibility[l.id] };
		if (l.id in filters) out.filter = filters[l.id];
		return out;
	});
}

/** The name in the UI language; in English with the Japanese name under it. */
export function labelText(lang: Lang): ExpressionSpecification {
	return lang === 'ja'
		? ['case', ['!=', ['get', 'name_ja'], ''], ['get', 'name_ja'], ['get', 'name']]
		: [
				'case',
				['!=', ['get', 'name_ja'], ''],
				['format', ['get', 'name'], {}, '\n', {}, ['get', 'name_ja'], { 'font-scale': 0.85 }],
				['get', 'name']
			];
}

function baseLayers(lang: Lang): LayerSpecification[] {
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
		// the programme and firm points' names: only where they fit (collisions on), beside the point
		{
			id: POINT_LABELS,
			type: 'symbol',
			source: LABELS_SOURCE,
			minzoom: POINT_LABELS_MINZOOM,
			filter: labelFilter('other', []),
			layout: {
				'text-field': labelText(lang),
				'text-font': [FONT],
				'text-size': 11.5,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 1.1,
				'text-justify': 'auto',
				'text-max-width': 11,
				'text-padding': 3
			},
			paint: { 'text-color': '#2b2924', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }
		},
		{
			id: CASE_LABELS,
			type: 'symbol',
			source: LABELS_SOURCE,
			filter: labelFilter('case', []),
			layout: {
				'text-field': labelText(lang),
				'text-font': [FONT],
				'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11.5, 6, 14],
				'text-anchor': 'top',
				'text-offset': [0, 1.2],
				'text-max-width': 12,
				'text-optional': true,
				'symbol-sort-key': 0
			},
			paint: { 'text-color': '#1d1b18', 'text-halo-color': '#ffffff', 'text-halo-width': 2 }
		}
	];
}
