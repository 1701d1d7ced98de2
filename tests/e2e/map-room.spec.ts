/**
 * The map room on the points engine (issues 9 and 10): points drawn by one WebGL layer and read
 * back through its own queries (never pixels), names on hover and on keyboard focus, the places in
 * view by keyboard, search and filters shown on the map, views framed on arrival, the user's own
 * places as a layer of their own, a lost context rebuilt, and the bugs of the core loop by name.
 */
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	mapIdle,
	renderedPlaceIds,
	flagged,
	generation,
	jumpTo,
	screenPoint,
	type PointsLayerHook
} from './fixtures';
import { place, places, sectorLabel, sectors } from './data';

const panelTitle = (page: Page) => page.locator('#panel-title');
const sidebar = (page: Page) => page.locator('.sidebar');
const mapZoom = (page: Page) => page.evaluate(() => (window.__clusterAtlas!.map as { getZoom(): number }).getZoom());

/** The places the points layer draws inside the canvas right now. */
const inView = async (page: Page) => new Set(await renderedPlaceIds(page));

test('the points are one WebGL layer of the engine: no MapLibre layer draws a point, and the layer draws every place', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	// getStyle() leaves custom layers out: read the style's own order and each layer's type
	const layers = await page.evaluate(() => {
		const m = window.__clusterAtlas!.map as {
			getLayersOrder(): string[];
			getLayer(id: string): { type: string } | undefined;
		};
		return m.getLayersOrder().map((id) => `${m.getLayer(id)!.type}:${id}`);
	});
	expect(layers).toContain('custom:atlas-points');
	expect(layers.filter((l) => /points-|ring-/.test(l))).toEqual([]);
	expect(await generation(page)).toBe(1);
	expect((await renderedPlaceIds(page)).length).toBe(places.length);
});

test('hover names a place in a tooltip that is also announced; over a crowded spot it says how many are there', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const kobe = place('mext-kobe');
	await jumpTo(page, kobe.lon, kobe.lat, 10);
	// the layer says where it drew the symbol (its spot offset included)
	const at = await page.evaluate(() => {
		const layer = window.__clusterAtlas!.points as { position(id: string): [number, number] | null };
		const r = (window.__clusterAtlas!.map as { getCanvas(): HTMLCanvasElement }).getCanvas().getBoundingClientRect();
		const p = layer.position('mext-kobe')!;
		return { x: r.left + p[0], y: r.top + p[1] };
	});
	await page.mouse.move(at.x, at.y);
	const tooltip = page.locator('[data-map-tooltip]');
	await expect(tooltip).toContainText(kobe.name);
	await expect(tooltip).toContainText('MEXT knowledge cluster');
	await expect(page.locator('[data-map-tooltip-spoken]')).toContainText(kobe.name);
	// the point under the pointer is ringed (hovered) by the layer
	await expect.poll(() => flagged(page, 'hovered')).toEqual(['mext-kobe']);

	// Sapporo: several places share the spot; at a low zoom one pointer covers them all
	const sapporo = places.filter(
		(p) => Math.abs(p.lon - place('hokkaido').lon) < 0.01 && Math.abs(p.lat - place('hokkaido').lat) < 0.01
	);
	await jumpTo(page, place('hokkaido').lon, place('hokkaido').lat, 3);
	const pt = await screenPoint(page, place('hokkaido').lon, place('hokkaido').lat);
	await page.mouse.move(pt.x + 1, pt.y + 1);
	await expect(tooltip).toContainText(new RegExp(`\\d+ places here`));
	const n = Number((await tooltip.textContent())!.match(/(\d+) places here/)![1]);
	expect(n).toBeGreaterThanOrEqual(sapporo.length);
	await page.mouse.move(5, 400);
	await expect(tooltip).toHaveCount(0);
});

