/**
 * Issue 10 outside the map room: the bugs of the way in (each test named after its bug), the map
 * key against what the map draws, the Tab count to the search, provenance in place, phones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, jumpTo, renderedPlaceIds } from './fixtures';
import { places } from './data';
import { en } from '../../src/lib/i18n/en';
import { ja } from '../../src/lib/i18n/ja';

const PHONE = { width: 390, height: 844 };

/** The document's own scroll: the explorer's page must have none (only the sidebar or sheet scrolls). */
const documentScroll = (page: Page) =>
	page.evaluate(() => {
		const root = document.scrollingElement!;
		return { top: root.scrollTop, overflow: root.scrollHeight - root.clientHeight };
	});

for (const [name, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', PHONE]
] as const) {
	test(`the timeline no longer scrolls the page into a blank screen (${name})`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/timeline');
		await mapIdle(page);
		const dates = page.locator('.when button.date');
		expect(await dates.count()).toBeGreaterThan(10);
		// focusing the last date brings its (visually hidden) label into view: on the old main that
		// label sat outside the sidebar, and the document scrolled to it, past the map, into blank space
		await dates.last().focus();
		await page.keyboard.press('End');
		expect(await documentScroll(page)).toEqual({ top: 0, overflow: 0 });
		// a wheel over the sidebar scrolls the sidebar, never the page
		const sidebar = page.locator('.sidebar');
		await sidebar.hover();
		await page.mouse.wheel(0, 4000);
		await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
		expect(await documentScroll(page)).toEqual({ top: 0, overflow: 0 });
	});
}

test('country labels stayed English in Japanese mode: now they are Japanese', async ({ page }) => {
	await page.goto('/ja');
	await mapIdle(page);
	// East Asia at a zoom where country labels are drawn
	await jumpTo(page, 128, 36, 3.5);
	const labels = await page.evaluate(() => {
		const map = window.__clusterAtlas!.map as {
			queryRenderedFeatures(o: { layers: string[] }): { properties: { name: string; name_ja?: string } }[];
			getLayoutProperty(l: string, p: string): unknown;
		};
		return {
			field: JSON.stringify(map.getLayoutProperty('basemap-labels-country', 'text-field')),
			features: map.queryRenderedFeatures({ layers: ['basemap-labels-country'] }).map((f) => f.properties)
		};
	});
	expect(labels.field).toContain('name_ja');
	expect(labels.features.length).toBeGreaterThan(2);
	const english = labels.features.filter((f) => !/[\u30a0-\u30ff\u4e00-\u9fff]/.test(f.name_ja ?? ''));
	expect(english.map((f) => f.name)).toEqual([]);
	expect(labels.features.map((f) => f.name_ja)).toContain('日本');
});

test('西スコットランド・グラスゴー broke mid-word: Japanese headings break between words', async ({ page }) => {
	await page.goto('/ja/place/glasgow');
	const title = page.locator('#panel-title');
	await expect(title).toHaveText('西スコットランド・グラスゴー');
	// a box of 11 characters: breaking anywhere would split グラスゴー after グ
	await title.evaluate((el) => (el.style.width = '11.5em'));
	const lineStarts = await title.evaluate((el) => {
		const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text;
		const starts: number[] = [];
		let top = -Infinity;
		for (let i = 0; i < text.length; i++) {
			const range = document.createRange();
			range.setStart(text, i);
			range.setEnd(text, i + 1);
			const y = range.getBoundingClientRect().top;
			if (y > top + 2) starts.push(i);
			top = Math.max(top, y);
		}
		return starts;
	});
	expect(lineStarts).toEqual([0, '西スコットランド・'.length]);
});

test('notes showed in English in Japanese mode: they show their Japanese, and "not translated" only where it is missing', async ({
	page
}) => {
	const cases = JSON.parse(readFileSync(join(process.cwd(), 'geodata', 'places', 'cases.geojson'), 'utf8')) as {
		features: { properties: Record<string, string> }[];
	};
	const glasgow = cases.features.find((f) => f.properties.id === 'glasgow')!.properties;
	await page.goto('/ja/place/glasgow');
	const panel = page.locator('[data-panel="glasgow"]');
	for (const field of ['period_note_ja', 'point_basis_ja', 'notes_ja'])
		await expect(panel).toContainText(glasgow[field]);
	for (const id of ['glasgow', 'kansai', 'hokkaido', 'adhoc-kobe', 'bureau-kinki']) {
		await page.goto(`/ja/place/${id}`);
		const panel = page.locator(`[data-panel="${id}"]`);
		await expect(panel).toBeVisible();
		// every field of the data has its Japanese now: nothing in the panel says it is untranslated
		await expect(panel.locator('.untranslated')).toHaveCount(0);
	}
});

