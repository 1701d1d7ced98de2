import { describe, expect, it } from 'vitest';
import {
	apaAuthor,
	apaHtml,
	apaSegments,
	apaText,
	bibtex,
	bibtexEscape,
	bibtexKey,
	protectCapitals
} from '../../src/lib/data/citation';
import paperFile from '../../geodata/paper.json';

const paper = {
	title: paperFile.title,
	author: paperFile.author,
	year: paperFile.year,
	date: paperFile.date,
	event: paperFile.event,
	place: paperFile.place
};
const url = 'http://127.0.0.1:4173/place/hokkaido?sectors=biotech,ict&layers=cases,meti&lang=ja#6.2/43.1/141.3';

describe('APA', () => {
	it('cites the paper and the exact view with its access date (English)', () => {
		expect(apaText({ paper, url, accessed: '2026-05-12', lang: 'en' })).toBe(
			'Mitsui, I. (2003, September 22). Industrial cluster policies and regional development in the age of globalisation: ' +
				'Eastern and Western approaches and their differences [Paper presentation]. ' +
				'30th International Small Business Congress (ISBC), Singapore. ' +
				`Viewed in Cluster Atlas. Retrieved May 12, 2026, from ${url}`
		);
	});

	it('keeps the reference as printed and writes the viewing note in Japanese', () => {
		const c = { paper, url, accessed: '2026-05-02', lang: 'ja' as const, site: 'クラスター・アトラス' };
		const text = apaText(c);
		expect(text).toMatch(/^Mitsui, I\. \(2003, September 22\)\. Industrial cluster policies/);
		expect(text.endsWith(` クラスター・アトラスの地図表示（2026年5月2日閲覧）。${url}`)).toBe(true);
		// the English reference is marked as English for screen readers
		const segs = apaSegments(c);
		expect(
			segs
				.filter((s) => s.lang === 'en')
				.map((s) => s.text)
				.join('')
		).toContain('[Paper presentation]');
		expect(segs.at(-1)!.lang).toBeUndefined();
	});

	it('italicises only the title in the HTML and escapes markup', () => {
		const html = apaHtml({
			paper: { ...paper, title: 'A <b> & C' },
			url: 'http://x/?a=1&b=2',
			accessed: '2026-05-12',
			lang: 'en'
		});
		expect(html).toContain('<i>A &lt;b&gt; &amp; C</i> [Paper presentation]');
		expect(html).toContain('from http://x/?a=1&amp;b=2');
		expect(html.match(/<i>/g)).toHaveLength(1);
	});

	it('shortens given names to initials', () => {
		expect(apaAuthor('Mitsui, Itsutomo')).toBe('Mitsui, I.');
		expect(apaAuthor('Smith, John Paul')).toBe('Smith, J. P.');
		expect(apaAuthor('Lee, Jean-Luc')).toBe('Lee, J.-L.');
		expect(apaAuthor('JSMEA')).toBe('JSMEA');
	});
});

describe('BibTeX', () => {
	it('writes an @inproceedings entry with the view in url, urldate and note', () => {
		expect(bibtex({ paper, url, accessed: '2026-05-12', lang: 'ja' })).toBe(
			[
				'@inproceedings{mitsui2003industrial,',
				'  author = {Mitsui, Itsutomo},',
				'  title = {Industrial cluster policies and regional development in the age of globalisation: {Eastern} and {Western} approaches and their differences},',
				'  booktitle = {30th International Small Business Congress (ISBC)},',
				'  address = {Singapore},',
				'  year = {2003},',
				'  month = sep,',
				`  url = {${url}},`,
				'  urldate = {2026-05-12},',
				'  note = {Paper presentation. Viewed in Cluster Atlas, accessed 2026-05-12}',
				'}'
			].join('\n')
		);
	});

	it('escapes LaTeX special characters in fields', () => {
		expect(bibtexEscape('R&D 50% of_sales {x} #1 ~ ^ \\')).toBe(
			'R\\&D 50\\% of\\_sales \\{x\\} \\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}'
		);
		const entry = bibtex({
			paper: {
				...paper,
				title: 'Clusters & SMEs: 100% local_ness {sic}',
				event: 'Congress #30',
				author: 'Mitsui, Itsutomo'
			},
			url: 'http://x/{a}',
			accessed: '2026-05-12',
			lang: 'en'
		});
		expect(entry).toContain('title = {Clusters \\& {SMEs}: 100\\% local\\_ness \\{sic\\}},');
		expect(entry).toContain('booktitle = {Congress \\#30},');
		// braces in a URL would unbalance the entry: they are percent-encoded instead
		expect(entry).toContain('url = {http://x/%7Ba%7D},');
		const depth = [...entry].reduce(
			(d, ch, i) => (entry[i - 1] === '\\' ? d : ch === '{' ? d + 1 : ch === '}' ? d - 1 : d),
			0
		);
		expect(depth).toBe(0);
	});

	it('protects capitalised words after the first, not the first', () => {
		expect(protectCapitals('Industrial policy in Japan and the EU')).toBe('Industrial policy in {Japan} and the {EU}');
	});

	it('builds a stable key', () => {
		expect(bibtexKey(paper)).toBe('mitsui2003industrial');
		expect(bibtexKey({ ...paper, author: 'Ōno, Taro', title: 'On the EU' })).toBe('ono2003');
	});

	it('leaves out the month when the date has none', () => {
		expect(bibtex({ paper: { ...paper, date: '2003' }, url, accessed: '2026-05-12', lang: 'en' })).not.toContain(
			'month'
		);
	});
});
