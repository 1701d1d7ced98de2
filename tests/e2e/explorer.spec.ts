import type { MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from '../../src/lib/geo/label';
import { test, expect, mapIdle, renderedPlaceIds, ringed, jumpTo, screenPoint } from './fixtures';
import { CASE_IDS, place, places, regions, sectorLabel } from './data';

const panel = (page: import('@playwright/test').Page) =>
	page.getByRole('region', { name: /./ }).filter({ has: page.locator('#panel-title') });

test.describe('clicking a case region on the map opens its case', () => {
	for (const id of CASE_IDS) {
		test(`${id}: a click inside its region opens its panel with its sector tags`, async ({ page }) => {
			const c = place(id);
			const region = regions.find((r) => r.properties.case === id)!;
			// a point inside the polygon; points are hidden so the click can only hit the region
			const [lon, lat] = labelPoint(region.geometry as Polygon | MultiPolygon);
			await page.goto('/?layers=case-regions');
			await mapIdle(page);
			await jumpTo(page, lon, lat, 6);
			const pt = await screenPoint(page, lon, lat);
			await page.mouse.click(pt.x, pt.y);
			await expect(page).toHaveURL(new RegExp(`/place/${id}\\?layers=case-regions`));
			const heading = page.locator('#panel-title');
			await expect(heading).toHaveText(c.name);
			await expect(heading).toBeFocused();
			const tags = panel(page).getByRole('group', { name: 'Sectors' }).getByRole('button');
			await expect(tags).toHaveText(c.sectors.map(sectorLabel));
			// highlighted on the map: its region carries the selected state
			await mapIdle(page);
			const selected = await page.evaluate(
				(rid) =>
					(window.__clusterAtlas!.map as { getFeatureState(f: object): Record<string, unknown> }).getFeatureState({
						source: 'regions',
						id: rid
					}).selected,
				region.properties.id
			);
			expect(selected).toBe(true);
		});
	}
});

test('toggling a sector hides and shows exactly the right rendered features', async ({ page }) => {
	await page.goto('/#4.3/36/135');
	await mapIdle(page);
	const before = await renderedPlaceIds(page);
	expect(before.length).toBeGreaterThan(5);

	await page.getByRole('button', { name: `Show only ${sectorLabel('biotech')}` }).click();
	await expect(page).toHaveURL(/\?sectors=biotech#/);
	await mapIdle(page);
	const biotech = await renderedPlaceIds(page);
	expect(biotech).toEqual(before.filter((id) => place(id).sectors.includes('biotech')));
	expect(biotech.length).toBeGreaterThan(0);
	expect(biotech.length).toBeLessThan(before.length);
	await expect(page.getByText(/places shown/)).toHaveText(
		`${places.filter((p) => p.sectors.includes('biotech')).length} places shown`
	);

	// turning ICT on as well: a place stays visible while any of its sectors is on
	await page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) }).check();
	await expect(page).toHaveURL(/\?sectors=biotech,ict#|\?sectors=ict,biotech#/);
	await mapIdle(page);
	const both = await renderedPlaceIds(page);
	expect(both).toEqual(before.filter((id) => place(id).sectors.some((s) => s === 'biotech' || s === 'ict')));

	await page
		.locator('#filters')
		.getByRole('group', { name: 'Sectors' })
		.getByRole('button', { name: 'All', exact: true })
		.click();
	await expect(page).not.toHaveURL(/sectors=/);
	await mapIdle(page);
	expect(await renderedPlaceIds(page)).toEqual(before);
});

