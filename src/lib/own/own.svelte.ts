/**
 * The user's own places in the explorer: what is kept on this device (IndexedDB, ../import/store),
 * merged into one table (./table), and how the user looks at it (the layer's toggle, their own
 * categories switched off, the place whose panel is open, the search over it). Provided by context
 * from the explorer's shell (./context.svelte.ts); the sidebar, the map and the import dialog read it.
 *
 * Nothing here is ever sent anywhere, and none of it is in the URL: a link shared with someone
 * else cannot carry data that only this browser has.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { Explorer } from '../state/explorer.svelte';
import type { SearchKey } from '../data/filter';
import type { ImportedDataset, Problem } from '../import/types';
import {
	categoryShown,
	countsBySector,
	searchOwn,
	shownCategories,
	shownCount,
	type OwnFilter,
	type OwnSearch
} from './filter';
import { EMPTY_TABLE, mergeSources, type OwnSource, type OwnTable } from './table';

/** beyond this many places the folded names are not kept between searches (memory over speed) */
const KEEP_KEYS_UP_TO = 250_000;

/** The store's functions, loaded on demand (idb stays out of pages that never import). */
const store = () => import('../import/store');

export type OwnStatus = 'idle' | 'loading' | 'ready' | 'error';

export class OwnPlaces {
	readonly explorer: Explorer;

	constructor(explorer: Explorer) {
		this.explorer = explorer;
	}

	status = $state<OwnStatus>('idle');
	error = $state('');
	sources = $state.raw<readonly OwnSource[]>([]);
	readonly table: OwnTable = $derived(this.sources.length ? mergeSources(this.sources) : EMPTY_TABLE);

	/** the layer's own toggle (kept for the visit, not in the URL) */
	shown = $state(true);
	/** the user's own categories switched off, by key */
	readonly hidden = new SvelteSet<string>();
	/** the place whose panel is open (its index in `table`) */
	selected = $state<number | null>(null);
	/** the element that opened the panel, to give focus back to */
	opener: HTMLElement | null = null;
	/** `navigator.storage.persisted()`: whether the browser promised to keep the data under storage pressure */
	persisted = $state<boolean | null>(null);

	/** the search of the explorer's search box over the user's places (null: no search, or still running) */
	search = $state.raw<OwnSearch | null>(null);
	searching = $state(false);
	#searchRun = 0;
	#keys: SearchKey[] | undefined;
	#keysFor: OwnTable | null = null;

	readonly filter: OwnFilter = $derived.by(() => ({
		shown: this.shown,
		sectors: this.explorer.filters.sectors,
		hidden: this.hidden
	}));
	/** one flag per category of `table` */
	readonly shownCategories: Uint8Array = $derived(shownCategories(this.table, this.filter));
	readonly shownCount = $derived(shownCount(this.table, this.shownCategories));
	readonly bySector = $derived(countsBySector(this.table, this.shownCategories));
	/** the search applies (the box holds a query and its search has finished over this table) */
	readonly activeSearch: OwnSearch | null = $derived.by(() =>
		this.search && this.search.matches.length === this.table.count && this.explorer.search.trim() !== ''
			? this.search
			: null
	);
	/** shown and matching the search: what the list lists and the downloads write */
	readonly listedCount = $derived(
		shownCount(this.table, this.shownCategories, this.activeSearch ? this.activeSearch.byCategory : null)
	);

	isCategoryShown(index: number): boolean {
		const c = this.table.categories[index];
		return !!c && categoryShown(c, this.filter);
	}

	/** Reads what this device keeps (once per page load). */
	async load(): Promise<void> {
		if (this.status !== 'idle') return;
		this.status = 'loading';
		try {
			const s = await store();
			const metas = await s.listDatasets();
			// oldest first: a place keeps its index as newer files are added
			const loaded: OwnSource[] = [];
			for (const m of [...metas].reverse()) {
				const d = await s.loadDataset(m.id);
				if (d) loaded.push({ id: d.id, savedAt: m.savedAt, dataset: d.dataset, problems: d.problems });
			}
			this.sources = loaded;
			this.status = 'ready';
			if (loaded.length) void this.checkPersisted();
		} catch (e) {
			this.error = (e as Error).message;
			this.status = 'error';
		}
	}

	/** Keeps a dataset on this device (a new one, or a new mapping of one kept under `id`); returns its id. */
	async keep(dataset: ImportedDataset, problems: Problem[], id?: string): Promise<string> {
		const s = await store();
		const saved = await s.saveDataset(dataset, problems, id);
		const entry: OwnSource = { id: saved, savedAt: Date.now(), dataset, problems };
		const at = this.sources.findIndex((x) => x.id === saved);
		this.sources = at >= 0 ? this.sources.map((x, i) => (i === at ? entry : x)) : [...this.sources, entry];
		this.selected = null;
		if (this.status !== 'ready') this.status = 'ready';
		void this.askPersist();
		return saved;
	}

	async remove(id: string): Promise<void> {
		const s = await store();
		await s.removeDataset(id);
		this.sources = this.sources.filter((x) => x.id !== id);
		this.selected = null;
	}

	/** "Remove my data": every import, gone from this device. */
	async removeAll(): Promise<void> {
		const s = await store();
		await s.removeAll();
		this.sources = [];
		this.selected = null;
		this.hidden.clear();
		this.search = null;
	}

	/** Runs the search box's query over the user's places (a newer query stops an older one). */
	async runSearch(query: string): Promise<void> {
		const run = ++this.#searchRun;
		const table = this.table;
		if (!query.trim() || table.count === 0) {
			this.search = null;
			this.searching = false;
			return;
		}
		if (this.#keysFor !== table) {
			this.#keysFor = table;
			this.#keys = table.count <= KEEP_KEYS_UP_TO ? new Array<SearchKey>(table.count) : undefined;
		}
		this.searching = true;
		const result = await searchOwn(table, query, { keys: this.#keys, stale: () => run !== this.#searchRun });
		if (run !== this.#searchRun) return;
		this.search = result;
		this.searching = false;
	}

	open(index: number, opener?: HTMLElement | null) {
		if (opener !== undefined) this.opener = opener;
		this.selected = index;
	}

	close() {
		this.selected = null;
		const back = this.opener;
		this.opener = null;
		if (back?.isConnected) back.focus();
	}

	async checkPersisted(): Promise<void> {
		this.persisted = (await navigator.storage?.persisted?.()) ?? null;
	}

	/**
	 * Asks the browser to keep the data even when space runs low. Chromium decides on its own
	 * (no prompt); Firefox may ask the user. A refusal changes nothing but the note shown.
	 */
	async askPersist(): Promise<void> {
		try {
			this.persisted = (await navigator.storage?.persist?.()) ?? null;
		} catch {
			this.persisted = null;
		}
	}
}
