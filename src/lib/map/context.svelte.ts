/**
 * The map as the rest of the explorer sees it: its status, what it emphasises, what is in view and
 * under the pointer, and what panels may ask of it (frame these places, a still of the canvas, the
 * current view, the user's own places as a layer). Provided by the explorer's shell, filled by
 * MapRoom.svelte once the engine has loaded; nothing outside src/lib/map/ ever holds the MapLibre map.
 *
 * Modelled on MIERUNE/svelte-maplibre-gl's `contexts.svelte.ts`: a runes class whose map handle
 * is `$state.raw` (MapLibre must never see a proxy), and a getter that throws when no map room is
 * above the caller.
 */
import { getContext, setContext, untrack } from 'svelte';
import { areaOf, framingBounds, type AtlasLookup } from '../data/atlas-index';
import type { View } from '../data/vocabulary';
import { pointsBounds, type BBox } from '../geo/membership';
import type { PlaceCounts } from '../state/scan';
import type { PointFilters } from './points/predicate';
import type { EngineStatus, Hover, MapController } from './engine';
import { isOwn, ownLayerData, type OwnLayerData, type OwnPlaces } from './own';
import { lngLat } from './points/pack';

/**
 * One status for the whole map: the engine's (`loading`, `busy`, `idle`, `lost`) or why there is
 * no map (`nowebgl`, `error`). Mirrored, on every write, to `<html data-map>`, which the
 * browser tests, the benchmark and the offline registration read.
 */
export type MapStatus = EngineStatus | 'nowebgl' | 'error';

/** Framing one place allows a closer zoom than framing several or an area. */
const MAX_ZOOM_ONE = 9;
const MAX_ZOOM_MANY = 8;

const KEY = Symbol('map');

export class MapContext {
	#status = $state<MapStatus>('loading');
	/** why the map failed to start (status `error`) */
	error = $state('');
	/** places the current page emphasises (see `emphasise`); MapRoom pushes them to the map */
	emphasis = $state.raw<readonly string[]>([]);
	#controller = $state.raw<MapController | null>(null);
	/** what the pointer rests on over the map (places nearest first, or a region), from the engine */
	hover = $state.raw<Hover | null>(null);
	/** a place hovered in a list (not on the map): the map grows and rings it */
	hovered = $state<string | null>(null);
	/** the place the keyboard is on in the map's "places in view" list: ringed, named in a tooltip */
	focused = $state<string | null>(null);
	/** ids of the shown places whose point is inside the canvas, as of the last time the map was idle */
	inView = $state.raw<readonly string[]>([]);
	/** the user's own places, packed (see setOwnPlaces) */
	own = $state.raw<OwnLayerData | null>(null);
	/** whether the user's own places are shown (their layer's toggle) */
	ownVisible = $state(true);
	/** opens the panel of one of the user's own places, picked on the map (set by their layer: components/own/OwnMap.svelte) */
	openOwn: ((id: string, opener: HTMLElement | null) => void) | null = null;
	/** the last camera command given before the map could take it */
	#pending: ((c: MapController) => void) | null = null;
	readonly #atlas: AtlasLookup;

	constructor(atlas: AtlasLookup) {
		this.#atlas = atlas;
	}

	get status(): MapStatus {
		return this.#status;
	}

	set status(s: MapStatus) {
		this.#status = s;
		// written every time, not only on change: the benchmark logs each `idle` MapLibre reports
		document.documentElement.dataset.map = s;
	}

