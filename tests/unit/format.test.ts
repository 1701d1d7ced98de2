import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatEventDate,
	formatPeriod,
	formatRange,
	formatYears,
	localText,
	todayIso
} from '../../src/lib/i18n/format';

describe('dates', () => {
	it('formats a date at its own precision', () => {
		expect(formatDate('2003-09-22', 'en')).toBe('22 September 2003');
		expect(formatDate('2003-09-22', 'ja')).toBe('2003年9月22日');
		expect(formatDate('1999-04', 'en')).toBe('April 1999');
		expect(formatDate('1999-04', 'ja')).toBe('1999年4月');
		expect(formatDate('1959', 'en')).toBe('1959');
		expect(formatDate('1959', 'ja')).toBe('1959年');
	});

	it('returns anything that is not an ISO date unchanged', () => {
		expect(formatDate('c. 2008', 'ja')).toBe('c. 2008');
		expect(formatDate('2003-13-01', 'en')).toBe('2003-13-01');
	});

	it('writes years and fiscal years', () => {
		expect(formatPeriod(2001, 2001, 'ja', '不明')).toBe('2001〜2001年');
		expect(formatPeriod(2001, 2001, 'en', 'unknown')).toBe('2001–2001');
		expect(formatEventDate({ date: '2001', fiscal: true }, 'en')).toBe('FY2001');
		expect(formatEventDate({ date: '2001', fiscal: true }, 'ja')).toBe('2001年度');
	});

	it('writes event dates and spans, fiscal or not', () => {
		expect(formatEventDate({ date: '2001', end: '2006', fiscal: true }, 'en')).toBe('FY2001–FY2006');
		expect(formatEventDate({ date: '2001', end: '2006', fiscal: true }, 'ja')).toBe('2001〜2006年度');
		expect(formatEventDate({ date: '2002-04-15' }, 'ja')).toBe('2002年4月15日');
		expect(formatEventDate({ date: '1980', end: '1980' }, 'en')).toBe('1980');
	});

	it('writes timeline dates as people read them, in English and Japanese', () => {
		expect(formatEventDate({ date: '1959' }, 'en')).toBe('1959');
		expect(formatEventDate({ date: '1959' }, 'ja')).toBe('1959年');
		expect(formatEventDate({ date: '1999-04' }, 'en')).toBe('April 1999');
		expect(formatEventDate({ date: '1999-04' }, 'ja')).toBe('1999年4月');
		expect(formatEventDate({ date: '2002-04-15' }, 'en')).toBe('15 April 2002');
		expect(formatEventDate({ date: '2002-04-15' }, 'ja')).toBe('2002年4月15日');
		expect(formatEventDate({ date: '2002', fiscal: true }, 'en')).toBe('FY2002');
		expect(formatEventDate({ date: '2002', fiscal: true }, 'ja')).toBe('2002年度');
		expect(formatEventDate({ date: '1980', end: '1989' }, 'en')).toBe('1980–1989');
		expect(formatEventDate({ date: '1980', end: '1989' }, 'ja')).toBe('1980〜1989年');
	});

	it('writes a period, open or with an unknown start', () => {
		expect(formatPeriod(1999, 2003, 'en', 'unknown')).toBe('1999–2003');
		expect(formatPeriod(1999, null, 'en', 'unknown')).toBe('1999–');
		expect(formatPeriod(1999, null, 'ja', '不明')).toBe('1999年〜');
		expect(formatPeriod(null, 2003, 'ja', '不明')).toBe('不明〜2003年');
		expect(formatPeriod(null, null, 'ja', '不明')).toBeNull();
	});

	it('writes every range with one mark per language: an en dash, and 〜 (U+301C) in Japanese', () => {
		expect(formatRange('1990', '1999', 'en')).toBe('1990–1999');
		expect(formatRange('1990', '1999', 'ja')).toBe('1990\u301c1999');
		expect(formatYears({ from: 1990, to: 1999 }, 'ja')).toBe('1990〜1999');
		expect(formatYears({ from: 2003, to: 2003 }, 'ja')).toBe('2003');
		expect(formatYears({ from: 1990, to: 1999 }, 'en')).toBe('1990–1999');
		const ja = [
			formatYears({ from: 1990, to: 1999 }, 'ja'),
			formatPeriod(1999, 2003, 'ja', '不明')!,
			formatEventDate({ date: '1980', end: '1989' }, 'ja'),
			formatEventDate({ date: '2001', end: '2006', fiscal: true }, 'ja')
		].join('');
		expect(ja).not.toMatch(/[\uff5e~\u2013]/);
	});

	it("gives today's date in local time as YYYY-MM-DD", () => {
		expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});

describe('localText', () => {
	it('gives the Japanese text in Japanese mode when there is one', () => {
		expect(localText('ja', 'Summary', '概要')).toEqual({ text: '概要', lang: undefined });
	});

	it('falls back to the English in Japanese mode, marked as English', () => {
		expect(localText('ja', 'Summary', undefined)).toEqual({ text: 'Summary', lang: 'en' });
		expect(localText('ja', 'Summary', '')).toEqual({ text: 'Summary', lang: 'en' });
	});

	it('gives the English in English mode, unmarked, even when a translation exists', () => {
		expect(localText('en', 'Summary', '概要')).toEqual({ text: 'Summary', lang: undefined });
	});
});
