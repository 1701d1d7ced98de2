/** Which places are shown (isVisible, activeIn) and what a search finds (fold, searchKey, matcher). */
import { describe, expect, it } from 'vitest';
import {
	activeIn,
	fold,
	isVisible,
	matcher,
	searchKey,
	toHiragana,
	type Filterable,
	type Filters
} from '../../src/lib/data/filter';
import { loadIndex } from '../../src/lib/data/load.server';

const all: Filters = { sectors: null, layers: ['cases', 'firms', 'meti', 'mext'], period: null };
const firm = (p: Partial<Filterable> = {}): Filterable => ({
	kind: 'firm',
	sectors: ['biotech', 'ict'],
	start: 1995,
	end: 2005,
	...p
});

describe('activeIn', () => {
	it('keeps a place whose span overlaps the period, ends included', () => {
		expect(activeIn({ start: 1995, end: 2005 }, { from: 2005, to: 2010 })).toBe(true);
		expect(activeIn({ start: 1995, end: 2005 }, { from: 1990, to: 1995 })).toBe(true);
		expect(activeIn({ start: 1995, end: 2005 }, { from: 1998, to: 1999 })).toBe(true);
	});

	it('drops a place that ended before or started after the period', () => {
		expect(activeIn({ start: 1995, end: 2005 }, { from: 2006, to: 2010 })).toBe(false);
		expect(activeIn({ start: 1995, end: 2005 }, { from: 1980, to: 1994 })).toBe(false);
	});

	it('never hides a place for lack of a date: no start is "before", no end is "still running"', () => {
		expect(activeIn({ start: null, end: 2005 }, { from: 1900, to: 1901 })).toBe(true);
		expect(activeIn({ start: 1995, end: null }, { from: 2029, to: 2030 })).toBe(true);
		expect(activeIn({ start: null, end: null }, { from: 1950, to: 1950 })).toBe(true);
		expect(activeIn({ start: 1995, end: null }, { from: 1950, to: 1960 })).toBe(false);
	});

	it('keeps everything without a period', () => {
		expect(activeIn({ start: 2020, end: 2021 }, null)).toBe(true);
	});
});

describe('isVisible', () => {
	it('shows a place while its kind’s layer is on', () => {
		expect(isVisible(firm(), all)).toBe(true);
		expect(isVisible(firm(), { ...all, layers: ['cases', 'meti'] })).toBe(false);
		expect(isVisible(firm({ kind: 'mext-cluster' }), { ...all, layers: ['mext'] })).toBe(true);
	});

	it('shows a place with several sectors while any of them is on, and none when no sector is', () => {
		expect(isVisible(firm(), { ...all, sectors: ['ict'] })).toBe(true);
		expect(isVisible(firm(), { ...all, sectors: ['energy'] })).toBe(false);
		expect(isVisible(firm(), { ...all, sectors: [] })).toBe(false);
	});

	it('applies the period too', () => {
		expect(isVisible(firm(), { ...all, period: { from: 2010, to: 2020 } })).toBe(false);
		expect(isVisible(firm(), { ...all, period: { from: 2000, to: 2020 } })).toBe(true);
	});
});

describe('fold', () => {
	it('folds case, width, macrons and written-out long vowels, so every romanisation meets', () => {
		expect(fold('Hokkaidō')).toBe('hokkaido');
		expect(fold('hokkaidou')).toBe('hokkaido');
		expect(fold('ＨＯＫＫＡＩＤＯ')).toBe('hokkaido');
		expect(fold('Jōhōkei')).toBe(fold('jouhoukei'));
		expect(fold('Kyūshū')).toBe(fold('kyuushuu'));
		expect(fold('Ōsaka')).toBe(fold('oosaka'));
	});

	it('turns punctuation and runs of space into one space, and trims', () => {
		expect(fold('  Gifu–Ogaki (Robotic)/Medical ')).toBe('gifu–ogaki robotic medical');
		expect(fold("St Helen's · West-Midlands")).toBe('st helen s west midlands');
	});

	it('leaves kanji as they are', () => {
		expect(fold('北海道')).toBe('北海道');
	});

	it('folds katakana to hiragana and half-width katakana to full width, voiced kana included', () => {
		expect(fold('キュウシュウ')).toBe('きゅうしゅう');
		expect(fold('ｷｭｳｼｭｳ')).toBe('きゅうしゅう');
		expect(fold('ｸﾞﾗｽｺﾞｰ')).toBe('ぐらすごー');
		expect(fold('グラスゴー')).toBe(fold('ぐらすごー'));
		expect(fold('ヴ')).toBe('ゔ');
		// one character per voiced kana, so a query typed with either form meets the name
		expect([...fold('ｶﾞ')]).toEqual(['が']);
	});

	it('treats Japanese punctuation as space: 長野・上田, 「スーパー・クラスター」', () => {
		expect(fold('長野・上田')).toBe('長野 上田');
		expect(fold('「スーパー・クラスター」、計画。')).toBe('すーぱー くらすたー 計画');
		expect(fold('長野･上田')).toBe('長野 上田');
	});

	it('toHiragana leaves hiragana, kanji, Latin and the long-vowel mark alone', () => {
		expect(toHiragana('ウェスト・ミッドランズ')).toBe('うぇすと・みっどらんず');
		expect(toHiragana('北海道バイオ ABC ー')).toBe('北海道ばいお ABC ー');
	});
});

