#!/usr/bin/env node
/**
 * `npm run bench`: Cluster Atlas against the engine's floor, its limit and a Leaflet peer, at scale.
 * A benchmark, not a test: it prints one table and writes bench-results/bench-<date>.json.
 *
 * For each dataset (the real geodata; seeded synthetic sets of 1k, 10k, 100k and 1m places) and
 * each page (ours; the floor: bare MapLibre, same basemap, one circle layer; the limit: the same
 * bare MapLibre with only our GPU points layer; the peer: Leaflet, one DOM marker per point, which
 * is not run at 1m), all served by scripts/serve.mjs from one origin, in headless Chromium, each
 * run in a fresh browser context (cold cache), the pages interleaved run by run:
 *
 * - FCP: navigation → first contentful paint (the Paint Timing API)
 * - idle: navigation → the map's first idle (MapLibre's `idle`; the peer: two frames after its
 *   markers are in), read from `document.documentElement.dataset.map`, which all three pages set
 * - toggle: a click on one sector's checkbox → the map idle again, and the renderer main thread's
 *   busy time in between (CDP Performance.getMetrics TaskDuration); toggle→screen: → two animation
 *   frames after that idle, when the toggled frame is on screen (under SwiftShader MapLibre's
 *   `idle` fires inside the last frame's callback, before the GPU process has drawn it)
 * - click: a click on a place's point → its panel's heading painted (the first frame after it is
 *   in the DOM), and main-thread time until then (ours: until the map is idle again, since a
 *   click also rings the place)
 * - heap: main-thread JS heap after load and a forced GC (CDP); transfer: response bytes the
 *   server sent until idle (gzip where it compresses; workers' requests included)
 *
 * Usage: node scripts/bench/run.mjs [--quick] [--runs N] [--datasets real,1k,10k,100k,1m,import-1m]
 *        [--pages ours,floor,peer,limit] [--no-build] [--port 4211] [--timeout s] [--report json]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { KIB, allJs, basemapBytes, maplibreFiles, pageJs } from './sizes.mjs';
import { runImportBench } from './import.mjs';

const BUILD = 'build';
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const quick = flag('quick');
const RUNS = Number(opt('runs', quick ? 2 : 5));
const ASKED = opt('datasets', quick ? 'real,10k' : 'real,1k,10k,100k').split(',');
// not a map dataset: the in-browser import of a 1M-row CSV (scripts/bench/import.mjs), run only when asked for
const IMPORT_1M = ASKED.includes('import-1m');
const DATASETS = ASKED.filter((d) => d !== 'import-1m');
const PAGES = opt('pages', 'ours,floor,peer,limit').split(',');
for (const p of PAGES) if (!['ours', 'floor', 'peer', 'limit'].includes(p)) throw new Error(`unknown page ${p}`);
const PORT = Number(opt('port', process.env.BENCH_PORT ?? 4211));
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SIZES = { '1k': 1000, '10k': 10000, '100k': 100000, '1m': 1000000 };
for (const d of DATASETS) if (d !== 'real' && !SIZES[d]) throw new Error(`unknown dataset ${d}`);
// a million DOM markers: the peer never gets there (at 100k it takes minutes to idle)
const drawsAt = (kind, dataset) => !(kind === 'peer' && dataset === '1m');
/** the pages each page's ratios are taken against, medians from this same invocation */
const RATIOS = { ours: ['floor', 'peer', 'limit'], limit: ['floor', 'peer'] };
// the sector toggled off in every run (present in the real data and, at random, in the synthetic)
const SECTOR = 'ict';
// generous: the peer at 100k places takes minutes; a run past this is reported as a timeout
const LOAD_TIMEOUT = Number(opt('timeout', 240)) * 1000;
const VIEWPORT = { width: 1280, height: 800 };

const log = (...a) => console.error(...a);
const PARTIAL = join('bench-results', 'bench-partial.json');

