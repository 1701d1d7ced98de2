#!/usr/bin/env node
/**
 * The import benchmark: a seeded N-row CSV (default 1,000,000 rows, ≈ 50 MB) put into the import
 * page's file input (bench/import/) in headless Chromium, imported by the Web Worker. Measures the
 * import's time (read + parse + validate, start() → result) and the page's main thread meanwhile:
 * the longest task the Long Tasks API saw (tasks over 50 ms; none means 0) and the largest gap
 * between heartbeats of a timer chain (an upper bound of any main-thread task).
 *
 * A module for `npm run bench` to call (`runImportBench`), and a command of its own:
 *   node scripts/bench/import.mjs [--rows 1000000] [--runs 3] [--port 4213] [--no-build]
 *
 * It builds the page into build/bench-import/ and writes the CSV there (never committed), serves
 * build/ with scripts/serve.mjs, and needs no network.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const BUILD = 'build';
const OUT = join(BUILD, 'bench-import');

/** mulberry32, as in scripts/bench/synthetic.ts */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SECTORS = ['biotech', 'ict', 'electronics', 'manufacturing', 'automotive', '半導体', '食品', 'Tourism'];
/** boxes on the land of Japan, Great Britain and Ireland: [west, south, east, north] */
const BOXES = [
	[130.3, 31.4, 131.7, 33.9],
	[135.0, 34.3, 140.2, 36.2],
	[141.2, 42.7, 143.5, 44.0],
	[-4.5, 50.8, -0.5, 54.5],
	[-9.5, 51.9, -6.3, 54.0]
];

/** Writes the benchmark CSV (name, id, sector, lat, lon) if it is not there yet; returns its path. */
export async function writeImportCsv(rows, dir = join(OUT, 'data')) {
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `import-${rows}.csv`);
	if (existsSync(path)) return path;
	const random = prng(rows);
	const out = createWriteStream(path);
	out.write('name,id,sector,lat,lon\n');
	let chunk = '';
	for (let i = 0; i < rows; i++) {
		const [w, s, e, n] = BOXES[Math.floor(random() * BOXES.length)];
		const lat = (s + random() * (n - s)).toFixed(5);
		const lon = (w + random() * (e - w)).toFixed(5);
		chunk += `Place ${i + 1},p${i + 1},${SECTORS[Math.floor(random() * SECTORS.length)]},${lat},${lon}\n`;
		if (chunk.length > 1 << 20) {
			if (!out.write(chunk)) await once(out, 'drain');
			chunk = '';
		}
	}
	out.end(chunk);
	await once(out, 'finish');
	return path;
}

