/**
 * Shareable explorer state <-> URL. Pure: no Svelte, no DOM, so it is unit- and fuzz-tested.
 *
 * - query: `?sectors=biotech,ict&layers=cases,meti&item=lesson-2&period=1999-2003&q=kobe`
 *   (only what differs from the defaults is written, in a fixed order, so a state has one URL);
 *   the language is not in the query but in the path (`/ja/…`, see src/lib/i18n/edition-path.ts)
 * - hash: `#zoom/lat/lon` (MapLibre's `hash` format); a hash that is not shaped like a view (an
 *   anchor such as `#source-3` or `#glasgow-p2`) is left to the page
 *
 * Parsing never throws: a bad part falls back to its default and yields a notice for the user.
 */

import {
	DEFAULT_LAYERS,
	LAYER_IDS,
	PERIOD_MAX,
	PERIOD_MIN,
	type LayerId,
	type Period,
	type View
} from '../data/vocabulary';

export interface QueryState {
	/** active sector ids; `null` = all sectors (the default) */
	sectors: string[] | null;
	layers: LayerId[];
	/** selected item of the paper's argument (lessons view) */
	item: string | null;
	/** timeline period: places active in [from, to] */
	period: Period | null;
	/** the list's search (`''`: none) */
	q: string;
}

export interface Known {
	sectors: readonly string[];
	items?: readonly string[];
}

export interface Parsed<T> {
	value: T;
	notices: string[];
}

export const DEFAULT_QUERY: QueryState = {
	sectors: null,
	layers: [...DEFAULT_LAYERS],
	item: null,
	period: null,
	q: ''
};

/** A search longer than this is cut (a link can carry anything). */
export const MAX_SEARCH = 120;

/** The search as the URL keeps it: well-formed (no lone surrogate), trimmed, at most MAX_SEARCH characters. */
export function cleanSearch(raw: string): string {
	return [...raw.toWellFormed().trim()].slice(0, MAX_SEARCH).join('').trim();
}

const MAX_NOTICE_VALUE = 40;
const shown = (s: string) => JSON.stringify(s.length > MAX_NOTICE_VALUE ? s.slice(0, MAX_NOTICE_VALUE) + '…' : s);
/** A link can list thousands of bogus ids (found by fuzzing): name a few, count the rest. */
const MAX_NOTICE_VALUES = 3;
const shownList = (values: string[]) =>
	values.length === 0
		? '""'
		: values.slice(0, MAX_NOTICE_VALUES).map(shown).join(', ') +
			(values.length > MAX_NOTICE_VALUES ? ` and ${values.length - MAX_NOTICE_VALUES} more` : '');
/** ids are kebab-case; anything else (a lone surrogate, markup…) cannot be an item and cannot be re-encoded */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function decode(s: string): string {
	try {
		return decodeURIComponent(s.replace(/\+/g, ' '));
	} catch {
		return s;
	}
}

/** Splits a comma list, dropping empties and duplicates, keeping order. */
function list(raw: string): string[] {
	return [
		...new Set(
			raw
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		)
	];
}

/** Parses a query string (with or without `?`). Unknown keys are ignored; bad values fall back. */
export function parseQuery(search: string, known: Known): Parsed<QueryState> {
	const notices: string[] = [];
	const value: QueryState = { ...DEFAULT_QUERY, layers: [...DEFAULT_LAYERS] };
	const params = new Map<string, string>();
	for (const part of search.replace(/^\?/, '').split('&')) {
		if (!part) continue;
		const eq = part.indexOf('=');
		const key = decode(eq < 0 ? part : part.slice(0, eq));
		if (!params.has(key)) params.set(key, decode(eq < 0 ? '' : part.slice(eq + 1)));
	}

	const sectors = params.get('sectors');
	if (sectors !== undefined) {
		if (sectors === 'none') value.sectors = [];
		else {
			const ids = list(sectors);
			const good = ids.filter((s) => known.sectors.includes(s));
			const bad = ids.filter((s) => !known.sectors.includes(s));
			if (good.length === 0)
				notices.push(`Unknown sector ${shownList(bad)} in the link was ignored; all sectors are shown.`);
			else {
				if (bad.length) notices.push(`Unknown sector ${shownList(bad)} in the link was ignored.`);
				value.sectors = sortLike(good, known.sectors);
			}
			if (value.sectors && value.sectors.length === known.sectors.length) value.sectors = null;
		}
	}

	const layers = params.get('layers');
	if (layers !== undefined) {
		if (layers === 'none') value.layers = [];
		else {
			const ids = list(layers);
			const good = ids.filter((l): l is LayerId => (LAYER_IDS as readonly string[]).includes(l));
			const bad = ids.filter((l) => !(LAYER_IDS as readonly string[]).includes(l));
			if (good.length === 0)
				notices.push(`Unknown layer ${shownList(bad)} in the link was ignored; the default layers are shown.`);
			else {
				if (bad.length) notices.push(`Unknown layer ${shownList(bad)} in the link was ignored.`);
				value.layers = sortLike(good, LAYER_IDS);
			}
		}
	}

	const item = params.get('item');
	if (item !== undefined && item !== '') {
		if (known.items ? !known.items.includes(item) : !ID.test(item))
			notices.push(`Unknown lesson or item ${shown(item)} in the link was ignored.`);
		else value.item = item;
	}

	const period = params.get('period');
	if (period !== undefined && period !== '') {
		const p = parsePeriod(period);
		if (p) value.period = p;
		else
			notices.push(
				`The period ${shown(period)} is not a range of years like 1999-2003 between ${PERIOD_MIN} and ${PERIOD_MAX}; all years are shown.`
			);
	}

	const q = params.get('q');
	if (q !== undefined) value.q = cleanSearch(q);
	return { value, notices };
}