test('the list, the map and the URL stay in sync', async ({ page }) => {
	await page.goto('/?sectors=energy,environment');
	await mapIdle(page);
	await page.getByRole('group', { name: 'Quick views' }).getByRole('button', { name: 'All', exact: true }).click();
	await mapIdle(page);
	const listed = (
		await page.locator('#place-list [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!))
	).sort();
	const expected = places
		.filter((p) => p.sectors.includes('energy') || p.sectors.includes('environment'))
		.map((p) => p.id)
		.sort();
	expect(listed).toEqual(expected);
	expect(await renderedPlaceIds(page)).toEqual(expected);

	// a layer toggle updates list, map and URL together
	await page.getByRole('checkbox', { name: /^METI cluster plans/ }).uncheck();
	await expect(page).toHaveURL(/layers=case-regions,cases,firms,mext/);
	await mapIdle(page);
	const withoutMeti = expected.filter((id) => place(id).kind !== 'meti-cluster');
	await expect(page.locator('#place-list [data-place]')).toHaveCount(withoutMeti.length);
	expect(await renderedPlaceIds(page)).toEqual(withoutMeti);

	// choosing in the list opens the panel, marks it on the map and puts it in the URL
	const target = withoutMeti.find((id) => place(id).kind === 'case') ?? withoutMeti[0];
	await page.locator(`#place-list [data-place="${target}"]`).click();
	await expect(page).toHaveURL(
		new RegExp(`/place/${target}\\?sectors=energy,environment&layers=case-regions,cases,firms,mext`)
	);
	await expect(page.locator('#panel-title')).toHaveText(place(target).name);
	await expect(page.locator(`#place-list [data-place="${target}"]`)).toHaveAttribute('aria-current', 'true');
	await mapIdle(page);
	expect((await ringed(page, 'selected')).rendered).toEqual([target]);
});

test('a copied URL restores place, filters and view after a reload', async ({ page }) => {
	await page.goto('/place/kansai?sectors=biotech,manufacturing&layers=case-regions,cases,meti#6.5/34.8/135.4');
	await mapIdle(page);
	await page.reload();
	await mapIdle(page);
	await expect(page.locator('#panel-title')).toHaveText(place('kansai').name);
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('biotech')}`) })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^MEXT knowledge clusters/ })).not.toBeChecked();
	const view = await page.evaluate(() => {
		const m = window.__clusterAtlas!.map as { getZoom(): number; getCenter(): { lng: number; lat: number } };
		return { zoom: m.getZoom(), lon: m.getCenter().lng, lat: m.getCenter().lat };
	});
	expect(view.zoom).toBeCloseTo(6.5, 1);
	expect(view.lat).toBeCloseTo(34.8, 1);
	expect(view.lon).toBeCloseTo(135.4, 1);
	const rendered = await renderedPlaceIds(page);
	expect(rendered.length).toBeGreaterThan(0);
	for (const id of rendered) {
		expect(['case', 'meti-cluster']).toContain(place(id).kind);
		expect(place(id).sectors.some((s) => s === 'biotech' || s === 'manufacturing')).toBe(true);
	}
});

test('back and forward restore filters, place and view', async ({ page }) => {
	await page.goto('/#5/36/137');
	await mapIdle(page);
	await page.getByRole('button', { name: `Show only ${sectorLabel('biotech')}` }).click();
	await expect(page).toHaveURL(/\?sectors=biotech#5\/36\/137$/);
	await page.locator('#place-list [data-place="hokkaido"]').click();
	await expect(page).toHaveURL(/\/place\/hokkaido\?sectors=biotech/);
	await expect(page.locator('#panel-title')).toHaveText(place('hokkaido').name);
	await mapIdle(page);

	await page.goBack();
	await expect(page).toHaveURL(/\/\?sectors=biotech#5\/36\/137$/);
	await expect(page.locator('#panel-title')).toHaveCount(0);
	await mapIdle(page);
	const zoom = await page.evaluate(() => (window.__clusterAtlas!.map as { getZoom(): number }).getZoom());
	expect(zoom).toBeCloseTo(5, 1);

	await page.goBack();
	await expect(page).toHaveURL(/\/#5\/36\/137$/);
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) })).toBeChecked();

	await page.goForward();
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) })).not.toBeChecked();
	await page.goForward();
	await expect(page.locator('#panel-title')).toHaveText(place('hokkaido').name);
});

test('places sharing a spot are never merged: a click there offers a chooser', async ({ page }) => {
	const sapporo = places.filter(
		(p) => Math.abs(p.lon - place('hokkaido').lon) < 0.01 && Math.abs(p.lat - place('hokkaido').lat) < 0.01
	);
	expect(sapporo.length).toBeGreaterThan(1);
	await page.goto('/');
	await mapIdle(page);
	// at a low zoom the spread symbols overlap: one click covers them all
	await jumpTo(page, place('hokkaido').lon, place('hokkaido').lat, 3);
	const pt = await screenPoint(page, place('hokkaido').lon, place('hokkaido').lat);
	await page.mouse.click(pt.x, pt.y);
	const chooser = page.getByRole('dialog', { name: /places here/ });
	await expect(chooser).toBeVisible();
	const options = await chooser
		.locator('[data-place]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
	for (const p of sapporo) expect(options).toContain(p.id);
	await expect(chooser.getByRole('button').nth(1)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(chooser).toHaveCount(0);
	await expect(page).toHaveURL(/\/#/);
});

test('search matches English, Japanese, and romaji typed without macrons', async ({ page }) => {
	await page.goto('/');
	const search = page.getByRole('searchbox', { name: 'Search places' });
	const listed = () =>
		page.locator('#place-list [data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
	await search.fill('Hokkaido');
	expect(await listed()).toContain('hokkaido');
	await search.fill('北海道');
	expect(await listed()).toContain('hokkaido');
	// Jōhōkei is only in the romaji name of METI's Kinki IT project: its English name ("Information-system
	// Cluster…") and its id say nothing of it, so only the folded romaji can find it
	const kinkiIt = place('meti-kinki-it');
	expect(kinkiIt.name_romaji).toContain('Jōhōkei');
	expect(`${kinkiIt.name} ${kinkiIt.id}`.toLowerCase()).not.toMatch(/joho|jouhou/);
	for (const typed of ['johokei', 'jouhoukei', 'Jōhōkei']) {
		await search.fill(typed);
		expect(await listed(), typed).toEqual(['meti-kinki-it']);
	}
	await search.fill('zzzz-nothing');
	// said twice on purpose: by the search box's count (announced as a status) and by the emptied list
	await expect(page.getByRole('search', { name: 'Search places' }).getByRole('status')).toHaveText('No place matches');
	await expect(page.locator('#place-list').getByText(/No place matches “zzzz-nothing”/)).toBeVisible();
});

test('a keyboard-only journey: skip link, a sector, the list, a place, its panel, Escape, focus back', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to filters and the list of places' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	// from the filters, tab to the first sector checkbox and turn it off
	const firstSector = page.locator('input[name="sector"]').first();
	for (let i = 0; i < 20 && !(await firstSector.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(firstSector).toBeFocused();
	await page.keyboard.press('Space');
	await expect(firstSector).not.toBeChecked();
	await expect(page).toHaveURL(/sectors=/);
	// on to the list: the first place link
	const firstItem = page.locator('#place-list a[data-place]').first();
	const id = await firstItem.getAttribute('data-place');
	for (let i = 0; i < 60 && !(await firstItem.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(firstItem).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/place/${id}`));
	await expect(page.locator('#panel-title')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('#panel-title')).toHaveCount(0);
	await expect(page.locator(`#place-list a[data-place="${id}"]`)).toBeFocused();
});