export function buildImportPage(log = console.error) {
	log('$ vite build -c bench/import/vite.config.ts');
	const r = spawnSync('npx', ['vite', 'build', '-c', 'bench/import/vite.config.ts'], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (r.status !== 0) throw new Error('building the import benchmark page failed');
}

async function serve(port) {
	const child = spawn(process.execPath, ['scripts/serve.mjs', BUILD, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			const res = await fetch(`${origin}/bench-import/index.html`);
			if (res.ok) return { child, origin };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`scripts/serve.mjs did not answer on ${origin}`);
}

/**
 * The page's main-thread tasks in a Chromium trace (the renderer's CrRendererMain thread, with a
 * worker running beside it): the longest by wall time and by thread CPU time, how many exceed
 * 50 ms, and what the longest was doing (its longest child event).
 */
export function mainThreadTasks(trace) {
	const events = trace.traceEvents ?? trace;
	const mains = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const onMain = (e) => mains.has(`${e.pid}:${e.tid}`);
	const tasks = events.filter(
		(e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && onMain(e)
	);
	let longest = null;
	let longestCpu = 0;
	for (const t of tasks) {
		if (!longest || t.dur > longest.dur) longest = t;
		if ((t.tdur ?? 0) > longestCpu) longestCpu = t.tdur;
	}
	let what = null;
	if (longest) {
		const inside = events.filter(
			(e) =>
				e.ph === 'X' &&
				onMain(e) &&
				e !== longest &&
				e.ts >= longest.ts &&
				e.ts + (e.dur ?? 0) <= longest.ts + longest.dur
		);
		inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
		what = inside.slice(0, 3).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`);
	}
	// the worker's CPU time: on a shared machine wall time says more about the neighbours than about us
	const workers = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && /DedicatedWorker/.test(e.args?.name ?? ''))
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const workerCpuUs = events
		.filter(
			(e) =>
				e.ph === 'X' &&
				(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
				workers.has(`${e.pid}:${e.tid}`)
		)
		.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
	return {
		workerCpuMs: workerCpuUs / 1000,
		traceTasksOver50Cpu: tasks.filter((t) => (t.tdur ?? 0) > 50_000).length,
		traceTasks: tasks.length,
		traceLongestTaskMs: longest ? longest.dur / 1000 : 0,
		traceLongestTaskCpuMs: longestCpu / 1000,
		traceLongestTaskCpuOfLongestMs: longest?.tdur ? longest.tdur / 1000 : null,
		traceTasksOver50: tasks.filter((t) => t.dur > 50_000).length,
		traceLongestTaskWhat: what
	};
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs the import benchmark. Returns every run's figures and their medians:
 * { rows, bytes, runs: ImportBenchResult[], median: { totalMs, readMs, longestTaskMs, maxGapMs } }.
 */
export async function runImportBench({
	rows = 1_000_000,
	runs = 1,
	port = 4213,
	build = true,
	timeoutMs = 600_000,
	log = console.error
} = {}) {
	if (build || !existsSync(join(OUT, 'index.html'))) buildImportPage(log);
	const csv = resolve(await writeImportCsv(rows));
	const bytes = statSync(csv).size;
	const found = findChromium();
	if (!found) throw new Error('no Chromium found (set CHROMIUM_PATH)');
	const { child, origin } = await serve(port);
	const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
	const results = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			// the page and its worker talk to our origin only
			await page.route(
				(url) => !url.href.startsWith(origin),
				(route) => route.abort()
			);
			await page.goto(`${origin}/bench-import/index.html`);
			await page.waitForFunction(() => document.documentElement.dataset.import === 'ready');
			await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
			await page.setInputFiles('#file', csv);
			await page.waitForFunction(() => document.documentElement.dataset.import === 'done', null, {
				timeout: timeoutMs,
				polling: 500
			});
			const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
			const r = { ...(await page.evaluate(() => window.__importBench)), ...mainThreadTasks(trace) };
			log(
				`import ${rows} rows, run ${i + 1}/${runs}: ${Math.round(r.totalMs)} ms; main thread: longest task ${r.traceLongestTaskMs.toFixed(1)} ms (${r.traceLongestTaskCpuMs.toFixed(1)} ms CPU), ${r.traceTasksOver50} over 50 ms (${r.traceTasksOver50Cpu} by CPU); worker CPU ${Math.round(r.workerCpuMs)} ms; loaded ${r.loaded}`
			);
			results.push(r);
			await context.close();
		}
	} finally {
		await browser.close();
		child.kill();
	}
	const m = (k) => median(results.map((r) => r[k] ?? NaN));
	return {
		rows,
		bytes,
		runs: results,
		median: {
			totalMs: m('totalMs'),
			readMs: m('readMs'),
			longestTaskMs: m('longestTaskMs'),
			maxGapMs: m('maxGapMs'),
			traceLongestTaskMs: m('traceLongestTaskMs'),
			traceLongestTaskCpuMs: m('traceLongestTaskCpuMs'),
			workerCpuMs: m('workerCpuMs')
		}
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const opt = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
	};
	const result = await runImportBench({
		rows: Number(opt('rows', 1_000_000)),
		runs: Number(opt('runs', 1)),
		port: Number(opt('port', 4213)),
		build: !args.includes('--no-build')
	});
	console.log(JSON.stringify(result, null, 2));
}
