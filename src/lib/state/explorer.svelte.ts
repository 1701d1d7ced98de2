/**
 * The explorer's UI state: one runes class, provided by context from the root layout.
 * Shareable state is derived from the URL (path = edition and place, query = filters and search, hash = view),
 * so links, reloads and back/forward restore it; only transient UI state lives in `$state` here.
 *
 * Filter changes and opening a place are shallow routing (SvelteKit's pushState/replaceState,
 * https://svelte.dev/docs/kit/shallow-routing): a history entry with the new URL and no
 * navigation, no load, no page swap. SvelteKit's `page.url` stays the last real navigation's, so
 * the URL this class reads is the one the shallow entry carries in `page.state.href` (restored by
 * SvelteKit on back/forward), else `page.url`. A real navigation (a link to /lessons, a reload)
 * clears page.state and with it everything shallow. The place panel of a shallow entry is in
 * `page.state.detail`, loaded beforehand with preloadData (the prerendered `/place/<id>` pages
 * stay as they are for direct visits and readers without JavaScript).
 */
// Maps and Sets here are built once or are throwaway temporaries, never mutated in place: no SvelteMap needed.
/* eslint-disable svelte/prefer-svelte-reactivity */
import { getContext, setContext } from 'svelte';
import { goto, preloadData, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import type { AtlasIndex, PlaceDetail, PlaceSummary, RegionDetail, RegionSummary } from '../data/atlas-index';
import { matcher, searchKey, type Filters, type SearchKey } from '../data/filter';
import { translate } from '../i18n/strings';
import { localText, type LocalText } from '../i18n/format';
import { editionPath, langOfPath, routePath } from '../i18n/edition-path';
import type { Catalogue, StringKey } from '../i18n/en';
import { ARGUMENT_GROUP, type ArgumentGroup, type Lang, type LayerId } from '../data/vocabulary';
import { DEFAULT_QUERY, cleanSearch, parseQuery, serialiseQuery, type Known, type QueryState } from './url';
import { PlaceTable, type PlaceCounts, type Scan } from './scan';

export type Detail = PlaceDetail | RegionDetail;

/** What a shallow history entry carries (App.PageState). */
export interface ShallowState {
	/** the entry's path and query (SvelteKit's page.url keeps the last real navigation's) */
	href?: string;
	/** the panel of the place that entry opened */
	detail?: Detail;
}

const PLACE_ROUTE = '/(explorer)/place/[id]';
/** details kept from preloading (hover, focus) for the next click */
const DETAIL_CACHE = 64;

const KEY = Symbol('explorer');

export interface Notice {
	id: number;
	text: string;
}

export class Explorer {
	readonly index: AtlasIndex;
	readonly known: Known;
	readonly placeById: Map<string, PlaceSummary>;
	readonly regionById: Map<string, RegionSummary>;

	/** false during prerendering and hydration: the URL's query is read only once mounted */
	mounted = $state(false);
	notices = $state<Notice[]>([]);
	/** places under one click, waiting for the user to choose */
	chooser = $state<{ ids: string[]; x: number; y: number } | null>(null);
	/** the element that opened the panel, to return focus to on close (not reactive on purpose) */
	opener: HTMLElement | null = null;
	private nextNotice = 1;

	/**
	 * `local`: selection lives in this object instead of the route (the benchmark page, which
	 * has no prerendered place pages for its synthetic places).
	 */
	readonly local: boolean;
	localSelection = $state<string | null>(null);

	/** every place as the points engine's typed arrays: the map draws the same ones (see scan.ts) */
	readonly table: PlaceTable;

	constructor(index: AtlasIndex, options: { local?: boolean } = {}) {
		this.index = index;
		this.local = options.local ?? false;
		this.known = { sectors: index.sectors.map((s) => s.id), items: index.itemIds };
		this.placeById = new Map(index.places.map((p) => [p.id, p]));
		this.regionById = new Map(index.regions.map((r) => [r.id, r]));
		this.table = new PlaceTable(index.places, this.known.sectors);
	}

	#state = $derived(page.state as ShallowState);
	/** the path and query being shown (see the module's comment); strings, so a map move changes nothing here */
	readonly path: string = $derived.by(() => (this.#state.href ? this.#state.href.split('?')[0] : page.url.pathname));
	readonly #search: string = $derived.by(() => {
		if (!this.mounted) return '';
		const href = this.#state.href;
		return href ? (href.includes('?') ? href.slice(href.indexOf('?')) : '') : page.url.search;
	});

	readonly parsed = $derived.by(() =>
		this.mounted ? parseQuery(this.#search, this.known) : { value: DEFAULT_QUERY, notices: [] as string[] }
	);
	readonly query: QueryState = $derived(this.parsed.value);
	/** the edition's language, from the path (`/ja/…`): known while prerendering, unlike the query */
	readonly lang: Lang = $derived(langOfPath(page.url.pathname));
	readonly filters: Filters = $derived({
		sectors: this.query.sectors,
		layers: this.query.layers,
		period: this.query.period
	});
	/** the list's search, in the URL (`?q=`): typing replaces the entry, so back does not step through keystrokes */
	get search(): string {
		// what was typed, spaces and all, while it is what the URL holds
		return this.#typed !== null && cleanSearch(this.#typed) === this.query.q ? this.#typed : this.query.q;
	}
	set search(q: string) {
		this.#typed = q;
		if (cleanSearch(q) !== this.query.q) this.setQuery({ q }, { replace: true });
	}
	#typed = $state<string | null>(null);

	/** folded names and sectors, built on the first search (not reactive: the index never changes) */
	private searchKeys: SearchKey[] | null = null;
	private keys(): SearchKey[] {
		const label = new Map(this.index.sectors.map((s) => [s.id, [s.label, s.label_ja]]));
		return (this.searchKeys ??= this.index.places.map((p) =>
			searchKey(
				p,
				p.sectors.flatMap((s) => label.get(s) ?? [])
			)
		));
	}

	/** one pass over every place per change of the filters or the search: list, counts, shown cases */
	readonly scan: Scan = $derived.by(() => {
		const m = matcher(this.search);
		const keys = m ? this.keys() : null;
		return this.table.scan(this.filters, m && keys ? (i) => m(keys[i]) : null);
	});
	/** the places passing the filters, in the index's order */
	readonly visible: PlaceSummary[] = $derived.by(() => Array.from(this.scan.visible, (i) => this.index.places[i]));
	/** of those, the ones the search matches: the list and the downloads */
	readonly listed: PlaceSummary[] = $derived.by(() =>
		this.scan.listed === this.scan.visible ? this.visible : Array.from(this.scan.listed, (i) => this.index.places[i])
	);
	/** counts per sector and per kind of the places passing the filters (the filters' numbers) */
	readonly counts: PlaceCounts = $derived(this.scan.counts);
	/** the ids the search matches among the shown places, or null when there is no search (the map lifts them, dims the rest) */
	readonly matches: string[] | null = $derived(this.search ? this.listed.map((p) => p.id) : null);
	/** cases passing the sector and period filters, whether or not their points are shown: their regions follow them */
	readonly visibleCases: string[] = $derived(this.scan.visibleCases);

	/** the route's own path of what is shown (`/place/kansai`): below the base path, without the edition's `/ja` */
	readonly route: string = $derived(routePath(this.path.slice(resolve('/').replace(/\/$/, '').length)));

	/** the place or region whose panel is open (from the path) */
	readonly selectedId: string | null = $derived.by(() => {
		if (this.local) return this.localSelection;
		const route = this.route;
		return route.startsWith('/place/') ? decodeURIComponent(route.slice('/place/'.length)) || null : null;
	});

	/** the open panel's data: the shallow entry's, else the place route's own */
	readonly detail: Detail | null = $derived.by(() => {
		const id = this.selectedId;
		if (!id) return null;
		if (this.#state.detail?.id === id) return this.#state.detail;
		const own = (page.data as { detail?: Detail }).detail;
		return own?.id === id ? own : null;
	});
	/** a panel the place route is not showing itself (opened by shallow routing) */
	readonly shallowDetail: Detail | null = $derived(
		this.detail && !(page.route.id === PLACE_ROUTE && page.params.id === this.detail.id) ? this.detail : null
	);

	/**
	 * The Japanese UI catalogue on a Japanese page: the root layout's universal load awaits it
	 * (src/routes/+layout.ts), so it is there while prerendering and before hydration; English needs
	 * none (it is in every page). Null if it could not load: the UI is then English, and says so.
	 */
	readonly catalogue: Catalogue | null = $derived(
		this.lang === 'ja' ? ((page.data.ja as Catalogue | null) ?? null) : null
	);

	t = (key: StringKey, vars?: Record<string, string | number>) => translate(this.catalogue, key, vars);

	/** Text in the UI language where there is one, with the `lang` it is in (see localText). */
	localText = (en: string, ja?: string | null): LocalText => localText(this.lang, en, ja);

	/** the `lang` of text that exists only in English (notes, definitions, the paper's reference) */
	readonly enOnly: 'en' | undefined = $derived(this.lang === 'ja' ? 'en' : undefined);

	/** name in the UI language (Japanese name in Japanese mode when there is one) */
	nameOf(id: string): string {
		const p = this.placeById.get(id) ?? this.regionById.get(id);
		return p ? this.localText(p.name, p.name_ja).text : id;
	}

	/** the `lang` of `nameOf(id)`: Western places have no Japanese name, and keep their English one */
	nameLang(id: string): 'en' | undefined {
		const p = this.placeById.get(id) ?? this.regionById.get(id);
		return p ? this.localText(p.name, p.name_ja).lang : undefined;
	}

	/** `Lesson 2`, `Weakness d`: an item of the paper's argument as the paper numbers it */
	itemLabel(item: { group: ArgumentGroup; number: string }): string {
		return this.t(ARGUMENT_GROUP[item.group].item, { n: item.number });
	}

	/** a sector's colour (grey for an id the index does not know) */
	colourOf(id: string): string {
		return this.index.sectors.find((s) => s.id === id)?.colour ?? '#888';
	}

	sectorLabel(id: string): string {
		const s = this.index.sectors.find((x) => x.id === id);
		return s ? (this.lang === 'ja' ? s.label_ja : s.label) : id;
	}

	notify(text: string) {
		if (this.notices.some((n) => n.text === text)) return;
		this.notices.push({ id: this.nextNotice++, text });
	}

	dismiss(id: number) {
		this.notices = this.notices.filter((n) => n.id !== id);
	}

	/** `?query` of the current state with a change applied */
	queryWith(patch: Partial<QueryState>): string {
		return serialiseQuery({ ...this.query, ...patch }, this.known);
	}

	/**
	 * The link to a page of the app (its route's path, `/place/kansai`): in this edition (`/ja/…` in
	 * Japanese), with the filters, item and period of now, and `patch` applied to them. Every
	 * internal link goes through here, so no link leaves the reader's language or drops the filters.
	 * The map's view (the hash) is not in it: the map persists between explorer pages.
	 */
	href(path: Pathname, patch: Partial<QueryState> = {}): string {
		return this.hrefIn(this.lang, path, patch);
	}

	/** `href` in a given edition (the language switch, `hreflang` alternates). */
	hrefIn(lang: Lang, path: Pathname, patch: Partial<QueryState> = {}): string {
		return resolve(editionPath(path, lang) as Pathname) + this.queryWith(patch);
	}

	/** This page (a panel opened shallowly included) in another edition, with the same filters (the query); the caller adds the hash. */
	sameIn(lang: Lang): string {
		return this.hrefIn(lang, this.route as Pathname);
	}

	/** Pushes a history entry (shallow: no navigation), so back/forward step through filter changes. */
	setQuery(patch: Partial<QueryState>, opts: { replace?: boolean } = {}) {
		const href = this.path + this.queryWith(patch);
		this.shallow(href, { ...(page.state as ShallowState), href }, opts.replace ?? false);
		return Promise.resolve();
	}

	/** A shallow history entry; before SvelteKit's router has started (during hydration), a real navigation. */
	private shallow(href: string, state: ShallowState, replace: boolean) {
		try {
			(replace ? replaceState : pushState)(href + location.hash, state);
		} catch {
			void goto(href + location.hash, { keepFocus: true, noScroll: true, replaceState: replace, state });
		}
	}

	setSectors(sectors: string[] | null) {
		return this.setQuery({
			sectors: sectors !== null && sectors.length === this.known.sectors.length ? null : sectors
		});
	}

	toggleSector(id: string, on: boolean) {
		const current = this.query.sectors ?? this.known.sectors;
		const next = on ? [...new Set([...current, id])] : current.filter((s) => s !== id);
		return this.setSectors(this.known.sectors.filter((s) => next.includes(s)));
	}

	toggleLayer(id: LayerId, on: boolean) {
		const next = on ? [...new Set([...this.query.layers, id])] : this.query.layers.filter((l) => l !== id);
		return this.setQuery({ layers: next });
	}

	/** A place's or region's page (see `href`). */
	placeHref(id: string): string {
		return this.href(`/place/${id}`);
	}

	homeHref(): string {
		return this.href('/');
	}

	#details = new Map<string, Promise<Detail | null>>();

	/**
	 * Loads a place's panel data (its prerendered page's `__data.json`, through SvelteKit's
	 * preloadData) and keeps it for the click that may follow: called on hover and focus.
	 */
	preload(id: string): Promise<Detail | null> {
		if (this.local || !(this.placeById.has(id) || this.regionById.has(id))) return Promise.resolve(null);
		let p = this.#details.get(id);
		if (!p) {
			p = preloadData(resolve(editionPath(`/place/${id}`, this.lang) as Pathname)).then(
				(r) => (r.type === 'loaded' && r.status === 200 ? ((r.data as { detail?: Detail }).detail ?? null) : null),
				() => null
			);
			p.then((d) => d || this.#details.delete(id));
			this.#details.set(id, p);
			if (this.#details.size > DETAIL_CACHE) this.#details.delete(this.#details.keys().next().value!);
		}
		return p;
	}

	/** Opens a place's panel: a shallow entry with its preloaded data, else (no data) a real navigation. */
	async openPlace(id: string, opener?: HTMLElement | null) {
		if (opener !== undefined) this.opener = opener;
		this.chooser = null;
		if (this.local) {
			this.localSelection = id;
			return;
		}
		const href = this.placeHref(id);
		const detail = await this.preload(id);
		// keepFocus: the panel moves focus to its heading itself
		if (!detail) return goto(href + location.hash, { noScroll: true, keepFocus: true });
		this.shallow(href, { href, detail }, false);
	}

	/**
	 * Closes the panel: back to the page underneath a shallow panel (the lessons, the home page),
	 * or, over a place page's own panel, a navigation home.
	 */
	closePlace() {
		if (this.local) {
			this.localSelection = null;
			return Promise.resolve();
		}
		if (page.route.id === PLACE_ROUTE)
			return goto(this.homeHref() + location.hash, { noScroll: true, keepFocus: true });
		const href = page.url.pathname + this.queryWith({});
		this.shallow(href, { href }, false);
		return Promise.resolve();
	}
}

export function setExplorer(explorer: Explorer) {
	return setContext(KEY, explorer);
}

export function getExplorer(): Explorer {
	return getContext<Explorer>(KEY);
}
