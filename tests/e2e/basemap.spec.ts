import { test, expect, mapIdle, jumpTo } from './fixtures';

test('Japanese labels are drawn with the self-hosted font, on a machine without CJK fonts', async ({ page }) => {
	const fonts: string[] = [];
	page.on('requestfinished', (r) => {
		if (r.url().includes('/fonts/noto-sans-jp/') && r.url().endsWith('.woff2')) fonts.push(r.url());
	});
	await page.goto('/ja');
	await mapIdle(page);
	// Hokkaido and Kansai both in the map's share of the window (the docked map key takes the bottom of its column)
	await jumpTo(page, 138, 39, 4.5);
	// MapLibre's font-faces registers each subset it draws with in document.fonts: the one covering
	// 北 (U+5317, in 北海道) must be loaded, so the label is not drawn as boxes
	const covered = await page.evaluate(async () => {
		await document.fonts.ready;
		const codepoint = '北'.codePointAt(0)!;
		return [...document.fonts].some((f) => {
			if (f.status !== 'loaded') return false;
			return f.unicodeRange.split(',').some((r) => {
				const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
				const lo = parseInt(a, 16);
				const hi = b ? parseInt(b, 16) : lo;
				return codepoint >= lo && codepoint <= hi;
			});
		});
	});
	expect(covered).toBe(true);
	expect(fonts.length).toBeGreaterThan(0);
	for (const f of fonts) expect(new URL(f).origin).toBe(new URL(page.url()).origin);
	// the case labels are in Japanese in Japanese mode
	const labels = await page.evaluate(() => {
		const map = window.__clusterAtlas!.map as {
			queryRenderedFeatures(o: { layers: string[] }): { properties: { name_ja: string } }[];
			getLayoutProperty(l: string, p: string): unknown;
		};
		return {
			field: JSON.stringify(map.getLayoutProperty('labels-cases', 'text-field')),
			names: map.queryRenderedFeatures({ layers: ['labels-cases'] }).map((f) => f.properties.name_ja)
		};
	});
	expect(labels.field).toContain('name_ja');
	expect(labels.names).toContain('北海道');
});

test('a remote basemap style that fails to load falls back to the embedded basemap, and says so', async ({
	page,
	guard
}) => {
	guard.allow(/404 \(Not Found\)/);
	// PUBLIC_BASEMAP_STYLE reaches the app through SvelteKit's /_app/env.js: point it at a style that is not there
	await page.route('**/_app/env.js', (route) =>
		route.fulfill({
			contentType: 'text/javascript',
			body: 'export const env={"PUBLIC_BASEMAP_STYLE":"/no-such-style.json"}'
		})
	);
	await page.goto('/');
	await mapIdle(page);
	await expect(page.getByRole('region', { name: 'Notices' })).toContainText('The remote basemap could not be loaded');
	// getStyle() leaves the points engine's custom layer out: the style's own order has every layer
	const layers = await page.evaluate(() =>
		(window.__clusterAtlas!.map as { getLayersOrder(): string[] }).getLayersOrder()
	);
	expect(layers).toContain('countries-fill');
	expect(layers).toContain('atlas-points');
});
