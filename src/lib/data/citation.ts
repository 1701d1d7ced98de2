/**
 * "Cite this view": a citation of the paper (the primary work) that also says where it was seen —
 * the exact view of Cluster Atlas (its permalink) and the date it was accessed. Pure: the caller
 * passes the URL and the date, so the output is reproducible and unit-tested to the character.
 *
 * - APA 7 (conference paper presented at a meeting): returned as segments so that the title can
 *   be set in italics on screen and in the clipboard's HTML, and as plain text.
 * - BibTeX: an `@inproceedings` entry; special characters are escaped in every field but `url`
 *   (verbatim in biblatex and natbib styles); `urldate` is ISO (biblatex).
 */
import { MONTHS, formatDate } from '../i18n/format';
import type { Lang } from './vocabulary';

export interface PaperMeta {
	title: string;
	/** `Family, Given Names` */
	author: string;
	year: number;
	/** the day the paper was presented, `YYYY-MM-DD` (or `YYYY`, `YYYY-MM`) */
	date: string;
	event: string;
	place: string;
}

export interface ViewCitationInput {
	paper: PaperMeta;
	/** the permalink of the view: the full URL with query and hash */
	url: string;
	/** access date, `YYYY-MM-DD` */
	accessed: string;
	lang: Lang;
	/** the explorer's name as shown to the user */
	site?: string;
}

export interface Segment {
	text: string;
	italic?: boolean;
	/** language of the segment when it differs from the UI language (the reference stays English) */
	lang?: Lang;
}

/** `Mitsui, Itsutomo` → `Mitsui, I.`; `Smith, John Paul` → `Smith, J. P.`; hyphenated given names keep the hyphen. */
export function apaAuthor(name: string): string {
	const [family, given = ''] = name.split(',').map((s) => s.trim());
	const initials = given
		.split(/\s+/)
		.filter(Boolean)
		.map((g) =>
			g
				.split('-')
				.map((part) => `${part[0].toUpperCase()}.`)
				.join('-')
		)
		.join(' ');
	return initials ? `${family}, ${initials}` : family;
}

/** APA's date of a presentation: `2003, September 22` (at the date's own precision). */
function apaDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	if (!m) return y;
	return `${y}, ${MONTHS[Number(m) - 1]}${d ? ` ${Number(d)}` : ''}`;
}

/** `2026-05-12` → `May 12, 2026` (APA's retrieval date) */
function apaRetrieved(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
}

/** The paper's APA 7 reference alone (the about page); always English, marked so in Japanese mode. */
export function apaReference(paper: PaperMeta, lang: Lang): Segment[] {
	const en = lang === 'ja' ? ('en' as const) : undefined;
	const title = paper.title.replace(/[.\s]+$/, '');
	return [
		{ text: `${apaAuthor(paper.author)} (${apaDate(paper.date)}). `, lang: en },
		{ text: title, italic: true, lang: en },
		{ text: ` [Paper presentation]. ${paper.event}, ${paper.place}.`, lang: en }
	];
}

/**
 * The APA 7 reference of the paper followed by where it was viewed:
 * `Mitsui, I. (2003, September 22). *Title* [Paper presentation]. Event, Place. Viewed in
 * Cluster Atlas, retrieved May 12, 2026, from https://…`
 * In Japanese the reference stays as printed (English) and the viewing note is Japanese.
 */
export function apaSegments(c: ViewCitationInput): Segment[] {
	const site = c.site ?? 'Cluster Atlas';
	const segments = apaReference(c.paper, c.lang);
	if (c.lang === 'ja') segments.push({ text: ` ${site}の地図表示（${formatDate(c.accessed, 'ja')}閲覧）。${c.url}` });
	else segments.push({ text: ` Viewed in ${site}. Retrieved ${apaRetrieved(c.accessed)}, from ${c.url}` });
	return segments;
}

export function apaText(c: ViewCitationInput): string {
	return apaSegments(c)
		.map((s) => s.text)
		.join('');
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same citation as HTML for the clipboard, so a word processor keeps the italic title. */
export function apaHtml(c: ViewCitationInput): string {
	return apaSegments(c)
		.map((s) => {
			const t = escapeHtml(s.text);
			return s.italic ? `<i>${t}</i>` : t;
		})
		.join('');
}

/** Escapes LaTeX's special characters for a BibTeX field. */
export function bibtexEscape(s: string): string {
	return s.replace(/[\\{}&%$#_~^]/g, (ch) => {
		switch (ch) {
			case '\\':
				return '\\textbackslash{}';
			case '~':
				return '\\textasciitilde{}';
			case '^':
				return '\\textasciicircum{}';
			default:
				return `\\${ch}`;
		}
	});
}

/**
 * Protects capitals that BibTeX styles would lower-case in a title (`Eastern` → `{Eastern}`):
 * every word after the first that starts with a capital, and every acronym.
 */
export function protectCapitals(title: string): string {
	let first = true;
	return title.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => {
		const protect = !first && /^\p{Lu}/u.test(word);
		first = false;
		return protect ? `{${word}}` : word;
	});
}

/** `mitsui2003industrial`: family name, year, first word of the title of four letters or more. */
export function bibtexKey(paper: PaperMeta): string {
	const family = paper.author
		.split(',')[0]
		.normalize('NFKD')
		.replace(/[^A-Za-z]/g, '')
		.toLowerCase();
	const word = (paper.title.match(/[A-Za-z]{4,}/)?.[0] ?? '').toLowerCase();
	return `${family}${paper.year}${word}`;
}

/** BibTeX's month macros: `jan`, `feb`… */
const BIBTEX_MONTHS = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

/** Braces in a URL would unbalance the entry; everything else in `url` is verbatim. */
const bibtexUrl = (url: string) => url.replace(/[{}\\]/g, (ch) => encodeURIComponent(ch));

/**
 * The BibTeX entry. Always in English: it is read by tools, not by people, and its date fields
 * are language-neutral.
 */
export function bibtex(c: ViewCitationInput): string {
	const site = c.site ?? 'Cluster Atlas';
	const month = c.paper.date.split('-')[1];
	const fields: [string, string][] = [
		['author', bibtexEscape(c.paper.author)],
		['title', protectCapitals(bibtexEscape(c.paper.title))],
		['booktitle', bibtexEscape(c.paper.event)],
		['address', bibtexEscape(c.paper.place)],
		['year', String(c.paper.year)],
		...(month ? ([['month', BIBTEX_MONTHS[Number(month) - 1]]] as [string, string][]) : []),
		['url', bibtexUrl(c.url)],
		['urldate', c.accessed],
		['note', `Paper presentation. Viewed in ${bibtexEscape(site)}, accessed ${c.accessed}`]
	];
	// `month` is a BibTeX macro (jan, feb…), so it is written without braces
	const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
	return `@inproceedings{${bibtexKey(c.paper)},\n${body}\n}`;
}
