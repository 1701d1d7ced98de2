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
	type StyleSpecification
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// MapLibre 6 locates its worker relative to its own module, which bundling breaks ("Worker failed
// to load"): hand it the emitted file's absolute URL instead.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, type BasemapUrls } from './style';
import {
	appLayers,
	labelsCollection,
	layerFilters,
	layerVisibility,
	CASE_LABELS,
	LABELS_SOURCE,
	REGION_LAYER_IDS,
	type PointInput
} from './features';
import { PointsLayer } from './points/layer';
import type { PackedPoints } from './points/pack';
import type { PointFilters } from './points/predicate';
import type { RegionSummary } from '../data/atlas-index';
import type { Lang, LayerId, View } from '../data/vocabulary';
import type { BBox } from '../geo/membership';

export type RegionInput = Pick<RegionSummary, 'id' | 'kind' | 'case' | 'name' | 'name_ja' | 'label'>;

/** What the pointer rests on: places (nearest first; more than one = a crowded spot) or a region. */
export type Hover = { ids: string[]; x: number; y: number } | { region: string; x: number; y: number };

/** The user's own places, packed (kind `own`, ids prefixed `own:`), and whether their toggle is on. */
export interface OwnPoints {
	points: PackedPoints;
	visible: boolean;
}

export interface EngineOptions {
	container: HTMLElement;
	/** every place, packed once by the explorer (the same arrays answer its counts and list) */
	points: PackedPoints;
	/** a #rrggbb colour per sector, in `points.sectorIds` order */
	colours: readonly string[];
	/** the places that may be named on the map (none past LABEL_LIMIT) */
	labels: readonly PointInput[];
	regionsUrl: string;
	regions: readonly RegionInput[];
	basemap: BasemapUrls;
	/** MapLibre's `font-faces` (see loadFontFaces), fetched while the engine loads */
	fontFaces: Promise<Record<string, unknown> | null>;
	/** the explorer's state when the map is created: the map starts in it */
	initial: {
		filters: PointFilters;
		layers: readonly LayerId[];
		visibleCases: readonly string[];
		selected: string | null;
		emphasis: readonly string[];
		search: readonly string[] | null;
	};
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
	/** the camera stopped; `user`: moved by the user (a drag, the wheel, the keys), not by the app */
	onMove(view: View, user: boolean): void;
	/** the pointer moved onto places, a region, or nothing (null) */
	onHover?(hover: Hover | null): void;
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

/** Room kept free around what is framed: the quick views (top left) and the zoom buttons (top right). */
const FRAME_PADDING = { top: 56, bottom: 36, left: 36, right: 56 };

export interface MapController {
	/** the region layers' toggles */
	setLayers(layers: readonly LayerId[]): void;
	/** the points' filter (sectors, programmes, period) and the case regions shown */
	setFilters(filters: PointFilters, visibleCases: readonly string[]): void;
	/** the selected place (ringed) and the region it stands for or is (highlighted) */
	select(id: string | null, regionId: string | null): void;
	/** the emphasised places (ringed) and regions (highlighted) */
	emphasise(ids: readonly string[], regionIds: readonly string[]): void;
	/** the search's matches (lifted, the rest dimmed), or null for no search */
	setSearch(ids: readonly string[] | null): void;
	/** a place hovered (in the list) or focused (by the keyboard): it grows and is ringed */
	setHovered(id: string | null): void;
	setFocused(id: string | null): void;
	/** the user's own places as a layer of their own above the paper's (null: none) */
	setOwnPoints(own: OwnPoints | null, filters: PointFilters): void;
	/** ids of the shown places whose point is inside the canvas (own places prefixed `own:`) */
	inView(): string[];
	/** where a place's symbol is on the canvas (CSS px), or null when it is not drawn */
	position(id: string): { x: number; y: number } | null;
	/** `ui`: MapLibre's own strings in the new language (control titles, the canvas's name, credits) */
	setLang(lang: Lang, ui?: MapUi): void;
	/** moves the camera to show `bounds` clear of the map's controls, in one jump when `animate` is false */
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
	const embedded = basemapStyle(
		{ countries: abs(o.basemap.countries), admin1: abs(o.basemap.admin1), labels: abs(o.basemap.labels) },
		faces,
		o.lang
	);
	const base = (o.remoteStyle && (await remoteBase(o.remoteStyle, o.onNotice))) || embedded;

