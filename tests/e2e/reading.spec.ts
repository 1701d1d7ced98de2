/**
 * Reading the paper through the map: the lessons view, the East–West comparison and the timeline.
 * Expectations come from geodata (argument.json, comparison.json, the places' start/end years).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, renderedPlaceIds, ringed } from './fixtures';
import { place, places, regions } from './data';

const read = <T>(f: string): T => JSON.parse(readFileSync(join(process.cwd(), 'geodata', f), 'utf8')) as T;
const argument = read<{
	items: { id: string; group: string; number: string }[];
	links: { item: string; place: string }[];
}>('argument.json');
const comparison = read<{
	dimensions: { id: string; label: string }[];
	cells: { place: string; dimension: string; status: string }[];
}>('comparison.json');
const timeline = read<{ events: { id: string; date: string; end?: string; places: string[] }[] }>('timeline.json');

const tiedTo = (item: string) => [...new Set(argument.links.filter((l) => l.item === item).map((l) => l.place))].sort();
const caseRegionOf = (id: string) => regions.find((r) => r.properties.case === id)?.properties.id;
const startEnd = (id: string) => {
	const p = read<{ features: { properties: { id: string; start: number | null; end: number | null } }[] }>(
		`places/${{ case: 'cases', firm: 'firms', 'meti-cluster': 'meti-clusters', 'mext-cluster': 'mext-clusters' }[place(id).kind]}.geojson`
	).features.find((f) => f.properties.id === id)!.properties;
	return { start: p.start, end: p.end };
};
/** the same rule as the app's: unknown dates never hide a place */
const activeIn = (id: string, from: number, to: number) => {
	const { start, end } = startEnd(id);
	return (start ?? -Infinity) <= to && (end ?? Infinity) >= from;
};

/** The ids the map marks: those the rings source holds, and the rings actually rendered. */
const emphasised = (page: Page) => ringed(page, 'emph');

// each test reads a whole view through several steps instead of reloading the map for each
test.describe.configure({ timeout: 180_000 });

const regionEmph = (page: Page, id: string) =>
	page.evaluate(
		(rid) =>
			(window.__clusterAtlas!.map as { getFeatureState(f: object): Record<string, unknown> }).getFeatureState({
				source: 'regions',
				id: rid
			}).emph ?? false,
		id
	);

