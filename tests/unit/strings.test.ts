import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { translate } from '../../src/lib/i18n/strings';
import { ja } from '../../src/lib/i18n/ja';

/** Keys whose Japanese is the same on purpose: each language's own name in the switch. */
const SAME_ON_PURPOSE = new Set(['langEn', 'langJa']);
// a plural (`{n, plural, one {…} other {…}}`) counts as its placeholder, once
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();

describe('the string catalogue', () => {
	it('has a Japanese string for every key, never a copy of the English', () => {
		const keys = Object.keys(en) as (keyof typeof en)[];
		expect(Object.keys(ja).sort()).toEqual([...keys].sort());
		const copied = keys.filter((k) => !SAME_ON_PURPOSE.has(k) && ja[k].trim() === en[k].trim());
		expect(copied).toEqual([]);
		for (const k of keys) expect(ja[k].trim(), k).not.toBe('');
	});

	it('uses the same placeholders in both languages', () => {
		const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter(
			(k) => placeholders(en[k]).join() !== placeholders(ja[k]).join()
		);
		expect(mismatched).toEqual([]);
	});

	it('fills placeholders', () => {
		expect(translate(ja, 'downloadGeoJSONLabel', { n: 12 })).toBe('一覧の12件をGeoJSON形式でダウンロード');
		expect(translate(null, 'downloadGeoJSONLabel', { n: 12 })).toBe('Download the 12 listed places as GeoJSON');
	});
});