function parsePeriod(raw: string): Period | null {
	const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw.trim());
	if (!m) return null;
	const from = Number(m[1]);
	const to = Number(m[2] ?? m[1]);
	if (from < PERIOD_MIN || to > PERIOD_MAX || to < from) return null;
	return { from, to };
}

function sortLike<T extends string>(ids: T[], order: readonly string[]): T[] {
	return [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The query string for a state (`''` for the defaults, else starting with `?`). */
export function serialiseQuery(state: QueryState, known: Known): string {
	const parts: string[] = [];
	if (state.sectors !== null) {
		const ids = sortLike(
			[...new Set(state.sectors)].filter((s) => known.sectors.includes(s)),
			known.sectors
		);
		if (ids.length === 0) parts.push('sectors=none');
		else if (ids.length < known.sectors.length) parts.push(`sectors=${ids.join(',')}`);
	}
	const layers = sortLike(
		[...new Set(state.layers)].filter((l) => (LAYER_IDS as readonly string[]).includes(l)),
		LAYER_IDS
	);
	if (layers.join(',') !== DEFAULT_LAYERS.join(',')) parts.push(`layers=${layers.length ? layers.join(',') : 'none'}`);
	if (state.item && (known.items ? known.items.includes(state.item) : ID.test(state.item)))
		parts.push(`item=${encodeURIComponent(state.item)}`);
	if (state.period)
		parts.push(
			`period=${state.period.from === state.period.to ? state.period.from : `${state.period.from}-${state.period.to}`}`
		);
	const q = cleanSearch(state.q ?? '');
	if (q) parts.push(`q=${encodeURIComponent(q)}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 18;
/** the Web Mercator latitude limit, to the 4 decimals a hash carries */
export const MAX_LAT = 85.0511;

/**
 * Whether a hash is meant as a map view (`#zoom/lat/lon`, maybe malformed) rather than an anchor
 * of the page (`#source-3`, `#glasgow-p2`): views have slashes, element ids never do.
 */
export const isViewHash = (hash: string) => hash.replace(/^#/, '').includes('/');

/**
 * Parses `#zoom/lat/lon` (MapLibre's hash; extra `/bearing/pitch` parts are ignored). A hash that is
 * not shaped like a view is an anchor of the page: no view, and nothing to say about it.
 */
export function parseHash(hash: string): Parsed<View | null> {
	const raw = hash.replace(/^#/, '');
	if (raw === '' || !isViewHash(raw)) return { value: null, notices: [] };
	const parts = raw.split('/');
	const nums = parts.slice(0, 3).map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
	const [zoom, lat, lon] = nums;
	const ok =
		parts.length >= 3 &&
		nums.every(Number.isFinite) &&
		zoom >= MIN_ZOOM &&
		zoom <= MAX_ZOOM &&
		lat >= -MAX_LAT &&
		lat <= MAX_LAT &&
		lon >= -180 &&
		lon <= 180;
	if (!ok)
		return {
			value: null,
			notices: [
				`The map position ${shown('#' + raw)} in the link is not a valid zoom/latitude/longitude; the default view is shown.`
			]
		};
	return { value: { zoom, lat, lon }, notices: [] };
}

/** `#zoom/lat/lon` with MapLibre's precision (zoom 2 decimals, coordinates ~ by zoom). */
export function serialiseHash(view: View): string {
	const round = (n: number, d: number) => {
		const f = Math.pow(10, d);
		return Math.round(n * f) / f;
	};
	const clamp = (n: number, max: number, min = -max) => Math.max(min, Math.min(max, n));
	const zoom = clamp(round(view.zoom, 2), MAX_ZOOM, MIN_ZOOM);
	// the digits follow the zoom as written, so that parsing the hash back gives the same digits
	// (found by fuzzing: zoom 1e-16 wrote 2 digits, its reparse at zoom 0 wrote 1)
	const digits = Math.min(6, Math.max(0, Math.ceil(zoom)) + 1);
	// round before wrapping (179.95 rounds to 180, written -180), and again after (float noise)
	const lon = round(((((round(view.lon, digits) + 180) % 360) + 360) % 360) - 180, digits);
	// rounding can push a latitude near the pole past the bound parseHash accepts (-85.05 → -85.1 at
	// zoom 0), and MapLibre's own limit (85.051129) is already past it: clamp, or the link is rejected
	const lat = clamp(round(view.lat, digits), MAX_LAT);
	return `#${zoom}/${lat}/${lon}`;
}
