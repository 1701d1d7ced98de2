/**
 * The Japanese edition under /ja/ (issue 12): every page prerendered in both languages with its
 * `lang`, `hreflang` pair and canonical link; Japanese text in the HTML itself; links that stay in
 * the reader's edition; the language switch, old `?lang=` links and the remembered choice; the
 * Japanese 404 page; downloads with /ja/ permalinks; axe-core on Japanese pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as buildTest, type Page } from '@playwright/test';
import { test, expect, mapIdle, jumpTo } from './fixtures';
import { place, sectors } from './data';
import { en } from '../../src/lib/i18n/en';
import { ja } from '../../src/lib/i18n/ja';
import { CSV_COLUMNS } from '../../src/lib/data/export';
import { editionPath, langOfPath, routePath } from '../../src/lib/i18n/edition-path';
import { japaneseCatalogue } from '../../scripts/bench/sizes.mjs';
import { parseCSV } from '../csv';

const BUILD = 'build';

const violations = async (page: Page) =>
	(
		await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze()
	).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

// ---------------------------------------------------------------- the built pages, read as files

/** Every page SvelteKit prerendered, by its path: `index.html` → `/`, `ja.html` → `/ja`, `ja/place/x.html` → `/ja/place/x`. */
function builtPages(): Map<string, string> {
	const pages = new Map<string, string>();
	for (const f of readdirSync(BUILD, { recursive: true, withFileTypes: true })) {
		if (!f.isFile() || !f.name.endsWith('.html')) continue;
		const file = join(f.parentPath, f.name);
		const html = readFileSync(file, 'utf8');
		// the app's pages boot SvelteKit; anything else (a benchmark page written into build/) is not the app's
		if (!html.includes('__sveltekit_')) continue;
		const path =
			'/' +
			relative(BUILD, file)
				.split(sep)
				.join('/')
				.replace(/\.html$/, '');
		pages.set(path === '/index' ? '/' : path, html);
	}
	return pages;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
/** `<link rel="alternate" hreflang="…">` of a page's head, by hreflang */
const alternates = (html: string) =>
	Object.fromEntries(
		tags(html, 'link')
			.filter((t) => attr(t, 'rel') === 'alternate')
			.map((t) => [attr(t, 'hreflang'), attr(t, 'href')])
	);
const canonical = (html: string) => tags(html, 'link').find((t) => attr(t, 'rel') === 'canonical');

buildTest(
	'every prerendered page has its twin in the other edition, its lang, its canonical link and its hreflang pair',
	() => {
		const pages = builtPages();
		const japanese = [...pages.keys()].filter((p) => langOfPath(p) === 'ja');
		// all routes: the six cases among the places, the compare pairs, the reading views, about, 404
		for (const p of ['/ja', '/ja/place/kansai', '/ja/compare/glasgow/hokkaido', '/ja/lessons', '/ja/timeline'])
			expect(japanese, p).toContain(p);
		expect(japanese).toContain('/ja/about');
		expect(japanese).toContain('/ja/404');
		expect(japanese.length).toBe(pages.size / 2);
		const problems: string[] = [];
		for (const [path, html] of pages) {
			const lang = langOfPath(path);
			const other = editionPath(path, lang === 'ja' ? 'en' : 'ja');
			if (!pages.has(other)) problems.push(`${path}: no ${other}`);
			const root = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
			if (attr(root, 'lang') !== lang) problems.push(`${path}: <html lang="${attr(root, 'lang')}">`);
			const c = canonical(html);
			if (!c || attr(c, 'href') !== path) problems.push(`${path}: canonical ${c}`);
			const alt = alternates(html);
			const expected = { en: routePath(path), ja: editionPath(path, 'ja'), 'x-default': routePath(path) };
			if (JSON.stringify(alt) !== JSON.stringify(expected))
				problems.push(`${path}: alternates ${JSON.stringify(alt)}, not ${JSON.stringify(expected)}`);
		}
		expect(problems).toEqual([]);
	}
);

buildTest('no link on a prerendered Japanese page leads to an English page (but the language switch)', () => {
	const problems: string[] = [];
	let links = 0;
	let switches = 0;
	for (const [path, html] of builtPages()) {
		if (langOfPath(path) !== 'ja') continue;
		for (const a of tags(html, 'a')) {
			const href = attr(a, 'href');
			if (href === undefined || href.startsWith('#')) continue;
			const url = new URL(href.replaceAll('&amp;', '&'), `http://atlas${path}`);
			if (url.origin !== 'http://atlas') continue; // sources: other sites, on purpose
			links++;
			// the switch to English says so; data files (GeoJSON, CSV, JSON) have no edition
			if (attr(a, 'hreflang') === 'en' && routePath(path) === url.pathname) {
				switches++;
				continue;
			}
			if (/\.[a-z]+$/.test(url.pathname)) continue;
			if (langOfPath(url.pathname) !== 'ja') problems.push(`${path}: ${a}`);
		}
	}
	expect(problems).toEqual([]);
	expect(links).toBeGreaterThan(1000);
	expect(switches).toBe(builtPages().size / 2);
});

// ---------------------------------------------------------------- without JavaScript

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/ja/place/kansai, read with JavaScript off, is the Kansai case in Japanese: name, summary, every paragraph, the chrome', async ({
		page
	}) => {
		const kansai = JSON.parse(readFileSync('geodata/places/cases.geojson', 'utf8')).features.find(
			(f: { properties: { id: string } }) => f.properties.id === 'kansai'
		).properties as {
			name_ja: string;
			summary: string;
			summary_ja: string;
			narrative: { text: string; text_ja: string }[];
		};
		await page.goto('/ja/place/kansai');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page).toHaveTitle(`${kansai.name_ja} · ${ja.siteName}`);
		const panel = page.locator('[data-panel="kansai"]');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kansai.name_ja);
		const text = (await panel.innerText()).replace(/\s+/g, ' ');
		const squash = (s: string) => s.replace(/\s+/g, ' ');
		expect(text).toContain(squash(kansai.summary_ja));
		expect(kansai.narrative.length).toBeGreaterThan(3);
		for (const p of kansai.narrative) {
			expect(text).toContain(squash(p.text_ja));
			expect(text).not.toContain(squash(p.text).slice(0, 60));
		}
		expect(text).not.toContain(squash(kansai.summary).slice(0, 60));
		const header = page.getByRole('banner');
		await expect(header.getByRole('link', { name: ja.navAbout })).toBeVisible();
		await expect(header).not.toContainText(en.navAbout);
		// the switch is a plain link: it works without JavaScript
		await header.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/place\/kansai$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(place('kansai').name);
	});
});

