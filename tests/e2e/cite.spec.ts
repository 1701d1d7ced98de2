/**
 * Citing in the browser (issue 13): "Cite this view" in every format with copy and download, its
 * fallback when Citation.js (or the box itself) cannot load, "Cite this claim" and a claim's
 * permalink opening on the claim (a comparison cell) together with the map's view hash, anchors a
 * page lacks, the head's meta tags and JSON-LD as Zotero's Embedded Metadata translator reads them,
 * and the edition every page shows.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, mapIdle, jumpTo, screenPoint } from './fixtures';
import { place } from './data';
import { en } from '../../src/lib/i18n/en';
import { ja } from '../../src/lib/i18n/ja';
import { FORMATS, FORMAT_IDS } from '../../src/lib/cite/formats';
import { citationFiles, onDemandFiles } from '../../scripts/bench/sizes.mjs';

const BUILD = 'build';
const editions = JSON.parse(readFileSync('geodata/editions.json', 'utf8')) as {
	atlas: { title: string; authors: { name: string }[] };
	editions: { version: string; date: string; data_revision: string }[];
};
const edition = editions.editions[editions.editions.length - 1];
const revision = edition.data_revision.replace(/^sha256:/, '').slice(0, 12);
const paper = JSON.parse(readFileSync('geodata/paper.json', 'utf8')) as { title: string };

const violations = async (page: Page, include: string) =>
	(
		await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.include(include)
			.analyze()
	).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

async function download(page: Page, button: Locator) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const todayIso = (page: Page) =>
	page.evaluate(() => {
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});

/** What each format looks like for a view of the atlas at `url`. */
function checkFormat(format: (typeof FORMAT_IDS)[number], text: string, url: string) {
	switch (format) {
		case 'apa':
			expect(text).toMatch(/^Cluster Atlas contributors\. \(\d{4}\)\. /);
			expect(text).toContain(`(Version ${edition.version}) [Interactive map]. ${url}`);
			break;
		case 'chicago-author-date':
			expect(text).toMatch(/^Cluster Atlas contributors\. \d{4}\. “Cluster Atlas: Hokkaido\.” Interactive map\. /);
			expect(text).toContain(url);
			break;
		case 'harvard':
			expect(text).toContain(`Available at: ${url}`);
			break;
		case 'sist02':
			expect(text).toContain('Cluster Atlas contributors');
			expect(text).toContain('参照');
			break;
		case 'bibtex':
			expect(text).toMatch(/^@misc\{/);
			expect(text).toContain('author = {{Cluster Atlas contributors}}');
			expect(text).toContain(`url = {${url}}`);
			break;
		case 'ris':
			expect(text.split('\r\n')).toEqual(expect.arrayContaining(['TY  - MAP', `UR  - ${url}`]));
			// no comma: a reference manager reads the group as one name
			expect(text).toContain('AU  - Cluster Atlas contributors\r\n');
			break;
		case 'csl-json': {
			const [item] = JSON.parse(text);
			expect(item).toMatchObject({ type: 'map', URL: url, author: [{ literal: 'Cluster Atlas contributors' }] });
			break;
		}
	}
}

test('cite this view in every format, copied and downloaded, naming this exact view, its edition and today', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/place/hokkaido?sectors=biotech,ict');
	await mapIdle(page);
	await jumpTo(page, 141.35, 43.06, 6.5);
	const here = await page.evaluate(() => location.href);
	expect(here).toMatch(/\/place\/hokkaido\?sectors=biotech,ict#6\.5\/43\.06\/141\.35$/);
	const panel = page.locator('[data-panel="hokkaido"]');
	const toggle = panel.getByRole('button', { name: en.citeView });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const box = panel.locator('.cite-view .box');
	const format = box.getByLabel(en.citeFormat);
	// SIST 02 is the Japanese edition's: not offered in English
	expect(await format.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(
		FORMAT_IDS.filter((f) => f !== 'sist02')
	);
	expect(await violations(page, '[data-panel="hokkaido"] .cite-view')).toEqual([]);

	const today = await todayIso(page);
	for (const f of FORMAT_IDS.filter((x) => x !== 'sist02')) {
		await format.selectOption(f);
		const out = box.locator(`[data-cite="${f}"]`);
		await expect(out).toBeVisible();
		const shown = (await out.textContent())!.trim();
		checkFormat(f, shown, here);

		await box.getByRole('button', { name: en.citeCopy }).click();
		await expect(box.getByRole('status').filter({ hasText: en.citeCopied })).toBeVisible();
		expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(shown);

		const file = await download(page, box.getByRole('button', { name: en.citeDownload }));
		expect(file.name).toBe(`cluster-atlas-view-${today}.${FORMATS[f].ext}`);
		expect(file.text.trim()).toBe(shown);
	}

	// the page itself and the paper, chosen in the same box
	await format.selectOption('apa');
	await box.getByLabel(en.citeSubjectPlace.replace('{name}', 'Hokkaido')).check();
	await expect(box.locator('[data-cite="apa"]')).toContainText(
		`Hokkaido. In Cluster Atlas (Version ${edition.version}).`
	);
	await box.getByLabel(en.citeSubjectPaper).check();
	await expect(box.locator('[data-cite="apa"]')).toHaveText(
		`Mitsui, I. (2003, September 22). ${paper.title} [Paper presentation]. 30th International Small Business Congress (ISBC), Singapore.`
	);

	// without a clipboard the text is selected for the user to copy, and they are told so
	await page.evaluate(() => {
		const fail = () => Promise.reject(new Error('denied'));
		Object.assign(navigator.clipboard, { writeText: fail, write: fail });
	});
	await box.getByRole('button', { name: en.citeCopy }).click();
	await expect(box.getByRole('status').filter({ hasText: en.citeCopyFailed })).toBeVisible();
	expect((await page.evaluate(() => getSelection()?.toString()))?.trim()).toBe(
		(await box.locator('[data-cite="apa"]').textContent())!.trim()
	);
});

test('copy link puts this exact view’s address on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?sectors=biotech');
	await mapIdle(page);
	await jumpTo(page, 135.5, 34.7, 7);
	await page.getByRole('button', { name: en.copyLinkLabel }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await page.evaluate(() => location.href));
	expect(copied).toMatch(/\?sectors=biotech#7\/34\.7\/135\.5$/);
});

test('the Japanese edition cites in SIST 02 first, with Japanese titles and labels', async ({ page }) => {
	await page.goto('/ja/place/hokkaido');
	await mapIdle(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	const panel = page.locator('[data-panel="hokkaido"]');
	await panel.getByRole('button', { name: ja.citeView }).click();
	const box = panel.locator('.cite-view .box');
	await expect(box.getByLabel(ja.citeFormat)).toHaveValue('sist02');
	await expect(box.locator('[data-cite="sist02"]')).toContainText(`クラスター・アトラス: ${place('hokkaido').name_ja}`);
	await expect(box.getByRole('option', { name: FORMATS.apa.label_ja })).toHaveCount(1);
	expect(await violations(page, '[data-panel="hokkaido"] .cite-view')).toEqual([]);
});

test('offline on a first visit Citation.js cannot load: the plain reference with a message, never a blank box; CSL-JSON still works', async ({
	page,
	guard
}) => {
	guard.allow(/ERR_INTERNET_DISCONNECTED/);
	const engine = citationFiles(BUILD);
	expect(engine.length).toBeGreaterThan(0);
	await page.route(
		(url) => engine.includes(url.pathname),
		(route) => route.abort('internetdisconnected')
	);
	await page.goto('/place/hokkaido');
	await mapIdle(page);
	await page.getByRole('button', { name: en.citeView }).first().click();
	const box = page.locator('.cite-view .box').first();
	const plain = box.locator('[data-fallback="load"]');
	await expect(plain).toBeVisible();
	const url = await page.evaluate(() => location.href.replace(/#.*$/, ''));
	await expect(plain).toContainText(`Cluster Atlas contributors. (`);
	await expect(plain).toContainText(url);
	await expect(box.getByRole('status').filter({ hasText: en.citeFallback })).toBeVisible();
	// the atlas's own data needs no engine
	await box.getByLabel(en.citeFormat).selectOption('csl-json');
	const json = JSON.parse((await box.locator('[data-cite="csl-json"]').textContent())!);
	expect(json[0].URL.startsWith(url)).toBe(true);
});

test('if even the citation box cannot load, "Cite this view" shows the plain reference of this view and says why', async ({
	page,
	guard
}) => {
	guard.allow(/ERR_INTERNET_DISCONNECTED/);
	const lazy = onDemandFiles(BUILD);
	await page.route(
		(url) => lazy.includes(url.pathname),
		(route) => route.abort('internetdisconnected')
	);
	await page.goto('/timeline');
	await mapIdle(page);
	await page.getByRole('button', { name: en.citeView }).click();
	const box = page.locator('.cite-view .box');
	await expect(box.getByText(en.citeFallback)).toBeVisible();
	const [y, m, d] = edition.date.split('-').map(Number);
	const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
	const head = `Cluster Atlas contributors. (${y}, ${month} ${d}). Cluster Atlas (Version ${edition.version}) [Interactive map]. `;
	const here = await page.evaluate(() => location.origin + location.pathname);
	// the address of the view on screen, map position included
	await expect(box.locator('[data-cite="plain"]')).toHaveText(
		new RegExp(`^${(head + here).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#[\\d.]+/-?[\\d.]+/-?[\\d.]+$`)
	);
});

test('a comparison cell cited by its permalink opens on that cell, read on any pair; the map’s view hash still works beside it', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/compare/shannon/glasgow');
	await mapIdle(page);
	const cell = page.locator('#cell-glasgow-initiative');
	const cite = cell.getByRole('button', { name: en.citeClaimHeading });
	await cite.click();
	const dialog = page.getByRole('dialog', { name: en.citeClaimHeading });
	await expect(dialog).toBeVisible();
	const permalink = await dialog.locator('[data-permalink]').textContent();
	const origin = new URL(page.url()).origin;
	expect(permalink).toBe(`${origin}/compare/shannon/glasgow#cell-glasgow-initiative`);
	await expect(dialog).toContainText('Rests on Mitsui (2003), §2.2');
	await dialog.getByLabel(en.citeFormat).selectOption('ris');
	const ris = (await dialog.locator('[data-cite="ris"]').textContent())!.split(/\r?\n/);
	expect(ris).toEqual(
		expect.arrayContaining([
			'TY  - ENCYC',
			'T2  - Cluster Atlas',
			`UR  - ${permalink}`,
			'N1  - Rests on Mitsui (2003), §2.2'
		])
	);
	expect(await violations(page, 'dialog')).toEqual([]);
	// Escape closes the dialog, not the page behind; focus goes back to the claim's button
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(cite).toBeFocused();

	// the permalink, opened afresh: the cell is scrolled to, marked and focused; the map ignores the anchor
	await page.goto(permalink!);
	await mapIdle(page);
	await expect(cell).toHaveAttribute('data-claim-target', '');
	await expect(cell).toBeFocused();
	await expect(cell).toBeInViewport();
	await expect(page.locator('.notices .notice')).toHaveCount(0);
	// the arrival framing does not overwrite the claim's anchor…
	expect(new URL(page.url()).hash).toBe('#cell-glasgow-initiative');
	// …the reader moving the map does: the hash is the view again
	const { x, y } = await screenPoint(page, -4, 54);
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 120, y + 40, { steps: 6 });
	await page.mouse.up();
	await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/);

	// and a view hash opens the map there, as before
	await page.goto('/#6/53.5/-7.5');
	await mapIdle(page);
	const center = await page.evaluate(() => {
		const c = (window.__clusterAtlas!.map as { getCenter(): { lat: number; lng: number } }).getCenter();
		return [c.lat, c.lng];
	});
	expect(center[0]).toBeCloseTo(53.5, 1);
	expect(center[1]).toBeCloseTo(-7.5, 1);
});

test('in the Japanese edition a claim’s permalink stays in /ja/ and opens on the claim there', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/ja/compare/shannon/glasgow');
	await mapIdle(page);
	const cell = page.locator('#cell-glasgow-initiative');
	await cell.getByRole('button', { name: ja.citeClaimHeading }).click();
	const dialog = page.getByRole('dialog', { name: ja.citeClaimHeading });
	await expect(dialog).toBeVisible();
	const permalink = await dialog.locator('[data-permalink]').textContent();
	expect(permalink).toBe(`${new URL(page.url()).origin}/ja/compare/shannon/glasgow#cell-glasgow-initiative`);
	await expect(dialog.getByLabel(ja.citeFormat).getByRole('option', { name: FORMATS.sist02.label_ja })).toHaveCount(1);
	expect(await violations(page, 'dialog')).toEqual([]);
	await page.keyboard.press('Escape');

	await page.goto(permalink!);
	await mapIdle(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(cell).toHaveAttribute('data-claim-target', '');
	await expect(cell).toBeFocused();
});

test('a place’s paragraph opens by its permalink; an anchor the page lacks scrolls nowhere and says where to go', async ({
	page
}) => {
	test.setTimeout(120_000);
	// nothing of that name anywhere: a notice with a link to the place, and no scrolling
	await page.goto('/place/glasgow#glasgow-p99');
	await mapIdle(page);
	const notice = page.locator('[data-claim-notice="here"]');
	await expect(notice).toContainText(en.claimNotHere.replace('{id}', 'glasgow-p99'));
	const link = notice.getByRole('link', { name: en.claimOpenPlace.replace('{name}', place('glasgow').name) });
	await expect(link).toHaveAttribute('href', '/place/glasgow');
	expect(await page.locator('.sidebar').evaluate((s) => s.scrollTop)).toBe(0);
	await expect(page.locator('[data-claim-target]')).toHaveCount(0);
	await expect(page.locator('.notices .notice')).toHaveCount(0);

	// the hash changed to a paragraph's (the same page): the paragraph is marked and focused, the notice gone
	await page.goto('/place/glasgow#glasgow-p2');
	const p2 = page.locator('#glasgow-p2');
	await expect(p2).toHaveAttribute('data-claim-target', '');
	await expect(p2).toBeFocused();
	await expect(p2).toBeInViewport();
	await expect(notice).toHaveCount(0);

	// a claim of another page: a link to it, which opens on it
	await page.goto('/place/hokkaido#glasgow-p2');
	await mapIdle(page);
	const elsewhere = page.locator('[data-claim-notice="elsewhere"]');
	await expect(elsewhere).toContainText(en.claimElsewhere.replace('{id}', 'glasgow-p2'));
	await elsewhere.getByRole('link', { name: `${place('glasgow').name}: paragraph 2` }).click();
	await expect(page).toHaveURL(/\/place\/glasgow#glasgow-p2$/);
	await expect(page.locator('#glasgow-p2')).toHaveAttribute('data-claim-target', '');
	await expect(elsewhere).toHaveCount(0);
});

test('a retired claim’s anchor resolves to the note saying where it went', async ({ page }) => {
	// an edition that merged a paragraph: what geodata/claims/retired.json would say
	await page.route('**/api/v1/claims.json', async (route) => {
		const body = await (await route.fetch()).json();
		body.retired = [
			{
				id: 'glasgow-p9',
				status: 'moved',
				to: 'glasgow-p2',
				note: 'Merged into the second paragraph.',
				edition: '1.1.0'
			}
		];
		await route.fulfill({ json: body });
	});
	await page.goto('/place/glasgow#glasgow-p9');
	await mapIdle(page);
	const notice = page.locator('[data-claim-notice="retired"]');
	await expect(notice).toContainText(
		en.claimRetired
			.replace('{id}', 'glasgow-p9')
			.replace('{edition}', '1.1.0')
			.replace('{note}', 'Merged into the second paragraph.')
	);
	await notice.getByRole('link', { name: `${place('glasgow').name}: paragraph 2` }).click();
	await expect(page.locator('#glasgow-p2')).toHaveAttribute('data-claim-target', '');
});

/** What Zotero's `ZU.cleanAuthor(name, type, name.includes(','))` makes of a `citation_author`. */
function zoteroName(raw: string) {
	const name = raw.replace(/^[\s.,/[\]:]+/, '').replace(/[\s.,/[\]:]+$/, '');
	if (raw.includes(',')) {
		const [lastName, firstName] = name.split(/, ?/);
		return { lastName, firstName };
	}
	const i = name.lastIndexOf(' ');
	return { lastName: name.slice(i + 1), firstName: name.slice(0, i) };
}

test('a place page’s meta tags and JSON-LD parse and name the place, as Zotero’s Embedded Metadata translator reads them', async ({
	page
}) => {
	const hokkaido = place('hokkaido');
	await page.goto('/place/hokkaido');
	await mapIdle(page);
	const head = await page.evaluate(() => ({
		meta: [...document.head.querySelectorAll('meta[name]')].map((m) => [
			m.getAttribute('name')!,
			m.getAttribute('content')!
		]),
		jsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent!)
	}));
	const get = (name: string) => head.meta.filter(([n]) => n === name).map(([, c]) => c);
	// the HighWire tags the translator maps (title, author, date, URL when known, language) and Dublin Core
	expect(get('citation_title')).toEqual([`${hokkaido.name} — Cluster Atlas`]);
	expect(get('citation_publication_date')).toEqual([edition.date.replace(/-/g, '/')]);
	expect(get('citation_language')).toEqual(['en']);
	expect(get('DC.type')).toEqual(['webpage']);
	expect(get('DC.title')).toEqual(get('citation_title'));
	// the atlas's authors are a group: the translator keeps them one name rather than first "Cluster Atlas", last "contributors"
	expect(get('citation_author').map(zoteroName)).toEqual([
		{ lastName: editions.atlas.authors[0].name, firstName: undefined }
	]);
	expect(get('DC.creator').map(zoteroName)).toEqual(get('citation_author').map(zoteroName));
	// each tag once, after hydration too
	expect(new Set(head.meta.map(([n, c]) => `${n}=${c}`)).size).toBe(head.meta.length);

	const docs = head.jsonLd.map((t) => JSON.parse(t));
	expect(docs).toHaveLength(2);
	const nodes = docs.flatMap((d) => (d['@graph'] as object[] | undefined) ?? [d]) as Record<string, unknown>[];
	const dataset = nodes.find((n) => n['@type'] === 'Dataset')!;
	expect(dataset).toMatchObject({ name: editions.atlas.title, version: edition.version });
	const placeNode = nodes.find((n) => n['@type'] === 'Place')!;
	expect(placeNode).toMatchObject({
		name: hokkaido.name,
		geo: { '@type': 'GeoCoordinates', latitude: hokkaido.lat, longitude: hokkaido.lon }
	});
	expect(nodes.find((n) => n['@type'] === 'ScholarlyArticle')).toMatchObject({ headline: paper.title });

	// a client-side move to another place brings its own head
	await page
		.locator('[data-panel="hokkaido"]')
		.getByRole('link', { name: place('hokkaido-bio-industry').name })
		.first()
		.click();
	await expect(page.locator('[data-panel="hokkaido-bio-industry"]')).toBeVisible();
	await expect
		.poll(() =>
			page.evaluate(() => document.head.querySelector('meta[name="citation_title"]')?.getAttribute('content'))
		)
		.toBe(`${place('hokkaido-bio-industry').name} — Cluster Atlas`);
	expect(await page.locator('head meta[name="citation_title"]').count()).toBe(1);
});

test('every page shows its edition; About lists the editions, the API, the data package and the licences', async ({
	page
}) => {
	test.setTimeout(120_000); // five explorer pages, then About with its 215 corrections counted
	for (const path of ['/', '/lessons', '/timeline', '/compare/glasgow/hokkaido', '/place/okinawa']) {
		await page.goto(path);
		const line = page.locator('.takeaway .edition');
		await expect(line, path).toContainText(edition.version);
		await expect(line, path).toContainText(revision);
	}
	await page.locator('.takeaway .edition').getByRole('link', { name: en.editionLink }).click();
	await expect(page).toHaveURL(/\/about#editions$/);
	const entry = page.locator(`.editions [data-edition="${edition.version}"]`);
	await expect(entry).toContainText(en.aboutEditionVersion.replace('{version}', edition.version));
	await expect(entry.locator('code')).toHaveText(revision);
	// the edition's corrections are listed on their own page (the whole list is ~200 KB of text)
	await expect(entry.getByRole('link', { name: en.aboutErrataLink })).toHaveAttribute('href', '/about/corrections');
	await expect(page.locator('#corrections')).toBeVisible();
	const endpoints = page.locator('.endpoints dt');
	await expect(endpoints.filter({ hasText: '/api/v1/claims.json' })).toHaveCount(1);
	await expect(endpoints.filter({ hasText: '/api/v1/places/{id}.json' })).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'datapackage.json' })).toHaveAttribute('href', '/data/datapackage.json');
	await expect(page.locator('#licences + ul')).toContainText('Creative Commons Attribution 4.0 International');
});
