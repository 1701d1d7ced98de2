/**
 * The limit: the engine's floor with the app's points layer instead of MapLibre's circles. The
 * same embedded basemap as the floor (style, Natural Earth files, font faces) plus ONLY the
 * custom WebGL points layer (src/lib/map/points), toggled like the floor's checkboxes. What the
 * explorer's map could cost at best, with nothing else of ours on top.
 */
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle } from '../../src/lib/map/style';
import { QUICK_VIEWS } from '../../src/lib/geo/views';
import { loadFontFaces } from '../../src/lib/map/fonts';
import { PointsLayer, packPoints, type PointInput } from '../../src/lib/map/points';
import countries from '../../geodata/basemap/countries.geojson?url';
import admin1 from '../../geodata/basemap/admin1.geojson?url';
import labels from '../../geodata/basemap/labels.geojson?url';
import { loadDataset, sectorControls, setMapState, showPanel } from '../common';
import '../common.css';

const abs = (url: string) => new URL(url, location.href).href;

setWorkerUrl(abs(workerUrl));
setMapState('loading');
const [index, faces] = await Promise.all([loadDataset(), loadFontFaces('/fonts/noto-sans-jp/font-faces.json')]);
const byId = new Map(index.places.map((p) => [p.id, p]));
const style: StyleSpecification = basemapStyle(
	{ countries: abs(countries), admin1: abs(admin1), labels: abs(labels) },
	faces,
	'en'
);
// the bench's real.json carries each place's precision; synthetic places are exact
const points = packPoints(
	index.places as PointInput[],
	index.sectors.map((s) => s.id)
);
const layer = new PointsLayer({ points, colours: index.sectors.map((s) => s.colour) });

const map = new MapLibreMap({
	container: 'map',
	style,
	bounds: QUICK_VIEWS.all,
	fitBoundsOptions: { padding: 24 },
	renderWorldCopies: false,
	// as the floor by default; `&preserve=1` keeps the drawing buffer as the app's PNG export needs
	canvasContextAttributes: { preserveDrawingBuffer: new URLSearchParams(location.search).has('preserve') }
});
map.on('dataloading', () => setMapState('loading'));
map.on('idle', () => setMapState('idle'));
layer.attach(map);
map.on('click', (e) => {
	const p = byId.get(layer.pick(e.point.x, e.point.y)[0]);
	if (p) showPanel(p);
});
const layers = ['cases', 'firms', 'meti', 'mext', 'own'];
sectorControls(index, (active) => layer.setFilter({ sectors: active, layers, period: null }));

window.__bench = {
	map,
	layer,
	project(lon: number, lat: number) {
		const p = map.project([lon, lat]);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	},
	jumpTo(lon: number, lat: number, zoom: number) {
		map.jumpTo({ center: [lon, lat], zoom });
	}
};
