/**
 * Which of the user's places are shown, counted and listed. The same controls as the paper's:
 * a category matched onto the atlas's sectors follows the sector filter; the user's own
 * categories (and "no category") have toggles of their own; own places have no dates, so a period
 * never hides them (as the paper's places of unknown date). Pure, unit-tested.
 *
 * Every count here costs one step per category, never one per place: a filter toggle over a
 * million own places does no per-place work on the main thread. Only the list's page and a
 * search walk the places, the search in slices (`searchOwn`).
 */
import { matcher, searchKey, type SearchKey } from '../data/filter';
import { ownFileId, ownName, type OwnCategory, type OwnTable } from './table';

export interface OwnFilter {
	/** the layer's own toggle */
	shown: boolean;
	/** the atlas's sector filter (`null` = every sector) */
	sectors: readonly string[] | null;
	/** keys of the user's own categories switched off */
	hidden: ReadonlySet<string>;
}

export function categoryShown(c: Pick<OwnCategory, 'key' | 'sectors' | 'own'>, f: OwnFilter): boolean {
	if (!f.shown) return false;
	if (c.own) return !f.hidden.has(c.key);
	return f.sectors === null || c.sectors.some((s) => f.sectors!.includes(s));
}

/** One flag per category (1 = shown), the form the list's scan and the map's filter read. */
export function shownCategories(t: Pick<OwnTable, 'categories'>, f: OwnFilter): Uint8Array {
	const out = new Uint8Array(t.categories.length);
	t.categories.forEach((c, i) => (out[i] = categoryShown(c, f) ? 1 : 0));
	return out;
}

/** Places shown: the sum of the shown categories' counts (or of their matches, when searching). */
export function shownCount(
	t: Pick<OwnTable, 'categories'>,
	shown: Uint8Array,
	matchesByCategory: Uint32Array | null = null
): number {
	let n = 0;
	t.categories.forEach((c, i) => {
		if (shown[i]) n += matchesByCategory ? matchesByCategory[i] : c.count;
	});
	return n;
}

/** Places shown per atlas sector (a place in a category of two sectors counts for both). */
export function countsBySector(t: Pick<OwnTable, 'categories'>, shown: Uint8Array): Record<string, number> {
	const out: Record<string, number> = {};
	t.categories.forEach((c, i) => {
		if (!shown[i]) return;
		for (const s of c.sectors) out[s] = (out[s] ?? 0) + c.count;
	});
	return out;
}

/**
 * The first `limit` places shown (and matching the search, if any) from `offset` on, in table
 * order. Walks the table only as far as it must.
 */
export function listPage(
	t: Pick<OwnTable, 'count' | 'category'>,
	shown: Uint8Array,
	matches: Uint8Array | null,
	limit: number
): number[] {
	const out: number[] = [];
	for (let i = 0; i < t.count && out.length < limit; i++) {
		if (!shown[t.category[i]]) continue;
		if (matches && !matches[i]) continue;
		out.push(i);
	}
	return out;
}

/** What a search found: a flag per place, and the matches per category (for the counts). */
export interface OwnSearch {
	query: string;
	matches: Uint8Array;
	byCategory: Uint32Array;
}

export interface SearchOptions {
	/** places folded between two yields to the event loop */
	slice?: number;
	/** lets the page breathe between slices (default: a macrotask) */
	pause?: () => Promise<void>;
	/** true once a newer query replaced this one: the search stops */
	stale?: () => boolean;
	/** the folded names, kept by the caller between queries (filled on the first search) */
	keys?: SearchKey[];
}

const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Finds the places whose name or id in the file holds every word of the query, folded as the
 * paper's places are (`matcher`): in slices, so a million names never make one long task.
 * Returns null for an empty query, or when a newer query made this one stale.
 */
export async function searchOwn(t: OwnTable, query: string, o: SearchOptions = {}): Promise<OwnSearch | null> {
	const m = matcher(query);
	if (!m) return null;
	const slice = o.slice ?? 20_000;
	const pause = o.pause ?? macrotask;
	const keys = o.keys;
	const matches = new Uint8Array(t.count);
	const byCategory = new Uint32Array(t.categories.length);
	for (let start = 0; start < t.count; start += slice) {
		if (start > 0) {
			await pause();
			if (o.stale?.()) return null;
		}
		const end = Math.min(t.count, start + slice);
		for (let i = start; i < end; i++) {
			let key = keys?.[i];
			if (!key) {
				key = searchKey({ id: ownFileId(t, i), name: ownName(t, i) });
				if (keys) keys[i] = key;
			}
			if (m(key)) {
				matches[i] = 1;
				byCategory[t.category[i]]++;
			}
		}
	}
	return { query, matches, byCategory };
}

/** Every place shown and matching the search, in table order (what a download writes). */
export function listedIndexes(
	t: Pick<OwnTable, 'count' | 'category'>,
	shown: Uint8Array,
	matches: Uint8Array | null
): Uint32Array {
	const out = new Uint32Array(t.count);
	let n = 0;
	for (let i = 0; i < t.count; i++) if (shown[t.category[i]] && (!matches || matches[i])) out[n++] = i;
	return out.subarray(0, n);
}
