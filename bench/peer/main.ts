/**
 * The peer: what a Leaflet map gives (uMap, StoryMapJS): one DOM marker per point (L.marker with
 * an L.divIcon), a sector filter that removes and adds markers, and the same countries GeoJSON as
 * basemap, drawn by Leaflet's canvas renderer (preferCanvas). No tiles: everything stays offline.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { QUICK_VIEWS } from '../../src/lib/geo/views';
import { PALETTE } from '../../src/lib/map/style';
import countries from '../../geodata/basemap/countries.geojson?url';
import { colourMap, loadDataset, sectorControls, setMapState, showPanel } from '../common';
import '../common.css';
import './peer.css';

/** Leaflet draws synchronously but paints on the next frames: idle = two frames after the work. */
const afterPaint = () => requestAnimationFrame(() => requestAnimationFrame(() => setMapState('idle')));

setMapState('loading');
const [w, s, e, n] = QUICK_VIEWS.all;
const map = L.map('map', { preferCanvas: true, zoomSnap: 0, attributionControl: true });
map.fitBounds(
	[
		[s, w],
		[n, e]
	],
	{ padding: [24, 24] }
);
const [index, land] = await Promise.all([loadDataset(), fetch(countries).then((r) => r.json())]);
L.geoJSON(land, { style: { color: PALETTE.border, weight: 0.8, fillColor: PALETTE.land, fillOpacity: 1 } }).addTo(map);

const colours = colourMap(index);
const icons = new Map(
	index.sectors.map((sector) => [
		sector.id,
		L.divIcon({
			className: 'peer-marker',
			html: `<span style="background:${colours.get(sector.id)}"></span>`,
			iconSize: [10, 10]
		})
	])
);
const group = L.layerGroup().addTo(map);
const markers = index.places.map((p) => {
	const m = L.marker([p.lat, p.lon], { icon: icons.get(p.sectors[0]) });
	m.on('click', () => showPanel(p));
	group.addLayer(m);
	return { p, m };
});
afterPaint();

sectorControls(index, (active) => {
	setMapState('loading');
	const on = new Set(active);
	for (const { p, m } of markers) {
		const show = p.sectors.some((id) => on.has(id));
		if (show !== group.hasLayer(m)) {
			if (show) group.addLayer(m);
			else group.removeLayer(m);
		}
	}
	afterPaint();
});

window.__bench = {
	project(lon: number, lat: number) {
		const p = map.latLngToContainerPoint([lat, lon]);
		const r = map.getContainer().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	},
	jumpTo(lon: number, lat: number, zoom: number) {
		setMapState('loading');
		// Leaflet's zoom counts 256-pixel tiles, MapLibre's 512: the same scale is one level up
		map.setView([lat, lon], zoom + 1, { animate: false });
		afterPaint();
	}
};
