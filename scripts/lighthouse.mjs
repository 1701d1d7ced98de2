#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (pinned, 12.2.3) on the home page and a place page, desktop and
 * mobile, plus the benchmark's floor page (bare MapLibre, same basemap) for a performance score
 * measured in the same run. Accessibility, best practices and SEO must be 100 on our pages: the
 * script exits non-zero otherwise and lists what Lighthouse found.
 * Prints a table; writes bench-results/lighthouse-<date>.json.
 * Usage: node scripts/lighthouse.mjs [--no-build] [--port 4214]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const PORT = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : 4214);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = [
	{ name: 'home', path: '/', ours: true },
	{ name: 'place', path: '/place/hokkaido', ours: true },
	{ name: 'floor', path: '/bench-pages/floor/?data=real', ours: false }
];
const PRESETS = ['desktop', 'mobile'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function sh(cmd, cmdArgs, opts = {}) {
	const r = spawnSync(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'inherit'], ...opts });
	if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status})`);
	return r;
}

async function serve() {
	const child = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(PORT)], { stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${ORIGIN}/`)).ok) return child;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`the static server did not start on ${ORIGIN}`);
}

function run(page, preset, chrome) {
	const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
	const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
	const flags = [
		'--headless=new',
		'--no-sandbox',
		'--disable-dev-shm-usage',
		// WebGL through SwiftShader, as in the browser tests (no GPU here)
		'--enable-unsafe-swiftshader',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		`--user-data-dir=${profile}`
	];
	const cli = [
		'lighthouse',
		ORIGIN + page.path,
		'--quiet',
		'--output=json',
		`--output-path=${out}`,
		`--only-categories=${CATEGORIES.join(',')}`,
		`--chrome-flags=${flags.join(' ')}`,
		// the map loads for seconds under SwiftShader: let Lighthouse wait for it
		'--max-wait-for-load=90000'
	];
	if (preset === 'desktop') cli.push('--preset=desktop');
	try {
		sh('npx', cli, { env: { ...process.env, CHROME_PATH: chrome } });
		const report = JSON.parse(readFileSync(out, 'utf8'));
		const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
		// what keeps a category under 100: the audits that count and did not pass
		const findings = {};
		for (const c of CATEGORIES.slice(1)) {
			findings[c] = report.categories[c].auditRefs
				.filter((ref) => ref.weight > 0)
				.map((ref) => report.audits[ref.id])
				.filter((a) => a.score !== null && a.score < 1)
				.map((a) => `${a.id}: ${a.title}`);
		}
		const m = (id) => report.audits[id]?.numericValue;
		const metrics = {
			fcp: m('first-contentful-paint'),
			lcp: m('largest-contentful-paint'),
			tbt: m('total-blocking-time'),
			cls: m('cumulative-layout-shift'),
			si: m('speed-index')
		};
		return {
			page: page.name,
			path: page.path,
			preset,
			scores,
			findings,
			metrics,
			lighthouse: report.lighthouseVersion,
			userAgent: report.environment?.hostUserAgent
		};
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

async function main() {
	const started = new Date();
	if (!args.includes('--no-build')) {
		sh('npx', ['vite', 'build', '--logLevel', 'warn']);
		sh('npx', ['vite', 'build', '-c', 'bench/vite.config.ts']);
		sh('npx', ['tsx', 'scripts/bench/data.ts', 'build/bench-data', '0']);
	}
	const chrome = findChromium();
	if (!chrome) throw new Error('no Chromium found: set CHROMIUM_PATH');
	const server = await serve();
	const results = [];
	try {
		for (const preset of PRESETS)
			for (const page of PAGES) {
				console.error(`lighthouse ${page.path} (${preset})…`);
				results.push(run(page, preset, chrome.path));
			}
	} finally {
		server.kill();
	}

	const head = [
		'page',
		'preset',
		'performance',
		'accessibility',
		'best practices',
		'SEO',
		'FCP (ms)',
		'LCP (ms)',
		'TBT (ms)',
		'CLS'
	];
	const rows = results.map((r) => [
		r.page === 'floor' ? 'floor (bare MapLibre)' : `${r.page} (${r.path})`,
		r.preset,
		String(r.scores.performance),
		String(r.scores.accessibility),
		String(r.scores['best-practices']),
		String(r.scores.seo),
		String(Math.round(r.metrics.fcp)),
		String(Math.round(r.metrics.lcp)),
		String(Math.round(r.metrics.tbt)),
		r.metrics.cls.toFixed(3)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	console.log(`Lighthouse ${results[0]?.lighthouse}, ${started.toISOString()}, ${results[0]?.userAgent ?? ''}`);
	console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));

	const failures = results
		.filter((r) => PAGES.find((p) => p.name === r.page).ours)
		.flatMap((r) =>
			CATEGORIES.slice(1)
				.filter((c) => r.scores[c] < 100)
				.map((c) => `${r.page} ${r.preset} ${c} ${r.scores[c]}: ${r.findings[c].join('; ')}`)
		);
	mkdirSync('bench-results', { recursive: true });
	const file = join('bench-results', `lighthouse-${started.toISOString().replace(/[:.]/g, '-')}.json`);
	writeFileSync(file, JSON.stringify({ started, results }, null, '\t'));
	console.error(`wrote ${file}`);
	if (failures.length) {
		console.log(`\nnot 100 on our pages:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
	console.log('\naccessibility, best practices and SEO: 100 on every page of ours');
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