describe('search in Japanese over the real places', () => {
	const places = loadIndex().places;
	const keys = places.map((p) => ({ id: p.id, key: searchKey(p) }));
	const find = (q: string) =>
		keys
			.filter((k) => matcher(q)!(k.key))
			.map((k) => k.id)
			.sort();

	it('every place with a Japanese name has its reading in the search key', () => {
		const missing = places.filter((p) => p.name_ja && !p.name_ja_reading).map((p) => p.id);
		expect(missing).toEqual([]);
	});

	it('finds the Kyushu places by きゅうしゅう, キュウシュウ, ｷｭｳｼｭｳ and 九州 alike', () => {
		const kyushu = find('九州');
		expect(kyushu).toEqual(['meti-kyushu-environment', 'meti-kyushu-silicon', 'mext-kitakyushu']);
		for (const q of ['きゅうしゅう', 'キュウシュウ', 'ｷｭｳｼｭｳ', 'kyushu', 'Kyūshū']) expect(find(q), q).toEqual(kyushu);
	});

	it('finds 北海道 by its reading ほっかいどう (and ホッカイドウ)', () => {
		const hokkaido = find('北海道');
		expect(hokkaido).toContain('hokkaido');
		expect(hokkaido.length).toBeGreaterThanOrEqual(4);
		expect(find('ほっかいどう')).toEqual(hokkaido);
		expect(find('ホッカイドウ')).toEqual(hokkaido);
	});

	it('finds a kana name typed in the other script, and a paired name typed without its ・', () => {
		expect(find('ぐらすごー')).toContain('glasgow');
		expect(find('うぇすとみっどらんず')).toEqual(['west-midlands']);
		expect(find('長野上田')).toEqual(['mext-nagano-ueda']);
		expect(find('とやま')).toEqual(['mext-toyama']);
		expect(find('さいと')).toEqual(['mext-osaka-saito']);
	});

	it('a reading finds only its own places (no reading matches everything)', () => {
		expect(find('こうべ')).toEqual(['adhoc-kobe', 'mext-kobe', 'watt-kobe']);
		expect(find('きゅうしゅう ほっかいどう')).toEqual([]);
	});
});

describe('searchKey and matcher', () => {
	const key = searchKey({
		id: 'meti-kinki-it',
		name: 'Information-system Cluster Promotion Project',
		name_ja: '情報系クラスター振興プロジェクト',
		name_romaji: 'Jōhōkei Kurasutā Shinkō Purojekuto'
	});

	it('looks in the English, Japanese and romaji names and the id, folded', () => {
		expect(key.hay).toContain('information system');
		expect(key.hay).toContain('情報系');
		expect(key.hay).toContain('johokei kurasuta');
		expect(key.hay).toContain('meti kinki it');
		expect(key.compact).not.toContain(' ');
	});

	it('matches when every word of the query is in a name, in any order and romanisation', () => {
		expect(matcher('jouhoukei')!(key)).toBe(true);
		expect(matcher('CLUSTER information')!(key)).toBe(true);
		expect(matcher('情報系')!(key)).toBe(true);
		expect(matcher('kinki')!(key)).toBe(true);
	});

	it('matches a query written without the spaces of the name', () => {
		expect(matcher('johokeikurasuta')!(key)).toBe(true);
	});

	it('does not match when one word is missing', () => {
		expect(matcher('information kyushu')!(key)).toBe(false);
		expect(matcher('hokkaido')!(key)).toBe(false);
	});

	it('is null for an empty query (everything matches)', () => {
		expect(matcher('')).toBeNull();
		expect(matcher('  ·  ')).toBeNull();
	});
});
