/**
 * The problem catalogue: every code in both languages, every message and hint filled in whatever
 * the parameters, and Japanese text in the Japanese catalogue.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeProblem, en, ja, problemText } from '../../src/lib/import/messages';
import type { Problem, ProblemCode } from '../../src/lib/import/types';

const codes = Object.keys(en) as ProblemCode[];
const params = {
	size: '300 MiB',
	limit: '256 MiB',
	format: 'CSV',
	kind: 'xlsx',
	count: 3,
	columns: 'a, b',
	line: 5,
	column: 1,
	keys: 'locations',
	crs: 'EPSG:27700',
	encoding: 'Shift_JIS',
	delimiter: 'semicolon',
	name: 'lat',
	renamed: 'lat (2)',
	letter: 'C',
	letters: 'A, D',
	trailing: 1,
	first: 2,
	unmatched: 'Tourism',
	partly: 0,
	lat: 'lat',
	lon: 'lon',
	axis: 'lat',
	value: 135,
	projected: 0,
	reason: 'range',
	country: 'japan',
	hemisphere: 'E',
	expected: 4,
	type: 'LineString'
};

describe('the problem catalogue', () => {
	it('has the same codes in English and Japanese', () => {
		expect(Object.keys(ja).sort()).toEqual(codes.sort());
	});

	it.each(codes)('%s reads in both languages', (code) => {
		const p: Problem = { code, severity: 'error', row: 3, column: '緯度', value: '130.7', params };
		const e = describeProblem(p, 'en');
		const j = describeProblem(p, 'ja');
		for (const text of [e.message, e.hint, j.message, j.hint]) {
			expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
			expect(text.trim().length).toBeGreaterThan(5);
		}
		expect(j.message + j.hint).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
		expect(problemText(p, 'en')).toBe(`${e.message} ${e.hint}`);
	});

	it('reads without a column, a value or parameters', () => {
		for (const code of codes)
			for (const lang of ['en', 'ja'] as const) {
				const d = describeProblem({ code, severity: 'info', row: null, column: null, value: null }, lang);
				expect(d.message).not.toMatch(/\$\{|\[object/);
			}
	});
});