// ---------------------------------------------------------------- with JavaScript

/** Every distinct text the header showed from the first parse on (a flash of English would add one). */
async function recordHeaderTexts(page: Page) {
	await page.addInitScript(() => {
		const seen = new Set<string>();
		(window as unknown as { headerTexts: Set<string> }).headerTexts = seen;
		const note = () => {
			const h = document.querySelector('header');
			if (h) seen.add(h.textContent!.replace(/\s+/g, ' ').trim());
		};
		document.addEventListener('DOMContentLoaded', () => {
			note();
			new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
		});
	});
	return () => page.evaluate(() => [...(window as unknown as { headerTexts: Set<string> }).headerTexts]);
}

test('a Japanese page hydrates in Japanese with no English flash; English pages never fetch the Japanese catalogue', async ({
	page
}) => {
	test.setTimeout(120_000); // two map pages
	const chunk = japaneseCatalogue(BUILD);
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	const headerTexts = await recordHeaderTexts(page);

	await page.goto('/place/kansai');
	await mapIdle(page);
	expect(fetched).not.toContain(chunk);

	await page.goto('/ja/place/kansai');
	await mapIdle(page);
	expect(fetched).toContain(chunk);
	const texts = await headerTexts();
	expect(texts).toHaveLength(1);
	expect(texts[0]).toContain(ja.navAbout);
	expect(texts[0]).not.toContain(en.navAbout);
	// the map's own controls are in Japanese too, from the first render
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', ja.mapZoomIn);
});

