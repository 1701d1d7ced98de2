/**
 * Every browser test runs under a guard: it fails on any page error, console error, CSP
 * violation, or request to a host other than the page's own origin.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	errors: string[];
	offOrigin: string[];
	csp: string[];
	/** console errors a test expects (e.g. the 404 fetch of an unknown place) */
	allow(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const allowed: RegExp[] = [];
			const guard: Guard = { errors: [], offOrigin: [], csp: [], allow: (p) => allowed.push(p) };
			page.on('pageerror', (e) => guard.errors.push(`pageerror: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error' && !allowed.some((p) => p.test(m.text()))) guard.errors.push(`console: ${m.text()}`);
			});
			page.on('request', (r) => {
				const url = r.url();
				if (/^(data|blob|about|chrome-extension):/.test(url)) return;
				if (new URL(url).origin !== origin) guard.offOrigin.push(url);
			});
			await page.exposeBinding('__reportCsp', (_src, text: string) => guard.csp.push(text));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					(window as unknown as { __reportCsp(t: string): void }).__reportCsp(
						`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`
					);
				});
			});
			await use(guard);
			expect(guard.errors, 'page or console errors').toEqual([]);
			expect(guard.offOrigin, 'requests to other hosts').toEqual([]);
			expect(guard.csp, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until MapLibre has loaded and rendered everything (its `idle` event, which the app mirrors to `<html data-map>`). */
export async function mapIdle(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 45_000 });
	// the map itself is there only in the test build (npm run build:test; scripts/e2e-server.mjs makes sure of it)
	expect(await page.evaluate(() => !!window.__clusterAtlas), 'window.__clusterAtlas: build/ is not a test build').toBe(
		true
	);
}

/** Ids of the places MapLibre currently renders (not pixels: rendered features). */
export async function renderedPlaceIds(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = window.__clusterAtlas!.map as {
			getLayer(id: string): unknown;
			getLayoutProperty(id: string, p: string): unknown;
			queryRenderedFeatures(o: { layers: string[] }): { properties: { id: string } }[];
		};
		const layers = ['points-cases', 'points-firms', 'points-meti', 'points-mext'].filter(
			(l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none'
		);
		return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id))].sort();
	});
}

/**
 * The places the map rings (`selected` or `emph`): those its rings source holds, and those it
 * actually renders in the current view.
 */
export async function ringed(page: Page, ring: 'selected' | 'emph'): Promise<{ listed: string[]; rendered: string[] }> {
	return page.evaluate(async (ring) => {
		const map = window.__clusterAtlas!.map as {
			getSource(id: string): { getData(): Promise<{ features: { properties: { id: string; ring: string } }[] }> };
			queryRenderedFeatures(o: { layers: string[] }): { properties: { id: string } }[];
		};
		const data = await map.getSource('rings').getData();
		const listed = data.features.filter((f) => f.properties.ring === ring).map((f) => f.properties.id);
		const rendered = map.queryRenderedFeatures({ layers: [`ring-${ring}`] }).map((f) => f.properties.id);
		return { listed: [...new Set(listed)].sort(), rendered: [...new Set(rendered)].sort() };
	}, ring);
}

/** Moves the map without animation and waits until it has drawn the new view. */
export async function jumpTo(page: Page, lon: number, lat: number, zoom: number) {
	await page.evaluate(
		([lon, lat, zoom]) =>
			new Promise<void>((drawn) => {
				const map = window.__clusterAtlas!.map as {
					once(event: 'idle', listener: () => void): void;
					jumpTo(o: object): void;
				};
				map.once('idle', () => drawn());
				map.jumpTo({ center: [lon, lat], zoom });
			}),
		[lon, lat, zoom]
	);
	await mapIdle(page);
}

/** Screen position of a geographic point on the map canvas (page coordinates). */
export async function screenPoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
	return page.evaluate(
		([lon, lat]) => {
			const map = window.__clusterAtlas!.map as {
				project(l: [number, number]): { x: number; y: number };
				getCanvas(): HTMLCanvasElement;
			};
			const p = map.project([lon, lat]);
			const r = map.getCanvas().getBoundingClientRect();
			return { x: r.left + p.x, y: r.top + p.y };
		},
		[lon, lat]
	);
}
