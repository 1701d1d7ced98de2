/**
 * The explorer's UI state: one runes class, provided by context from the root layout.
 * Shareable state is derived from the URL (path = edition and place, query = filters, hash = view),
 * so links, reloads and back/forward restore it; only transient UI state lives in `$state` here.
 */
// Maps and Sets here are built once or are throwaway temporaries, never mutated in place: no SvelteMap needed.
/* eslint-disable svelte/prefer-svelte-reactivity */
import { getContext, setContext } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import type { AtlasIndex, PlaceSummary, RegionSummary } from '../data/atlas-index';
import { isVisible, matcher, searchKey, type Filters, type SearchKey } from '../data/filter';
import { translate } from '../i18n/strings';
import { localText, type LocalText } from '../i18n/format';
import { editionPath, langOfPath, routePath } from '../i18n/edition-path';
import type { Catalogue, StringKey } from '../i18n/en';
import { ARGUMENT_GROUP, PLACE_KIND, type ArgumentGroup, type Lang, type LayerId } from '../data/vocabulary';
import { DEFAULT_QUERY, parseQuery, serialiseQuery, type Known, type QueryState } from './url';

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
	search = $state('');
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

	constructor(index: AtlasIndex, options: { local?: boolean } = {}) {
		this.index = index;
		this.local = options.local ?? false;
		this.known = { sectors: index.sectors.map((s) => s.id), items: index.itemIds };
		this.placeById = new Map(index.places.map((p) => [p.id, p]));
		this.regionById = new Map(index.regions.map((r) => [r.id, r]));
	}

	readonly parsed = $derived.by(() =>
		this.mounted ? parseQuery(page.url.search, this.known) : { value: DEFAULT_QUERY, notices: [] as string[] }
	);
	readonly query: QueryState = $derived(this.parsed.value);
	/** the edition's language, from the path (`/ja/…`): known while prerendering, unlike the query */
	readonly lang: Lang = $derived(langOfPath(page.url.pathname));
	readonly filters: Filters = $derived({
		sectors: this.query.sectors,
		layers: this.query.layers,
		period: this.query.period
	});
	readonly visible: PlaceSummary[] = $derived.by(() => this.index.places.filter((p) => isVisible(p, this.filters)));
	/** folded names, built on the first search (not reactive: the index never changes) */
	private searchKeys: Map<string, SearchKey> | null = null;
	readonly listed: PlaceSummary[] = $derived.by(() => {
		const m = matcher(this.search);
		if (!m) return this.visible;
		const keys = (this.searchKeys ??= new Map(this.index.places.map((p) => [p.id, searchKey(p)])));
		return this.visible.filter((p) => m(keys.get(p.id)!));
	});
	/** cases passing the sector and period filters, whether or not their points are shown: their regions follow them */
	readonly visibleCases = $derived.by(() =>
		this.index.places
			.filter((p) => p.kind === 'case' && isVisible(p, { ...this.filters, layers: [PLACE_KIND.case.layer] }))
			.map((p) => p.id)
	);

	/** the place or region whose panel is open (from the route) */
	readonly selectedId: string | null = $derived.by(() =>
		this.local ? this.localSelection : page.route.id === '/(explorer)/place/[id]' ? (page.params.id ?? null) : null
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

	/** This page in another edition, with the same filters (the query); the caller adds the hash. */
	sameIn(lang: Lang): string {
		return this.hrefIn(lang, routePath(page.url.pathname) as Pathname);
	}

	/** Pushes a history entry, so back/forward step through filter changes. */
	setQuery(patch: Partial<QueryState>, opts: { replace?: boolean } = {}) {
		const url = page.url.pathname + this.queryWith(patch) + location.hash;
		return goto(url, { keepFocus: true, noScroll: true, replaceState: opts.replace ?? false });
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

	openPlace(id: string, opener?: HTMLElement | null) {
		if (opener !== undefined) this.opener = opener;
		this.chooser = null;
		if (this.local) {
			this.localSelection = id;
			return Promise.resolve();
		}
		// keepFocus: the panel moves focus to its heading itself
		return goto(this.placeHref(id) + location.hash, { noScroll: true, keepFocus: true });
	}

	closePlace() {
		if (this.local) {
			this.localSelection = null;
			return Promise.resolve();
		}
		return goto(this.homeHref() + location.hash, { noScroll: true, keepFocus: true });
	}
}

export function setExplorer(explorer: Explorer) {
	return setContext(KEY, explorer);
}

export function getExplorer(): Explorer {
	return getContext<Explorer>(KEY);
}
