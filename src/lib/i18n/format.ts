/**
 * Numbers, money and dates written the way each UI language writes them. Pure and
 * dependency-free (no Intl time zones: a date string is formatted as written, never shifted).
 *
 * - yen: `¥29.4 bn` / `294億円` (Japanese counts in 万, 億, 兆 — units of 10⁴, 10⁸, 10¹²)
 * - dates: `22 September 2003` / `2003年9月22日`; fiscal years `FY2001` / `2001年度`
 */
import type { Lang } from '../data/vocabulary';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `1234.5` → `1,234.5` (en) / `1,234.5` (ja); at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(n: number, lang: Lang, digits = 1): string {
	return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}

/**
 * An amount of yen given in billions (the unit of most English sources):
 * `formatYen(29.4, 'en')` → `¥29.4 bn`, `formatYen(29.4, 'ja')` → `294億円`,
 * `formatYen(1250, 'ja')` → `1兆2500億円`, `formatYen(0.35, 'en')` → `¥350 m`.
 */
export function formatYen(billions: number, lang: Lang): string {
	if (!Number.isFinite(billions)) return '';
	const sign = billions < 0 ? '-' : '';
	const b = Math.abs(billions);
	if (lang === 'en') {
		if (b >= 1000) return `${sign}¥${formatNumber(b / 1000, 'en', 2)} tn`;
		if (b >= 1) return `${sign}¥${formatNumber(b, 'en', 1)} bn`;
		return `${sign}¥${formatNumber(b * 1000, 'en', 0)} m`;
	}
	// 1 bn yen = 10億; count in 億 rounded to 0.1, so 29.4 bn is 294億 and never 293.99999億
	const oku = Math.round(b * 100) / 10;
	if (oku >= 10000) {
		const cho = Math.floor(oku / 10000);
		const restOku = Math.round(oku - cho * 10000);
		return `${sign}${formatNumber(cho, 'ja', 0)}兆${restOku ? `${restOku}億` : ''}円`;
	}
	// each unit holds at most four digits, written without grouping as Japanese does (2500億, not 2,500億)
	if (oku >= 1) return `${sign}${oku}億円`;
	return `${sign}${Math.round(b * 1e5)}万円`;
}

/** `2001` → `2001` / `2001年` */
export function formatYear(year: number, lang: Lang): string {
	return lang === 'ja' ? `${year}年` : String(year);
}

/** Japan's fiscal year (April to March): `FY2001` / `2001年度` */
export function formatFiscalYear(year: number, lang: Lang): string {
	return lang === 'ja' ? `${year}年度` : `FY${year}`;
}

/**
 * A date as written in the data, at its own precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`):
 * `2003-09-22` → `22 September 2003` / `2003年9月22日`. Anything else is returned unchanged.
 */
export function formatDate(iso: string, lang: Lang): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) return iso;
	const [, y, mo, d] = m;
	const month = mo ? Number(mo) : 0;
	const day = d ? Number(d) : 0;
	if (month < 0 || month > 12 || day > 31) return iso;
	if (lang === 'ja') return `${y}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
	return [day || '', month ? MONTHS[month - 1] : '', y].filter(Boolean).join(' ');
}

/**
 * A dated event (the timeline's `date`, optional `end`, `fiscal`): `FY2001–FY2006` /
 * `2001年度～2006年度`, `April 1999` / `1999年4月`.
 */
export function formatEventDate(e: { date: string; end?: string; fiscal?: boolean }, lang: Lang): string {
	const one = (iso: string) =>
		e.fiscal && /^\d{4}$/.test(iso) ? formatFiscalYear(Number(iso), lang) : formatDate(iso, lang);
	if (!e.end || e.end === e.date) return one(e.date);
	return `${one(e.date)}${lang === 'ja' ? '～' : '–'}${one(e.end)}`;
}

/**
 * A place's span of years; `null` when nothing is known. An open end is written as a range
 * still running (`1999–` / `1999年～`); an unknown start uses `unknown` (already translated).
 */
export function formatPeriod(start: number | null, end: number | null, lang: Lang, unknown: string): string | null {
	if (start === null && end === null) return null;
	if (lang === 'ja')
		return `${start === null ? unknown : formatYear(start, 'ja')}～${end === null ? '' : formatYear(end, 'ja')}`;
	return `${start ?? unknown}–${end ?? ''}`;
}

/** Today's date in the user's time zone as `YYYY-MM-DD` (the access date of a citation). */
export function todayIso(now = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
