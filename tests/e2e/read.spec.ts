/**
 * The guided reading (/read) and what the paper says against what the atlas reads into it: the
 * whole paper stepped through by keyboard with the map following, every step readable without
 * JavaScript, the lessons and compare views saying "atlas" where the atlas pairs, in both
 * languages, and axe-core on the reading's pages. Expectations come from geodata.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, ringed } from './fixtures';
import { place } from './data';

const read = <T>(f: string): T => JSON.parse(readFileSync(join(process.cwd(), 'geodata', f), 'utf8')) as T;
interface Sentence {
	by: 'paper' | 'atlas';
	text: string;
	text_ja: string;
	locators?: string[];
}
interface Step {
	id: string;
	title: string;
	title_ja: string;
	text: Sentence[];
	map: { frame: string | string[]; emphasis: string[]; sectors: string[] | null; layers: string[] };
	links: Record<string, unknown>[];
}
const steps = read<{ steps: Step[] }>('reading.json').steps;
const argument = read<{
	pairs: { id: string; items: [string, string] }[];
	links: { item: string; place: string; basis: { by: string } }[];
}>('argument.json');

test.describe.configure({ timeout: 240_000 });

/** The places the map marks, as its rings source holds them. */
const marked = async (page: Page) => (await ringed(page, 'emph')).listed;
const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();

/** Whether every one of these places lies inside what the map shows. */
const inView = (page: Page, ids: string[]) =>
	page.evaluate(
		(points) => {
			const map = window.__clusterAtlas!.map as { getBounds(): { contains(p: [number, number]): boolean } };
			const b = map.getBounds();
			return points.every((p) => b.contains(p));
		},
		ids.map((id) => [place(id).lon, place(id).lat] as [number, number])
	);