function sh(cmd, cmdArgs) {
	log(`$ ${cmd} ${cmdArgs.join(' ')}`);
	const r = spawnSync(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status})`);
}

function build() {
	// the test build: the release build plus the map handle (window.__clusterAtlas) the runs read
	sh('npx', ['vite', 'build', '--mode', 'test-hooks', '--logLevel', 'warn']);
	sh('npx', ['vite', 'build', '-c', 'bench/vite.config.ts']);
	const sizes = DATASETS.filter((d) => d !== 'real').map((d) => SIZES[d]);
	sh('npx', ['tsx', 'scripts/bench/data.ts', join(BUILD, 'bench-data'), sizes.join(',') || '0']);
}

/** bytes the server has sent (response bodies, as compressed on the wire) */
let served = 0;

async function serve() {
	const child = spawn(process.execPath, ['scripts/serve.mjs', BUILD, String(PORT)], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, SERVE_COUNT_BYTES: '1' }
	});
	let exited = false;
	child.on('exit', () => (exited = true));
	let rest = '';
	child.stdout.on('data', (d) => {
		const lines = (rest + d).split('\n');
		rest = lines.pop();
		for (const l of lines) if (l.startsWith('bytes ')) served += Number(l.split(' ')[1]);
	});
	for (let i = 0; i < 100 && !exited; i++) {
		try {
			if ((await fetch(`${ORIGIN}/`)).ok) return child;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`the static server did not start on ${ORIGIN} (is the port taken? --port)`);
}

const url = (page, dataset) =>
	page === 'ours' ? (dataset === 'real' ? '/' : `/bench?data=${dataset}`) : `/bench-pages/${page}/?data=${dataset}`;

/**
 * The place each run clicks, and the zoom at which it stands alone: the most isolated of the
 * dataset's first places that stays shown with the sector off (no co-located twin, so our map
 * offers it alone instead of a chooser).
 */
function clickTarget(dataset) {
	const index = JSON.parse(readFileSync(join(BUILD, 'bench-data', `${dataset}.json`), 'utf8'));
	const places = index.places;
	const merc = (p) => [p.lon, (Math.log(Math.tan(Math.PI / 4 + (p.lat * Math.PI) / 360)) * 180) / Math.PI];
	const pts = places.map(merc);
	let best = null;
	for (let i = 0; i < Math.min(places.length, 400); i++) {
		const p = places[i];
		if (!p.sectors.some((s) => s !== SECTOR) || p.kind === 'case') continue;
		let nearest = Infinity;
		for (let j = 0; j < pts.length; j++)
			if (j !== i) nearest = Math.min(nearest, Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]));
		if (!best || nearest > best.nearest) best = { p, nearest };
	}
	// 512-pixel world at zoom 0: the nearest neighbour at least 60 px away, and never past zoom 12
	const zoom = Math.min(12, Math.max(2, Math.log2((60 * 360) / (512 * best.nearest))));
	return { id: best.p.id, name: best.p.name, lon: best.p.lon, lat: best.p.lat, zoom: Math.round(zoom * 100) / 100 };
}

/** In the page, before its own scripts: the log of `data-map` writes and helpers to await them. */
function instrument() {
	const log = [];
	const waiters = [];
	window.__bench_log = log;
	new MutationObserver(() => {
		const v = document.documentElement.dataset.map;
		log.push([v, performance.now()]);
		for (const w of waiters.splice(0)) w();
	}).observe(document, { attributes: true, attributeFilter: ['data-map'], subtree: true });
	/** the time of the second animation frame after the first `idle` after entry `from`: on screen */
	window.__bench_screenAfter = (from) =>
		window
			.__bench_idleAfter(from)
			.then(
				() =>
					new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))
			);
	/** resolves with the time of the first `idle` written after entry `from` of the log */
	window.__bench_idleAfter = (from) =>
		new Promise((resolve) => {
			const check = () => {
				const hit = log.slice(from).find(([v]) => v === 'idle');
				if (hit) resolve(hit[1]);
				else waiters.push(check);
			};
			check();
		});
	window.__bench_clicks = [];
	addEventListener('click', (e) => window.__bench_clicks.push(e.timeStamp), { capture: true });
	/** resolves with the time of the first frame after the panel's heading shows `name` */
	window.__bench_panel = (name) =>
		new Promise((resolve) => {
			const shown = () => {
				const h = document.getElementById('panel-title');
				return !!h && h.textContent.trim() === name && h.checkVisibility();
			};
			const done = () => requestAnimationFrame(() => resolve(performance.now()));
			if (shown()) return done();
			const mo = new MutationObserver(() => {
				if (!shown()) return;
				mo.disconnect();
				done();
			});
			mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
		});
	performance.setResourceTimingBufferSize(2000);
}

async function metric(cdp, name) {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return metrics.find((m) => m.name === name)?.value ?? NaN;
}

/** Moves the map without measuring, and waits until it is idle there. */
async function jump(page, kind, t) {
	const from = await page.evaluate(() => window.__bench_log.length);
	await page.evaluate(
		({ kind, t }) => {
			if (kind === 'ours') window.__clusterAtlas.map.jumpTo({ center: [t.lon, t.lat], zoom: t.zoom });
			else window.__bench.jumpTo(t.lon, t.lat, t.zoom);
		},
		{ kind, t }
	);
	await page.evaluate((from) => window.__bench_idleAfter(from), from);
}

async function oneRun(browser, kind, dataset, target, maplibreUrl) {
	// Service workers blocked: ours registers its offline copy after the map's first idle, and its
	// one-off precache (a few hundred files) would otherwise land inside the toggle and click
	// measured right after. First visits only pay it once; the floor and the peer have none.
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	// the peer at scale blocks its main thread for seconds: actions wait as long as a load may take
	page.setDefaultTimeout(LOAD_TIMEOUT);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
	const served0 = served;
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addInitScript(instrument);
	const r = { page: kind, dataset };
	try {
		await page.goto(ORIGIN + url(kind, dataset), { waitUntil: 'commit' });
		await page.waitForFunction(() => window.__bench_log.some(([v]) => v === 'idle'), undefined, {
			timeout: LOAD_TIMEOUT,
			polling: 250
		});
		const t = await page.evaluate((maplibreUrl) => {
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
			const idle = window.__bench_log.find(([v]) => v === 'idle')[1];
			const ml = maplibreUrl
				? performance.getEntriesByType('resource').find((e) => e.name.endsWith(maplibreUrl))
				: null;
			return { fcp, idle, maplibreAt: ml ? ml.startTime : null };
		}, maplibreUrl);
		// the server's count: it includes what MapLibre's worker fetches, which CDP's page session misses
		Object.assign(r, t, { bytes: served - served0 });
		await cdp.send('HeapProfiler.enable');
		await cdp.send('HeapProfiler.collectGarbage');
		r.heap = await metric(cdp, 'JSHeapUsedSize');

		// one sector toggle: a real click on its checkbox, until the map is idle again
		const box = page.locator(`input[name="sector"][value="${SECTOR}"]`);
		await box.scrollIntoViewIfNeeded();
		const from = await page.evaluate(() => window.__bench_log.length);
		const busy0 = await metric(cdp, 'TaskDuration');
		const clicks0 = await page.evaluate(() => window.__bench_clicks.length);
		// armed before the click: its two frames start in the page the moment idle is written
		await page.evaluate((from) => void (window.__bench_screen = window.__bench_screenAfter(from)), from);
		await box.click();
		const idleAt = await page.evaluate((from) => window.__bench_idleAfter(from), from);
		const busy1 = await metric(cdp, 'TaskDuration');
		const screenAt = await page.evaluate(() => window.__bench_screen);
		const busy1s = await metric(cdp, 'TaskDuration');
		const clickAt = await page.evaluate((n) => window.__bench_clicks[n], clicks0);
		r.toggle = idleAt - clickAt;
		r.toggleScreen = screenAt - clickAt;
		r.toggleMain = (busy1 - busy0) * 1000;
		r.toggleMainScreen = (busy1s - busy0) * 1000;
		if (await box.isChecked()) throw new Error('the sector checkbox did not toggle');

		// a click on a place: move there (not measured), then click its point
		await jump(page, kind, target);
		const pt = await page.evaluate(
			({ kind, t }) => {
				if (kind !== 'ours') return window.__bench.project(t.lon, t.lat);
				const map = window.__clusterAtlas.map;
				const p = map.project([t.lon, t.lat]);
				const rect = map.getCanvas().getBoundingClientRect();
				return { x: rect.left + p.x, y: rect.top + p.y };
			},
			{ kind, t: target }
		);
		const from2 = await page.evaluate(() => window.__bench_log.length);
		await page.evaluate((name) => void (window.__bench_shown = window.__bench_panel(name)), target.name);
		const clicks1 = await page.evaluate(() => window.__bench_clicks.length);
		const busy2 = await metric(cdp, 'TaskDuration');
		await page.mouse.click(pt.x, pt.y);
		const shownAt = await page.evaluate(() => window.__bench_shown);
		// ours also rings the place on the map: its cost counts until the map is idle again
		if (kind === 'ours') await page.evaluate((from) => window.__bench_idleAfter(from), from2);
		const busy3 = await metric(cdp, 'TaskDuration');
		const click2 = await page.evaluate((n) => window.__bench_clicks[n], clicks1);
		r.click = shownAt - click2;
		r.clickMain = (busy3 - busy2) * 1000;
	} catch (e) {
		r.error = String(e.message ?? e).split('\n')[0];
	}
	if (errors.length) r.error = (r.error ? r.error + '; ' : '') + `page errors: ${errors.join(' | ')}`;
	await context.close();
	return r;
}

// ---- statistics and the table

const METRICS = [
	['fcp', 'FCP', 'ms'],
	['idle', 'idle', 'ms'],
	['toggle', 'toggle→idle', 'ms'],
	['toggleScreen', 'toggle→screen', 'ms'],
	['toggleMain', 'toggle main', 'ms'],
	['click', 'click→panel', 'ms'],
	['clickMain', 'click main', 'ms'],
	['heap', 'heap', 'MB'],
	['bytes', 'transfer', 'MB']
];

function stats(values) {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const mid = v.length >> 1;
	return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1], n: v.length };
}

function fmt(value, unit) {
	if (value === null || value === undefined) return '—';
	if (unit === 'MB') return (value / 1e6).toFixed(value < 1e7 ? 1 : 0);
	return value >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

function table(summary) {
	const head = ['dataset', 'page', 'runs', ...METRICS.map(([, label, unit]) => `${label} (${unit})`)];
	const rows = [head];
	for (const s of summary) {
		rows.push([
			s.dataset,
			s.page,
			`${s.ok}/${s.runs}`,
			...METRICS.map(([k, , unit]) => {
				const st = s.stats[k];
				return st ? `${fmt(st.median, unit)} [${fmt(st.min, unit)}–${fmt(st.max, unit)}]` : '—';
			})
		]);
		for (const other of RATIOS[s.page] ?? []) {
			const ratio = s.ratios?.[other];
			if (!ratio) continue;
			rows.push(['', `÷ ${other}`, '', ...METRICS.map(([k]) => (ratio[k] ? `${ratio[k].toFixed(2)}×` : ''))]);
		}
	}
	const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function chromiumVersion(path) {
	const r = spawnSync(path, ['--version'], { encoding: 'utf8' });
	return (r.stdout || '').trim().split('\n').pop();
}

/** Every run: datasets in turn, runs interleaving the pages, each in a fresh context. */
async function runAll(found, lib) {
	const server = await serve();
	const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
	const results = [];
	try {
		for (const dataset of DATASETS) {
			const target = clickTarget(dataset);
			for (let run = 1; run <= RUNS; run++)
				for (const kind of PAGES.filter((k) => drawsAt(k, dataset))) {
					const t = Date.now();
					const r = await oneRun(browser, kind, dataset, target, kind === 'ours' ? lib : null);
					r.run = run;
					results.push(r);
					// raw results so far, in case a long run is stopped part-way
					writeFileSync(PARTIAL, JSON.stringify(results, null, '\t'));
					log(
						`${dataset} ${kind} run ${run}/${RUNS}: ${r.error ? `ERROR ${r.error}` : `idle ${fmt(r.idle)} ms, toggle ${fmt(r.toggle)} ms (main ${fmt(r.toggleMain)}), click ${fmt(r.click)} ms (main ${fmt(r.clickMain)})`} [${Math.round((Date.now() - t) / 1000)} s]`
					);
				}
		}
	} finally {
		await browser.close();
		server.kill();
	}
	return results;
}

async function main() {
	const started = new Date();
	const load0 = loadavg();
	// --report <file>: the table of raw results already written (e.g. bench-partial.json), no runs
	const reportFrom = opt('report', null);
	if (!flag('no-build') && !reportFrom) build();
	for (const d of reportFrom ? [] : DATASETS)
		if (!existsSync(join(BUILD, 'bench-data', `${d}.json`)))
			throw new Error(`build/bench-data/${d}.json is missing: run without --no-build`);
	const found = findChromium();
	if (!found) throw new Error('no Chromium found: set CHROMIUM_PATH');

	const sizes = {
		home: pageJs(BUILD, 'index.html'),
		place: pageJs(BUILD, 'place/hokkaido.html'),
		allOurs: allJs(BUILD),
		basemap: basemapBytes(BUILD).bytes
	};
	const { lib } = maplibreFiles(BUILD);

	mkdirSync('bench-results', { recursive: true });
	const results = reportFrom
		? JSON.parse(readFileSync(reportFrom, 'utf8'))
		: DATASETS.length
			? await runAll(found, lib)
			: [];
	const imported =
		IMPORT_1M && !reportFrom
			? await runImportBench({ runs: quick ? 1 : Math.min(RUNS, 3), port: PORT + 2, build: !flag('no-build'), log })
			: null;
	const datasets = DATASETS.filter((d) => results.some((r) => r.dataset === d));
	const runs = results.length ? Math.max(...results.map((r) => r.run)) : 0;

	const summary = [];
	for (const dataset of datasets)
		for (const kind of PAGES.filter((k) => drawsAt(k, dataset))) {
			const rs = results.filter((r) => r.dataset === dataset && r.page === kind);
			const ok = rs.filter((r) => !r.error);
			const st = Object.fromEntries(METRICS.map(([k]) => [k, stats(rs.map((r) => r[k]))]));
			summary.push({
				dataset,
				page: kind,
				runs: rs.length,
				ok: ok.length,
				stats: st,
				errors: rs.filter((r) => r.error).map((r) => r.error)
			});
		}
	for (const s of summary.filter((x) => RATIOS[x.page]))
		s.ratios = Object.fromEntries(
			RATIOS[s.page].map((other) => {
				const o = summary.find((x) => x.dataset === s.dataset && x.page === other);
				if (!o) return [other, null];
				return [
					other,
					Object.fromEntries(
						METRICS.map(([k]) => [k, s.stats[k] && o.stats[k] ? s.stats[k].median / o.stats[k].median : null])
					)
				];
			})
		);

	const ours = (dataset) => summary.find((s) => s.dataset === dataset && s.page === 'ours');
	const mlAfterText = results
		.filter((r) => r.page === 'ours' && r.dataset === 'real' && r.maplibreAt !== null && r.fcp !== null && !r.error)
		.map((r) => r.maplibreAt - r.fcp);
	const targets = [];
	const target = (name, value, ok, detail) => targets.push({ name, value, met: ok, detail });
	for (const d of datasets) {
		const ratio = ours(d)?.ratios?.floor?.idle;
		if (ratio) target(`map idle ≤ 1.15× the floor (${d})`, `${ratio.toFixed(2)}×`, ratio <= 1.15);
	}
	if (ours('100k')) {
		const tm = ours('100k').stats.toggleMain?.median;
		const cm = ours('100k').stats.clickMain?.median;
		if (tm !== undefined) target('toggle main-thread ≤ 16.7 ms at 100k', `${fmt(tm)} ms`, tm <= 16.7);
		if (cm !== undefined) target('click main-thread ≤ 16.7 ms at 100k', `${fmt(cm)} ms`, cm <= 16.7);
	}
	const r10 = ours('10k')?.ratios?.peer?.toggle;
	if (r10) target('toggle ≥ 10× faster than the peer at 10k', `${(1 / r10).toFixed(1)}× faster`, 1 / r10 >= 10);
	// issue 9's ratios (each only when both pages ran in this invocation)
	const ratioTarget = (d, metric, other, limit, label) => {
		const r = ours(d)?.ratios?.[other]?.[metric];
		if (r) target(`${label} ≤ ${limit}× the ${other}'s (${d})`, `${r.toFixed(2)}×`, r <= limit);
	};
	ratioTarget('real', 'toggle', 'peer', 1, 'toggle→idle');
	ratioTarget('real', 'clickMain', 'floor', 1.5, 'click main-thread');
	ratioTarget('10k', 'toggle', 'peer', 0.2, 'toggle→idle');
	ratioTarget('100k', 'toggleMain', 'floor', 1.5, 'toggle main-thread');
	ratioTarget('100k', 'toggle', 'floor', 0.5, 'toggle→idle');
	ratioTarget('100k', 'clickMain', 'floor', 1.5, 'click main-thread');
	ratioTarget('1m', 'toggleMain', 'limit', 2, 'toggle main-thread');
	target(
		'our JS (home page, without MapLibre) ≤ 40 KiB gzip',
		`${(sizes.home.app / KIB).toFixed(1)} KiB of our code; ${(sizes.home.ours / KIB).toFixed(1)} KiB with Svelte and SvelteKit`,
		sizes.home.app <= 40 * KIB
	);
	if (mlAfterText.length) {
		const st = stats(mlAfterText);
		target(
			'MapLibre requested after the text is visible (FCP)',
			`${fmt(st.median)} ms after [${fmt(st.min)}–${fmt(st.max)}]`,
			st.min > 0
		);
	}

	const machine = {
		cpus: cpus().length,
		cpu: cpus()[0]?.model,
		memoryGB: Math.round(totalmem() / 1e9),
		os: `${platform()} ${release()}`,
		node: process.version,
		chromium: chromiumVersion(found.path),
		loadavgBefore: load0.map((x) => Math.round(x * 100) / 100),
		loadavgAfter: loadavg().map((x) => Math.round(x * 100) / 100)
	};
	const out = [
		`Cluster Atlas benchmark, ${started.toISOString()}, up to ${runs} runs each (median [min–max]), cold cache, ${VIEWPORT.width}×${VIEWPORT.height}`,
		`machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium} (SwiftShader WebGL); load average ${machine.loadavgBefore.join(' ')} → ${machine.loadavgAfter.join(' ')}`,
		`pages: ours = Cluster Atlas (${url('ours', 'real')} for real, /bench?data=… otherwise); floor = bare MapLibre, same basemap, one circle layer; limit = the same bare MapLibre with only our GPU points layer (src/lib/map/points); peer = Leaflet ${leafletVersion()}, one DOM marker per point (L.divIcon), countries on canvas (not run at 1m)`,
		'',
		...(summary.length ? [table(summary), ''] : []),
		...(imported ? [importLine(imported), ''] : []),
		`JS, gzip: home page ${(sizes.home.ours / KIB).toFixed(1)} KiB of ours without MapLibre (${sizes.home.oursFiles} files), place page ${(sizes.place.ours / KIB).toFixed(1)} KiB, Japanese catalogue +${(sizes.home.ja / KIB).toFixed(1)} KiB, every route ${(sizes.allOurs / KIB).toFixed(1)} KiB; MapLibre ${(sizes.home.maplibre / KIB).toFixed(1)} KiB + worker ${(sizes.home.worker / KIB).toFixed(1)} KiB`,
		`basemap data, gzip: ${(sizes.basemap / KIB).toFixed(1)} KiB (countries, admin-1, labels)`,
		'',
		'targets:',
		...targets.map((t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value}`)
	];
	const errors = summary.flatMap((s) => s.errors.map((e) => `  ${s.dataset} ${s.page}: ${e}`));
	if (errors.length) out.push('', 'runs that failed:', ...errors);
	console.log(out.join('\n'));

	mkdirSync('bench-results', { recursive: true });
	const file = join('bench-results', `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
	writeFileSync(
		file,
		JSON.stringify({ started, runs, datasets, machine, sizes, targets, summary, results, imported }, null, '\t')
	);
	log(`\nwrote ${file}`);
}

/** The import's row: the worker's time for the whole file, and what the page's main thread did meanwhile. */
function importLine({ rows, bytes, runs, median: m }) {
	return `import-1m: ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB CSV, read + parsed + validated in a Web Worker: ${fmt(m.totalMs)} ms (median of ${runs.length}); main thread meanwhile: longest task ${fmt(m.traceLongestTaskMs)} ms (${fmt(m.traceLongestTaskCpuMs)} ms CPU, trace), Long Tasks API ${fmt(m.longestTaskMs)} ms, largest timer gap ${fmt(m.maxGapMs)} ms`;
}

function leafletVersion() {
	return JSON.parse(readFileSync('node_modules/leaflet/package.json', 'utf8')).version;
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
