/**
 * Every route of the app, visited once in a browser: each page renders its heading with no page
 * error, console error, CSP violation or request to another host (the guard in fixtures.ts), and
 * explorer pages bring the map to idle. The routes are found in src/routes when the tests are
 * collected (as MIERUNE/svelte-maplibre-gl's examples smoke test does), so a new route without a
 * sample here fails instead of going unvisited; routes with parameters are visited for a sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, mapIdle } from './fixtures';
import { places, regions } from './data';

const ROUTES = join(process.cwd(), 'src', 'routes');

/** `/(explorer)/compare/[a]/[b]` for every +page.svelte (groups in parentheses are not in the URL). */
function routeIds(dir = ROUTES): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return routeIds(path);
		return d.name === '+page.svelte' ? ['/' + relative(ROUTES, dir).split(sep).join('/')] : [];
	});
}

const comparison = JSON.parse(readFileSync(join(process.cwd(), 'geodata', 'comparison.json'), 'utf8')) as {
	cells: { place: string }[];
};
const compared = [...new Set(comparison.cells.map((c) => c.place))];
const steps = (
	JSON.parse(readFileSync(join(process.cwd(), 'geodata', 'reading.json'), 'utf8')) as { steps: { id: string }[] }
).steps.map((s) => s.id);
const pairs = compared.flatMap((a) => compared.filter((b) => b !== a).map((b) => `/compare/${a}/${b}`));

/** The URLs that stand for each route: all of a route without parameters, a sample of the others. */
const SAMPLES: Record<string, string[]> = {
	'/(explorer)': ['/', '/ja'],
	'/(explorer)/place/[id]': [
		// one place of every kind, and a region of every kind
		...[...new Set(places.map((p) => p.kind))].map((k) => `/place/${places.find((p) => p.kind === k)!.id}`),
		...[...new Set(regions.map((r) => r.properties.kind))].map(
			(k) => `/place/${regions.find((r) => r.properties.kind === k)!.properties.id}`
		)
	],
	'/(explorer)/lessons': ['/lessons', '/lessons?item=lesson-2'],
	// 6 of the 30 ordered pairs: every sixth, and the last
	'/(explorer)/compare/[a]/[b]': [...pairs.filter((_, i) => i % 6 === 0), pairs[pairs.length - 1]],
	'/(explorer)/timeline': ['/timeline', '/timeline?period=1990-1999'],
	'/about': ['/about', '/ja/about'],
	'/about/corrections': ['/about/corrections', '/ja/about/corrections'],
	'/(explorer)/read': ['/read', '/ja/read'],
	// the first step, one from each later third, and the last (in Japanese)
	'/(explorer)/read/[step]': [
		`/read/${steps[0]}`,
		`/read/${steps[Math.floor(steps.length / 3)]}`,
		`/read/${steps[Math.floor((2 * steps.length) / 3)]}`,
		`/ja/read/${steps[steps.length - 1]}`
	],
	'/read/all': ['/read/all', '/ja/read/all'],
	'/assess': ['/assess', '/ja/assess'],
	'/404': ['/404'],
	'/bench': ['/bench']
};

test('every route has a sample to visit, and every sample names a route', () => {
	expect(Object.keys(SAMPLES).sort()).toEqual(routeIds().sort());
	expect(pairs).toHaveLength(30);
});

for (const [route, urls] of Object.entries(SAMPLES))
	for (const url of urls)
		test(`smoke: ${url} (${route}) renders with no page error`, async ({ page, guard }) => {
			// the bench page without its dataset says so (its fetch is a 404, on purpose)
			if (route === '/bench') guard.allow(/404/);
			const response = await page.goto(url);
			expect(response?.status(), 'HTTP status').toBe(200);
			await expect(page.locator('h2').first()).toBeVisible();
			if (route.startsWith('/(explorer)')) await mapIdle(page);
		});

test('home page renders the map offline: MapLibre reaches idle, no error, no other host', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Cluster Atlas');
	await mapIdle(page);
	// the points are the engine's custom layer, which getStyle() leaves out: read the style's order
	const layers = await page.evaluate(() =>
		(window.__clusterAtlas!.map as { getLayersOrder(): string[] }).getLayersOrder()
	);
	expect(layers).toContain('countries-fill');
	expect(layers).toContain('atlas-points');
});