test('"1 places" and similar: the counts take the singular when there is one', async ({ page }) => {
	const counts: Record<string, number> = {};
	for (const p of places) for (const s of p.sectors) counts[s] = (counts[s] ?? 0) + 1;
	const single = Object.keys(counts).find((s) => counts[s] === 1)!;
	expect(single).toBeTruthy();
	await page.goto(`/?sectors=${single}`);
	await mapIdle(page);
	await expect(page.locator('#filters')).toContainText('1 place shown');
	await expect(page.locator('body')).not.toContainText('1 places');
	await page.goto(`/?sectors=${single},biotech`);
	await expect(page.locator('#filters')).toContainText(/\d+ places shown/);
});

test('the map key lists what the map draws, with the filters’ counts, and follows them', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const key = page.locator('[data-map-key]');
	await expect(key.getByRole('button', { name: en.keyHeading })).toHaveAttribute('aria-expanded', 'true');
	/** the place kinds the map draws now (the points layer's places in view) */
	const kindOf = new Map(places.map((p) => [p.id, p.kind]));
	const drawnKinds = async () => [...new Set((await renderedPlaceIds(page)).map((id) => kindOf.get(id)!))].sort();
	const keyKinds = async () =>
		(
			await key.locator('[data-key-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key-kind')!))
		).sort();
	expect(await keyKinds()).toEqual(await drawnKinds());
	expect(await keyKinds()).toEqual(['case', 'firm', 'meti-cluster', 'mext-cluster']);
	// the key's counts are the filters' counts
	const meti = places.filter((p) => p.kind === 'meti-cluster').length;
	await expect(key.locator('[data-key-kind="meti-cluster"] .count')).toContainText(String(meti));
	// a programme switched off leaves the map and the key together
	await page.locator('#filters input[name="layer"][value="meti"]').uncheck();
	await mapIdle(page);
	await expect.poll(keyKinds).toEqual(['case', 'firm', 'mext-cluster']);
	expect(await drawnKinds()).toEqual(['case', 'firm', 'mext-cluster']);
	// a sector kept alone: the key lists the colours the shown symbols carry
	await page.goto('/?sectors=biotech');
	await mapIdle(page);
	const carried = [
		...new Set(places.filter((p) => p.sectors.includes('biotech')).flatMap((p) => p.sectors.slice(0, 4)))
	];
	const keySectors = await key
		.locator('[data-key-sector]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-key-sector')!));
	expect(keySectors.sort()).toEqual(carried.sort());
	await expect(key.locator('[data-key-sector="biotech"] .count')).toContainText(
		String(places.filter((p) => p.sectors.includes('biotech')).length)
	);
	// folded, it is one line; its toggle is a keyboard control
	await key.getByRole('button', { name: en.keyHeading }).focus();
	await page.keyboard.press('Enter');
	await expect(key.locator('#key-body')).toBeHidden();
});

test('the map key speaks Japanese in the Japanese edition', async ({ page }) => {
	await page.goto('/ja');
	await mapIdle(page);
	const key = page.locator('[data-map-key]');
	await expect(key.getByRole('button', { name: ja.keyHeading })).toBeVisible();
	await expect(key).toContainText(ja.keySeveral);
});

/** Tab presses from the top of the page until the search box has the focus (or a cap). */
async function tabsToSearch(page: Page): Promise<number> {
	await page.locator('body').focus();
	for (let n = 1; n <= 60; n++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.id === 'place-search')) return n;
	}
	return Infinity;
}

test('56 Tab presses to the search: now at most 10, in both editions and on a place page', async ({ page }) => {
	test.setTimeout(150_000); // four map pages, each to its idle state
	const measured: Record<string, number> = {};
	for (const path of ['/', '/ja', '/place/kansai', '/ja/place/kansai']) {
		await page.goto(path);
		await mapIdle(page);
		measured[path] = await tabsToSearch(page);
	}
	console.log('Tab presses to the search box:', JSON.stringify(measured));
	for (const n of Object.values(measured)) expect(n).toBeLessThanOrEqual(10);
	// the second skip link goes straight to it
	await page.goto('/');
	await page.locator('body').focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText(en.skipToSearch);
	await page.keyboard.press('Enter');
	await expect(page.locator('#place-search')).toBeFocused();
});

test('a filter group is one Tab stop: the arrow keys move inside it', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const first = page.locator('#filters input[name="sector"]').first();
	await first.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#filters input[name="sector"]').nth(1)).toBeFocused();
	await page.keyboard.press('Tab');
	// out of the group: the next stop is past every sector row
	expect(await page.evaluate(() => !!document.activeElement?.closest('#filters fieldset:last-of-type ul'))).toBe(false);
});

