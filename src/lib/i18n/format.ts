/**
 * Dates, years and ranges written the way each UI language writes them, and the rule for text
 * that exists in English and maybe in Japanese. Pure and dependency-free (no Intl time zones: a
 * date string is formatted as written, never shifted), so the prerendered page and the browser agree.
 *
 * - dates: `22 September 2003` / `2003年9月22日`; fiscal years `FY2001` / `2001年度`, spans `2001〜2006年度`
 * - ranges: one mark, an en dash in English and 〜 (U+301C WAVE DASH) in Japanese
 */
import type { Lang, Period } from '../data/vocabulary';

export const MONTHS = [
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
] as const;

/** The one mark between the two ends of a range. */
export const RANGE_MARK: Record<Lang, string> = { en: '–', ja: '〜' };

/** `from`–`to` in English, `from`〜`to` in Japanese (either end may be empty: an open range). */
export function formatRange(from: string, to: string, lang: Lang): string {
	return `${from}${RANGE_MARK[lang]}${to}`;
}

/** A period of years, bare (the catalogue's sentences add 年): `1990–1999` / `1990〜1999`; one year alone as itself. */
export function formatYears(p: Period, lang: Lang): string {
	return p.from === p.to ? String(p.from) : formatRange(String(p.from), String(p.to), lang);
}

/** `2001` → `2001` / `2001年` */
function formatYear(year: number, lang: Lang): string {
	return lang === 'ja' ? `${year}年` : String(year);
}

/** Japan's fiscal year (April to March): `FY2001` / `2001年度` */
function formatFiscalYear(year: number, lang: Lang): string {
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
 * A dated event (the timeline's `date`, optional `end`, `fiscal`): `15 April 2002` / `2002年4月15日`,
 * fiscal years `FY2002` / `2002年度`, spans `FY2006–FY2010` / `2006〜2010年度`. A span between two
 * bare years writes its unit (年, 年度) once, after its end, as the glossary's typography asks:
 * `1980–1989` / `1980〜1989年`.
 */
export function formatEventDate(e: { date: string; end?: string; fiscal?: boolean }, lang: Lang): string {
	const year = /^\d{4}$/;
	const compact = lang === 'ja' && year.test(e.date) && !!e.end && year.test(e.end);
	const one = (iso: string, last: boolean) => {
		if (compact && !last) return iso;
		if (e.fiscal && year.test(iso)) return formatFiscalYear(Number(iso), lang);
		return formatDate(iso, lang);
	};
	if (!e.end || e.end === e.date) return one(e.date, true);
	return formatRange(one(e.date, false), one(e.end, true), lang);
}

/**
 * A place's span of years; `null` when nothing is known. Known at both ends, 年 is written once
 * (`1999–2003` / `1999〜2003年`); an open end is written as a range still running (`1999–` /
 * `1999年〜`); an unknown start uses `unknown` (already translated).
 */
export function formatPeriod(start: number | null, end: number | null, lang: Lang, unknown: string): string | null {
	if (start === null && end === null) return null;
	if (start !== null && end !== null) return formatRange(String(start), formatYear(end, lang), lang);
	const year = (y: number | null, missing: string) => (y === null ? missing : formatYear(y, lang));
	return formatRange(year(start, unknown), year(end, ''), lang);
}

/** Today's date in the user's time zone as `YYYY-MM-DD` (the access date of a citation). */
export function todayIso(now = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Text in the UI language where there is one: the words to show, and the `lang` they are in. */
export interface LocalText {
	text: string;
	/** `en` when the UI is Japanese but the text exists only in English; otherwise the page's own */
	lang: 'en' | undefined;
}

/**
 * The Japanese text in Japanese mode when there is one; otherwise the English, marked `lang="en"`
 * in Japanese mode so that screen readers and fonts read it as English.
 */
export function localText(lang: Lang, en: string, ja?: string | null): LocalText {
	if (lang !== 'ja') return { text: en, lang: undefined };
	return ja ? { text: ja, lang: undefined } : { text: en, lang: 'en' };
}
