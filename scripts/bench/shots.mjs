#!/usr/bin/env node
/**
 * A look at the limit page's points layer (src/lib/map/points), for whoever changes its shaders:
 * serves build/ (after `npm run bench`, or its build steps), opens the limit page at 1280×800,
 * and writes screenshots of the world view, the same with a sector toggled off, Kansai at zoom 9
 * with a selection, an emphasis and a search, and the view after a lost and restored WebGL
 * context; also the canvas's own PNG (what the app's PNG export reads). It prints what the layer
 * answers (picked ids, places in view, counts) so a change that draws nothing is seen at once.
 * Not a test: it asserts nothing about pixels, and it never runs in `npm test`.
 *
 * Usage: node scripts/bench/shots.mjs [--port 4212] [--data real] [--out bench-results/shots]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const PORT = Number(opt('port', 4212));
const DATA = opt('data', 'real');
const OUT = opt('out', join('bench-results', 'shots'));
const ORIGIN = `http://127.0.0.1:${PORT}`;
mkdirSync(OUT, { recursive: true });

const server = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(PORT)], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(`${ORIGIN}/bench-pages/limit/`)).ok) break;
	} catch {
		// not up yet
	}
	await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({ executablePath: findChromium().path, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	page.on('pageerror', (e) => console.error('page error:', e.message));
	page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
	/** until the map is idle and two frames later (the frame is on screen) */
	const settled = () =>
		page.evaluate(
			() =>
				new Promise((resolve) => {
					const map = window.__bench.map;
					const done = () => requestAnimationFrame(() => requestAnimationFrame(resolve));
					if (map.loaded() && !map.isMoving()) {
						map.once('idle', done);
						map.triggerRepaint();
					} else map.once('idle', done);
				})
		);
	const shot = async (name) => {
		await settled();
		await page.screenshot({ path: join(OUT, `${name}.png`) });
		console.log(`wrote ${join(OUT, `${name}.png`)}`);
	};
	const report = (label) =>
		page.evaluate((label) => {
			const l = window.__bench.layer;
			const c = l.counts();
			return `${label}: generation ${l.generation}, ${l.inView().length} in view, ${c.visible} shown`;
		}, label);

	await page.goto(`${ORIGIN}/bench-pages/limit/?data=${DATA}&preserve=1`);
	await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 120_000 });
	await shot('world');
	console.log(await report('world'));
	await page.locator('input[name="sector"][value="ict"]').click();
	await shot('world-without-ict');
	console.log(await report('without ict'));
	await page.locator('input[name="sector"][value="ict"]').click();

	// Kansai at zoom 9, with a selection, an emphasis, a hover and a search that dims the rest
	await page.evaluate(() => window.__bench.jumpTo(135.55, 34.75, 9));
	await shot('kansai-z9');
	const ids = await page.evaluate(() => window.__bench.layer.inView());
	console.log(`kansai: ${ids.length} in view: ${ids.slice(0, 12).join(', ')}`);
	await page.evaluate((ids) => {
		const l = window.__bench.layer;
		l.setSelected(ids.find((id) => id === 'kansai') ?? ids[ids.length - 1]);
		l.setEmphasised(ids.slice(0, 3));
		l.setHovered(ids[3] ?? null);
	}, ids);
	await shot('kansai-z9-rings');
	await page.evaluate((ids) => window.__bench.layer.setSearch(ids.slice(0, 4)), ids);
	await shot('kansai-z9-search');
	await page.evaluate(() => window.__bench.layer.setSearch(null));

	// picking at the first point in view answers its id
	const probe = await page.evaluate((id) => {
		const b = window.__bench;
		const l = b.layer;
		const p = l.points;
		const i = p.indexOf.get(id);
		const [lon, lat] = [
			p.merc[2 * i] * 360 - 180,
			(Math.atan(Math.exp((1 - 2 * p.merc[2 * i + 1]) * Math.PI)) * 360) / Math.PI - 90
		];
		const pt = b.map.project([lon, lat]);
		return { id, picked: l.pick(pt.x + p.offset[2 * i], pt.y + p.offset[2 * i + 1]) };
	}, ids[0]);
	console.log(`pick at ${probe.id}: ${probe.picked.join(', ')}`);

	// the canvas's own pixels, as the PNG export reads them (preserveDrawingBuffer)
	const png = await page.evaluate(() => window.__bench.map.getCanvas().toDataURL('image/png'));
	writeFileSync(join(OUT, 'kansai-z9-canvas.png'), Buffer.from(png.split(',')[1], 'base64'));
	console.log(`wrote ${join(OUT, 'kansai-z9-canvas.png')}`);

	// a lost WebGL context, restored: the layer comes back with new buffers
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				const map = window.__bench.map;
				const ext = map.getCanvas().getContext('webgl2').getExtension('WEBGL_lose_context');
				map.once('webglcontextlost', () => setTimeout(() => ext.restoreContext(), 50));
				map.once('webglcontextrestored', () => map.once('idle', resolve));
				ext.loseContext();
			})
	);
	await shot('kansai-z9-restored');
	console.log(await report('after restore'));

	// zoom 14 on a place of no spot offset, with MapLibre's own circle (red dot) at its coordinates
	// on top: the symbol's centre must sit on the dot (float32 alone would be ~0.1 px off here,
	// a wrong matrix far more)
	const at = await page.evaluate((ids) => {
		const b = window.__bench;
		const p = b.layer.points;
		const id = ids.find((id) => p.offset[2 * p.indexOf.get(id)] === 0 && p.offset[2 * p.indexOf.get(id) + 1] === 0);
		const i = p.indexOf.get(id);
		const lon = p.merc[2 * i] * 360 - 180;
		const lat = (Math.atan(Math.exp((1 - 2 * p.merc[2 * i + 1]) * Math.PI)) * 360) / Math.PI - 90;
		b.map.addSource('ref', { type: 'geojson', data: { type: 'Point', coordinates: [lon, lat] } });
		b.map.addLayer({
			id: 'ref',
			type: 'circle',
			source: 'ref',
			paint: { 'circle-radius': 1.5, 'circle-color': '#ff0000' }
		});
		// off the centre, so the check is not only of the centre the layer subtracts
		b.map.jumpTo({ center: [lon + 0.004, lat - 0.002], zoom: 14 });
		return { id, lon, lat };
	}, ids);
	await shot('z14-alignment');
	console.log(`z14 alignment on ${at.id} (${at.lon}, ${at.lat}): ${await report('z14')}`);
} finally {
	await browser.close();
	server.kill();
}