test('filtering on a place page lost the focus and the scroll: both stay', async ({ page }) => {
	await page.goto('/place/kansai');
	await mapIdle(page);
	const sidebar = page.locator('.sidebar');
	const box = page.locator('#filters input[name="sector"][value="ict"]');
	await box.scrollIntoViewIfNeeded();
	await box.focus();
	const before = await sidebar.evaluate((el) => el.scrollTop);
	expect(before).toBeGreaterThan(0);
	await page.keyboard.press('Space');
	await expect(box).not.toBeChecked();
	await expect(box).toBeFocused();
	expect(new URL(page.url()).pathname).toBe('/place/kansai');
	await expect(page.locator('[data-panel="kansai"]')).toBeVisible();
	expect(Math.abs((await sidebar.evaluate((el) => el.scrollTop)) - before)).toBeLessThanOrEqual(2);
});

test('Kansai listed the same programmes three times: related places are grouped by programme, each once', async ({
	page
}) => {
	for (const id of ['kansai', 'bureau-kinki']) {
		await page.goto(`/place/${id}`);
		const related = page.locator(`[data-panel="${id}"] [data-related]`);
		await expect(related).toBeVisible();
		const links = await related.locator('li a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(0);
		expect(new Set(links).size, `${id}: a place listed twice`).toBe(links.length);
		const groups = await related.locator('h4').allTextContents();
		expect(new Set(groups).size).toBe(groups.length);
	}
	// a bureau region is not a case: no case card
	await expect(page.locator('[data-panel="bureau-kinki"]').getByRole('button', { name: /card/i })).toHaveCount(0);
});

test('a badge explains itself in place by keyboard, with its link to About', async ({ page }) => {
	await page.goto('/place/adhoc-kobe');
	await mapIdle(page);
	const badge = page.locator('[data-panel="adhoc-kobe"] .badges a.badge').first();
	await badge.focus();
	await page.keyboard.press('Enter');
	await expect(badge).toHaveAttribute('aria-expanded', 'true');
	const note = page.locator(`[id="${await badge.getAttribute('aria-controls')}"]`);
	await expect(note).toBeVisible();
	await expect(note.locator('a[href*="/about#"]').last()).toBeVisible();
	expect(new URL(page.url()).pathname).toBe('/place/adhoc-kobe');
	await page.keyboard.press('Escape');
	await expect(note).toBeHidden();
	await expect(badge).toBeFocused();
});

test('a locator opens what that passage of the paper covers, without leaving the map', async ({ page }) => {
	await page.goto('/place/hokkaido');
	await mapIdle(page);
	const cite = page.locator('[data-panel="hokkaido"] a.cite[data-toggletip]').first();
	await cite.click();
	await expect(cite).toHaveAttribute('aria-expanded', 'true');
	const note = page.locator(`[id="${await cite.getAttribute('aria-controls')}"]`);
	await expect(note).toContainText(en.locatorWhat);
	await expect(note).not.toContainText(en.locatorNoNote);
	expect(new URL(page.url()).pathname).toBe('/place/hokkaido');
});

test('the landing starts with the six cases, each a click away', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const cases = page.locator('[data-case]');
	await expect(cases).toHaveCount(6);
	await cases.filter({ hasText: 'Okinawa' }).getByRole('link').click();
	await expect(page.locator('[data-panel="okinawa"]')).toBeVisible();
	expect(new URL(page.url()).pathname).toBe('/place/okinawa');
});

test('on a phone: credits folded, the header in one row, About no wider than the screen', async ({ page }) => {
	await page.setViewportSize(PHONE);
	for (const path of ['/', '/ja']) {
		await page.goto(path);
		await mapIdle(page);
		const credits = page.locator('.maplibregl-ctrl-attrib');
		await expect(credits).not.toHaveClass(/maplibregl-compact-show/);
		// one row: every part of the header shares a stretch of height with every other
		const band = await page.locator('.site-header > *').evaluateAll((els) => {
			const boxes = els.filter((e) => e.getClientRects().length).map((e) => e.getBoundingClientRect());
			return Math.min(...boxes.map((b) => b.bottom)) - Math.max(...boxes.map((b) => b.top));
		});
		expect(band, `${path}: the header's parts are not in one row`).toBeGreaterThan(0);
		expect(await documentScroll(page)).toEqual({ top: 0, overflow: 0 });
	}
	for (const path of ['/about', '/ja/about']) {
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	}
});

test('the explorer pages log no console warnings (icon offsets and the like)', async ({ page }) => {
	// the test machine's own: SwiftShader's driver notes, and Playwright blocking the service worker
	const machine = /GL Driver Message|Service Worker registration blocked by Playwright/;
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' && !machine.test(m.text())) warnings.push(m.text());
	});
	for (const path of ['/', '/ja', '/place/kansai', '/timeline']) {
		await page.goto(path);
		await mapIdle(page);
	}
	expect(warnings).toEqual([]);
});