/** A citation link whose text is this locator (the first of a list also names the paper: "Mitsui 2003, §4.3"). */
const citing = (locator: string) => new RegExp(`(^|, )${locator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test('steps through the whole paper by keyboard, in order, with the map marking and framing each step', async ({
	page
}) => {
	// reduced motion: every move is a jump, so the frame can be checked as soon as the map is idle
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/read');
	await expect(page.getByRole('heading', { level: 2, name: 'A guided reading of the paper' })).toBeVisible();
	await expect(page.locator('[data-step-link]')).toHaveCount(steps.length);
	await mapIdle(page);
	await page.getByRole('link', { name: /Start reading/ }).click();

	for (const [i, step] of steps.entries()) {
		await expect(page).toHaveURL(new RegExp(`/read/${step.id}(\\?|#|$)`));
		await expect(page.locator('#step-heading')).toHaveText(step.title);
		await expect(page.locator('[data-step-of]')).toHaveText(`Step ${i + 1} of ${steps.length}`);
		// the map follows: exactly the step's places are marked…
		await expect.poll(() => marked(page), { message: step.id }).toEqual(sorted(step.map.emphasis));
		// …the filters show what the step is about…
		const url = new URL(page.url());
		expect(url.searchParams.get('layers')?.split(',').sort(), step.id).toEqual([...step.map.layers].sort());
		expect(url.searchParams.get('sectors')?.split(',').sort() ?? null, step.id).toEqual(
			step.map.sectors ? [...step.map.sectors].sort() : null
		);
		// …and the marked places are in view
		await mapIdle(page);
		if (step.map.emphasis.length) expect(await inView(page, step.map.emphasis), step.id).toBe(true);
		// focus stays on the page (the heading after a step change), not in a field or the map
		if (i < steps.length - 1) await page.keyboard.press('ArrowRight');
	}

	// at the end there is no next step: the arrow changes nothing; left goes back one
	await expect(page.getByText('The end of the reading.')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`/read/${steps.at(-1)!.id}(\\?|#|$)`));
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(new RegExp(`/read/${steps.at(-2)!.id}(\\?|#|$)`));
	await expect(page.locator('#step-heading')).toBeFocused();

	// the buttons do the same, and an arrow key in the search field stays in the field
	await page.locator('[data-prev]').click();
	await expect(page).toHaveURL(new RegExp(`/read/${steps.at(-3)!.id}(\\?|#|$)`));
	await page.getByRole('searchbox', { name: 'Search places' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(new RegExp(`/read/${steps.at(-3)!.id}(\\?|#|$)`));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step’s page has its text, its locators, the atlas’s sentences marked, and links to the next', async ({
		page
	}) => {
		for (const [i, step] of steps.entries()) {
			await page.goto(`/read/${step.id}`);
			await expect(page.locator('#step-heading')).toHaveText(step.title);
			const sentences = page.locator('.reading-text > [data-by]');
			await expect(sentences).toHaveCount(step.text.length);
			for (const [j, s] of step.text.entries()) {
				const el = sentences.nth(j);
				await expect(el).toHaveAttribute('data-by', s.by);
				await expect(el).toContainText(s.text);
				if (s.by === 'atlas') await expect(el).toContainText('The atlas’s reading:');
				for (const l of s.locators ?? []) await expect(el.locator('a.cite', { hasText: citing(l) })).toHaveCount(1);
			}
			if (i < steps.length - 1)
				await expect(page.locator('[data-next]')).toHaveAttribute('href', new RegExp(`^/read/${steps[i + 1].id}\\?`));
		}
	});

	test('the Japanese edition’s steps have their Japanese text, marked the same way, and link on within /ja/', async ({
		page
	}) => {
		for (const [i, step] of steps.entries()) {
			await page.goto(`/ja/read/${step.id}`);
			await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
			await expect(page.locator('#step-heading')).toHaveText(step.title_ja);
			const sentences = page.locator('.reading-text > [data-by]');
			await expect(sentences).toHaveCount(step.text.length);
			for (const [j, s] of step.text.entries()) {
				await expect(sentences.nth(j)).toHaveAttribute('data-by', s.by);
				await expect(sentences.nth(j)).toContainText(s.text_ja);
			}
			if (i < steps.length - 1)
				await expect(page.locator('[data-next]')).toHaveAttribute(
					'href',
					new RegExp(`^/ja/read/${steps[i + 1].id}\\?`)
				);
		}
		await page.goto('/ja/read/all');
		await expect(page.locator('article[data-step]')).toHaveCount(steps.length);
		for (const s of steps) await expect(page.locator(`#all-${s.id}`)).toHaveText(s.title_ja);
	});

	test('the whole reading is one printable page, every step in order', async ({ page }) => {
		await page.goto('/read/all');
		await expect(page.locator('article[data-step]')).toHaveCount(steps.length);
		expect(
			await page.locator('article[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))
		).toEqual(steps.map((s) => s.id));
		for (const s of steps) await expect(page.locator(`#all-${s.id}`)).toHaveText(s.title);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
	});
});

