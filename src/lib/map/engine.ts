/**
 * The one module that touches MapLibre GL JS (https://maplibre.org/maplibre-gl-js/docs/API/).
 * Loaded with a dynamic import() on mount (by MapRoom.svelte), so prerendering never touches
 * `window` and the page's text paints before the map engine arrives. What it hands out is a
 * controller of named operations and a status, never the MapLibre map itself; only the test and
 * benchmark build (`npm run build:test`) also exposes the map as `window.__clusterAtlas.map`.
 */
import {
	Map as MapLibreMap,
	NavigationControl,
	ScaleControl,
	AttributionControl,
	setWorkerUrl,
	type StyleSpecification,
	type MapGeoJSONFeature,
	type GeoJSONSource
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre 6 locates its worker relative to its own module, which bundling breaks ("Worker failed
// to load"): hand it the emitted file's absolute URL instead.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, type BasemapUrls } from './style';
import {
	appLayers,
	layerFilters,
	layerVisibility,
	pointsCollection,
	ringsCollection,
	RINGS,
	POINT_LAYER_IDS,
	REGION_LAYER_IDS,
	type LayerState,
	type PointInput
} from './features';
import { makeIcons, ICON_PIXEL_RATIO } from './icons';
import type { Filters } from '../data/filter';
import type { RegionSummary } from '../data/atlas-index';
import type { Lang, LayerId, View } from '../data/vocabulary';
import type { BBox } from '../geo/membership';

export type RegionInput = Pick<RegionSummary, 'id' | 'kind' | 'case' | 'name' | 'name_ja' | 'label'>;

export interface EngineOptions {
	container: HTMLElement;
	places: readonly PointInput[];
	regionsUrl: string;
	regions: readonly RegionInput[];
	sectors: readonly { id: string; colour: string }[];
	basemap: BasemapUrls;
	/** MapLibre's `font-faces` (see loadFontFaces), fetched while the engine loads */
	fontFaces: Promise<Record<string, unknown> | null>;
	/** the explorer's state when the map is created: the style starts in it */
	initial: LayerState & { selected: string | null; emphasis: readonly string[] };
	lang: Lang;
	/** the canvas's accessible name (MapLibre's `Map.Title`) */
	title: string;
	/** MapLibre's UI strings in the UI language (`NavigationControl.ZoomIn`…) and the map's credits */
	ui?: MapUi;
	view: View | null;
	bounds: BBox;
	/** a remote MapLibre style URL replacing the embedded basemap (PUBLIC_BASEMAP_STYLE) */
	remoteStyle?: string;
	/**
	 * A click hit these places or regions (ids, deduplicated; more than one = let the user choose).
	 * `canvas`: where focus goes back to once the user is done with what the click opened.
	 */
	onPick(ids: string[], point: { x: number; y: number }, canvas: HTMLElement): void;
	/** `user`: the reader moved the map (not a framing or a quick view) */
	onMove(view: View, user: boolean): void;
	/** the pointer rests on one place's point (a click would open it) */
	onHover?(id: string): void;
	onNotice(message: string): void;
}

export interface MapUi {
	locale: Record<string, string>;
	attribution: string;
}

/**
 * What the engine says of itself: `loading` until the style and sources have loaded, then `busy`
 * while it draws a change and `idle` once everything is drawn (MapLibre's `idle` event), `lost`
 * while the GPU has taken the WebGL context away.
 */
export type EngineStatus = 'loading' | 'busy' | 'idle' | 'lost';

export interface MapController {
	setLayers(layers: readonly LayerId[]): void;
	setFilters(filters: Filters, visibleCases: readonly string[]): void;
	/** the selected place (ringed) and the region it stands for or is (highlighted) */
	select(id: string | null, regionId: string | null): void;
	/** the emphasised places (ringed) and regions (highlighted) */
	emphasise(ids: readonly string[], regionIds: readonly string[]): void;
	/** `ui`: MapLibre's own strings in the new language (control titles, the canvas's name, credits) */
	setLang(lang: Lang, ui?: MapUi): void;
	/** moves the camera to show `bounds`, in one jump when `animate` is false */
	frame(bounds: BBox, options: { maxZoom: number; animate: boolean }): void;
	jumpTo(view: View): void;
	view(): View;
	/** the map's canvas as drawn (the drawing buffer is kept), for the PNG export and the print card */
	snapshot(): HTMLCanvasElement;
	/**
	 * A state change was pushed: the map is busy until it has drawn it. A frame is requested so
	 * that `idle` follows even when the change turned out to be a no-op.
	 */
	repaint(): void;
	/** Calls `listener` with the status now and on every change; returns the unsubscribe. */
	onStatus(listener: (status: EngineStatus) => void): () => void;
	/** Calls `listener` each time the map is idle; returns the unsubscribe. */
	onIdle(listener: () => void): () => void;
	resize(): void;
	remove(): void;
}

/** true when this browser can give MapLibre a WebGL context */
export function hasWebGL(): boolean {
	try {
		const c = document.createElement('canvas');
		return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
	} catch {
		return false;
	}
}

const abs = (url: string) => new URL(url, document.baseURI).href;

async function remoteBase(url: string, onNotice: (m: string) => void): Promise<StyleSpecification | null> {
	try {
		const ctrl = new AbortController();
		const timer = setTimeout(() => ctrl.abort(), 8000);
		const res = await fetch(url, { signal: ctrl.signal });
		clearTimeout(timer);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		const style = (await res.json()) as StyleSpecification;
		if (style.version !== 8 || !Array.isArray(style.layers)) throw new Error('not a MapLibre style');
		return style;
	} catch (e) {
		onNotice(
			`The remote basemap could not be loaded (${(e as Error).message}); the embedded basemap is shown instead.`
		);
		return null;
	}
}

export async function createMap(o: EngineOptions): Promise<MapController> {
	setWorkerUrl(abs(workerUrl));
	const faces = await o.fontFaces;
	const placeById = new Map(o.places.map((p) => [p.id, p]));
	const embedded = basemapStyle(
		{ countries: abs(o.basemap.countries), admin1: abs(o.basemap.admin1), labels: abs(o.basemap.labels) },
		faces,
		o.lang
	);
	const base = (o.remoteStyle && (await remoteBase(o.remoteStyle, o.onNotice))) || embedded;
	const style: StyleSpecification = {
		...base,
		sources: {
			...base.sources,
			regions: { type: 'geojson', data: abs(o.regionsUrl), promoteId: 'id' },
			'region-labels': {
				type: 'geojson',
				data: {
					type: 'FeatureCollection',
					features: o.regions
						.filter((r) => r.kind === 'bureau-region')
						.map((r) => ({
							type: 'Feature',
							geometry: { type: 'Point', coordinates: r.label },
							properties: { id: r.id, name: r.name, name_ja: r.name_ja ?? r.name }
						}))
				}
			},
			places: { type: 'geojson', data: pointsCollection(o.places), promoteId: 'id' },
			[RINGS]: { type: 'geojson', data: ringsCollection(placeById, o.initial.selected, o.initial.emphasis) }
		},
		layers: [...base.layers, ...appLayers(o.lang, o.initial)]
	};
	if (base !== embedded && faces)
		(style as unknown as Record<string, unknown>)['font-faces'] = {
			...((base as unknown as Record<string, object>)['font-faces'] ?? {}),
			...faces
		};

	const map = new MapLibreMap({
		container: o.container,
		style,
		bounds: o.view ? undefined : o.bounds,
		center: o.view ? [o.view.lon, o.view.lat] : undefined,
		zoom: o.view?.zoom,
		fitBoundsOptions: { padding: 24 },
		attributionControl: false,
		renderWorldCopies: false,
		dragRotate: false,
		pitchWithRotate: false,
		maxZoom: 14,
		// no symbol cross-fade: our points never collide, and each faded frame is a full re-render
		// (300 ms of frames after every load, filter and selection on a weak GPU)
		fadeDuration: 0,
		// reading pixels back (PNG export, tests) needs the drawing buffer kept (MapLibre ≥ 5)
		canvasContextAttributes: { preserveDrawingBuffer: true },
		locale: { ...o.ui?.locale, 'Map.Title': o.title }
	});
	// the browser tests and the benchmark read the map itself (rendered features, feature state,
	// jumps); a release build leaves this out (see `define` in vite.config.ts)
	if (__TEST_HOOKS__) window.__clusterAtlas = { map };
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	const DEFAULT_ATTRIBUTION = 'Boundaries: Natural Earth (public domain) · Font: Noto Sans JP (SIL OFL)';
	let attribution = new AttributionControl({
		compact: true,
		customAttribution: o.ui?.attribution ?? DEFAULT_ATTRIBUTION
	});
	map.addControl(attribution, 'bottom-right');

	// MapLibre reads its locale once, when the map is made: on a language switch the controls'
	// titles and the canvas's name are relabelled here, and the credits control is replaced.
	const LABELLED: [string, string][] = [
		['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
		['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
		['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution']
	];
	const relabel = (ui: MapUi) => {
		for (const [selector, key] of LABELLED) {
			const el = o.container.querySelector<HTMLElement>(selector);
			const text = ui.locale[key];
			if (el && text) {
				el.title = text;
				el.setAttribute('aria-label', text);
			}
		}
		if (ui.locale['Map.Title']) map.getCanvas().setAttribute('aria-label', ui.locale['Map.Title']);
	};
	let currentAttribution = o.ui?.attribution ?? DEFAULT_ATTRIBUTION;

	const icons = makeIcons(o.sectors);
	// MapLibre 6 asks a resolver for images it lacks (the `styleimagemissing` event can no longer supply them)
	map.setMissingStyleImageResolver((id) => {
		const img = icons.get(id);
		if (img && !map.hasImage(id)) map.addImage(id, img, { pixelRatio: ICON_PIXEL_RATIO });
	});

	let hovered: string | number | undefined;
	const setHover = (id: string | number | undefined) => {
		if (hovered !== undefined) map.setFeatureState({ source: 'regions', id: hovered }, { hover: false });
		hovered = id;
		if (id !== undefined) map.setFeatureState({ source: 'regions', id }, { hover: true });
	};
	const visibleLayers = (ids: string[]) =>
		ids.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');

	map.on('mousemove', (e) => {
		const layers = visibleLayers([...POINT_LAYER_IDS]);
		const pts = layers.length
			? map.queryRenderedFeatures(
					[
						[e.point.x - 6, e.point.y - 6],
						[e.point.x + 6, e.point.y + 6]
					],
					{ layers }
				)
			: [];
		const regionLayers = visibleLayers(REGION_LAYER_IDS);
		const region = regionLayers.length ? map.queryRenderedFeatures(e.point, { layers: regionLayers })[0] : undefined;
		setHover(region?.id);
		map.getCanvas().style.cursor = pts.length || region ? 'pointer' : '';
		const ids = new Set(pts.map((f) => String(f.properties.id)));
		if (ids.size === 1) o.onHover?.([...ids][0]);
	});
	map.on('mouseout', () => setHover(undefined));

	map.on('click', (e) => {
		const layers = visibleLayers([...POINT_LAYER_IDS]);
		const hits: MapGeoJSONFeature[] = layers.length
			? map.queryRenderedFeatures(
					[
						[e.point.x - 7, e.point.y - 7],
						[e.point.x + 7, e.point.y + 7]
					],
					{ layers }
				)
			: [];
		// a click never picks one of several at random: all of them go to the chooser
		let ids = [...new Set(hits.map((f) => String(f.properties.id)))];
		if (ids.length === 0) {
			const regionLayers = visibleLayers(REGION_LAYER_IDS);
			const regions = regionLayers.length ? map.queryRenderedFeatures(e.point, { layers: regionLayers }) : [];
			// case regions are drawn above bureau regions: the topmost wins
			const top = regions[0];
			if (top) ids = [String(top.properties.case ?? top.properties.id)];
		}
		if (ids.length) o.onPick(ids, { x: e.point.x, y: e.point.y }, map.getCanvas());
	});

	const view = (): View => {
		const c = map.getCenter();
		return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
	};
	// a move the reader made (drag, wheel, keys) carries the DOM event that started it
	map.on('moveend', (e) => o.onMove(view(), !!e.originalEvent));

	let status: EngineStatus = 'loading';
	const statusListeners = new Set<(s: EngineStatus) => void>();
	const setStatus = (s: EngineStatus) => {
		status = s;
		for (const l of statusListeners) l(s);
	};
	const idleListeners = new Set<() => void>();
	let loaded = false;
	map.once('load', () => {
		loaded = true;
		setStatus('busy');
	});
	map.on('dataloading', () => setStatus(loaded ? 'busy' : 'loading'));
	map.on('idle', () => {
		setStatus('idle');
		for (const l of [...idleListeners]) l();
	});
	map.on('error', (e) => console.warn('map:', e.error?.message));
	// the GPU reset or reclaimed the context: lost until MapLibre has rebuilt the map
	map.on('webglcontextlost', () => setStatus('lost'));
	map.on('webglcontextrestored', () => setStatus('busy'));

	let selectedRegion: string | null = null;
	const emphasisedRegions = new Set<string>();
	// what the rings source holds: swapped only when it changes (each swap is a render)
	let rings = { selected: o.initial.selected, emphasis: [...o.initial.emphasis] };
	const setRings = (selected: string | null, emphasis: readonly string[]) => {
		if (selected === rings.selected && emphasis.join() === rings.emphasis.join()) return;
		rings = { selected, emphasis: [...emphasis] };
		(map.getSource(RINGS) as GeoJSONSource | undefined)?.setData(ringsCollection(placeById, selected, emphasis));
	};
	const regionState = (id: string, state: Record<string, boolean>) => {
		if (map.getSource('regions')) map.setFeatureState({ source: 'regions', id }, state);
	};

	// After a lost WebGL context MapLibre rebuilds the style from a snapshot (filters, visibility and
	// labels come back with it) but drops feature state: put the selected and emphasised regions back
	// once the rebuilt style has its sources (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#webglcontextrestored)
	map.on('webglcontextrestored', () => {
		const reapply = () => {
			if (selectedRegion) regionState(selectedRegion, { selected: true });
			for (const r of emphasisedRegions) regionState(r, { emph: true });
		};
		if (map.getSource('regions')) reapply();
		else map.once('style.load', reapply);
	});

	const controller: MapController = {
		// MapLibre skips a setFilter/setLayoutProperty whose value is deep-equal to the current one,
		// so re-applying an unchanged state costs nothing (no source reload)
		setLayers(layers) {
			for (const [id, visibility] of Object.entries(layerVisibility(layers)))
				if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
		},
		setFilters(filters, visibleCases) {
			// our filters are generated and unit-tested: MapLibre's validation of each (a parse of every
			// expression, on the main thread) is skipped
			for (const [id, filter] of Object.entries(layerFilters(filters, visibleCases)))
				if (map.getLayer(id)) map.setFilter(id, filter, { validate: false });
		},
		select(id, regionId) {
			setRings(id, rings.emphasis);
			if (selectedRegion) regionState(selectedRegion, { selected: false });
			selectedRegion = regionId;
			if (regionId) regionState(regionId, { selected: true });
		},
		emphasise(ids, regionIds) {
			setRings(rings.selected, ids);
			for (const r of emphasisedRegions) regionState(r, { emph: false });
			emphasisedRegions.clear();
			for (const r of regionIds) {
				emphasisedRegions.add(r);
				regionState(r, { emph: true });
			}
		},
		frame(bounds, { maxZoom, animate }) {
			map.fitBounds(bounds, { padding: 48, maxZoom, animate, duration: animate ? 900 : 0 });
		},
		jumpTo(v) {
			map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
		},
		view,
		setLang(lang, ui) {
			if (ui) {
				if (ui.attribution !== currentAttribution) {
					map.removeControl(attribution);
					attribution = new AttributionControl({ compact: true, customAttribution: ui.attribution });
					map.addControl(attribution, 'bottom-right');
					currentAttribution = ui.attribution;
				}
				relabel(ui);
			}
			for (const layer of appLayers(lang))
				if (layer.type === 'symbol' && layer.layout && 'text-field' in layer.layout)
					map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
			if (base === embedded)
				for (const layer of basemapStyle({ countries: '', admin1: '', labels: '' }, null, lang).layers)
					if (layer.type === 'symbol' && layer.layout && 'text-field' in layer.layout)
						map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
		},
		snapshot() {
			return map.getCanvas();
		},
		repaint() {
			setStatus(loaded ? 'busy' : 'loading');
			map.triggerRepaint();
		},
		onStatus(listener) {
			statusListeners.add(listener);
			listener(status);
			return () => statusListeners.delete(listener);
		},
		onIdle(listener) {
			idleListeners.add(listener);
			return () => idleListeners.delete(listener);
		},
		resize() {
			map.resize();
		},
		remove() {
			statusListeners.clear();
			idleListeners.clear();
			map.remove();
			if (__TEST_HOOKS__) delete window.__clusterAtlas;
		}
	};
	return controller;
}