test('a place page holds its text without JavaScript, before the map loads', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/place/okinawa');
	await expect(page.getByRole('heading', { level: 2, name: place('okinawa').name })).toBeVisible();
	await expect(page.getByText('Mitsui 2003, §4.6').first()).toBeVisible();
	await context.close();
});

test('an unknown place is a real 404 page with a way back', async ({ page, guard }) => {
	guard.allow(/404 \(Not Found\)/);
	const res = await page.goto('/place/atlantis');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
	await page.getByRole('link', { name: /Back to the map/ }).click();
	await expect(page).toHaveURL(/\/$/);
	await mapIdle(page);
});

test('a malformed query or hash falls back to defaults with a dismissible notice', async ({ page }) => {
	await page.goto('/?sectors=biotech,bogus&layers=nope&period=x#abc/x/y');
	await mapIdle(page);
	const notices = page.getByRole('region', { name: 'Notices' });
	const notice = (text: RegExp) => notices.locator('p', { hasText: text });
	await expect(notice(/Unknown sector "bogus"/)).toBeVisible();
	await expect(notice(/Unknown layer "nope"/)).toBeVisible();
	await expect(notice(/period "x"/)).toBeVisible();
	await expect(notice(/map position "#abc\/x\/y"/)).toBeVisible();
	// the clean state is put in the URL; biotech survived
	await expect(page).toHaveURL(/\?sectors=biotech(#|$)/);
	await notices.getByRole('button', { name: /Dismiss: Unknown sector/ }).click();
	await expect(notice(/Unknown sector "bogus"/)).toHaveCount(0);
	for (const q of ['?zoom=%%%', '?sectors=' + 'x'.repeat(5000), '#999/999/999', '#-1/0/0', '?layers=,,,&sectors=,']) {
		await page.goto('/' + q);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
});

test('done means: find Kansai, its METI plans in Kinki, only biotechnology, share the view — keyboard only', async ({
	page,
	context
}) => {
	await page.goto('/');
	await mapIdle(page);
	const tabTo = async (locator: import('@playwright/test').Locator, max = 80) => {
		for (let i = 0; i < max && !(await locator.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(locator).toBeFocused();
	};
	// the second skip link goes to the search (since explain's 8c1a8be the search comes before the
	// filters the first skip link goes to, so tabbing on from the filters never comes back to it)
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the search' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('searchbox', { name: 'Search places' })).toBeFocused();
	await page.keyboard.type('Kansai');
	await tabTo(page.locator('#place-list a[data-place="kansai"]'));
	await page.keyboard.press('Enter');
	await expect(page.locator('#panel-title')).toBeFocused();
	await expect(page.locator('#panel-title')).toHaveText(place('kansai').name);

	// the METI plans that sit in Kinki, computed from the region polygons
	const kinkiMeti = places.filter((p) => p.kind === 'meti-cluster' && p.region === 'bureau-kinki');
	expect(kinkiMeti.length).toBe(4);
	// grouped by programme since explain's 8c1a8be (one heading per programme, each place once)
	const group = page.getByRole('heading', { name: /METI cluster plans in Kansai/ });
	await expect(group).toBeVisible();
	const listed = await page
		.locator('[data-panel="kansai"] ul.links a')
		.evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname.replace('/place/', '')));
	for (const p of kinkiMeti) expect(listed).toContain(p.id);

	// hide everything but biotechnology from the panel's own sector tag
	await tabTo(page.getByRole('button', { name: `Show only ${sectorLabel('biotech')}` }).first());
	await page.keyboard.press('Enter');
	// the search is part of the address too (?q=), so the link and the downloads agree
	await expect(page).toHaveURL(/\/place\/kansai\?sectors=biotech&q=Kansai#/);
	await mapIdle(page);
	const shown = await renderedPlaceIds(page);
	expect(shown.length).toBeGreaterThan(0);
	for (const id of shown) expect(place(id).sectors).toContain('biotech');

	// the link reproduces place, filter and view
	const shared = page.url();
	const other = await context.newPage();
	await other.goto(shared);
	await mapIdle(other);
	await expect(other.locator('#panel-title')).toHaveText(place('kansai').name);
	await expect(other.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) })).not.toBeChecked();
	expect((await renderedPlaceIds(other)).sort()).toEqual(shown.sort());
});
