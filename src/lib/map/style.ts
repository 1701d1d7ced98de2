/**
 * The embedded basemap: Natural Earth countries and admin-1 units served from our own origin,
 * labels drawn with self-hosted Noto Sans JP through MapLibre's `font-faces`
 * (https://maplibre.org/maplibre-style-spec/root/#font-faces). No glyphs URL and no remote host.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/vocabulary';

export const FONT = 'Noto Sans JP';

export const PALETTE = {
	water: '#cddfe9',
	land: '#f4f1ea',
	landJapanUkIreland: '#fbf9f4',
	border: '#8f8a80',
	admin1: '#c4bcab',
	label: '#3d3a35',
	labelHalo: '#fbf9f4'
};

export interface BasemapUrls {
	countries: string;
	admin1: string;
	labels: string;
}

/** The basemap style; `fontFaces` comes from /fonts/noto-sans-jp/font-faces.json. */
export function basemapStyle(
	urls: BasemapUrls,
	fontFaces: Record<string, unknown> | null,
	lang: Lang
): StyleSpecification {
	const name: unknown = lang === 'ja' ? ['coalesce', ['get', 'name_ja'], ['get', 'name']] : ['get', 'name'];
	const style: StyleSpecification = {
		version: 8,
		name: 'Cluster Atlas embedded basemap',
		sources: {
			// credited by the engine's attribution control, in the UI language
			countries: { type: 'geojson', data: urls.countries },
			admin1: { type: 'geojson', data: urls.admin1 },
			'basemap-labels': { type: 'geojson', data: urls.labels }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': PALETTE.water } },
			{ id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': PALETTE.land } },
			{ id: 'admin1-fill', type: 'fill', source: 'admin1', paint: { 'fill-color': PALETTE.landJapanUkIreland } },
			{
				id: 'admin1-line',
				type: 'line',
				source: 'admin1',
				minzoom: 3.5,
				paint: { 'line-color': PALETTE.admin1, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 8, 1.2] }
			},
			{
				id: 'countries-line',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': PALETTE.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2] }
			},
			{
				id: 'basemap-labels-country',
				type: 'symbol',
				source: 'basemap-labels',
				filter: ['==', ['get', 'kind'], 'country'],
				minzoom: 2,
				layout: {
					'text-field': name as never,
					'text-font': [FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
					'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'rank'], 0]],
					'text-max-width': 8
				},
				paint: { 'text-color': PALETTE.label, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.5 }
			},
			{
				id: 'basemap-labels-admin1',
				type: 'symbol',
				source: 'basemap-labels',
				filter: ['==', ['get', 'kind'], 'admin1'],
				minzoom: 6,
				layout: {
					'text-field': name as never,
					'text-font': [FONT],
					'text-size': 11,
					'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'rank'], 0]],
					'text-max-width': 7
				},
				paint: { 'text-color': '#6b665c', 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.2 }
			}
		]
	};
	if (fontFaces) (style as unknown as Record<string, unknown>)['font-faces'] = fontFaces;
	return style;
}