	const layer = new PointsLayer({ points: o.points, colours: o.colours, filter: o.initial.filters });
	layer.setSelected(o.initial.selected);
	layer.setEmphasised(o.initial.emphasis);
	layer.setSearch(o.initial.search);
	let own: PointsLayer | null = null;
	// the names MapLibre writes follow what the points engine shows (a literal list of a few ids)
	const labelled = labelsCollection(o.labels);
	const labelIds = labelled.features.map((f) => f.properties.id);
	const shownLabels = () => labelIds.filter((id) => layer.shows(id));

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
			[LABELS_SOURCE]: { type: 'geojson', data: labelled }
		},
		layers: [
			...base.layers,
			...appLayers(o.lang, {
				layers: o.initial.layers,
				visibleCases: o.initial.visibleCases,
				shownLabels: shownLabels()
			})
		]
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
		// no symbol cross-fade: each faded frame is a full re-render (the points are not symbols, and
		// the few names that are need no fade)
		fadeDuration: 0,
		// reading pixels back (PNG export, tests) needs the drawing buffer kept (MapLibre ≥ 5)
		canvasContextAttributes: { preserveDrawingBuffer: true },
		locale: { ...o.ui?.locale, 'Map.Title': o.title }
	});
	// the browser tests and the benchmark read the map itself (rendered features, feature state,
	// jumps); a release build leaves this out (see `define` in vite.config.ts)
	if (__TEST_HOOKS__) window.__clusterAtlas = { map, points: layer };
	// every point, drawn and filtered on the GPU; below the names, so they are written over it
	layer.attach(map, CASE_LABELS);
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

	let hoveredRegion: string | number | undefined;
	const setRegionHover = (id: string | number | undefined) => {
		if (id === hoveredRegion) return;
		if (hoveredRegion !== undefined) map.setFeatureState({ source: 'regions', id: hoveredRegion }, { hover: false });
		hoveredRegion = id;
		if (id !== undefined) map.setFeatureState({ source: 'regions', id }, { hover: true });
	};
	const visibleLayers = (ids: string[]) =>
		ids.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
	/** the places under a canvas point, the user's own first (they are drawn on top) */
	const placesAt = (x: number, y: number, radius: number) => [
		...(own ? own.pick(x, y, radius) : []),
		...layer.pick(x, y, radius)
	];
	const regionAt = (x: number, y: number) => {
		const regionLayers = visibleLayers(REGION_LAYER_IDS);
		// case regions are drawn above bureau regions: the topmost wins
		return regionLayers.length ? map.queryRenderedFeatures([x, y], { layers: regionLayers })[0] : undefined;
	};

	// a pointer move is looked at once per frame, over the points' own arrays (no rendered-feature query)
	let pending: { x: number; y: number } | null = null;
	let lastHover = '';
	map.on('mousemove', (e) => {
		if (!pending) requestAnimationFrame(hoverNow);
		pending = { x: e.point.x, y: e.point.y };
	});
	const hoverNow = () => {
		const at = pending;
		pending = null;
		if (!at || !map.style) return;
		const ids = placesAt(at.x, at.y, 3);
		const region = ids.length ? undefined : regionAt(at.x, at.y);
		setRegionHover(region?.id);
		map.getCanvas().style.cursor = ids.length || region ? 'pointer' : '';
		const hover: Hover | null = ids.length
			? { ids, ...(positionOf(ids[0]) ?? at) }
			: region
				? { region: String(region.properties.case ?? region.properties.id), ...at }
				: null;
		const key = hover ? ('ids' in hover ? hover.ids.join() : `region:${hover.region}`) : '';
		// the same thing under the pointer: nothing to say again
		if (key === lastHover) return;
		lastHover = key;
		o.onHover?.(hover);
	};
	map.getCanvas().addEventListener('mouseleave', () => {
		pending = null;
		setRegionHover(undefined);
		if (lastHover) o.onHover?.(null);
		lastHover = '';
	});

	map.on('click', (e) => {
		// a click never picks one of several at random: all of them go to the chooser
		let ids = placesAt(e.point.x, e.point.y, 4);
		if (ids.length === 0) {
			const top = regionAt(e.point.x, e.point.y);
			if (top) ids = [String(top.properties.case ?? top.properties.id)];
		}
		if (ids.length) o.onPick(ids, { x: e.point.x, y: e.point.y }, map.getCanvas());
	});

	const positionOf = (id: string) => {
		const p = (id.startsWith('own:') ? own : layer)?.position(id);
		return p ? { x: p[0], y: p[1] } : null;
	};

	const view = (): View => {
		const c = map.getCenter();
		return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
	};
	map.on('moveend', (e) => o.onMove(view(), !!(e as { originalEvent?: Event }).originalEvent));

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
	const regionState = (id: string, state: Record<string, boolean>) => {
		if (map.getSource('regions')) map.setFeatureState({ source: 'regions', id }, state);
	};
	let casesNow = o.initial.visibleCases;
	const applyLayerState = () => {
		// our filters are generated and unit-tested: MapLibre's validation of each (a parse of every
		// expression, on the main thread) is skipped; an unchanged filter is not re-applied by MapLibre
		for (const [id, filter] of Object.entries(layerFilters(casesNow, shownLabels())))
			if (map.getLayer(id)) map.setFilter(id, filter, { validate: false });
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
		// MapLibre skips a setLayoutProperty whose value is deep-equal to the current one
		setLayers(layers) {
			for (const [id, visibility] of Object.entries(layerVisibility(layers)))
				if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
		},
		setFilters(filters, visibleCases) {
			const changed = layer.setFilter(filters);
			own?.setFilter({ ...filters, layers: own.filter.layers });
			if (changed || visibleCases.join() !== casesNow.join()) {
				casesNow = visibleCases;
				applyLayerState();
			}
		},
		select(id, regionId) {
			layer.setSelected(id);
			own?.setSelected(id);
			if (selectedRegion) regionState(selectedRegion, { selected: false });
			selectedRegion = regionId;
			if (regionId) regionState(regionId, { selected: true });
		},
		emphasise(ids, regionIds) {
			layer.setEmphasised(ids);
			for (const r of emphasisedRegions) regionState(r, { emph: false });
			emphasisedRegions.clear();
			for (const r of regionIds) {
				emphasisedRegions.add(r);
				regionState(r, { emph: true });
			}
		},
		setSearch(ids) {
			layer.setSearch(ids);
		},
		setHovered(id) {
			layer.setHovered(id);
			own?.setHovered(id);
		},
		setFocused(id) {
			layer.setFocused(id);
			own?.setFocused(id);
		},
		setOwnPoints(next, filters) {
			own?.detach();
			own = null;
			if (__TEST_HOOKS__ && window.__clusterAtlas) window.__clusterAtlas.own = undefined;
			if (!next || next.points.count === 0) return;
			own = new PointsLayer({
				id: 'own-points',
				points: next.points,
				colours: o.colours,
				filter: { ...filters, layers: next.visible ? ['own'] : [] }
			});
			// above the paper's points, below the names
			own.attach(map, CASE_LABELS);
			if (__TEST_HOOKS__ && window.__clusterAtlas) window.__clusterAtlas.own = own;
		},
		inView() {
			return [...layer.inView(), ...(own?.inView() ?? [])];
		},
		position: positionOf,
		frame(bounds, { maxZoom, animate }) {
			// the sidebar may have just changed width (the reading views' is wider): measure the canvas
			// before fitting, or the places land where the old canvas ended
			map.resize();
			const c = map.getCanvas();
			// a small map (a phone) keeps at least half of itself for what is framed
			const k = Math.min(1, c.clientWidth / 500, c.clientHeight / 400);
			const { top, bottom, left, right } = FRAME_PADDING;
			const padding = { top: top * k, bottom: bottom * k, left: left * k, right: right * k };
			map.fitBounds(bounds, { padding, maxZoom, animate, duration: animate ? 900 : 0 });
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
			for (const l of appLayers(lang))
				if (l.type === 'symbol' && l.layout && 'text-field' in l.layout)
					map.setLayoutProperty(l.id, 'text-field', l.layout['text-field']);
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
			own?.detach();
			layer.detach();
			map.remove();
			if (__TEST_HOOKS__) delete window.__clusterAtlas;
		}
	};
	return controller;
}
