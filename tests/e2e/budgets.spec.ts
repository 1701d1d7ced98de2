/**
 * Size budgets, read from the production build (no browser): bytes are asserted, timings never
 * (those are `npm run bench`'s). The helpers throw when build/ is missing or a library chunk cannot
 * be found by its content, so these tests cannot pass on an absent or unrecognised build.
 * Gzip level 6, as scripts/serve.mjs sends it.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { BASEMAP_BUDGET_KIB } from '../../src/lib/geo/basemap';
import { KIB, basemapBytes, frameworkFiles, maplibreFiles, pageJs, pageModules } from '../../scripts/bench/sizes.mjs';

const BUILD = 'build';
const PAGES = ['index.html', 'place/hokkaido.html', 'lessons.html', 'compare/glasgow/hokkaido.html', 'timeline.html'];

test('MapLibre is in one chunk of its own, loaded on demand: no page preloads it or imports it statically', () => {
	const { lib } = maplibreFiles(BUILD);
	for (const page of PAGES) {
		const html = readFileSync(`${BUILD}/${page}`, 'utf8');
		expect(html, page).not.toContain(lib);
		// it is reachable, through the map engine's dynamic import
		expect(pageModules(BUILD, page), page).toContain(lib);
	}
});

test('our JavaScript per page stays within budget (MapLibre excluded)', () => {
	expect(frameworkFiles(BUILD)).toHaveLength(2);
	for (const page of PAGES) {
		const js = pageJs(BUILD, page);
		// the code this repository writes or generates: the 40 KiB
		expect(js.app / KIB, `${page}: app code, gzip KiB`).toBeLessThanOrEqual(40);
		// all of it with Svelte's runtime and SvelteKit's client (≈31 KiB by themselves): a guard
		// against growth, just above today's size (≈67 KiB; see the README's Benchmark section)
		expect(js.ours / KIB, `${page}: all JS but MapLibre, gzip KiB`).toBeLessThanOrEqual(72);
		// Japanese mode adds its catalogue, one chunk loaded on demand
		expect(js.ja / KIB, `${page}: Japanese catalogue, gzip KiB`).toBeGreaterThan(0);
		expect(js.ja / KIB, `${page}: Japanese catalogue, gzip KiB`).toBeLessThanOrEqual(10);
	}
});

test(`the embedded basemap data stays within ${BASEMAP_BUDGET_KIB} KiB gzip`, () => {
	const { files, bytes } = basemapBytes(BUILD);
	expect(files).toHaveLength(3);
	expect(bytes / KIB).toBeLessThanOrEqual(BASEMAP_BUDGET_KIB);
});
