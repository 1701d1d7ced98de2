/**
 * Failure paths, each a named test: a strict Content-Security-Policy, a lost WebGL context, no WebGL
 * at all, hostile text in the data, and the network gone after a first visit. (The fuzzing of the
 * URL state and of the geodata validator is in tests/unit/fuzz-*.test.ts.)
 *
 * Every test runs under the guard of fixtures.ts: a page error, a console error, a CSP violation or
 * a request to another host fails it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, renderedPlaceIds, ringed, jumpTo, screenPoint } from './fixtures';
import { place, places, sectorLabel } from './data';
import { ja } from '../../src/lib/i18n/ja';

const panelTitle = (page: Page) => page.locator('#panel-title');

// ---------------------------------------------------------------- strict CSP

type Policy = Map<string, string[]>;

function policyOf(html: string): Policy {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
	expect(metas, 'one CSP meta tag').toHaveLength(1);
	const text = metas[0][1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
	return new Map(
		text
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;
const inlineElements = (html: string) =>
	[...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
		type: /\btype="([^"]*)"/.exec(m[1])?.[1].trim().toLowerCase() ?? '',
		text: m[2]
	}));
// HTML's script types that run (no type, a JavaScript MIME type, or module); any other type is a data
// block, which the browser never executes, so script-src does not govern it and it needs no hash
const JS_TYPES = /^(|module|(application|text)\/(java|ecma)script|text\/(jscript|livescript|x-(java|ecma)script))$/;
const inlineScripts = (html: string) =>
	inlineElements(html)
		.filter((s) => JS_TYPES.test(s.type))
		.map((s) => s.text);
const dataBlocks = (html: string) => inlineElements(html).filter((s) => !JS_TYPES.test(s.type));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('strict CSP: every page has a hash-based policy, no unsafe-inline, worker-src self, no other origin; the map renders under it', async ({
	page,
	request,
	guard
}) => {
	for (const path of ['/', '/about', '/place/kansai', '/place/bureau-kinki', '/404']) {
		const html = await (await request.get(path)).text();
		const csp = policyOf(html);
		const where = `${path}: ${[...csp].map(([k, v]) => `${k} ${v.join(' ')}`).join('; ')}`;

		// scripts: our own files and the hashes of exactly the inline scripts on this page
		const scripts = csp.get('script-src')!;
		expect(scripts, where).toContain("'self'");
		for (const s of scripts) expect(s === "'self'" || HASH.test(s), `${where}: script source ${s}`).toBe(true);
		const inline = inlineScripts(html);
		expect(inline.length, `${path} boots from an inline script`).toBeGreaterThan(0);
		expect(scripts.filter((s) => s !== "'self'").sort(), `${path}: one hash per inline script`).toEqual(
			inline.map(sha256).sort()
		);
		// the data blocks are the JSON-LD in every head (cite-ui): only that type, only JSON, none hashed
		for (const block of dataBlocks(html)) {
			expect(block.type, `${path}: a data block's type`).toBe('application/ld+json');
			expect(() => JSON.parse(block.text), `${path}: the JSON-LD parses`).not.toThrow();
			expect(scripts, `${path}: a data block needs no hash`).not.toContain(sha256(block.text));
		}
		expect(html, `${path}: no inline event handler`).not.toMatch(/<[^>]+\son[a-z]+=/i);

		// styles: files only; the one hashed attribute is SvelteKit's route announcer
		expect(csp.get('style-src'), where).toEqual(["'self'"]);
		const attrs = csp.get('style-src-attr')!;
		expect(attrs[0], where).toBe("'unsafe-hashes'");
		for (const s of attrs.slice(1)) expect(s, where).toMatch(HASH);
		expect(html, `${path}: no style attribute in the markup`).not.toMatch(/<[^>]+\sstyle="/);

		expect(csp.get('worker-src'), where).toEqual(["'self'"]);
		expect(csp.get('default-src'), where).toEqual(["'self'"]);
		expect(csp.get('object-src'), where).toEqual(["'none'"]);
		expect(csp.get('base-uri'), where).toEqual(["'self'"]);
		// no other origin anywhere: only keywords, hashes and the data:/blob: schemes for images and fonts
		for (const [name, sources] of csp)
			for (const s of sources) {
				const ok =
					/^'[a-z-]+'$/.test(s) ||
					HASH.test(s) ||
					((name === 'img-src' || name === 'font-src') && /^(data|blob):$/.test(s));
				expect(ok, `${where}: ${name} ${s}`).toBe(true);
				expect(s, where).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|\*/);
			}
	}

	// under that policy the app runs: the guard fails this test on any violation
	await page.goto('/place/kansai?sectors=biotech');
	await mapIdle(page);
	await expect(panelTitle(page)).toHaveText(place('kansai').name);
	expect((await renderedPlaceIds(page)).length).toBeGreaterThan(0);

	// …and the policy is enforced, and its violations seen: markup-born script and style are refused
	guard.allow(/violates the following Content Security Policy directive/);
	const ran = await page.evaluate(async () => {
		const w = window as unknown as { __inline?: number };
		const s = document.createElement('script');
		s.textContent = 'window.__inline = 1';
		document.body.append(s);
		const div = document.createElement('div');
		div.innerHTML = '<p style="color: rgb(1, 2, 3)">x</p>';
		document.body.append(div);
		const coloured = getComputedStyle(div.firstElementChild!).color === 'rgb(1, 2, 3)';
		div.remove();
		await new Promise((r) => setTimeout(r, 50)); // violation events are queued as tasks
		return { script: w.__inline === 1, style: coloured };
	});
	expect(ran).toEqual({ script: false, style: false });
	await expect.poll(() => guard.csp.length).toBe(2);
	expect(guard.csp.map((v) => v.split(' ')[0]).sort()).toEqual(['script-src-elem', 'style-src-attr']);
	guard.csp.length = 0; // expected: provoked on purpose above
});

