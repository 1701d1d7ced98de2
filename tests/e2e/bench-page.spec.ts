/**
 * The benchmark page runs the explorer's own code on a dataset fetched at run time. Its data is
 * never in the build (npm run bench writes it), so here the test serves it through page.route.
 */
import { readFileSync } from 'node:fs';
import { test, expect, mapIdle, renderedPlaceIds } from './fixtures';
import { syntheticIndex } from '../../scripts/bench/synthetic';

test('the bench page says plainly when its data is missing', async ({ page, guard }) => {
	guard.allow(/404/);
	await page.route('**/bench-data/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/bench?data=10k');
	await expect(page.getByText('Benchmark data not present (10k): run npm run bench.')).toBeVisible();
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('the bench page draws a synthetic dataset with the explorer: filters, list and a local panel', async ({
	page
}) => {
	const units = JSON.parse(readFileSync('geodata/basemap/admin1.geojson', 'utf8'));
	const real = JSON.parse(readFileSync('geodata/sectors.json', 'utf8'));
	const paper = { title: 't', author: 'a', year: 2003, date: '2003-09-22', event: 'e', place: 'p' };
	const index = syntheticIndex(200, 11, units, { paper, sectors: real.sectors });
	await page.route('**/bench-data/t200.json', (route) => route.fulfill({ json: index }));

	await page.goto('/bench?data=t200');
	await expect(page.getByRole('heading', { name: 'Benchmark: t200' })).toBeVisible();
	await expect(page.locator('#list-heading')).toContainText('(200)');
	await mapIdle(page);
	expect(await renderedPlaceIds(page)).toEqual(index.places.map((p) => p.id).sort());

	await page.locator('input[name="sector"][value="ict"]').uncheck();
	await expect(page).toHaveURL(/\/bench\?sectors=/);
	await mapIdle(page);
	const kept = index.places.filter((p) => p.sectors.some((s) => s !== 'ict'));
	expect(await renderedPlaceIds(page)).toEqual(kept.map((p) => p.id).sort());
	await expect(page.locator('#list-heading')).toContainText(`(${kept.length})`);

	// a place opens in the panel without leaving the page (synthetic places have no page of their own)
	const first = page.locator('#place-list a[data-place]').first();
	const id = await first.getAttribute('data-place');
	await first.click();
	await expect(page.locator('#panel-title')).toHaveText(kept.find((p) => p.id === id)!.name);
	await expect(page.locator('#panel-title')).toBeFocused();
	await expect(page).toHaveURL(/\/bench\?sectors=/);
});
