/**
 * The user's own places as one table: every dataset kept on this device (see ../import/store),
 * merged column-wise so the layer, the counts and the list never hold one object per place.
 * Pure: no Svelte, no DOM; unit-tested.
 *
 * An own place is named by its index in the merged table (`own:<index>`): the data is the
 * user's, never in a URL, so the id only has to hold while the datasets stay as they are.
 */
import { packedGet } from '../import/packed';
import type { Category, ImportedDataset, Problem, UserRegion } from '../import/types';

/** A saved import: its id in the store, when it was saved, the dataset and its listed problems. */
export interface OwnSource {
	id: string;
	savedAt: number;
	dataset: ImportedDataset;
	problems: Problem[];
}

/** One category of the merged table: the same written value in several files is one category. */
export interface OwnCategory extends Category {
	/** its index in `OwnTable.categories` */
	index: number;
}

/** The key of the category of places with none (an empty sector cell, or no sector column). */
export const NO_CATEGORY = '';

export interface OwnTable {
	count: number;
	lon: Float64Array;
	lat: Float64Array;
	/** index into `categories`; places with no category point at the NO_CATEGORY entry when there is one */
	category: Int32Array;
	/** which source (index into `sources`) the place comes from */
	source: Uint16Array;
	/** the place's index within its source's dataset */
	local: Uint32Array;
	categories: OwnCategory[];
	sources: readonly OwnSource[];
	/** the user's own polygons, from every source (for the self-assessment) */
	regions: { source: string; region: UserRegion }[];
}

export const OWN_PREFIX = 'own:';
export const ownId = (i: number): string => `${OWN_PREFIX}${i}`;
/** The index an `own:` id names, or null for any other id. */
export function ownIndex(id: string, table: Pick<OwnTable, 'count'>): number | null {
	if (!id.startsWith(OWN_PREFIX)) return null;
	const s = id.slice(OWN_PREFIX.length);
	if (!/^\d+$/.test(s)) return null;
	const i = Number(s);
	return i < table.count ? i : null;
}

export const EMPTY_TABLE: OwnTable = {
	count: 0,
	lon: new Float64Array(0),
	lat: new Float64Array(0),
	category: new Int32Array(0),
	source: new Uint16Array(0),
	local: new Uint32Array(0),
	categories: [],
	sources: [],
	regions: []
};

/** Merges the saved datasets, in the order given, into one table. */
export function mergeSources(sources: readonly OwnSource[]): OwnTable {
	if (sources.length === 0) return EMPTY_TABLE;
	let count = 0;
	for (const s of sources) count += s.dataset.places.count;
	const lon = new Float64Array(count);
	const lat = new Float64Array(count);
	const category = new Int32Array(count);
	const source = new Uint16Array(count);
	const local = new Uint32Array(count);
	const categories: OwnCategory[] = [];
	const byKey = new Map<string, OwnCategory>();
	const categoryOf = (c: Pick<Category, 'key' | 'sectors' | 'own'>): OwnCategory => {
		let found = byKey.get(c.key);
		if (!found) {
			found = { key: c.key, sectors: [...c.sectors], own: c.own, count: 0, index: categories.length };
			categories.push(found);
			byKey.set(c.key, found);
		}
		return found;
	};
	let at = 0;
	sources.forEach((s, si) => {
		const p = s.dataset.places;
		// the dataset's category indexes → the merged table's
		const remap = s.dataset.categories.map((c) => categoryOf(c).index);
		let none = -1;
		lon.set(p.lon.subarray(0, p.count), at);
		lat.set(p.lat.subarray(0, p.count), at);
		source.fill(si, at, at + p.count);
		for (let i = 0; i < p.count; i++) {
			const c = p.category[i];
			let m: number;
			if (c >= 0) m = remap[c];
			else {
				if (none < 0) none = categoryOf({ key: NO_CATEGORY, sectors: [], own: true }).index;
				m = none;
			}
			category[at + i] = m;
			categories[m].count++;
			local[at + i] = i;
		}
		at += p.count;
	});
	const regions = sources.flatMap((s) => s.dataset.regions.map((region) => ({ source: s.id, region })));
	return { count, lon, lat, category, source, local, categories, sources, regions };
}

/** The name the place was given (its mapped name column), or '' when it has none. */
export function ownName(t: OwnTable, i: number): string {
	return packedGet(t.sources[t.source[i]].dataset.places.name, t.local[i]);
}

/** The id the place has in its file (its mapped id column), or ''. */
export function ownFileId(t: OwnTable, i: number): string {
	return packedGet(t.sources[t.source[i]].dataset.places.id, t.local[i]);
}

/** The row of the file the place was read from (as a spreadsheet numbers it, or the feature number). */
export function ownRow(t: OwnTable, i: number): number {
	return t.sources[t.source[i]].dataset.places.row[t.local[i]];
}

/** Every column of the place's row: [column name, value], as in the file. */
export function ownAttributes(t: OwnTable, i: number): [string, string][] {
	const d = t.sources[t.source[i]].dataset;
	const k = t.local[i];
	return d.columns.map((c, j) => [c, packedGet(d.attributes[j], k)]);
}

/** The union of every source's columns, in the order they first appear. */
export function ownColumns(t: OwnTable): string[] {
	const seen = new Set<string>();
	for (const s of t.sources) for (const c of s.dataset.columns) seen.add(c);
	return [...seen];
}

/** [west, south, east, north] of some places (padded a little, as the paper's are framed), or null for none. */
export function ownBounds(
	t: Pick<OwnTable, 'lon' | 'lat'>,
	indexes?: ArrayLike<number>,
	pad = 0.1
): [number, number, number, number] | null {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const count = indexes ? indexes.length : t.lon.length;
	for (let k = 0; k < count; k++) {
		const i = indexes ? indexes[k] : k;
		const x = t.lon[i];
		const y = t.lat[i];
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	if (w > e) return null;
	return [w - pad, s - pad, e + pad, n + pad];
}