// ---------------------------------------------------------------- WebGL context lost

test('WebGL context lost: the map restores itself, with the selection and the sector filter still applied', async ({
	page
}) => {
	await page.goto('/place/kansai?sectors=biotech');
	await mapIdle(page);
	const before = await renderedPlaceIds(page);
	expect(before).toContain('kansai');
	for (const id of before) expect(place(id).sectors).toContain('biotech');

	const lost = await page.evaluate(async () => {
		const canvas = (window.__clusterAtlas!.map as { getCanvas(): HTMLCanvasElement }).getCanvas();
		const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
		const ext = gl.getExtension('WEBGL_lose_context')!;
		const event = (name: string) => new Promise<void>((r) => canvas.addEventListener(name, () => r(), { once: true }));
		const lostEvent = event('webglcontextlost');
		ext.loseContext();
		await lostEvent;
		// restoring is allowed only once the lost event's dispatch has finished (its listeners, and the
		// microtasks they queue, run inside it): hop to the next task
		await new Promise((r) => setTimeout(r, 0));
		const during = {
			lost: gl.isContextLost(),
			map: document.documentElement.dataset.map,
			png: (document.querySelector('[aria-describedby="takeaway-png-note"]') as HTMLButtonElement).disabled,
			says: document.body.innerText.includes('Loading the map')
		};
		const restored = event('webglcontextrestored');
		ext.restoreContext();
		await restored;
		return during;
	});
	// while lost, the app knows: the map is not idle, no image can be taken of it, and the page says it is loading again
	expect(lost).toEqual({ lost: true, map: 'lost', png: true, says: true });
	await mapIdle(page);
	await expect(page.getByText('Loading the map')).toHaveCount(0);

	const state = await page.evaluate(() => {
		const map = window.__clusterAtlas!.map as { getCanvas(): HTMLCanvasElement };
		const canvas = map.getCanvas();
		const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
		// the GPU drew again: the frame is not one flat colour (a lost or empty context reads back blank)
		const w = gl.drawingBufferWidth;
		const h = gl.drawingBufferHeight;
		const px = new Uint8Array(w * h * 4);
		gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
		const colours = new Set<number>();
		for (let i = 0; i < px.length; i += 4 * 97) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
		return { lost: gl.isContextLost(), colours: colours.size };
	});
	// the case's region is still highlighted (feature state, which MapLibre's own restoration drops)
	const regionSelected = await page.evaluate(
		(id) =>
			(window.__clusterAtlas!.map as { getFeatureState(f: object): Record<string, unknown> }).getFeatureState({
				source: 'regions',
				id
			}).selected,
		place('kansai').region
	);
	expect(regionSelected).toBe(true);
	expect(state.lost).toBe(false);
	expect(state.colours).toBeGreaterThan(10);
	// and its ring is still drawn
	expect(await ringed(page, 'selected')).toEqual({ listed: ['kansai'], rendered: ['kansai'] });
	expect(await renderedPlaceIds(page)).toEqual(before);
	await expect(panelTitle(page)).toHaveText(place('kansai').name);
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('biotech')}`) })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) })).not.toBeChecked();
	await expect(page).toHaveURL(/\/place\/kansai\?sectors=biotech/);
});

// ---------------------------------------------------------------- no WebGL

test('no WebGL: the page says so, and the list, search, a place panel and Escape still work', async ({ page }) => {
	await page.addInitScript(() => {
		const orig = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
			if (/webgl/.test(type)) return null;
			return (orig as (...a: unknown[]) => unknown).call(this, type, ...rest);
		} as typeof orig;
	});
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('WebGL');
	await expect(page.locator('html')).toHaveAttribute('data-map', 'nowebgl');
	await expect(page.locator('#place-list [data-place]')).toHaveCount(places.length);

	await page.getByRole('searchbox', { name: 'Search places' }).fill('Shannon');
	await expect(page.locator('#place-list [data-place="shannon"]')).toBeVisible();
	await page.locator('#place-list [data-place="shannon"]').click();
	await expect(page).toHaveURL(/\/place\/shannon(\?|#|$)/);
	await expect(panelTitle(page)).toHaveText(place('shannon').name);
	await expect(panelTitle(page)).toBeFocused();
	await expect(page.locator('[data-panel="shannon"]').getByRole('heading', { name: 'Sources' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panelTitle(page)).toHaveCount(0);
	// the search stays in the address (?q=)
	await expect(page).toHaveURL(/\/\?q=Shannon$/);
	await expect(page.locator('#place-list [data-place="shannon"]')).toBeFocused();
	await expect(page.getByRole('alert')).toContainText('WebGL');
});

// ---------------------------------------------------------------- hostile data

const HOSTILE = {
	name: `<img src=x onerror="window.__pwned=1">Hostile <b>name</b>`,
	summary: `<script>window.__pwned=1</script> A summary that tries to run a script before its words.`,
	narrative: `"><svg onload="window.__pwned=1"> A narrative paragraph that tries to close its attribute and inject markup.`,
	sourceTitle: `<a href="javascript:window.__pwned=1">click me</a> a source title`,
	conflict: `<iframe src="javascript:window.__pwned=1"></iframe> what the paper says`,
	url: 'javascript:window.__pwned=1'
};
const TARGET = 'meti-hokkaido-super-cluster';

