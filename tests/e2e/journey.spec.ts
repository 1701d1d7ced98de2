/**
 * Issue 10's "done": a newcomer lands, picks one of the six cases, finds Kobe and sees it on the
 * map, keeps only biotechnology without losing their place; with the mouse, with the keyboard
 * only, and on a phone, in English and in Japanese.
 *
 * For the lead to extend when the map room's side lands (`perf`): hovering the points around the
 * case and reading their names (the tooltip), and search matches highlighted on the map.
 */
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, ringed } from './fixtures';
import { places } from './data';
import { en } from '../../src/lib/i18n/en';
import { ja } from '../../src/lib/i18n/ja';

const EDITIONS = [
	{ lang: 'en', home: '/', t: en, kobe: 'Kobe' },
	{ lang: 'ja', home: '/ja', t: ja, kobe: '神戸' }
] as const;
type Edition = (typeof EDITIONS)[number];

/** the place the map rings as the open one */
const selected = async (page: Page) => (await ringed(page, 'selected')).listed;
const kobe = places.find((p) => p.id === 'adhoc-kobe')!;

async function keepOnlyBiotech(page: Page, e: Edition, id: string, keyboard: boolean) {
	const only = page.locator('#filters input[name="sector"][value="biotech"]').locator('xpath=ancestor::li//button');
	if (keyboard) {
		await only.focus();
		await page.keyboard.press('Enter');
	} else await only.click();
	await expect(page).toHaveURL(/sectors=biotech/);
	// still on the place, the same panel, and the list holds only biotechnology
	expect(new URL(page.url()).pathname).toBe(`${e.lang === 'ja' ? '/ja' : ''}/place/${id}`);
	await expect(page.locator(`[data-panel="${id}"]`)).toBeVisible();
	await expect(page.locator('#filters')).toContainText(e.t.filters);
}

for (const e of EDITIONS) {
	for (const mode of ['mouse', 'keyboard', 'phone'] as const) {
		test(`a newcomer's journey (${e.lang}, ${mode}): a case from the six, Kobe found, only biotechnology kept`, async ({
			page
		}) => {
			test.setTimeout(150_000); // three map views, each to its idle state
			if (mode === 'phone') await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(e.home);
			await mapIdle(page);
			// 1. the six cases, one line each: open Kansai
			const cases = page.locator('[data-case]');
			await expect(cases).toHaveCount(6);
			const kansai = page.locator('[data-case="kansai"] a').first();
			if (mode === 'keyboard') {
				await kansai.focus();
				await page.keyboard.press('Enter');
			} else await kansai.click();
			await expect(page.locator('[data-panel="kansai"]')).toBeVisible();
			await expect(page.locator('#panel-title')).toBeFocused();
			await mapIdle(page);
			expect(await selected(page)).toEqual(['kansai']);
			// 2. find Kobe with the search at the top of the sidebar
			const search = page.locator('#place-search');
			if (mode === 'keyboard') {
				// the second skip link (the page's second Tab stop, see explain.spec.ts) goes straight to the search
				await page.locator('.skip-link[href="#place-search"]').focus();
				await page.keyboard.press('Enter');
				await expect(search).toBeFocused();
				await page.keyboard.type(e.kobe);
			} else await search.fill(e.kobe);
			const match = page.locator('[data-match="adhoc-kobe"]');
			await expect(match).toBeVisible();
			if (mode === 'keyboard') {
				await match.focus();
				await page.keyboard.press('Enter');
			} else await match.click();
			await expect(page.locator('[data-panel="adhoc-kobe"]')).toBeVisible();
			await mapIdle(page);
			// seen on the map: the selection ring is on it and it is in view
			expect(await selected(page)).toEqual(['adhoc-kobe']);
			const inView = await page.evaluate(
				([lon, lat]) => {
					const map = window.__clusterAtlas!.map as {
						getBounds(): { contains(l: [number, number]): boolean };
					};
					return map.getBounds().contains([lon, lat]);
				},
				[kobe.lon, kobe.lat]
			);
			expect(inView).toBe(true);
			// 3. keep only biotechnology, without losing the place
			await keepOnlyBiotech(page, e, 'adhoc-kobe', mode === 'keyboard');
			await expect(page.locator('#filters input[name="sector"][value="biotech"]')).toBeChecked();
			await expect(page.locator('#filters input[name="sector"][value="ict"]')).not.toBeChecked();
			expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
		});
	}
}
