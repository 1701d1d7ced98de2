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

/** The points engine's layer as the tests read it (src/lib/map/points/layer.ts). */
export interface PointsLayerHook {
	generation: number;
	inView(): string[];
	shows(id: string): boolean;
	pick(x: number, y: number, radius?: number): string[];
	withFlag(flag: string): string[];
	searching: boolean;
}

/**
 * Ids of the places the map draws in the current view (not pixels: the points layer's own answer,
 * from the same arrays and filter test its shader uses).
 */
export async function renderedPlaceIds(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const layer = window.__clusterAtlas!.points as { inView(): string[] };
		return [...new Set(layer.inView())].sort();
	});
}

/** Ids of the places carrying a state flag in the points layer (what its shader rings, lifts or dims). */
export async function flagged(
	page: Page,
	flag: 'selected' | 'emphasised' | 'match' | 'dimmed' | 'hovered' | 'focused'
): Promise<string[]> {
	return page.evaluate((flag) => (window.__clusterAtlas!.points as PointsLayerHook).withFlag(flag).sort(), flag);
}

/**
 * The places the map rings (`selected` or `emph`): those the points layer marks, and of those the
 * ones it draws in the current view.
 */
export async function ringed(page: Page, ring: 'selected' | 'emph'): Promise<{ listed: string[]; rendered: string[] }> {
	const listed = await flagged(page, ring === 'emph' ? 'emphasised' : 'selected');
	const inView = new Set(await renderedPlaceIds(page));
	return { listed, rendered: listed.filter((id) => inView.has(id)) };
}

/** The points layer's generation: 1 once built, +1 each time its GPU buffers are rebuilt (a lost context). */
export async function generation(page: Page): Promise<number> {
	return page.evaluate(() => (window.__clusterAtlas!.points as { generation: number }).generation);
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
