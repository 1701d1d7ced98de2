/**
 * Fuzzing the URL state (failure path: a hostile or mangled link). Whatever the query or hash,
 * the parsers never throw, always yield a state the explorer can show, and parse ∘ serialise is
 * stable: the clean URL the app writes back parses to the same state, with no notice.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { holds } from '../fuzz';
import { describe, expect, it } from 'vitest';
import {
	MAX_SEARCH,
	MAX_ZOOM,
	MIN_ZOOM,
	isViewHash,
	parseHash,
	parseQuery,
	serialiseHash,
	serialiseQuery,
	type Known,
	type QueryState
} from '../../src/lib/state/url';
import { DEFAULT_LAYERS, LANGS, LAYER_IDS, PERIOD_MAX, PERIOD_MIN, type View } from '../../src/lib/data/vocabulary';
import { ID_PATTERN } from '../../src/lib/data/schema';

const RUNS = { numRuns: 10_000 };
// inside properties: node:assert, ~20x cheaper per call than expect() over 10,000 runs
const ok: (cond: unknown, message: string) => asserts cond = (cond, message) => assert.ok(cond, message);
const same = (actual: unknown, expected: unknown, message: string) => assert.deepStrictEqual(actual, expected, message);

// the app passes both lists; the parser also has to cope without the item list
const SECTORS = ['biotech', 'ict', 'energy', 'manufacturing', 'environment'];
const ITEMS = ['lesson-1', 'lesson-8', 'weakness-d', 'implication-10'];
const KNOWN: Known[] = [{ sectors: SECTORS, items: ITEMS }, { sectors: SECTORS }];

/** A notice names the bad value for the user; it must stay short enough to read. */
const MAX_NOTICE = 400;

/** Type- and value-level check of a parsed query: everything the explorer relies on. */
function assertValidQuery(q: QueryState, known: Known) {
	same(Object.keys(q).sort(), ['item', 'layers', 'period', 'q', 'sectors'], 'the state has exactly its five parts');
	if (q.sectors !== null) {
		ok(Array.isArray(q.sectors), 'sectors is a list or null');
		const sectors = q.sectors;
		ok(
			sectors.every((s) => known.sectors.includes(s)),
			`sectors are known: ${JSON.stringify(sectors)}`
		);
		// canonical: unique, in the taxonomy's order, and "every sector" is spelled null
		same(
			sectors,
			known.sectors.filter((s) => sectors.includes(s)),
			'sectors are unique and in taxonomy order'
		);
		ok(sectors.length < known.sectors.length, 'all sectors is spelled null');
	}
	ok(Array.isArray(q.layers), 'layers is a list');
	same(
		q.layers,
		LAYER_IDS.filter((l) => q.layers.includes(l)),
		'layers are known, unique and in drawing order'
	);
	if (q.item !== null) {
		ok(typeof q.item === 'string', 'item is a string');
		if (known.items) ok(known.items.includes(q.item), `item ${q.item} is known`);
		else ok(ID_PATTERN.test(q.item), `item ${q.item} is an id`);
	}
	if (q.period !== null) {
		const { from, to } = q.period;
		same(Object.keys(q.period).sort(), ['from', 'to'], 'period is {from, to}');
		ok(Number.isInteger(from) && Number.isInteger(to), 'period years are integers');
		ok(PERIOD_MIN <= from && from <= to && to <= PERIOD_MAX, `period ${from}-${to} within bounds`);
	}
	ok(typeof q.q === 'string' && q.q.isWellFormed(), 'the search is a well-formed string');
	ok(q.q === q.q.trim() && [...q.q].length <= MAX_SEARCH, 'the search is trimmed and not too long');
}

function assertValidView(v: View | null) {
	if (v === null) return;
	same(Object.keys(v).sort(), ['lat', 'lon', 'zoom'], 'a view is {zoom, lat, lon}');
	ok(Number.isFinite(v.zoom) && Number.isFinite(v.lat) && Number.isFinite(v.lon), 'finite view');
	ok(v.zoom >= MIN_ZOOM && v.zoom <= MAX_ZOOM, `zoom ${v.zoom} in range`);
	ok(Math.abs(v.lat) <= 85.0511, `lat ${v.lat} in range`);
	ok(Math.abs(v.lon) <= 180, `lon ${v.lon} in range`);
}

function assertNotices(notices: string[]) {
	ok(Array.isArray(notices), 'notices is a list');
	for (const n of notices)
		ok(typeof n === 'string' && n.length <= MAX_NOTICE, `notice short enough: ${n.length} chars`);
}

