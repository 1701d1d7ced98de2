/**
 * Citation.js (https://citation.js.org/) with its CSL, BibTeX and RIS plugins: the part of the
 * citation module that is large (citeproc-js is most of it). Only `index.ts` imports this file, and
 * only through `import()`, so it is a chunk of its own that no page loads until a citation is asked
 * for. The CSL styles and locales that the CSL plugin lacks are vendored in `./csl/` (see its
 * README) and loaded, each in a small chunk of its own, the first time their format is used.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cslJson } from './csl';
import { FORMATS, type FormatId } from './formats';
import type { CslItem } from './types';

interface Register {
	add(name: string, value: string): void;
	has(name: string): boolean;
}
const csl = plugins.config.get('@csl') as { styles: Register; locales: Register };

const STYLES: Record<string, () => Promise<{ default: string }>> = {
	'chicago-author-date': () => import('./csl/chicago-author-date.csl?raw'),
	sist02: () => import('./csl/sist02.csl?raw')
};
const LOCALES: Record<string, () => Promise<{ default: string }>> = {
	'en-GB': () => import('./csl/locales-en-GB.xml?raw'),
	'ja-JP': () => import('./csl/locales-ja-JP.xml?raw')
};

async function ensure(register: Register, name: string, sources: typeof STYLES) {
	if (register.has(name) || !sources[name]) return;
	register.add(name, (await sources[name]()).default);
}

/**
 * What a format cannot say in CSL's own terms, adjusted for it. A paper presented at a congress is
 * a CSL `speech`, which APA 7 cites exactly; BibTeX and RIS have no such type, and SIST 02 cites
 * congress papers only as `paper-conference`, so those get the congress as the container (the
 * `@inproceedings` reference managers expect). Chicago writes "<genre> presented at <event>", so
 * its genre is "Paper" rather than APA's "Paper presentation"; Harvard reads the city from
 * `publisher-place`.
 */
export function adaptForFormat(item: CslItem, format: FormatId): CslItem {
	if (item.type !== 'speech') return item;
	if (format === 'chicago-author-date') return { ...item, genre: 'Paper' };
	// Cite Them Right names the congress's city from the place of publication
	if (format === 'harvard') return { ...item, 'publisher-place': item['event-place'] };
	if (format === 'bibtex' || format === 'ris' || format === 'sist02') {
		const { genre: _genre, ...rest } = item;
		return {
			...rest,
			type: 'paper-conference',
			'container-title': item['event-title'],
			'publisher-place': format === 'sist02' ? undefined : item['event-place']
		};
	}
	return item;
}

const clean = (item: CslItem) => JSON.parse(JSON.stringify(item)) as CslItem;

/**
 * RIS from Citation.js's RIS records, one `TAG  - value` line each. Citation.js's own text output
 * breaks every value after 70 characters, mid-word, and reads the break back as a space, so a long
 * title or permalink would not survive a round trip; this writes each value on one line.
 */
function risText(records: Record<string, string | string[]>[]): string {
	const lines: string[] = [];
	for (const r of records) {
		lines.push(`TY  - ${r.TY}`);
		for (const [tag, value] of Object.entries(r)) {
			if (tag === 'TY') continue;
			for (const v of ([] as string[]).concat(value))
				lines.push(`${tag}  - ${String(v).replace(/\s*[\r\n]+\s*/g, ' ')}`);
		}
		lines.push('ER  - ');
	}
	return lines.join('\r\n') + '\r\n';
}

export interface Formatted {
	text: string;
	/** styles only: HTML with the style's italics */
	html?: string;
}

/** Formats CSL items in one of the atlas's formats (CSL-JSON needs no engine but is accepted). */
export async function format(items: readonly CslItem[], formatId: FormatId): Promise<Formatted> {
	const info = FORMATS[formatId];
	const data = items.map((i) => clean(adaptForFormat(i, formatId)));
	if (formatId === 'csl-json') return { text: cslJson(items) };
	const cite = new Cite(data);
	if (formatId === 'bibtex') return { text: cite.format('bibtex', { format: 'text' }) as string };
	if (formatId === 'ris') return { text: risText(cite.format('ris', { format: 'object' }) as never) };
	const template = info.template!;
	await ensure(csl.styles, template, STYLES);
	await ensure(csl.locales, info.locale!, LOCALES);
	const options = { template, lang: info.locale };
	const text = (cite.format('bibliography', { ...options, format: 'text' }) as string).trim();
	const html = (cite.format('bibliography', { ...options, format: 'html' }) as string).trim();
	return { text, html };
}

/** Parses citation text back into CSL (the tests' round trips: BibTeX, RIS, CSL-JSON, CFF). */
export async function parse(text: string): Promise<CslItem[]> {
	return (await Cite.async(text)).data as CslItem[];
}
