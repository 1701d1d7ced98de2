/**
 * The floor: what MapLibre costs with nothing of ours on top. The same embedded basemap (style,
 * Natural Earth files, self-hosted font faces) and the same points as one plain circle layer,
 * filtered with MapLibre's own expression (what the app's symbol layers did before the points
 * engine); no framework, no list, no regions, no icons.
 */
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle } from '../../src/lib/map/style';
import { QUICK_VIEWS } from '../../src/lib/geo/views';
import { loadFontFaces } from '../../src/lib/map/fonts';
import countries from '../../geodata/basemap/countries.geojson?url';
import admin1 from '../../geodata/basemap/admin1.geojson?url';
import labels from '../../geodata/basemap/labels.geojson?url';
import { colourMap, loadDataset, sectorControls, setMapState, showPanel } from '../common';
import '../common.css';

const abs = (url: string) => new URL(url, location.href).href;

/** A place stays while any of its sectors is on (sectors as `|a|b|` in a flat property). */
function pointFilter(sectors: readonly string[] | null): ExpressionSpecification {
	if (sectors === null) return ['boolean', true];
	if (sectors.length === 0) return ['boolean', false];
	return [
		'any',
		...sectors.map((s) => ['in', `|${s}|`, ['get', 'skey']] as ExpressionSpecification)
	] as ExpressionSpecification;
}

setWorkerUrl(abs(workerUrl));
setMapState('loading');
const [index, faces] = await Promise.all([loadDataset(), loadFontFaces('/fonts/noto-sans-jp/font-faces.json')]);
const colours = colourMap(index);
const byId = new Map(index.places.map((p) => [p.id, p]));
const style: StyleSpecification = basemapStyle(
	{ countries: abs(countries), admin1: abs(admin1), labels: abs(labels) },
	faces,
	'en'
);
style.sources.points = {
	type: 'geojson',
	data: {
		type: 'FeatureCollection',
		features: index.places.map((p) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: { id: p.id, skey: `|${p.sectors.join('|')}|`, c: colours.get(p.sectors[0]) ?? '#888' }
		}))
	}
};
style.layers.push({
	id: 'points',
	type: 'circle',
	source: 'points',
	paint: {
		'circle-radius': 4,
		'circle-color': ['get', 'c'],
		'circle-stroke-width': 1,
		'circle-stroke-color': '#ffffff'
	}
});

const map = new MapLibreMap({
	container: 'map',
	style,
	bounds: QUICK_VIEWS.all,
	fitBoundsOptions: { padding: 24 },
	renderWorldCopies: false
});
map.on('dataloading', () => setMapState('loading'));
map.on('idle', () => setMapState('idle'));
map.on('click', (e) => {
	const { x, y } = e.point;
	const hit = map.queryRenderedFeatures(
		[
			[x - 7, y - 7],
			[x + 7, y + 7]
		],
		{ layers: ['points'] }
	)[0];
	const p = hit && byId.get(String(hit.properties.id));
	if (p) showPanel(p);
});
sectorControls(index, (active) => map.setFilter('points', pointFilter(active)));

window.__bench = {
	map,
	project(lon: number, lat: number) {
		const p = map.project([lon, lat]);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	},
	jumpTo(lon: number, lat: number, zoom: number) {
		map.jumpTo({ center: [lon, lat], zoom });
	}
};