test('lessons: choosing an item marks and lists exactly the places the paper ties it to, and survives a reload', async ({
	page
}) => {
	await page.goto('/lessons');
	await mapIdle(page);
	// every item of the three groups is offered, lesson 2 beside the weakness it is paired with
	await expect(page.locator('[data-item]')).toHaveCount(argument.items.length);
	const row = page.locator('li.row', { has: page.locator('[data-item="lesson-2"]') });
	await expect(row.locator('[data-item="weakness-d"]')).toBeVisible();

	const item = 'lesson-2';
	const expected = tiedTo(item);
	expect(expected).toEqual(['glasgow', 'shannon', 'west-midlands']);
	await page.locator(`[data-item="${item}"]`).click();
	await expect(page).toHaveURL(/\/lessons\?item=lesson-2(#|$)/);
	await expect(page.locator(`[data-item="${item}"]`)).toHaveAttribute('aria-pressed', 'true');
	const listed = () =>
		page
			.locator(`[data-detail="${item}"] [data-tie]`)
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')!).sort());
	expect(await listed()).toEqual(expected);
	await expect(page.locator(`[data-detail="${item}"] [data-pair="weakness-d"]`)).toBeVisible();
	await expect.poll(() => emphasised(page)).toEqual({ listed: expected, rendered: expected });
	for (const id of expected) expect(await regionEmph(page, caseRegionOf(id)!)).toBe(true);

	await page.reload();
	await mapIdle(page);
	await expect(page.locator(`[data-item="${item}"]`)).toHaveAttribute('aria-pressed', 'true');
	expect(await listed()).toEqual(expected);
	await expect.poll(() => emphasised(page)).toEqual({ listed: expected, rendered: expected });

	// another item moves the marks: the SME groups of the Kinki energy project
	const other = 'implication-7';
	await page.locator(`[data-item="${other}"]`).click();
	await expect(page).toHaveURL(/\?item=implication-7/);
	await expect(page.locator(`[data-item="${item}"]`)).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(() => emphasised(page)).toEqual({ listed: tiedTo(other), rendered: tiedTo(other) });
	expect(await regionEmph(page, caseRegionOf('glasgow')!)).toBe(false);

	// a tied place's panel lists the item, and leads back to it
	await page.locator(`[data-detail="${other}"] [data-tie="adhoc-kobe"] a`).first().click();
	await expect(page).toHaveURL(/\/place\/adhoc-kobe/);
	await page.locator('.argument a[href^="/lessons?item=implication-7"]').click();
	await expect(page).toHaveURL(/\/lessons\?item=implication-7/);
	await expect(page.locator(`[data-item="${other}"]`)).toHaveAttribute('aria-pressed', 'true');

	// choosing it again clears the choice and the marks
	await page.locator(`[data-item="${other}"]`).click();
	await expect(page).toHaveURL(/\/lessons(#|$)/);
	await expect.poll(() => emphasised(page)).toEqual({ listed: [], rendered: [] });
});

test('compare: Glasgow and Hokkaido on every dimension, each cell cited or "not stated", both on the map, swappable', async ({
	page,
	guard
}) => {
	await page.goto('/compare/glasgow/hokkaido');
	await expect(page.locator('#compare-heading')).toHaveText(
		`${place('glasgow').name} and ${place('hokkaido').name} compared`
	);
	await expect(page.locator('[data-card]').first()).toHaveAttribute('data-card', 'glasgow');
	await expect(page.getByRole('heading', { name: 'Why the paper sets them side by side' })).toBeVisible();

	const cells = await page.locator('[data-cell]').evaluateAll((els) =>
		els.map((e) => ({
			id: e.getAttribute('data-cell')!,
			status: e.getAttribute('data-status')!,
			text: (e.textContent ?? '').replace(e.querySelector('.who')?.textContent ?? '', '').trim(),
			cites: [...e.querySelectorAll('a.cite')]
				.map((a) => a.getAttribute('href') ?? '')
				.filter((h) => h.includes('/about#loc-')).length,
			notStated: e.querySelector('.not-stated')?.textContent?.trim() ?? ''
		}))
	);
	const expectedIds = comparison.dimensions.flatMap((d) => ['glasgow', 'hokkaido'].map((p) => `${p}:${d.id}`));
	expect(cells.map((c) => c.id).sort()).toEqual(expectedIds.sort());
	for (const c of cells) {
		const [p, d] = c.id.split(':');
		expect(c.status, c.id).toBe(comparison.cells.find((x) => x.place === p && x.dimension === d)!.status);
		expect(c.text.length, `${c.id} is empty`).toBeGreaterThan(0);
		if (c.status === 'not-stated') expect(c.notStated, c.id).toBe('Not stated in the paper');
		else expect(c.cites, `${c.id} cites no locator`).toBeGreaterThan(0);
	}
	for (const d of comparison.dimensions)
		await expect(page.getByRole('heading', { level: 4, name: d.label, exact: true })).toBeVisible();

	await mapIdle(page);
	await expect
		.poll(() => emphasised(page))
		.toEqual({ listed: ['glasgow', 'hokkaido'], rendered: ['glasgow', 'hokkaido'] });

	await page.locator('[data-swap]').click();
	await expect(page).toHaveURL(/\/compare\/hokkaido\/glasgow(#|$)/);
	await expect(page.locator('[data-card]').first()).toHaveAttribute('data-card', 'hokkaido');
	await expect(page.locator('#compare-heading')).toHaveText(
		`${place('hokkaido').name} and ${place('glasgow').name} compared`
	);

	// the pickers only offer pairs that exist: the other side's place is disabled
	const second = page.getByRole('combobox', { name: 'Second place' });
	await expect(second.locator('option[value="hokkaido"]')).toBeDisabled();
	await second.selectOption('okinawa');
	await page.getByRole('button', { name: 'Compare', exact: true }).click();
	await expect(page).toHaveURL(/\/compare\/hokkaido\/okinawa(#|$)/);
	await expect(page.locator('[data-cell="okinawa:sectors"]')).toContainText('call-centre');
	await expect
		.poll(() => emphasised(page))
		.toEqual({ listed: ['hokkaido', 'okinawa'], rendered: ['hokkaido', 'okinawa'] });

	// a pair that is not compared is a real 404
	guard.allow(/404 \(Not Found\)/);
	for (const path of ['/compare/glasgow/atlantis', '/compare/glasgow/glasgow', '/compare/glasgow/adhoc-kobe']) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(404);
	}
});

test('timeline: a period filters the map to the places active then; disagreements and later context are marked', async ({
	page
}) => {
	await page.goto('/timeline');
	await mapIdle(page);
	const all = await renderedPlaceIds(page);
	expect(all).toEqual(places.map((p) => p.id).sort());

	await page.getByRole('group', { name: 'Decades' }).getByRole('button', { name: '1990s' }).click();
	await expect(page).toHaveURL(/\/timeline\?period=1990-1999(#|$)/);
	const nineties = all.filter((id) => activeIn(id, 1990, 1999));
	expect(nineties.length).toBeLessThan(all.length);
	await expect.poll(() => renderedPlaceIds(page)).toEqual(nineties);
	await expect(page.locator('#place-list [data-place]')).toHaveCount(nineties.length);
	await expect(page.locator('[data-period-note]')).toContainText('1990–1999');

	// an event's date shows the places active in its year and marks its own places
	const designation = timeline.events.find((e) => e.id === 'ev-mext-designation')!;
	await page.locator('[data-event="ev-mext-designation"] button.date').click();
	await expect(page).toHaveURL(/\?period=2002(#|$)/);
	await expect.poll(async () => (await emphasised(page)).listed).toEqual([...designation.places].sort());
	// it framed those places; back to the whole map to count what is shown
	await page.getByRole('group', { name: 'Quick views' }).getByRole('button', { name: 'All' }).click();
	await expect.poll(() => renderedPlaceIds(page)).toEqual(all.filter((id) => activeIn(id, 2002, 2002)));

	// typed years, and a range that makes no sense is refused with a message
	await page.getByLabel('From (year)').fill('2000');
	await page.getByLabel('To (year)').fill('1990');
	await page.getByRole('button', { name: 'Show this period' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter two years');
	await expect(page).toHaveURL(/\?period=2002(#|$)/);
	await page.getByLabel('To (year)').fill('2010');
	await page.getByRole('button', { name: 'Show this period' }).click();
	await expect(page).toHaveURL(/\?period=2000-2010(#|$)/);
	await expect.poll(() => renderedPlaceIds(page)).toEqual(all.filter((id) => activeIn(id, 2000, 2010)));

	await page.getByRole('button', { name: 'All years' }).first().click();
	await expect(page).toHaveURL(/\/timeline(#|$)/);
	await expect.poll(() => renderedPlaceIds(page)).toEqual(all);

	// where the paper and the sources disagree, both versions sit together under one mark
	for (const [group, ids] of [
		['mext-start', ['ev-mext-designation', 'ev-mext-start-paper']],
		['meti-start', ['ev-meti-start-sources', 'ev-meti-start-paper']]
	] as const) {
		const box = page.locator(`[data-differs="${group}"]`);
		await expect(box.locator('.badge.differs')).toHaveText('Sources differ');
		await expect(box.locator('[data-event]')).toHaveCount(ids.length);
		for (const id of ids) await expect(box.locator(`[data-event="${id}"]`)).toBeVisible();
	}
	await expect(page.locator('[data-event="ev-mext-start-paper"]')).toContainText('Mitsui 2003, §3.3');
	await expect(page.locator('[data-event="ev-seg-name-2004"] .badge.later')).toHaveText('Later context');
	await expect(page.locator('[data-event="ev-paper-presented"] .badge.later')).toHaveCount(0);
});

const axeCheck = async (page: Page, where: string) => {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

// one page load per language; the other views are reached the way a reader does, through the app
test('axe-core finds no violations on /lessons, /lessons?item=…, /compare/glasgow/hokkaido and /timeline', async ({
	page
}) => {
	await page.goto('/lessons');
	await mapIdle(page);
	await axeCheck(page, '/lessons');
	await page.locator('[data-item="lesson-2"]').click();
	await expect(page.locator('[data-detail="lesson-2"]')).toBeVisible();
	await axeCheck(page, '/lessons?item=lesson-2');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\/compare\/glasgow\/hokkaido/);
	await axeCheck(page, '/compare/glasgow/hokkaido');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
	await page.getByRole('group', { name: 'Decades' }).getByRole('button', { name: '2000s' }).click();
	await expect(page).toHaveURL(/\/timeline\?period=2000-2009/);
	await axeCheck(page, '/timeline?period=2000-2009');
});

test('axe-core finds no violations on the reading views in Japanese', async ({ page }) => {
	await page.goto('/ja/lessons?item=weakness-e');
	await mapIdle(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('[data-detail="weakness-e"]')).toBeVisible();
	await axeCheck(page, '/ja/lessons?item=weakness-e');
	await page.getByRole('navigation').getByRole('link', { name: '比較' }).click();
	await expect(page.locator('[data-cell="hokkaido:initiative"]')).toContainText('下から');
	await axeCheck(page, '/ja/compare/glasgow/hokkaido');
	await page.getByRole('navigation').getByRole('link', { name: '年表' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /年表/ })).toBeVisible();
	await axeCheck(page, '/ja/timeline');
});