interface RawPlace {
	name: string;
	summary: string;
	narrative: { text: string }[];
	sources: string[];
	conflicts: { paper: { value: string } }[];
}
function rawPlace(id: string): RawPlace {
	for (const f of ['cases', 'firms', 'meti-clusters', 'mext-clusters']) {
		const doc = JSON.parse(readFileSync(join('geodata', 'places', `${f}.geojson`), 'utf8')) as {
			features: { properties: RawPlace & { id: string } }[];
		};
		const hit = doc.features.find((x) => x.properties.id === id);
		if (hit) return hit.properties;
	}
	throw new Error(`no place ${id}`);
}

/** A JS string literal that cannot end the inline <script> it sits in (as devalue writes them). */
const jsString = (s: string) => JSON.stringify(s).replaceAll('<', '\\u003C');

test('hostile data: markup and script in names, summary, narrative, sources and conflicts render as text and never run', async ({
	page
}) => {
	const raw = rawPlace(TARGET);
	const sources = (
		JSON.parse(readFileSync(join('geodata', 'sources.json'), 'utf8')) as {
			sources: { id: string; title: string; url?: string }[];
		}
	).sources;
	const source = sources.find((s) => raw.sources.includes(s.id) && s.url)!;
	expect(raw.conflicts.length).toBeGreaterThan(0);

	// 1. the page a visitor opens: its embedded index (the list, search and chooser read names from it)
	//    carries the hostile name. The boot script is CSP-hashed, so the hash is re-computed too: the
	//    page is exactly what a build from hostile geodata would serve.
	await page.route(
		(url) => url.pathname === '/',
		async (route) => {
			const html = await (await route.fetch()).text();
			const [, script] = /<script>([\s\S]*?)<\/script>/.exec(html)!;
			const at = script.indexOf(`id:"${TARGET}"`);
			const nameAt = script.indexOf('name:"', at);
			const nameEnd = script.indexOf('",', nameAt) + 1;
			expect(at > 0 && nameAt > at && script.slice(nameAt + 5, nameEnd)).toBe(JSON.stringify(raw.name));
			const hostile = script.slice(0, nameAt) + `name:${jsString(HOSTILE.name)}` + script.slice(nameEnd);
			const body = html.replace(script, hostile).replace(sha256(script).slice(1, -1), sha256(hostile).slice(1, -1));
			await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
		}
	);
	// 2. the place's data, fetched on a client-side navigation: every text the panel shows is hostile
	const swap = new Map<string, string>([
		[raw.name, HOSTILE.name],
		[raw.summary, HOSTILE.summary],
		[raw.narrative[0].text, HOSTILE.narrative],
		[source.title, HOSTILE.sourceTitle],
		[source.url!, HOSTILE.url],
		[raw.conflicts[0].paper.value, HOSTILE.conflict]
	]);
	const swapped = new Set<string>();
	await page.route(
		(url) => url.pathname === `/place/${TARGET}/__data.json`,
		async (route) => {
			const data = (await (await route.fetch()).json()) as { nodes: ({ data?: unknown[] } | null)[] };
			for (const node of data.nodes)
				node?.data?.forEach((v, i, arr) => {
					if (typeof v === 'string' && swap.has(v)) {
						arr[i] = swap.get(v);
						swapped.add(v);
					}
				});
			await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) });
		}
	);

	await page.goto('/');
	await mapIdle(page);

	// the list and search: the name is text
	await page.getByRole('searchbox', { name: 'Search places' }).fill('Hostile');
	const item = page.locator(`#place-list [data-place="${TARGET}"]`);
	await expect(item).toHaveCount(1);
	await expect(item).toContainText(HOSTILE.name);

	// the panel, rendered on the client from the hostile __data.json
	await item.click();
	await expect(page).toHaveURL(new RegExp(`/place/${TARGET}`));
	const panel = page.locator(`[data-panel="${TARGET}"]`);
	await expect(panelTitle(page)).toHaveText(HOSTILE.name);
	expect([...swapped].sort()).toEqual([...swap.keys()].sort());
	for (const text of [HOSTILE.summary, HOSTILE.narrative, HOSTILE.sourceTitle, HOSTILE.conflict])
		await expect(panel).toContainText(text);
	await expect(page).toHaveTitle(new RegExp(HOSTILE.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	// the javascript: URL of the source is no link (nor is anything else)
	await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
	await expect(panel.locator('ol.sources li', { hasText: 'a source title' }).locator('a')).toHaveCount(0);

	// the chooser at the shared spot lists it by name, as text
	await page.keyboard.press('Escape');
	await expect(panelTitle(page)).toHaveCount(0);
	await page.getByRole('searchbox', { name: 'Search places' }).fill('');
	const spot = place(TARGET);
	await jumpTo(page, spot.lon, spot.lat, 3);
	const pt = await screenPoint(page, spot.lon, spot.lat);
	await page.mouse.click(pt.x, pt.y);
	const chooser = page.getByRole('dialog', { name: /places here/ });
	await expect(chooser.locator(`[data-place="${TARGET}"]`)).toContainText(HOSTILE.name);
	await page.keyboard.press('Escape');

	// nothing ran and no markup was made from the data (the guard also fails on the CSP violation an
	// injected handler would raise, and on the 404 of an injected <img src=x>)
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	const made = await page.evaluate(() => ({
		elements: document.querySelectorAll('img[src="x"], svg[onload], iframe, [onerror], [onload]').length,
		bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'name').length,
		scripts: [...document.scripts].filter((s) => s.textContent?.trim() === 'window.__pwned=1').length
	}));
	expect(made).toEqual({ elements: 0, bold: 0, scripts: 0 });
});

