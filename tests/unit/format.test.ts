import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatEventDate,
	formatFiscalYear,
	formatNumber,
	formatPeriod,
	formatYear,
	formatYen,
	todayIso
} from '../../src/lib/i18n/format';

describe('formatYen', () => {
	it('writes billions in English and 億 in Japanese', () => {
		expect(formatYen(29.4, 'en')).toBe('¥29.4 bn');
		expect(formatYen(29.4, 'ja')).toBe('294億円');
	});

	it('never shows floating-point noise', () => {
		// 0.1 + 0.2 style sums land on 0.30000000000000004
		expect(formatYen(0.1 + 0.2 + 29.1, 'ja')).toBe('294億円');
		expect(formatYen(2.94, 'ja')).toBe('29.4億円');
	});

	it('uses 兆 above 10,000億 and tn above 1,000 bn', () => {
		expect(formatYen(1250, 'ja')).toBe('1兆2500億円');
		expect(formatYen(3000, 'ja')).toBe('3兆円');
		expect(formatYen(1250, 'en')).toBe('¥1.25 tn');
	});

	it('uses 万 and m below 1億 and 1 bn', () => {
		expect(formatYen(0.05, 'ja')).toBe('5000万円');
		expect(formatYen(0.35, 'en')).toBe('¥350 m');
	});

	it('groups thousands in English', () => {
		expect(formatYen(999.9, 'en')).toBe('¥999.9 bn');
		expect(formatNumber(12345.67, 'en')).toBe('12,345.7');
	});

	it('keeps the sign and gives nothing for a non-number', () => {
		expect(formatYen(-2, 'en')).toBe('-¥2 bn');
		expect(formatYen(-2, 'ja')).toBe('-20億円');
		expect(formatYen(Number.NaN, 'ja')).toBe('');
	});
});

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
		expect(formatYear(2001, 'ja')).toBe('2001年');
		expect(formatYear(2001, 'en')).toBe('2001');
		expect(formatFiscalYear(2001, 'en')).toBe('FY2001');
		expect(formatFiscalYear(2001, 'ja')).toBe('2001年度');
	});

	it('writes event dates and spans, fiscal or not', () => {
		expect(formatEventDate({ date: '2001', end: '2006', fiscal: true }, 'en')).toBe('FY2001–FY2006');
		expect(formatEventDate({ date: '2001', end: '2006', fiscal: true }, 'ja')).toBe('2001年度～2006年度');
		expect(formatEventDate({ date: '2002-04-15' }, 'ja')).toBe('2002年4月15日');
		expect(formatEventDate({ date: '1980', end: '1980' }, 'en')).toBe('1980');
	});

	it('writes a period, open or with an unknown start', () => {
		expect(formatPeriod(1999, 2003, 'en', 'unknown')).toBe('1999–2003');
		expect(formatPeriod(1999, null, 'en', 'unknown')).toBe('1999–');
		expect(formatPeriod(1999, null, 'ja', '不明')).toBe('1999年～');
		expect(formatPeriod(null, 2003, 'ja', '不明')).toBe('不明～2003年');
		expect(formatPeriod(null, null, 'ja', '不明')).toBeNull();
	});

	it("gives today's date in local time as YYYY-MM-DD", () => {
		expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