/** parse, check, serialise, and check that the written URL is a fixed point. */
function checkQuery(search: string, known: Known) {
	const once = parseQuery(search, known);
	assertNotices(once.notices);
	assertValidQuery(once.value, known);
	const written = serialiseQuery(once.value, known);
	ok(written === '' || written.startsWith('?'), 'a query string');
	const twice = parseQuery(written, known);
	same(twice.notices, [], `the written URL ${written} parses without notice`);
	same(twice.value, once.value, `the written URL ${written} gives the same state`);
	same(serialiseQuery(twice.value, known), written, 'serialise ∘ parse is a fixed point');
}

// ---- generators

/** every kind of string: ASCII, any code point (lone surrogates too), graphemes */
const anyString = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 100 }),
	fc.string({ unit: 'grapheme', maxLength: 60 })
);

const percentEncoded = (s: string) =>
	[...s]
		.map((c) => (/[A-Za-z0-9]/.test(c) ? c : encodeURIComponent(c).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())))
		.join('');

/** A string, maybe percent-encoded whole, maybe with a broken escape in it. */
const mangled = (s: fc.Arbitrary<string>) =>
	fc.oneof(
		s,
		s.map((x) => {
			try {
				return percentEncoded(x);
			} catch {
				return x; // a lone surrogate cannot be encoded; keep it raw
			}
		}),
		fc
			.tuple(s, fc.constantFrom('%', '%E', '%E0%A4%A', '%ZZ', '%00', '%ED%A0%80', '%C0%AF', '+', '%2C', '%26', '%3D'))
			.map(([a, b]) => a + b)
	);

const hugeNumber = fc.oneof(
	fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
	fc.double().map(String),
	fc.constantFrom(
		'1e308',
		'-1e308',
		'1e-400',
		'Infinity',
		'-Infinity',
		'NaN',
		'0x10',
		'9'.repeat(400),
		'-0',
		'00002001',
		'٢٠٠١'
	)
);

const year = fc.oneof(fc.integer({ min: PERIOD_MIN - 60, max: PERIOD_MAX + 60 }).map(String), hugeNumber, anyString);

const listOf = (items: fc.Arbitrary<string>) =>
	fc
		.array(items, { maxLength: 12 })
		.chain((xs) => fc.constantFrom(',', ', ', ',,', ' , ').map((sep) => xs.join(sep)))
		.map((s) => s);

const knownOrNot = (ids: readonly string[]) =>
	fc.oneof(
		{ weight: 3, arbitrary: fc.constantFrom(...ids) },
		{ weight: 1, arbitrary: anyString },
		fc.constantFrom('none', 'all', '', ' ')
	);