test('keyboard: with the map focused, Enter lists the places in view; the arrows step through them, each named with its programme and ringed; Enter opens it', async ({
	page
}) => {
	await page.goto('/#8.5/34.75/135.4');
	await mapIdle(page);
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('Enter');
	const list = page.getByRole('listbox', { name: 'Places in view' });
	await expect(list).toBeFocused();
	const options = list.getByRole('option');
	const ids = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!));
	expect(ids.sort()).toEqual([...(await inView(page))].sort());
	expect(ids).toContain('kansai');

	await page.keyboard.press('ArrowDown');
	const second = list.locator('[aria-selected="true"]');
	const id = (await second.getAttribute('data-place'))!;
	await expect(list).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
	await expect(second).toContainText(place(id).name);
	// the layer rings the place the keyboard is on, and the tooltip names it, aloud too
	await expect.poll(() => flagged(page, 'focused')).toEqual([id]);
	await expect(page.locator('[data-map-tooltip-spoken]')).toContainText(place(id).name);

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/place/${id}`));
	await expect(panelTitle(page)).toHaveText(place(id).name);
	await expect(panelTitle(page)).toBeFocused();
});

for (const [lang, pattern] of [
	['en', /^Kansai \(Kinki\): \d+ places in view$/],
	['ja', /^関西（近畿）：表示範囲に\d+件$/]
] as const)
	test(`after a pan or zoom a polite message says what is in view (${lang})`, async ({ page }) => {
		await page.goto(lang === 'ja' ? '/ja' : '/');
		await mapIdle(page);
		const message = page.locator('[data-in-view-message]');
		await expect(message).toHaveAttribute('aria-live', 'polite');
		await jumpTo(page, 135.52, 34.75, 8);
		await expect(message).toHaveText(pattern);
		const n = Number((await message.textContent())!.match(/\d+/)![0]);
		expect(n).toBe((await inView(page)).size);
	});

test('search shows on the map: the matches lifted, the rest dimmed; "Zoom to results" frames them; the query is in the URL', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const search = page.getByRole('searchbox', { name: 'Search places' });
	await search.fill('Kobe');
	await expect(page).toHaveURL(/\?q=Kobe(#|$)/);
	const listed = await page
		.locator('#place-list [data-place]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!).sort());
	expect(listed.length).toBeGreaterThan(1);
	await mapIdle(page);
	expect(await flagged(page, 'match')).toEqual(listed);
	expect(await page.evaluate(() => (window.__clusterAtlas!.points as PointsLayerHook).searching)).toBe(true);

	await page.getByRole('button', { name: 'Zoom to results' }).click();
	await mapIdle(page);
	const shown = await inView(page);
	for (const id of listed) expect(shown.has(id), id).toBe(true);
	expect(await mapZoom(page)).toBeGreaterThan(6);

	// a link with the query opens the same search
	await page.goto('/?q=Kobe');
	await mapIdle(page);
	await expect(search).toHaveValue('Kobe');
	expect(await flagged(page, 'match')).toEqual(listed);

	// clearing the search lifts the dimming
	await search.fill('');
	await expect(page).not.toHaveURL(/q=/);
	await mapIdle(page);
	expect(await page.evaluate(() => (window.__clusterAtlas!.points as PointsLayerHook).searching)).toBe(false);
});

test('search matches sector names in English and Japanese', async ({ page }) => {
	const biotech = places.filter((p) => p.sectors.includes('biotech')).map((p) => p.id);
	const label = sectors.find((s) => s.id === 'biotech')!;
	await page.goto('/');
	const search = page.getByRole('searchbox', { name: 'Search places' });
	const listed = () =>
		page.locator('#place-list [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!));
	for (const q of [label.label, label.label_ja]) {
		await search.fill(q);
		const got = await listed();
		for (const id of biotech) expect(got, q).toContain(id);
	}
});

test('filters show on the map: "only this sector" offers to frame what is left, and the offer frames it', async ({
	page
}) => {
	await page.goto('/#3/30/60');
	await mapIdle(page);
	await page.getByRole('button', { name: `Show only ${sectorLabel('energy')}` }).click();
	const energy = places.filter((p) => p.sectors.includes('energy'));
	const offer = page.locator('[data-frame-offer]').getByRole('button').first();
	await expect(offer).toHaveText(`Frame these ${energy.length} places on the map`);
	await expect(page.getByRole('status').filter({ hasText: 'frames the' })).toHaveCount(1);
	await offer.click();
	await expect(page.locator('[data-frame-offer]')).toHaveCount(0);
	await mapIdle(page);
	const shown = await inView(page);
	for (const p of energy) expect(shown.has(p.id), p.id).toBe(true);
	// dismissible
	await page.getByRole('button', { name: `Show only ${sectorLabel('biotech')}` }).click();
	await page.getByRole('button', { name: 'Dismiss the offer to frame these places' }).click();
	await expect(page.locator('[data-frame-offer]')).toHaveCount(0);
});

test.describe('views open framed on their places, given the sidebar’s width', () => {
	for (const [path, ids] of [
		['/compare/glasgow/hokkaido', ['glasgow', 'hokkaido']],
		['/compare/kansai/shannon', ['kansai', 'shannon']],
		['/lessons', ['glasgow', 'hokkaido', 'kansai']],
		['/timeline', ['glasgow', 'hokkaido', 'kansai']]
	] as const)
		test(`${path} shows ${ids.join(', ')} inside the map on arrival`, async ({ page }) => {
			await page.goto(path);
			await mapIdle(page);
			// the framing may still be flying when the first idle comes: wait until the map has settled on it
			await expect
				.poll(async () => {
					await mapIdle(page);
					const shown = await inView(page);
					return ids.filter((id) => !shown.has(id));
				})
				.toEqual([]);
		});

	test('a period change refits the map to the places of that period', async ({ page }) => {
		// the 1980s: Shannon in the west and Ube in the east are among the places the timeline talks of
		await page.goto('/timeline?period=1980-1989');
		await mapIdle(page);
		const framed = async (ids: string[]) =>
			expect
				.poll(async () => {
					await mapIdle(page);
					const shown = await inView(page);
					return ids.filter((id) => !shown.has(id));
				})
				.toEqual([]);
		await framed(['shannon', 'mext-ube']);
		// the reader moves away; a change of period brings the map back onto that period's places
		await jumpTo(page, 141.35, 43.06, 9);
		expect((await inView(page)).has('shannon')).toBe(false);
		await page.getByRole('group', { name: 'Decades' }).getByRole('button', { name: '1990s' }).click();
		await expect(page).toHaveURL(/period=1990-1999/);
		await framed(['shannon', 'hokkaido', 'mext-ube']);
	});

	test('the Europe quick view frames the three Western cases', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		await page.getByRole('group', { name: 'Quick views' }).getByRole('button', { name: 'Europe' }).click();
		await mapIdle(page);
		const shown = await inView(page);
		for (const id of ['glasgow', 'west-midlands', 'shannon']) expect(shown.has(id), id).toBe(true);
		expect(shown.has('kansai')).toBe(false);
	});
});

test('opening a place and filtering are shallow: no page is loaded, the map and the sidebar stay, back and forward restore each state', async ({
	page
}) => {
	await page.goto('/#5/36/137');
	await mapIdle(page);
	await page.evaluate(() => ((document.querySelector('.sidebar') as HTMLElement & { __mark?: number }).__mark = 1));
	const documents: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'document') documents.push(r.url());
	});
	await page.locator('#place-list [data-place="hokkaido"]').click();
	// the place is framed after its entry is in the history: the entry ends with the new view
	await expect(page).toHaveURL(/\/place\/hokkaido#[\d.]+\/[\d.-]+\/[\d.-]+$/);
	await expect(panelTitle(page)).toHaveText(place('hokkaido').name);
	await page
		.getByRole('button', { name: `Show only ${sectorLabel('biotech')}` })
		.first()
		.click();
	await expect(page).toHaveURL(/\/place\/hokkaido\?sectors=biotech#/);
	expect(await flagged(page, 'selected')).toEqual(['hokkaido']);
	expect(documents).toEqual([]);
	expect(
		await page.evaluate(() => (document.querySelector('.sidebar') as HTMLElement & { __mark?: number }).__mark)
	).toBe(1);
	await page.goBack();
	await expect(page).toHaveURL(/\/place\/hokkaido#/);
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) })).toBeChecked();
	await page.goBack();
	await expect(panelTitle(page)).toHaveCount(0);
	await mapIdle(page);
	expect(await flagged(page, 'selected')).toEqual([]);
	await page.goForward();
	await expect(panelTitle(page)).toHaveText(place('hokkaido').name);
	await mapIdle(page);
	expect(await flagged(page, 'selected')).toEqual(['hokkaido']);
});

test('WebGL context lost: the points layer rebuilds its buffers (a new generation) and draws the same places, ringed as before', async ({
	page
}) => {
	await page.goto('/place/kansai?sectors=biotech#6/35/136');
	await mapIdle(page);
	const before = await renderedPlaceIds(page);
	expect(await generation(page)).toBe(1);
	await page.evaluate(async () => {
		const canvas = (window.__clusterAtlas!.map as { getCanvas(): HTMLCanvasElement }).getCanvas();
		const gl = canvas.getContext('webgl2')!;
		const ext = gl.getExtension('WEBGL_lose_context')!;
		const event = (name: string) => new Promise<void>((r) => canvas.addEventListener(name, () => r(), { once: true }));
		const lost = event('webglcontextlost');
		ext.loseContext();
		await lost;
		await new Promise((r) => setTimeout(r, 0));
		const restored = event('webglcontextrestored');
		ext.restoreContext();
		await restored;
	});
	await mapIdle(page);
	await expect.poll(() => generation(page)).toBe(2);
	expect(await renderedPlaceIds(page)).toEqual(before);
	expect(await flagged(page, 'selected')).toEqual(['kansai']);
});

test('the user’s own places are a layer of their own: drawn above the paper’s, filtered by the same controls, picked and named with own: ids', async ({
	page
}) => {
	await page.goto('/#9/34.7/135.35');
	await mapIdle(page);
	await page.evaluate(() =>
		window.__clusterAtlas!.setOwnPlaces!({
			ids: ['lab', 'shop'],
			lon: Float64Array.from([135.3, 135.42]),
			lat: Float64Array.from([34.72, 34.66]),
			names: ['My own lab', 'A shop of mine'],
			sectors: [['biotech'], ['ict']]
		})
	);
	await mapIdle(page);
	const own = () =>
		page.evaluate(() => {
			const o = window.__clusterAtlas!.own as { inView(): string[]; generation: number } | undefined;
			return o ? { ids: o.inView().sort(), generation: o.generation } : null;
		});
	await expect.poll(own).toEqual({ ids: ['own:lab', 'own:shop'], generation: 1 });
	// a pick returns the own place's id, told apart from the paper's
	const at = await screenPoint(page, 135.3, 34.72);
	await page.mouse.move(at.x, at.y);
	await expect(page.locator('[data-map-tooltip]')).toContainText('My own lab');
	await expect(page.locator('[data-map-tooltip]')).toContainText('Your own place');
	// the same sector control filters them
	await page.getByRole('button', { name: `Show only ${sectorLabel('biotech')}` }).click();
	await mapIdle(page);
	await expect.poll(own).toEqual({ ids: ['own:lab'], generation: 1 });
	// the places in view list covers them
	await page.locator('[data-in-view-button]').click();
	await expect(page.getByRole('listbox', { name: 'Places in view' }).locator('[data-place="own:lab"]')).toContainText(
		'My own lab'
	);
});

// ---------------------------------------------------------------- the bugs of issue 10, by name

test('editing only the hash moves the map (#8/34.69/135.52)', async ({ page }) => {
	await page.goto('/#4/36/137');
	await mapIdle(page);
	await page.evaluate(() => (location.hash = '#8/34.69/135.52'));
	await expect.poll(() => mapZoom(page)).toBeCloseTo(8, 1);
	const c = await page.evaluate(() =>
		(window.__clusterAtlas!.map as { getCenter(): { lat: number; lng: number } }).getCenter()
	);
	expect(c.lat).toBeCloseTo(34.69, 1);
	expect(c.lng).toBeCloseTo(135.52, 1);
	await expect(page).toHaveURL(/#8\/34\.69\/135\.52$/);
});

test('[n] source links keep the map’s #zoom/lat/lon in the address', async ({ page }) => {
	await page.goto('/place/glasgow#6/55.8/-4.3');
	await mapIdle(page);
	const link = page.locator('[data-panel="glasgow"] a.cite[href^="#src-"]').first();
	const target = (await link.getAttribute('href'))!.slice(1);
	await link.click();
	await expect(page.locator(`[id="${target}"]`)).toBeFocused();
	await expect(page).toHaveURL(/\/place\/glasgow#6\/55\.8\/-4\.3$/);
	expect(await mapZoom(page)).toBeCloseTo(6, 1);
});

test('filtering on a place page keeps focus and scroll on the control just used (the heading takes focus only when a place opens)', async ({
	page
}) => {
	await page.goto('/place/kansai');
	await mapIdle(page);
	const box = page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) });
	await box.scrollIntoViewIfNeeded();
	const scrolled = await sidebar(page).evaluate((el) => el.scrollTop);
	expect(scrolled).toBeGreaterThan(100);
	await box.click();
	await expect(page).toHaveURL(/\/place\/kansai\?sectors=/);
	await expect(box).toBeFocused();
	await expect(box).not.toBeChecked();
	expect(Math.abs((await sidebar(page).evaluate((el) => el.scrollTop)) - scrolled)).toBeLessThan(2);
	await expect(panelTitle(page)).not.toBeFocused();
});

test('Back keeps the sidebar’s scroll position after About', async ({ page }) => {
	await page.goto('/place/kansai');
	await mapIdle(page);
	await sidebar(page).evaluate((el) => (el.scrollTop = 600));
	const y = await sidebar(page).evaluate((el) => el.scrollTop);
	expect(y).toBeGreaterThan(300);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
	await expect(page).toHaveURL(/\/about/);
	await page.goBack();
	await expect(panelTitle(page)).toHaveText(place('kansai').name);
	await expect.poll(() => sidebar(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(y - 3);
	expect(Math.abs((await sidebar(page).evaluate((el) => el.scrollTop)) - y)).toBeLessThan(3);
});

test('Back keeps the sidebar’s scroll position after a locator link', async ({ page }) => {
	await page.goto('/place/kansai');
	await mapIdle(page);
	// since explain, a locator opens its note in place first; the note's link is the way to About
	const locator = page.locator('[data-panel="kansai"] a.cite[data-toggletip]').last();
	await locator.scrollIntoViewIfNeeded();
	await locator.click();
	const note = page.locator(`[id="${await locator.getAttribute('aria-controls')}"]`);
	const about = note.locator('a[href*="/about#"]');
	await about.scrollIntoViewIfNeeded();
	const y = await sidebar(page).evaluate((el) => el.scrollTop);
	expect(y).toBeGreaterThan(100);
	await about.click();
	await expect(page).toHaveURL(/\/about/);
	await page.goBack();
	await expect(panelTitle(page)).toHaveText(place('kansai').name);
	await expect.poll(() => sidebar(page).evaluate((el, y) => Math.abs(el.scrollTop - y) < 3, y)).toBe(true);
});

test('the console is clean on hover: no icon-offset (or any other) warning from MapLibre', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		// SwiftShader's own driver notes about reading pixels back, and Playwright's note that it blocks
		// the service worker (playwright.config.ts), are not the app's
		const foreign = /GL Driver Message|Service Worker registration blocked by Playwright/;
		if ((m.type() === 'warning' || m.type() === 'error') && !foreign.test(m.text())) warnings.push(m.text());
	});
	await page.goto('/#8.5/34.75/135.4');
	await mapIdle(page);
	for (const id of ['kansai', 'mext-kobe', 'mext-kyoto', 'meti-kinki-bio']) {
		const p = await screenPoint(page, place(id).lon, place(id).lat);
		await page.mouse.move(p.x, p.y);
	}
	await mapIdle(page);
	expect(warnings).toEqual([]);
});

test('the names follow a toggle at once (feature state, no source reload), then the names layer narrows to what is shown', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	type LabelMap = {
		getFeatureState(f: { source: string; id: string }): { hidden?: boolean };
		getFilter(id: string): unknown;
		queryRenderedFeatures(o: { layers: string[] }): { properties: { id: string } }[];
	};
	const names = () =>
		page.evaluate(() => {
			const m = window.__clusterAtlas!.map as unknown as LabelMap;
			const ids = ['glasgow', 'shannon', 'kansai'];
			return {
				hidden: Object.fromEntries(
					ids.map((id) => [id, m.getFeatureState({ source: 'place-labels', id }).hidden ?? false])
				),
				filtered: ids.filter((id) => JSON.stringify(m.getFilter('labels-cases')).includes(`"${id}"`)),
				drawn: [...new Set(m.queryRenderedFeatures({ layers: ['labels-cases'] }).map((f) => f.properties.id))]
			};
		});
	const before = await names();
	expect(before.filtered).toEqual(['glasgow', 'shannon', 'kansai']);
	// only aviation: of the six cases only Shannon has it
	await page.getByRole('button', { name: `Show only ${sectorLabel('aviation')}` }).click();
	await mapIdle(page);
	const now = await names();
	expect(now.hidden).toEqual({ glasgow: true, shannon: false, kansai: true });
	// once the map is at rest the layer's filter leaves the hidden names out, and they are not drawn
	await expect.poll(async () => (await names()).filtered).toEqual(['shannon']);
	await mapIdle(page);
	expect((await names()).drawn).not.toContain('glasgow');
	// every sector back: the names come back
	await page
		.locator('#filters')
		.getByRole('group', { name: 'Sectors' })
		.getByRole('button', { name: 'All', exact: true })
		.click();
	await mapIdle(page);
	expect((await names()).hidden).toEqual({ glasgow: false, shannon: false, kansai: false });
	await expect.poll(async () => (await names()).filtered).toEqual(['glasgow', 'shannon', 'kansai']);
	await mapIdle(page);
	await expect.poll(async () => (await names()).drawn).toContain('glasgow');
});