	/** drawn at least once and drawing now: a still can be taken, the camera moved */
	readonly ready = $derived(this.#controller !== null && (this.#status === 'busy' || this.#status === 'idle'));

	/** The engine, for MapRoom only: everything else goes through the operations below. */
	get controller(): MapController | null {
		return this.#controller;
	}

	/** MapRoom hands over the loaded engine (or takes it back with null); a camera command waiting for it runs now. */
	attach(controller: MapController | null) {
		this.#controller = controller;
		if (controller && this.#pending) {
			this.#pending(controller);
			this.#pending = null;
		}
	}

	/**
	 * Moves the map to show these places and regions (a case with its whole region; the user's own
	 * places too), clear of the map's controls, in the canvas as it is now (after a sidebar's change
	 * of width); in one jump when the user prefers reduced motion.
	 */
	frame(...ids: string[]) {
		let bounds = framingBounds(
			this.#atlas,
			ids.filter((id) => !isOwn(id))
		);
		const own = this.own?.points;
		const mine = own
			? ids.flatMap((id) => {
					const i = isOwn(id) ? own.indexOf.get(id) : undefined;
					return i === undefined ? [] : [lngLat(own.merc[2 * i], own.merc[2 * i + 1])];
				})
			: [];
		if (mine.length) bounds = pointsBounds(bounds ? [bounds.slice(0, 2), bounds.slice(2), ...mine] : mine);
		const one = ids.length === 1 && (this.#atlas.placeById.has(ids[0]) || isOwn(ids[0]));
		if (bounds) this.show(bounds, one ? MAX_ZOOM_ONE : MAX_ZOOM_MANY);
	}

	/** Moves the map to show `bounds` (a quick view). */
	show(bounds: BBox, maxZoom = MAX_ZOOM_MANY) {
		const run = (c: MapController) =>
			c.frame(bounds, { maxZoom, animate: !matchMedia('(prefers-reduced-motion: reduce)').matches });
		if (this.#controller) run(this.#controller);
		else this.#pending = run;
	}

	/** The map's canvas as drawn, or null before the map is ready. */
	snapshot(): HTMLCanvasElement | null {
		return this.ready ? this.#controller!.snapshot() : null;
	}

	/** Where the map is looking, or null when there is no map. */
	view(): View | null {
		return this.#controller?.view() ?? null;
	}

	/** Where a place's symbol is on the map's canvas (CSS px), or null. */
	position(id: string): { x: number; y: number } | null {
		return this.#controller?.position(id) ?? null;
	}

	/**
	 * Draws the user's own places as a layer of their own above the paper's (stars; `null` removes
	 * it): filtered by the same sector and period controls, shown while `ownVisible`, picked and
	 * hovered like the paper's with ids prefixed `own:` (see ./own.ts), counted by `ownCounts`, in
	 * `inView` with the rest. Places whose sectors the atlas does not know pass only while every
	 * sector is on.
	 */
	setOwnPlaces(own: OwnPlaces | null) {
		this.own = own
			? ownLayerData(
					own,
					this.#atlas.index.sectors.map((s) => s.id)
				)
			: null;
	}

	/** The user's own places passing the filters, counted like the paper's (no WebGL needed). */
	ownCounts(filters: PointFilters): PlaceCounts | null {
		return this.own ? this.own.table.scan({ ...filters, layers: this.ownVisible ? ['own'] : [] }, null).counts : null;
	}

	/** A place's name for the map's tooltips and chooser: the user's own places by their own name. */
	ownName(id: string): string | null {
		return this.own?.names.get(id) ?? null;
	}

	/** The region highlighted with a selected or emphasised place (see `areaOf`). */
	areaOf(id: string | null): string | null {
		return areaOf(this.#atlas, id);
	}

	/**
	 * Marks these places on the map while the calling component lives, following `ids` as it
	 * changes; with `frame`, each new non-empty set is also framed. Call it while a component
	 * initialises. Leaving unmarks them, unless the next page has already marked its own.
	 */
	emphasise(ids: () => readonly string[], options: { frame?: boolean } = {}) {
		$effect(() => {
			const list = [...ids()];
			untrack(() => {
				this.emphasis = list;
				if (options.frame && list.length) this.frame(...list);
			});
			return () => {
				if (this.emphasis.join() === list.join()) this.emphasis = [];
			};
		});
	}
}

export function setMapContext(map: MapContext): MapContext {
	return setContext(KEY, map);
}

export function getMapContext(): MapContext {
	const map = getContext<MapContext | undefined>(KEY);
	if (!map) throw new Error('getMapContext: no map room above this component (setMapContext in the explorer shell)');
	return map;
}
