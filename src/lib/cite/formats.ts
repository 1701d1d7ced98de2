/**
 * The citation formats the atlas offers, with what a download of each needs (extension, MIME type)
 * and what the menu calls it. Pure: no Citation.js here (it is loaded on demand, see `index.ts`).
 */

export const FORMAT_IDS = ['apa', 'chicago-author-date', 'harvard', 'sist02', 'bibtex', 'ris', 'csl-json'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface FormatInfo {
	/** `style`: a CSL style formatted by citeproc; the others are data formats */
	kind: 'style' | 'data';
	label: string;
	label_ja: string;
	/** file extension without the dot */
	ext: string;
	mime: string;
	/** styles: the Citation.js template name and the CSL locale it is written in */
	template?: string;
	locale?: string;
}

export const FORMATS: Record<FormatId, FormatInfo> = {
	apa: {
		kind: 'style',
		label: 'APA 7th edition',
		label_ja: 'APA（第7版）',
		ext: 'txt',
		mime: 'text/plain;charset=utf-8',
		// bundled with @citation-js/plugin-csl
		template: 'apa',
		locale: 'en-US'
	},
	'chicago-author-date': {
		kind: 'style',
		label: 'Chicago (author-date)',
		label_ja: 'シカゴ（著者・年方式）',
		ext: 'txt',
		mime: 'text/plain;charset=utf-8',
		template: 'chicago-author-date',
		locale: 'en-US'
	},
	harvard: {
		kind: 'style',
		label: 'Harvard (Cite Them Right)',
		label_ja: 'ハーバード方式（Cite Them Right）',
		ext: 'txt',
		mime: 'text/plain;charset=utf-8',
		// Cite Them Right, bundled with @citation-js/plugin-csl under its old name
		template: 'harvard1',
		locale: 'en-GB'
	},
	sist02: {
		kind: 'style',
		label: 'SIST 02 (Japanese)',
		label_ja: 'SIST 02',
		ext: 'txt',
		mime: 'text/plain;charset=utf-8',
		template: 'sist02',
		locale: 'ja-JP'
	},
	bibtex: { kind: 'data', label: 'BibTeX', label_ja: 'BibTeX', ext: 'bib', mime: 'application/x-bibtex;charset=utf-8' },
	ris: {
		kind: 'data',
		label: 'RIS (EndNote, Zotero, Mendeley)',
		label_ja: 'RIS（EndNote・Zotero・Mendeley）',
		ext: 'ris',
		mime: 'application/x-research-info-systems;charset=utf-8'
	},
	'csl-json': {
		kind: 'data',
		label: 'CSL-JSON',
		label_ja: 'CSL-JSON',
		ext: 'json',
		// registered with IANA for CSL-JSON
		mime: 'application/vnd.citationstyles.csl+json;charset=utf-8'
	}
};

export const isFormatId = (s: string): s is FormatId => (FORMAT_IDS as readonly string[]).includes(s);

/**
 * `cluster-atlas-hokkaido-p2-2026-12-01.ris`: the atlas, what is cited (`view`, a place or claim
 * id, `paper`), the access date. Only kebab-case characters reach the name.
 */
export function citationFileName(subject: string, format: FormatId, date: string): string {
	const safe =
		subject
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'citation';
	return `cluster-atlas-${safe}-${date}.${FORMATS[format].ext}`;
}