test('links on a Japanese page keep the edition and the filters, and a client-side visit stays Japanese', async ({
	page
}) => {
	const pages: string[] = [];
	page.on('request', (r) => {
		const { pathname } = new URL(r.url());
		if (!pathname.startsWith('/_app/') && !/\.[a-z0-9]+$/.test(pathname.replace(/\/__data\.json$/, '')))
			pages.push(pathname);
	});
	await page.goto('/ja/place/kansai?sectors=biotech');
	await mapIdle(page);
	const links = await page.locator('a[href]').evaluateAll((as) =>
		as.map((a) => ({
			href: (a as HTMLAnchorElement).href,
			hreflang: a.getAttribute('hreflang'),
			reading: a.hasAttribute('data-reading-link')
		}))
	);
	const internal = links
		.map((l) => ({ ...l, url: new URL(l.href) }))
		.filter((l) => l.url.origin === new URL(page.url()).origin && !/\.[a-z]+$/.test(l.url.pathname))
		.filter((l) => l.url.pathname !== '/ja/place/kansai' || l.hreflang); // anchors on this page
	expect(internal.length).toBeGreaterThan(50);
	// a step of the guided reading sets the filters it is about (stepHref): its link keeps the edition only
	const wrong = internal.filter(
		(l) =>
			langOfPath(l.url.pathname) !== (l.hreflang ?? 'ja') ||
			(!l.reading && l.url.searchParams.get('sectors') !== 'biotech')
	);
	expect(internal.filter((l) => l.reading).map((l) => l.url.pathname)).toEqual(['/ja/read/kansai']);
	expect(wrong.map((l) => l.href)).toEqual([]);
	expect(internal.filter((l) => l.hreflang === 'en').map((l) => l.url.pathname + l.url.search)).toEqual([
		'/place/kansai?sectors=biotech'
	]);

	// a place from the list: its Japanese page and data, the head links following
	await page.locator('#place-list [data-place="hokkaido"]').click();
	await expect(page).toHaveURL(/\/ja\/place\/hokkaido\?sectors=biotech(#.*)?$/);
	await expect(page.locator('#panel-title')).toHaveText(place('hokkaido').name_ja!);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', '/ja/place/hokkaido');
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', '/place/hokkaido');
	await page.getByRole('navigation', { name: ja.mainNav }).getByRole('link', { name: ja.navLessons }).click();
	await expect(page).toHaveURL(/\/ja\/lessons\?sectors=biotech(#.*)?$/);
	await expect(page.getByRole('heading', { name: ja.lessonsHeading })).toBeVisible();
	expect(pages.filter((p) => langOfPath(p) !== 'ja')).toEqual([]);
	expect(pages).toContain('/ja/place/hokkaido/__data.json');
});

test('the language switch moves between /x and /ja/x both ways, keeping the place, the filters and the map view', async ({
	page
}) => {
	test.setTimeout(120_000); // two map pages
	const ict = sectors.find((s) => s.id === 'ict')!;
	const energy = sectors.find((s) => s.id === 'energy')!;
	await page.goto('/place/hokkaido?sectors=biotech,ict');
	await mapIdle(page);
	await jumpTo(page, 141.35, 43.06, 6.5);
	const view = '#6.5/43.06/141.35';
	await expect(page).toHaveURL(new RegExp(`/place/hokkaido\\?sectors=biotech,ict${view}$`));

	await page.getByRole('group', { name: en.language }).getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(new RegExp(`/ja/place/hokkaido\\?sectors=biotech,ict${view}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('#panel-title')).toHaveText(place('hokkaido').name_ja!);
	await expect(page.getByRole('link', { name: ja.navAbout })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${ict.label_ja}`) })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${energy.label_ja}`) })).not.toBeChecked();
	await expect(page.getByRole('link', { name: '日本語' })).toHaveAttribute('aria-current', 'true');

	await page.getByRole('group', { name: ja.language }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`/place/hokkaido\\?sectors=biotech,ict${view}$`));
	expect(new URL(page.url()).pathname).toBe('/place/hokkaido');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('#panel-title')).toHaveText(place('hokkaido').name);
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${ict.label}`) })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${energy.label}`) })).not.toBeChecked();

	// a lesson chosen and a period: both kept
	await page.goto('/lessons?item=lesson-2&period=1990-1999');
	await mapIdle(page);
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/ja\/lessons\?item=lesson-2&period=1990-1999(#.*)?$/);
	await expect(page.locator('[data-detail="lesson-2"]')).toBeVisible();
	await expect(page.getByRole('heading', { name: ja.lessonsHeading })).toBeVisible();
});

test('an old link with ?lang=ja lands on the /ja/ page, keeping the rest of the query and the view', async ({
	page
}) => {
	await page.goto('/place/kansai?lang=ja&sectors=biotech#6/35/135');
	await expect(page).toHaveURL(/\/ja\/place\/kansai\?sectors=biotech#6\/35\/135$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('#panel-title')).toHaveText(place('kansai').name_ja!);
	await mapIdle(page);
	// and the other way round
	await page.goto('/ja/about?lang=en');
	await expect(page).toHaveURL(/\/about$/);
	expect(new URL(page.url()).pathname).toBe('/about');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(en.aboutTitle);
});

test('the remembered language sends the home page / to its edition, and no other page', async ({ page }) => {
	test.setTimeout(120_000); // four map pages: the map's idle is the sign that the page's script has run
	await page.goto('/timeline');
	await mapIdle(page);
	await page.getByRole('link', { name: '日本語' }).click();
	// the timeline frames its events on arrival, so the map's view hash comes along (the switch keeps it)
	await expect(page).toHaveURL(/\/ja\/timeline(#[\d.]+\/-?[\d.]+\/-?[\d.]+)?$/);

	await page.goto('/');
	await expect(page).toHaveURL(/\/ja(#[\d.]+\/-?[\d.]+\/-?[\d.]+)?$/);
	await expect(page.getByRole('heading', { name: ja.landingCasesHeading })).toBeVisible();
	await mapIdle(page);

	// a page linked in English stays English, and so does following a link to / within the app
	await page.goto('/place/kansai');
	await mapIdle(page);
	expect(new URL(page.url()).pathname).toBe('/place/kansai');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('navigation', { name: en.mainNav }).getByRole('link', { name: en.navExplore }).click();
	await expect(page.getByRole('heading', { name: en.landingCasesHeading })).toBeVisible();
	expect(new URL(page.url()).pathname).toBe('/');

	// choosing English makes / English again
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/ja(#[\d.]+\/-?[\d.]+\/-?[\d.]+)?$/);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/(#[\d.]+\/-?[\d.]+\/-?[\d.]+)?$/);
	await page.goto('/');
	await mapIdle(page);
	expect(new URL(page.url()).pathname).toBe('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a path under /ja/ that does not exist is a Japanese 404 page with a way back to the Japanese map', async ({
	page,
	guard
}) => {
	guard.allow(/404 \(Not Found\)/);
	for (const path of ['/ja/place/atlantis', '/ja/no/such/page']) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(ja.notFoundTitle);
		await expect(page).toHaveTitle(`${ja.notFoundTitle} · ${ja.siteName}`);
		await expect(page.getByRole('link', { name: ja.backToMap })).toHaveAttribute('href', '/ja');
	}
	expect(await violations(page)).toEqual([]);
	await page.getByRole('link', { name: ja.backToMap }).click();
	await expect(page).toHaveURL(/\/ja$/);
	await expect(page.getByRole('heading', { name: ja.landingCasesHeading })).toBeVisible();
	await mapIdle(page);
});

test('downloads made in the Japanese edition carry /ja/ permalinks', async ({ page }) => {
	await page.goto('/ja?sectors=biotech');
	await mapIdle(page);
	const n = await page.locator('#place-list [data-place]').count();
	const download = async (label: string) => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: label }).click()
		]);
		return readFileSync((await file.path())!, 'utf8');
	};
	const origin = new URL(page.url()).origin;
	const rows = parseCSV((await download(ja.downloadCSVLabel.replace('{n}', String(n)))).slice(1));
	const url = rows[0].indexOf('url');
	expect(url).toBe(CSV_COLUMNS.indexOf('url'));
	expect(rows.length).toBe(n + 1);
	for (const r of rows.slice(1)) expect(r[url]).toBe(`${origin}/ja/place/${r[0]}`);
	const geo = JSON.parse(await download(ja.downloadGeoJSONLabel.replace('{n}', String(n))));
	expect(geo.metadata.url).toMatch(new RegExp(`^${origin}/ja\\?sectors=biotech`));
	for (const f of geo.features) expect(f.properties.path).toBe(`/ja/place/${f.id}`);
});

// ---------------------------------------------------------------- accessibility

// /ja with a panel open, the Japanese reading views and about are checked in a11y, reading and export specs
for (const path of ['/ja/place/kansai', '/ja/place/bureau-kinki', '/ja/about'])
	test(`axe-core finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		if (path !== '/ja/about') await mapIdle(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		expect(await violations(page)).toEqual([]);
	});

test('when the Japanese catalogue cannot load, the switch still reaches the /ja/ page, in English, and says so', async ({
	page,
	guard
}) => {
	const chunk = japaneseCatalogue(BUILD);
	guard.allow(/Failed to load resource|Failed to fetch dynamically imported module/);
	await page.route(`**${chunk}`, (r) => r.abort());
	await page.goto('/place/kansai');
	await mapIdle(page);
	await page.getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(/\/ja\/place\/kansai(#.*)?$/);
	await expect(page.getByRole('status').filter({ hasText: en.japaneseUiFailed })).toBeVisible();
	await expect(page.getByRole('link', { name: en.navAbout })).toBeVisible();
});