const value: Record<string, fc.Arbitrary<string>> = {
	sectors: fc.oneof(
		listOf(knownOrNot(SECTORS)),
		fc.constant('none'),
		fc.array(fc.constant('x'), { minLength: 200, maxLength: 2000 }).map((a) => a.map((x, i) => x + i).join(','))
	),
	layers: fc.oneof(listOf(knownOrNot(LAYER_IDS)), fc.constant('none')),
	item: fc.oneof(knownOrNot(ITEMS), fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	period: fc.oneof(
		fc.tuple(year, year).map(([a, b]) => `${a}-${b}`),
		year,
		fc.tuple(year, fc.constantFrom('-', '–', '..', '/', ' - '), year).map(([a, s, b]) => a + s + b)
	),
	q: fc.oneof(anyString, fc.constantFrom('Kobe', ' 神戸 ', '%20', '+', 'a'.repeat(300))),
	lang: fc.oneof(fc.constantFrom(...LANGS, 'JA', 'fr', 'ja-JP', ''), anyString),
	zoom: hugeNumber
};
const keys = fc.oneof(
	{ weight: 5, arbitrary: fc.constantFrom(...Object.keys(value)) },
	{ weight: 1, arbitrary: anyString }
);

/** `?k=v&k=v…` from known and unknown keys, values of every kind, duplicates and stray separators. */
const structuredQuery = fc
	.array(
		keys.chain((k) =>
			fc.tuple(
				mangled(fc.constant(k)),
				fc.oneof(mangled(Object.hasOwn(value, k) ? value[k] : anyString), fc.constant(null)) // null: `k` with no `=`
			)
		),
		{ maxLength: 8 }
	)
	.chain((pairs) =>
		fc
			.tuple(fc.constantFrom('?', '', '??'), fc.constantFrom('&', '&&', '&;'))
			.map(([lead, sep]) => lead + pairs.map(([k, v]) => (v === null ? k : `${k}=${v}`)).join(sep))
	);

const coordinate = fc.oneof(
	fc.double({ noNaN: false }).map(String),
	fc.integer({ min: -400, max: 400 }).map(String),
	hugeNumber,
	anyString,
	fc.constant('')
);
const structuredHash = fc
	.tuple(fc.constantFrom('#', '', '##'), fc.array(coordinate, { maxLength: 6 }), fc.constantFrom('/', '//', '%2F'))
	.map(([lead, parts, sep]) => lead + parts.join(sep));

const views = fc.record({
	zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
	// MapLibre's own limit (85.051129) is a hair beyond the parser's: the map can hand us such a view
	lat: fc.double({ min: -85.051129, max: 85.051129, noNaN: true }),
	lon: fc.double({ min: -180, max: 180, noNaN: true })
});

// ---- properties

describe('fuzz: the query parser', () => {
	for (const known of KNOWN) {
		const label = known.items ? 'with the item list' : 'without an item list';
		it(`never throws, yields a valid state, and is stable on arbitrary strings (${label})`, () => {
			holds(
				fc.property(anyString, (s) => checkQuery(s, known)),
				RUNS
			);
		});

		it(`never throws, yields a valid state, and is stable on structured queries (${label})`, () => {
			holds(
				fc.property(structuredQuery, (s) => checkQuery(s, known)),
				RUNS
			);
		});
	}

	it('serialises any state it is handed (even one not from the parser) to a URL that parses cleanly', () => {
		const state = fc.record({
			sectors: fc.option(fc.array(knownOrNot(SECTORS), { maxLength: 8 }), { nil: null }),
			layers: fc.array(fc.constantFrom(...LAYER_IDS), { maxLength: 8 }),
			item: fc.option(knownOrNot(ITEMS), { nil: null }),
			period: fc.option(
				fc
					.integer({ min: PERIOD_MIN, max: PERIOD_MAX })
					.chain((from) => fc.integer({ min: from, max: PERIOD_MAX }).map((to) => ({ from, to }))),
				{ nil: null }
			),
			q: anyString
		});
		holds(
			fc.property(state, (s) => {
				const known = KNOWN[0];
				const written = serialiseQuery(s as QueryState, known);
				const parsed = parseQuery(written, known);
				same(parsed.notices, [], `${written} parses without notice`);
				assertValidQuery(parsed.value, known);
				same(serialiseQuery(parsed.value, known), written, 'fixed point');
			}),
			RUNS
		);
	});

	it('falls back to the defaults for what it cannot read', () => {
		// a sanity anchor for the properties above: a fully bogus query is the default state
		const { value: q } = parseQuery('?sectors=&layers=&lang=xx&period=1-2', KNOWN[0]);
		expect(q).toEqual({ sectors: null, layers: [...DEFAULT_LAYERS], item: null, period: null, q: '' });
	});
});

describe('fuzz: the hash parser', () => {
	it('never throws and yields null or a view within range, on arbitrary and structured hashes', () => {
		holds(
			fc.property(fc.oneof(anyString, structuredHash), (h) => {
				const { value: v, notices } = parseHash(h);
				assertNotices(notices);
				assertValidView(v);
				// a notice exactly when a hash shaped like a view (it has a slash) was rejected; any other
				// hash is an anchor of the page, none of the map's business
				same(notices.length, v === null && isViewHash(h) ? 1 : 0, 'one notice per rejected view');
				if (v) {
					const written = serialiseHash(v);
					const again = parseHash(written);
					same(again.notices, [], `${written} parses without notice`);
					assertValidView(again.value);
					same(serialiseHash(again.value!), written, 'fixed point');
				}
			}),
			RUNS
		);
	});

	it('writes any valid view as a hash that parses back to (nearly) the same view, and is then a fixed point', () => {
		holds(
			fc.property(views, (v) => {
				const written = serialiseHash(v);
				const { value: back, notices } = parseHash(written);
				same(notices, [], `${written} parses without notice`);
				assertValidView(back);
				ok(Math.abs(back!.zoom - v.zoom) <= 0.005 + 1e-9, 'zoom kept to 2 decimals');
				same(serialiseHash(back!), written, 'fixed point');
			}),
			RUNS
		);
	});
});