// ---------------------------------------------------------------- offline after the first visit

test.describe('offline', () => {
	// every other test blocks service workers (playwright.config.ts); this one is about them
	test.use({ serviceWorkers: 'allow' });

	test('offline after first visit: the service worker serves the app, basemap, fonts, place pages in both editions and the 404 pages with the network gone', async ({
		page,
		context,
		guard
	}) => {
		test.slow(); // six page loads, one with the whole site being precached behind it
		const labels = () =>
			page.evaluate(() => {
				const map = window.__clusterAtlas!.map as {
					queryRenderedFeatures(o: { layers: string[] }): { properties: { name?: string } }[];
				};
				return map
					.queryRenderedFeatures({ layers: ['basemap-labels-country', 'labels-cases'] })
					.map((f) => f.properties.name ?? '')
					.sort();
			});
		await page.goto('/');
		await mapIdle(page);
		const online = await labels();
		expect(online.length).toBeGreaterThan(0);
		// installed (so the precache is complete) and in control of the page
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		await context.setOffline(true);
		const notFromWorker: string[] = [];
		const failed: string[] = [];
		page.on('response', (r) => {
			if (!r.fromServiceWorker()) notFromWorker.push(`${r.status()} ${r.url()}`);
		});
		page.on('requestfailed', (r) => {
			const error = r.failure()?.errorText ?? '';
			// the browser cancels its own favicon fetch when the page navigates on (ERR_ABORTED): a
			// cancellation, not an offline failure (the icon is precached; a failed fetch is ERR_FAILED)
			if (error === 'net::ERR_ABORTED' && new URL(r.url()).pathname === '/favicon.svg') return;
			failed.push(`${error} ${r.url()}`);
		});

		await page.reload();
		await mapIdle(page);
		// the map drew the same labels (basemap and case labels) as online, in the self-hosted font
		expect(await labels()).toEqual(online);
		await expect
			.poll(() =>
				page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Noto Sans JP') && f.status === 'loaded'))
			)
			.toBe(true);
		expect(await renderedPlaceIds(page)).toContain('kansai');

		// a place panel, from the cached __data.json (a client-side navigation)
		await page.locator('#place-list [data-place="kansai"]').click();
		await expect(panelTitle(page)).toHaveText(place('kansai').name);
		await expect(page.locator('[data-panel="kansai"]').getByRole('heading', { name: 'Sources' })).toBeVisible();

		// a place page opened offline by its link, filters in the query
		await page.goto('/place/hokkaido?sectors=biotech');
		await mapIdle(page);
		await expect(panelTitle(page)).toHaveText(place('hokkaido').name);
		await expect(page.getByRole('checkbox', { name: new RegExp(`^${sectorLabel('ict')}`) })).not.toBeChecked();

		// an unknown place offline: the cached 404 page, with its status, as online
		guard.allow(/404 \(Not Found\)/);
		const res = await page.goto('/place/atlantis');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();

		// the Japanese edition is precached too: a /ja/ page in Japanese, and its own 404 page
		await page.goto('/ja/place/kansai');
		await mapIdle(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
		await expect(panelTitle(page)).toHaveText(place('kansai').name_ja!);
		const resJa = await page.goto('/ja/place/atlantis');
		expect(resJa?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: ja.notFoundTitle })).toBeVisible();

		expect(failed, 'requests that failed offline').toEqual([]);
		expect(notFromWorker, 'responses that did not come from the service worker').toEqual([]);
	});
});
