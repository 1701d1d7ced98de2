/**
 * Search in Japanese (issue 12): hiragana, katakana, half-width katakana and kanji find the same
 * places, through the hiragana readings in the data (name_ja_reading).
 */
import { test, expect } from './fixtures';
import { places } from './data';
import { ja } from '../../src/lib/i18n/ja';

// the places named after Kyushu: 九州… and 北九州…
const kyushu = places
	.filter((p) => p.name_ja?.includes('九州'))
	.map((p) => p.id)
	.sort();

test('きゅうしゅう and キュウシュウ typed into the Japanese search list the Kyushu places, as 九州 does', async ({
	page
}) => {
	expect(kyushu.length).toBeGreaterThanOrEqual(3);
	await page.goto('/ja'); // the edition's address since ja-routes (no trailing slash: README, Hosting)
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	const search = page.getByRole('searchbox', { name: ja.search });
	const listed = () =>
		page
			.locator('#place-list [data-place]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-place') ?? '').sort());

	await search.fill('九州');
	await expect.poll(listed).toEqual(kyushu);
	// typed key by key, as an input method hands the text over
	await search.fill('');
	await search.pressSequentially('きゅうしゅう');
	await expect.poll(listed).toEqual(kyushu);
	for (const typed of ['キュウシュウ', 'ｷｭｳｼｭｳ']) {
		await search.fill(typed);
		await expect.poll(listed, typed).toEqual(kyushu);
	}
	await search.fill('ほっかいどう');
	await expect.poll(listed).toContain('hokkaido');
	await search.fill('ぜんぜんない');
	await expect(page.getByText(ja.noMatch.replace('{q}', 'ぜんぜんない'))).toBeVisible();
});
