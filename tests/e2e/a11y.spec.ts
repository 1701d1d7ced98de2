import AxeBuilder from '@axe-core/playwright';
import { test, expect, mapIdle } from './fixtures';

const axe = (page: import('@playwright/test').Page) =>
	new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);

for (const path of ['/', '/place/hokkaido', '/place/bureau-kinki', '/about', '/404']) {
	test(`axe-core finds no violations on ${path}`, async ({ page, guard }) => {
		guard.allow(/404 \(Not Found\)/);
		await page.goto(path);
		if (path !== '/about' && path !== '/404') await mapIdle(page);
		const { violations } = await axe(page).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('axe-core finds no violations with the panel opened from the list, in Japanese', async ({ page }) => {
	await page.goto('/ja');
	await mapIdle(page);
	await page.locator('#place-list [data-place="kansai"]').click();
	await expect(page.locator('#panel-title')).toBeFocused();
	const { violations } = await axe(page).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