test('the lessons and compare views say “atlas” where the atlas pairs, in English and in Japanese', async ({
	page
}) => {
	const pair = argument.pairs.find((p) => p.items[0] === 'lesson-2')!;
	await page.goto('/lessons?item=lesson-2');
	await expect(page.getByRole('heading', { name: /paired by the atlas/ })).toBeVisible();
	const detail = page.locator('[data-detail="lesson-2"]');
	await expect(detail.locator(`[data-pair-of="${pair.id}"] .badge`)).toHaveText('Paired by the atlas');
	// lesson 2's places are the paper's; weakness e's are linked by the atlas
	for (const tie of await detail.locator('[data-tie]').all())
		await expect(tie.locator('.badge')).toHaveText('Stated in the paper');
	await page.locator('[data-item="weakness-e"]').click();
	const weakness = page.locator('[data-detail="weakness-e"]');
	const expected = argument.links.filter((l) => l.item === 'weakness-e');
	await expect(weakness.locator('[data-tie]')).toHaveCount(expected.length);
	for (const tie of await weakness.locator('[data-tie]').all())
		await expect(tie.locator('.badge')).toHaveText('Linked by the atlas');
	// the basis says why, and on what passages
	await weakness.locator('[data-tie] details summary').first().click();
	await expect(weakness.locator('[data-tie] details').first()).toContainText('§5.2.e');

	await page.goto('/compare/glasgow/hokkaido');
	await expect(page.getByRole('heading', { name: 'Why the atlas sets them side by side' })).toBeVisible();
	await expect(page.locator('#contrast-glasgow-hokkaido .badge')).toHaveText('Set side by side by the atlas');
	await expect(page.getByText('Yardstick (chosen by the atlas)').first()).toBeVisible();

	await page.goto('/ja/lessons?item=lesson-2');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { name: /アトラスによる対応づけ/ })).toBeVisible();
	await expect(page.locator(`[data-detail="lesson-2"] [data-pair-of="${pair.id}"] .badge`)).toHaveText(
		'アトラスによる対応づけ'
	);
	await expect(page.locator('[data-detail="lesson-2"] [data-tie] .badge').first()).toHaveText('論文が明記');
	await page.locator('[data-item="weakness-e"]').click();
	await expect(page.locator('[data-detail="weakness-e"] [data-tie] .badge').first()).toHaveText(
		'アトラスによる結びつけ'
	);
	await page.getByRole('navigation').getByRole('link', { name: '比較' }).click();
	await expect(page.getByRole('heading', { name: 'アトラスがこの二つを並べる理由' })).toBeVisible();
	await expect(page.locator('#contrast-glasgow-hokkaido .badge')).toHaveText('アトラスによる組み合わせ');
});

test('a place’s panel marks each tie, names its sources’ tiers, and leads to the step that introduces it and back', async ({
	page
}) => {
	await page.goto('/place/hokkaido');
	await mapIdle(page);
	const ties = page.locator('.argument [data-tie-item]');
	await expect(ties).toHaveCount(argument.links.filter((l) => l.place === 'hokkaido').length);
	for (const tie of await ties.all()) await expect(tie.locator('.badge')).toHaveText('Linked by the atlas');
	// sources: each with its tier, official and primary ones first
	const tiers = await page
		.locator('.sources [data-tier]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-tier')));
	const order = ['official', 'scholarly', 'press', 'reference', 'copy'];
	expect(tiers.length).toBeGreaterThan(0);
	expect(tiers.map((t) => order.indexOf(t!))).toEqual([...tiers.map((t) => order.indexOf(t!))].sort((a, b) => a - b));

	const step = steps.find((s) => s.links.some((l) => l.place === 'hokkaido'))!;
	await page.locator('[data-reading-link]').click();
	await expect(page).toHaveURL(new RegExp(`/read/${step.id}\\?`));
	await expect(page.locator('#step-heading')).toHaveText(step.title);
	await page.locator('.reading-links a[data-link="place"]', { hasText: 'Hokkaido' }).first().click();
	await expect(page).toHaveURL(/\/place\/hokkaido/);
});

test('a provisional Japanese name is shown with its note, never as the official name', async ({ page }) => {
	await page.goto('/ja/place/bio-science');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.locator('[data-name-note]')).toContainText('アトラスによる仮の表記');
	await page.goto('/ja/lessons?item=implication-1');
	await expect(page.locator('[data-tie="bio-science"] .name-note')).toContainText('アトラスによる仮の表記');
});

const axeCheck = async (page: Page, where: string) => {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

test('axe-core finds no violations on the reading’s pages and the corrections, in English and Japanese', async ({
	page
}) => {
	for (const lang of ['en', 'ja'] as const) {
		const q = lang === 'ja' ? '/ja' : '';
		await page.goto(`${q}/read`);
		await mapIdle(page);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await axeCheck(page, `${q}/read`);
		await page.locator('[data-step-link]').nth(8).click();
		await expect(page.locator('#step-heading')).toHaveText(lang === 'ja' ? steps[8].title_ja : steps[8].title);
		await axeCheck(page, `${q}/read/${steps[8].id}`);
		await page.goto(`${q}/read/all`);
		await axeCheck(page, `${q}/read/all`);
		await page.goto(`${q}/about/corrections`);
		await expect(page.locator('[data-erratum]').first()).toBeVisible();
		await axeCheck(page, `${q}/about/corrections`);
	}
});
