/**
 * Citations through Citation.js: the CSL built from the atlas's data, every format for the paper,
 * a view, a place and a claim, the round trips (BibTeX, RIS, CSL-JSON parsed back by Citation.js
 * give the same title, authors, year and URL), and the fallback when the engine cannot load.
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/data/load.server';
import { loadEditionRecords } from '../../src/lib/cite/load.server';
import { collectClaims } from '../../src/lib/cite/claims';
import {
	FORMAT_IDS,
	citationFileName,
	claimCsl,
	cslDate,
	cslName,
	formatCitation,
	isFormatId,
	loadCitationEngine,
	paperCsl,
	placeCsl,
	plainReference,
	plainText,
	viewCsl,
	type CslItem,
	type FormatId
} from '../../src/lib/cite/index';
import { adaptForFormat, parse } from '../../src/lib/cite/engine';
import { citationBlob, copyCitation } from '../../src/lib/cite/browser';

const atlas = loadAtlas();
const records = loadEditionRecords();
const ctx = { atlas: records.atlas, edition: records.current, origin: 'https://atlas.example' };
const claims = collectClaims(atlas);
const hokkaido = atlas.places.find((p) => p.properties.id === 'hokkaido')!;
const cell = claims.find((c) => c.kind === 'comparison-cell' && c.place === 'glasgow')!;
const ACCESSED = '2026-12-03';
const VIEW_URL = '/place/hokkaido?sectors=biotech,ict&layers=cases,meti#6.2/43.1/141.3';

const SUBJECTS: { name: string; item: CslItem; url?: string; year: number; authors: string[] }[] = [
	{ name: 'the paper', item: paperCsl(atlas.paper), year: 2003, authors: ['Mitsui'] },
	{
		name: 'a view',
		item: viewCsl(ctx, { url: VIEW_URL, accessed: ACCESSED, label: 'Hokkaido' }),
		url: `https://atlas.example${VIEW_URL}`,
		year: Number(records.current.date.slice(0, 4)),
		authors: ['Cluster Atlas contributors']
	},
	{
		name: 'a place',
		item: placeCsl(ctx, hokkaido.properties, ACCESSED),
		url: 'https://atlas.example/place/hokkaido',
		year: Number(records.current.date.slice(0, 4)),
		authors: ['Cluster Atlas contributors']
	},
	{
		name: 'a claim',
		item: claimCsl(ctx, atlas.paper, cell, ACCESSED, '/compare/glasgow/hokkaido'),
		url: `https://atlas.example/compare/glasgow/hokkaido#${cell.id}`,
		year: Number(records.current.date.slice(0, 4)),
		authors: ['Cluster Atlas contributors']
	}
];

const familyOrLiteral = (n: { family?: string; literal?: string }) => n.literal ?? n.family;
const year = (item: CslItem) => item.issued?.['date-parts'][0][0];

describe('CSL-JSON from the atlas (no Citation.js)', () => {
	it('the paper is a paper presented at the congress, with its author, date and place from paper.json', () => {
		const p = paperCsl(atlas.paper);
		expect(p).toMatchObject({
			type: 'speech',
			title: atlas.paper.title,
			author: [{ family: 'Mitsui', given: 'Itsutomo' }],
			issued: { 'date-parts': [[2003, 9, 22]] },
			'event-title': atlas.paper.event,
			'event-place': 'Singapore'
		});
	});

	it('a view names the atlas, its edition, the exact address and the access date', () => {
		const v = viewCsl(ctx, { url: VIEW_URL, accessed: '2026-05-02' });
		expect(v).toMatchObject({
			type: 'map',
			title: 'Cluster Atlas',
			version: records.current.version,
			URL: `https://atlas.example${VIEW_URL}`,
			accessed: { 'date-parts': [[2026, 5, 2]] }
		});
		// a full URL (the browser's own address) is kept as it is
		expect(viewCsl(ctx, { url: 'http://127.0.0.1:4173/#3/40/0', accessed: ACCESSED }).URL).toBe(
			'http://127.0.0.1:4173/#3/40/0'
		);
	});

	it('a claim carries its permalink and the paper locators it rests on', () => {
		const c = claimCsl(ctx, atlas.paper, cell, ACCESSED);
		expect(c.URL).toBe(`https://atlas.example${cell.path}#${cell.id}`);
		expect(c.note).toBe(`Rests on Mitsui (2003), ${cell.locators.join(', ')}`);
		expect(c['container-title']).toBe('Cluster Atlas');
	});

	it('in the Japanese edition the atlas, a place and a claim are titled in Japanese; the paper stays as printed', () => {
		const jaCtx = { ...ctx, lang: 'ja' as const };
		const v = viewCsl(jaCtx, { url: '/ja/place/hokkaido', accessed: ACCESSED, label: '北海道' });
		expect(v).toMatchObject({ title: `${records.atlas.title_ja}: 北海道`, language: 'ja' });
		const p = placeCsl(jaCtx, hokkaido.properties, ACCESSED, '/ja/place/hokkaido');
		expect(p).toMatchObject({
			title: hokkaido.properties.name_ja,
			'container-title': records.atlas.title_ja,
			URL: 'https://atlas.example/ja/place/hokkaido'
		});
		const c = claimCsl(jaCtx, atlas.paper, cell, ACCESSED);
		expect(c.title).toBe(cell.title_ja);
		expect(c.note).toBe(`典拠：Mitsui（2003）${cell.locators.join('、')}`);
		expect(paperCsl(atlas.paper).title).toBe(atlas.paper.title);
		// the group stays one name, whatever the language
		expect(v.author).toEqual([{ literal: 'Cluster Atlas contributors' }]);
	});

	it('dates keep their precision and names without a comma are groups', () => {
		expect(cslDate('2003')).toEqual({ 'date-parts': [[2003]] });
		expect(cslDate('2003-09')).toEqual({ 'date-parts': [[2003, 9]] });
		expect(cslName('Cluster Atlas contributors')).toEqual({ literal: 'Cluster Atlas contributors' });
	});

	it('the plain reference (the fallback) has the author, date, italic title and URL', () => {
		const fixed = { ...ctx, edition: { ...records.current, version: '1.2.3', date: '2026-11-05' } };
		const segments = plainReference(viewCsl(fixed, { url: VIEW_URL, accessed: ACCESSED }));
		expect(segments.find((s) => s.italic)?.text).toBe('Cluster Atlas');
		expect(plainText(segments)).toBe(
			`Cluster Atlas contributors. (2026, November 5). Cluster Atlas (Version 1.2.3) [Interactive map]. https://atlas.example${VIEW_URL}`
		);
		expect(plainText(plainReference(paperCsl(atlas.paper)))).toBe(
			`Mitsui, I. (2003, September 22). ${atlas.paper.title} [Paper presentation]. ${atlas.paper.event}, Singapore.`
		);
	});

	it('file names say what is cited, in what format, and when', () => {
		expect(citationFileName('hokkaido-p2', 'ris', '2026-12-03')).toBe('cluster-atlas-hokkaido-p2-2026-12-03.ris');
		expect(citationFileName('View of ../etc', 'bibtex', '2026-12-03')).toBe('cluster-atlas-view-of-etc-2026-12-03.bib');
		expect(isFormatId('sist02')).toBe(true);
		expect(isFormatId('mla')).toBe(false);
	});
});

describe('every format, for the paper, a view, a place and a claim', () => {
	for (const s of SUBJECTS)
		for (const format of FORMAT_IDS)
			it(`${s.name} in ${format}`, async () => {
				const out = await formatCitation({ items: [s.item], format, subject: 'x', date: ACCESSED });
				expect(out.error).toBeUndefined();
				expect(out.text.length).toBeGreaterThan(20);
				// every format names the work; styles may change its case (Chicago title-cases) and BibTeX
				// protects capitals with braces
				expect(out.text.replace(/[{}]/g, '').toLowerCase()).toContain(s.item.title.slice(0, 30).toLowerCase());
				if (s.url && format !== 'bibtex') expect(out.text).toContain(s.url);
				if (format === 'sist02' && s.url) expect(out.text).toContain('参照 2026-12-03');
				if (format === 'harvard' && s.url) expect(out.text).toContain('Accessed: 3 December 2026');
				if (['apa', 'chicago-author-date', 'harvard', 'sist02'].includes(format)) expect(out.html).toMatch(/csl-entry/);
			});

	it('APA 7 cites the paper as a paper presentation', async () => {
		const out = await formatCitation({
			items: [paperCsl(atlas.paper)],
			format: 'apa',
			subject: 'paper',
			date: ACCESSED
		});
		expect(out.text).toBe(
			`Mitsui, I. (2003, September 22). ${atlas.paper.title} [Paper presentation]. ${atlas.paper.event}, Singapore.`
		);
		expect(out.html).toContain(`<i>${atlas.paper.title}</i>`);
	});

	it('Chicago names the congress the paper was presented at', async () => {
		const out = await formatCitation({
			items: [paperCsl(atlas.paper)],
			format: 'chicago-author-date',
			subject: 'paper',
			date: ACCESSED
		});
		expect(out.text).toContain(`Paper presented at the ${atlas.paper.event}, Singapore, September 22.`);
	});

	it('Harvard names the congress and its city', async () => {
		const out = await formatCitation({
			items: [paperCsl(atlas.paper)],
			format: 'harvard',
			subject: 'paper',
			date: ACCESSED
		});
		expect(out.text).toBe(`Mitsui, I. (2003) ‘${atlas.paper.title}’. ${atlas.paper.event}, Singapore, 22 September.`);
	});

	it('SIST 02 writes the reference in its own order, with the congress', async () => {
		const out = await formatCitation({
			items: [paperCsl(atlas.paper)],
			format: 'sist02',
			subject: 'paper',
			date: ACCESSED
		});
		expect(out.text).toMatch(/^\(1\) Mitsui, Itsutomo\. “Industrial cluster policies/);
		expect(out.text).toContain(atlas.paper.event);
	});

	it('downloads carry their MIME type and extension', async () => {
		const expected: Record<FormatId, [string, string]> = {
			apa: ['text/plain;charset=utf-8', 'txt'],
			'chicago-author-date': ['text/plain;charset=utf-8', 'txt'],
			harvard: ['text/plain;charset=utf-8', 'txt'],
			sist02: ['text/plain;charset=utf-8', 'txt'],
			bibtex: ['application/x-bibtex;charset=utf-8', 'bib'],
			ris: ['application/x-research-info-systems;charset=utf-8', 'ris'],
			'csl-json': ['application/vnd.citationstyles.csl+json;charset=utf-8', 'json']
		};
		for (const format of FORMAT_IDS) {
			const out = await formatCitation({ items: [SUBJECTS[2].item], format, subject: 'hokkaido', date: ACCESSED });
			expect([out.mime, out.fileName], format).toEqual([
				expected[format][0],
				`cluster-atlas-hokkaido-${ACCESSED}.${expected[format][1]}`
			]);
		}
	});
});

describe('round trips: what reference managers import is what the atlas says', () => {
	for (const s of SUBJECTS)
		for (const format of ['bibtex', 'ris', 'csl-json'] as const)
			it(`${s.name}, ${format} parsed back by Citation.js`, async () => {
				const out = await formatCitation({ items: [s.item], format, subject: 'x', date: ACCESSED });
				const [back] = await parse(out.text);
				expect(back.title).toBe(s.item.title);
				expect((back.author ?? []).map(familyOrLiteral)).toEqual(s.authors);
				expect(year(back)).toBe(s.year);
				if (s.url) expect(back.URL).toBe(s.url);
			});

	it('a long permalink survives RIS on one line (Citation.js’s own RIS text breaks it at 70 characters)', async () => {
		const long = viewCsl(ctx, { url: `${VIEW_URL}&q=${'x'.repeat(120)}`, accessed: ACCESSED });
		const out = await formatCitation({ items: [long], format: 'ris', subject: 'view', date: ACCESSED });
		expect(out.text.split('\r\n').find((l) => l.startsWith('UR  - '))).toBe(`UR  - ${long.URL}`);
		expect((await parse(out.text))[0].URL).toBe(long.URL);
	});

	it('a place and a claim are entries of the atlas: RIS ENCYC with the atlas as T2 (an encyclopedia article to Zotero)', async () => {
		for (const item of [placeCsl(ctx, hokkaido.properties, ACCESSED), claimCsl(ctx, atlas.paper, cell, ACCESSED)]) {
			const lines = (
				await formatCitation({ items: [item], format: 'ris', subject: item.id, date: ACCESSED })
			).text.split('\r\n');
			expect(lines, item.id).toEqual(expect.arrayContaining(['TY  - ENCYC', 'T2  - Cluster Atlas']));
		}
	});

	it('the congress survives BibTeX and RIS as the paper’s container', async () => {
		for (const format of ['bibtex', 'ris'] as const) {
			const out = await formatCitation({ items: [paperCsl(atlas.paper)], format, subject: 'paper', date: ACCESSED });
			const [back] = await parse(out.text);
			expect(back['container-title'], format).toBe(atlas.paper.event);
		}
		expect(adaptForFormat(paperCsl(atlas.paper), 'apa')).toEqual(paperCsl(atlas.paper));
	});
});

describe('copy and download', () => {
	const out = {
		text: 'TY  - MAP\r\nER  - \r\n',
		html: undefined,
		mime: 'application/x-research-info-systems;charset=utf-8'
	};

	it('a download is a Blob of the citation with its MIME type', async () => {
		const blob = citationBlob(out);
		expect(blob.type).toBe(out.mime);
		expect(await blob.text()).toBe(out.text);
	});

	it('copy writes the text, and says when there is no clipboard so the caller can select it instead', async () => {
		const written: string[] = [];
		const clipboard = { writeText: async (t: string) => void written.push(t) } as unknown as Clipboard;
		expect(await copyCitation(out, clipboard)).toBe(true);
		expect(written).toEqual([out.text]);
		const denied = {
			writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))
		} as unknown as Clipboard;
		expect(await copyCitation(out, denied)).toBe(false);
		expect(await copyCitation(out, undefined)).toBe(false);
	});
});

describe('when Citation.js cannot load or fails', () => {
	const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

	it('gives the plain reference and says why, never nothing', async () => {
		const item = SUBJECTS[1].item;
		const out = await formatCitation({
			items: [item],
			format: 'bibtex',
			subject: 'view',
			date: ACCESSED,
			load: offline
		});
		expect(out.error).toEqual({ code: 'load', message: 'Failed to fetch dynamically imported module' });
		expect(out.text).toBe(plainText(plainReference(item)));
		// saved as what it is: text
		expect([out.mime, out.fileName]).toEqual(['text/plain;charset=utf-8', `cluster-atlas-view-${ACCESSED}.txt`]);
	});

	it('a formatting error also falls back to the plain reference', async () => {
		const broken = async () => ({
			format: async () => {
				throw new Error('citeproc: bad style');
			}
		});
		const out = await formatCitation({
			items: [SUBJECTS[0].item],
			format: 'apa',
			subject: 'paper',
			date: ACCESSED,
			load: broken
		});
		expect(out.error?.code).toBe('format');
		expect(out.text).toContain('Mitsui, I. (2003, September 22).');
	});

	it('CSL-JSON needs no engine, so it works offline', async () => {
		const out = await formatCitation({
			items: [SUBJECTS[0].item],
			format: 'csl-json',
			subject: 'paper',
			date: ACCESSED,
			load: offline
		});
		expect(out.error).toBeUndefined();
		expect(JSON.parse(out.text)).toEqual([SUBJECTS[0].item]);
	});

	it('the engine is imported once and shared by concurrent requests', async () => {
		const [a, b] = await Promise.all([loadCitationEngine(), loadCitationEngine()]);
		expect(a).toBe(b);
	});
});
