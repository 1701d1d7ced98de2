/**
 * Size budgets, read from the production build (no browser): bytes are asserted, timings never
 * (those are `npm run bench`'s). The helpers throw when build/ is missing or a library chunk cannot
 * be found by its content, so these tests cannot pass on an absent or unrecognised build.
 * Gzip level 6, as scripts/serve.mjs sends it.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { BASEMAP_BUDGET_KIB } from '../../src/lib/geo/basemap';
import {
	KIB,
	basemapBytes,
	citationFiles,
	frameworkFiles,
	gzipSize,
	maplibreFiles,
	onDemandFiles,
	pageJs,
	pageModules
} from '../../scripts/bench/sizes.mjs';

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
		// The code this repository writes or generates, for the first view. The target was
		// 40 KiB; the explorer is at ≈89–92 KiB since issues 9–14 (the points engine and its shaders,
		// 13.5 KiB, counted as ours; the map key, search, tooltip and places-in-view; ≈13 KiB of English
		// strings for every feature; the paper's locator table for in-place locator notes, 6 KiB).
		// The target is missed and said so in the README's Benchmark section; this is a guard against
		// further growth, just above today's size.
		expect(js.app / KIB, `${page}: app code, gzip KiB`).toBeLessThanOrEqual(95);
		// all of it with Svelte's runtime and SvelteKit's client (≈33 KiB by themselves): the same guard
		expect(js.ours / KIB, `${page}: all JS but MapLibre, gzip KiB`).toBeLessThanOrEqual(128);
		// what loads once the first view has settled: the user's-data parts (import, Papa Parse, their
		// list, panel and layer), never before the map is idle (src/lib/offline.ts firstViewDone)
		expect(js.later / KIB, `${page}: after the first view, gzip KiB`).toBeGreaterThan(0);
		expect(js.later / KIB, `${page}: after the first view, gzip KiB`).toBeLessThanOrEqual(34);
		// Japanese mode adds its catalogue, one chunk loaded on demand
		expect(js.ja / KIB, `${page}: Japanese catalogue, gzip KiB`).toBeGreaterThan(0);
		expect(js.ja / KIB, `${page}: Japanese catalogue, gzip KiB`).toBeLessThanOrEqual(14);
	}
});

test('Citation.js is loaded on demand, never preloaded, within ~180 KiB gzip for one citation', () => {
	const engine = citationFiles(BUILD);
	// the engine (Citation.js with citeproc-js and its bundled styles) and the vendored CSL files
	expect(engine.length).toBeGreaterThanOrEqual(5);
	const clicks = onDemandFiles(BUILD);
	for (const page of PAGES) {
		const html = readFileSync(`${BUILD}/${page}`, 'utf8');
		for (const f of [...engine, ...clicks]) expect(html, `${page} preloads ${f}`).not.toContain(f);
		// not part of the first view…
		const first = pageModules(BUILD, page);
		for (const f of [...engine, ...clicks]) expect(first, `${page}: ${f} in the first view`).not.toContain(f);
		// …but reachable, through the citation box a click loads
		const withClicks = pageModules(BUILD, page, { onDemand: true });
		for (const f of engine) expect(withClicks, `${page}: ${f} unreachable`).toContain(f);
	}
	// one citation loads the engine, then one style and one locale at most (each smaller than the engine)
	const [main, ...csl] = engine.map((f) => gzipSize(`${BUILD}${f}`)).sort((a, b) => b - a);
	expect((main + 2 * csl[0]) / KIB, 'Citation.js for one citation, gzip KiB').toBeLessThanOrEqual(180);
});

test(`the embedded basemap data stays within ${BASEMAP_BUDGET_KIB} KiB gzip`, () => {
	const { files, bytes } = basemapBytes(BUILD);
	expect(files).toHaveLength(3);
	expect(bytes / KIB).toBeLessThanOrEqual(BASEMAP_BUDGET_KIB);
});
