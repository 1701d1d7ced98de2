import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../../src/lib/data/vocabulary';
import { parseHash, parseQuery, serialiseHash, serialiseQuery, type Known } from '../../src/lib/state/url';

const known: Known = { sectors: ['biotech', 'ict', 'energy'], items: ['lesson-1', 'weakness-d'] };

describe('parseQuery', () => {
	it('gives the defaults for an empty query', () => {
		expect(parseQuery('', known)).toEqual({
			value: { sectors: null, layers: [...DEFAULT_LAYERS], item: null, period: null, q: '' },
			notices: []
		});
	});

	it('reads sectors, layers, item, period and search', () => {
		const { value, notices } = parseQuery(
			'?sectors=ict,biotech&layers=meti,cases&item=weakness-d&period=1999-2003&q=Kobe%20bio',
			known
		);
		expect(notices).toEqual([]);
		expect(value).toEqual({
			sectors: ['biotech', 'ict'],
			layers: ['cases', 'meti'],
			item: 'weakness-d',
			period: { from: 1999, to: 2003 },
			q: 'Kobe bio'
		});
	});

	it('keeps the search as typed, trimmed, in the URL (so a link and the downloads agree)', () => {
		const state = { ...parseQuery('', known).value, q: '  神戸 & Kōbe+ ' };
		const written = serialiseQuery(state, known);
		expect(written).toBe('?q=%E7%A5%9E%E6%88%B8%20%26%20K%C5%8Dbe%2B');
		expect(parseQuery(written, known).value.q).toBe('神戸 & Kōbe+');
		expect(parseQuery('?q=%20%20', known).value.q).toBe('');
		expect(parseQuery(`?q=${'x'.repeat(500)}`, known).value.q).toHaveLength(120);
	});

	it('leaves the language to the path: an old `lang` parameter is not state and raises no notice', () => {
		// old links with ?lang=ja are sent to their /ja/ page by the root layout (edition-path.test.ts)
		const { value, notices } = parseQuery('?lang=ja&sectors=ict', known);
		expect(notices).toEqual([]);
		expect(value).toEqual(parseQuery('?sectors=ict', known).value);
		expect(serialiseQuery(value, known)).toBe('?sectors=ict');
	});

	it('drops an unknown sector with a notice and keeps the known ones', () => {
		const { value, notices } = parseQuery('?sectors=biotech,nonsense', known);
		expect(value.sectors).toEqual(['biotech']);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('"nonsense"');
	});

	it('falls back to all sectors when none is known', () => {
		const { value, notices } = parseQuery('?sectors=x,y', known);
		expect(value.sectors).toBeNull();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/all sectors are shown/);
	});

	it('reads sectors=none as an empty selection', () => {
		expect(parseQuery('?sectors=none', known).value.sectors).toEqual([]);
	});

	it('treats every sector listed as the default (null)', () => {
		expect(parseQuery('?sectors=energy,ict,biotech', known).value.sectors).toBeNull();
	});

	it('rejects an unknown layer, a bad period and an unknown item, each with a notice', () => {
		const { value, notices } = parseQuery('?layers=zzz&period=2003-1999&item=lesson-99', known);
		expect(value).toEqual({ sectors: null, layers: [...DEFAULT_LAYERS], item: null, period: null, q: '' });
		expect(notices).toHaveLength(3);
	});

	it('survives malformed percent-encoding', () => {
		expect(() => parseQuery('?sectors=%E0%A4%A&layers=%', known)).not.toThrow();
	});
});

describe('serialiseQuery', () => {
	it('writes nothing for the defaults', () => {
		expect(serialiseQuery(parseQuery('', known).value, known)).toBe('');
	});

	it('writes a canonical order', () => {
		const state = parseQuery('?period=2001&layers=meti,cases&sectors=ict,biotech', known).value;
		expect(serialiseQuery(state, known)).toBe('?sectors=biotech,ict&layers=cases,meti&period=2001');
	});

	it('round-trips every part', () => {
		for (const q of [
			'?sectors=none',
			'?layers=none',
			'?sectors=energy&layers=bureau-regions,mext',
			'?item=lesson-1&period=2001',
			'?period=1959-2003'
		]) {
			const once = parseQuery(q, known).value;
			expect(serialiseQuery(once, known)).toBe(q);
			expect(parseQuery(serialiseQuery(once, known), known).value).toEqual(once);
		}
	});
});

describe('hash', () => {
	it('parses zoom/lat/lon', () => {
		expect(parseHash('#5.5/43.06/141.35')).toEqual({ value: { zoom: 5.5, lat: 43.06, lon: 141.35 }, notices: [] });
	});

	it('is empty without a hash', () => {
		expect(parseHash('')).toEqual({ value: null, notices: [] });
	});

	it.each(['#abc/x/y', '#99/0/0', '#3/95/0', '#3/0/200', '#3/0', '#3//1', '#NaN/1/1', '#1e3/1/1'])(
		'rejects %s with a notice',
		(h) => {
			const r = parseHash(h);
			expect(r.value).toBeNull();
			expect(r.notices).toHaveLength(1);
		}
	);

	it.each(['#source-3', '#glasgow-p2', '#panel-title'])(
		'leaves %s to the page: an anchor, not a view, with nothing to say',
		(h) => {
			expect(parseHash(h)).toEqual({ value: null, notices: [] });
		}
	);

	it('round-trips a view', () => {
		const view = { zoom: 6.25, lat: 34.6937, lon: 135.5023 };
		const back = parseHash(serialiseHash(view)).value!;
		expect(back.zoom).toBe(6.25);
		expect(back.lat).toBeCloseTo(view.lat, 2);
		expect(back.lon).toBeCloseTo(view.lon, 2);
		expect(serialiseHash(back)).toBe(serialiseHash(view));
	});
});

describe('found by fuzzing (tests/unit/fuzz-url.test.ts)', () => {
	it('names at most three bad values in a notice and counts the rest', () => {
		const { notices } = parseQuery(`?sectors=${Array.from({ length: 500 }, (_, i) => `x${i}`).join(',')}`, known);
		expect(notices).toEqual([
			'Unknown sector "x0", "x1", "x2" and 497 more in the link was ignored; all sectors are shown.'
		]);
	});

	it('writes a sector listed twice once', () => {
		expect(serialiseQuery({ ...parseQuery('', known).value, sectors: ['ict', 'ict'] }, known)).toBe('?sectors=ict');
	});

	it('without an item list, takes only an id as the item (a lone surrogate could not be written back)', () => {
		expect(parseQuery('?item=lesson-3', { sectors: [] }).value.item).toBe('lesson-3');
		const odd = parseQuery('?item=\uD800', { sectors: [] });
		expect(odd.value.item).toBeNull();
		expect(odd.notices).toHaveLength(1);
	});

	it('writes hashes that parse back to themselves near the antimeridian, the poles and zoom 0', () => {
		for (const view of [
			{ zoom: 0, lat: 0, lon: 179.95 },
			{ zoom: 0, lat: -85.05000000000001, lon: 0 },
			{ zoom: 1e-16, lat: -0.005000000000000001, lon: 0 },
			{ zoom: 3, lat: 85.051129, lon: -180 }
		]) {
			const hash = serialiseHash(view);
			const back = parseHash(hash);
			expect(back.notices, hash).toEqual([]);
			expect(serialiseHash(back.value!)).toBe(hash);
		}
		expect(serialiseHash({ zoom: 0, lat: 0, lon: 179.95 })).toBe('#0/0/-180');
	});
});
