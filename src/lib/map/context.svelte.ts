/**
 * The map as the rest of the explorer sees it: its status, what it emphasises, and what panels
 * may ask of it (frame these places, a still of the canvas, the current view). Provided by the
 * explorer's shell, filled by MapRoom.svelte once the engine has loaded; nothing outside
 * src/lib/map/ ever holds the MapLibre map.
 *
 * Modelled on MIERUNE/svelte-maplibre-gl's `contexts.svelte.ts`: a runes class whose map handle
 * is `$state.raw` (MapLibre must never see a proxy), and a getter that throws when no map room is
 * above the caller.
 */
import { getContext, setContext, untrack } from 'svelte';
import { areaOf, framingBounds, type AtlasLookup } from '../data/atlas-index';
import type { View } from '../data/vocabulary';
import type { BBox } from '../geo/membership';
import type { EngineStatus, MapController } from './engine';

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

	/** Moves the map to show these places and regions (a case with its whole region); in one jump when the user prefers reduced motion. */
	frame(...ids: string[]) {
		const bounds = framingBounds(this.#atlas, ids);
		const one = ids.length === 1 && this.#atlas.placeById.has(ids[0]);
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
