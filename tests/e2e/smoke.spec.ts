import { test, expect, mapIdle } from './fixtures';

test('home page renders the map offline: MapLibre reaches idle, no error, no other host', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Cluster Atlas');
	await mapIdle(page);
	const layers = await page.evaluate(() =>
		(window.__clusterAtlas!.map as { getStyle(): { layers: { id: string }[] } }).getStyle().layers.map((l) => l.id)
	);
	expect(layers).toContain('countries-fill');
	expect(layers).toContain('points-cases');
});
