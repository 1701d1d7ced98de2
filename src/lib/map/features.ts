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

export const SHAPES: Record<PlaceKind, 'circle' | 'square' | 'triangle' | 'diamond'> = {
	case: 'circle',
	firm: 'square',
	'meti-cluster': 'triangle',
	'mext-cluster': 'diamond'
};

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
		all.push(['any', ...f.sectors.map((s) => ['in', `|${s}|`, ['get', 'skey']] as ExpressionSpecification)] as ExpressionSpecification);
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
export const REGION_LAYER_IDS = ['case-regions-fill', 'bureau-regions-fill'];

const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification;
const emph = ['boolean', ['feature-state', 'emph'], false] as ExpressionSpecification;

/** Rings for a set of ids (selection, emphasis). */
export function idFilter(ids: readonly string[]): ExpressionSpecification {
	return ids.length === 0 ? ['boolean', false] : ['in', ['get', 'id'], ['literal', [...ids]]];
}
const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification;

/**
 * Our layers, bottom to top: the one ordered list (toggled with `visibility`, filtered with
 * `setFilter`; never removed and re-added).
 */
export function appLayers(lang: 'en' | 'ja'): LayerSpecification[] {
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
	const ringLayer = (id: string, icon: string): LayerSpecification => ({
		id,
		type: 'symbol',
		source: 'places',
		filter: ['boolean', false],
		layout: {
			'icon-image': icon,
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
		// the lessons' emphasis and the selection: hollow rings over the symbols, filtered by id
		// (a handful of ids, so no per-feature state is needed on 100k points)
		ringLayer('ring-emph', 'ring-emph'),
		ringLayer('ring-selected', 'ring-selected'),
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
