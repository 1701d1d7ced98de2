/**
 * Sizes of the production build, read from build/ (never from a guess): the JavaScript a page
 * loads, MapLibre told apart by content, and the embedded basemap. Gzip at level 6, as
 * scripts/serve.mjs sends it. Used by `npm run bench` and by the size-budget test.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KIB = 1024;
/** @param {string} file */
export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 6 }).length;

// Libraries are told apart by content, each in a chunk of its own (vite.config.ts codeSplitting):
// MapLibre's bundle names its home page, Svelte's runtime its error pages, SvelteKit's client its
// session-storage keys. No module of ours contains these (the budget test checks one chunk each).
export const MARKS = { maplibre: 'https://maplibre.org/', svelte: 'https://svelte.dev/e/', kit: 'sveltekit:snapshot' };
// The Japanese UI catalogue (src/lib/i18n/ja.ts) is loaded only in Japanese mode: one of its values
const JA_MARK = '日本語の表示を読み込めなかったため';
const MAPLIBRE_MARK = MARKS.maplibre;

/** @param {string} build */
function immutable(build) {
	const dir = join(build, '_app', 'immutable');
	if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm run build first`);
	return dir;
}

/**
 * Every JS module of the app, by URL path (`/_app/immutable/chunks/x.js`).
 * @param {string} build
 */
function modules(build) {
	const dir = immutable(build);
	/** @type {Map<string, string>} */
	const out = new Map();
	for (const sub of ['entry', 'nodes', 'chunks'])
		for (const f of readdirSync(join(dir, sub)))
			if (f.endsWith('.js')) out.set(`/_app/immutable/${sub}/${f}`, readFileSync(join(dir, sub, f), 'utf8'));
	return out;
}

/**
 * The MapLibre library chunk (content: it names maplibre.org) and its worker (the emitted asset).
 * @param {string} build
 */
export function maplibreFiles(build) {
	const mods = modules(build);
	const lib = [...mods].filter(([, code]) => code.includes(MAPLIBRE_MARK)).map(([url]) => url);
	const assets = readdirSync(join(immutable(build), 'assets'));
	const worker = assets
		.filter((f) => /^maplibre-gl-worker\..*\.mjs$/.test(f))
		.map((f) => `/_app/immutable/assets/${f}`);
	if (lib.length !== 1 || worker.length !== 1)
		throw new Error(`expected one MapLibre chunk and one worker, found ${lib.length} and ${worker.length}`);
	return { lib: lib[0], worker: worker[0] };
}

/** Static imports (`from"./x.js"`, `import"./x.js"`) and dynamic ones (`import(\`./x.js\`)`) of a module.
 * @param {string} url
 * @param {string} code
 */
function imports(url, code) {
	const base = url.slice(0, url.lastIndexOf('/') + 1);
	const resolve = (/** @type {string} */ spec) => new URL(spec, `http://x${base}`).pathname;
	const stat = [...code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => resolve(m[1]));
	const dyn = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]));
	return { stat, dyn };
}

/**
 * The JavaScript a prerendered page loads: what its HTML preloads and imports, their static
 * imports, and what those load on demand (the map engine) — but not the other routes' nodes that
 * the router's entry can import. Returns URL paths.
 * Modules a click imports (ON_DEMAND, and what only they import) are left out unless `onDemand`.
 * @param {string} build
 * @param {string} htmlFile
 * @param {{ onDemand?: boolean, afterFirstView?: boolean }} [options]
 */
export function pageModules(build, htmlFile, { onDemand = false, afterFirstView = false } = {}) {
	const mods = modules(build);
	// what a click loads is not loaded with the page (unless asked for: the citation's budget), and
	// what waits for the first view to settle is not part of it (unless asked for: its own budget)
	const skip = new Set([
		...(onDemand ? [] : onDemandFiles(build)),
		...(afterFirstView ? [] : afterFirstViewFiles(build))
	]);
	const html = readFileSync(join(build, htmlFile), 'utf8');
	const start = [
		...[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g)].map((m) => m[1]),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
	].filter((u) => mods.has(u));
	if (start.length === 0) throw new Error(`${htmlFile} loads no module of build/_app: is it a SvelteKit page?`);
	/** @type {Set<string>} */
	const seen = new Set();
	/** @type {(url: string, followDynamic: boolean) => void} */
	const visit = (url, followDynamic) => {
		if (seen.has(url) || !mods.has(url) || skip.has(url)) return;
		seen.add(url);
		const { stat, dyn } = imports(url, /** @type {string} */ (mods.get(url)));
		for (const u of stat) visit(u, followDynamic);
		// the router's entry imports every route's node on demand: only this page's are preloaded
		if (followDynamic && !url.includes('/entry/')) for (const u of dyn) visit(u, true);
	};
	for (const u of start) visit(u, true);
	return [...seen];
}

/** @type {(files: string[], build: string) => number} */
const sum = (files, build) => files.reduce((s, u) => s + gzipSize(join(build, u)), 0);

/**
 * The chunks holding Svelte's runtime and SvelteKit's client (exactly one each).
 * @param {string} build
 */
export function frameworkFiles(build) {
	const mods = [...modules(build)];
	return /** @type {const} */ (['svelte', 'kit']).map((name) => {
		const hits = mods.filter(([, code]) => code.includes(MARKS[name])).map(([url]) => url);
		if (hits.length !== 1) throw new Error(`expected one chunk with ${MARKS[name]} (${name}), found ${hits.length}`);
		return hits[0];
	});
}

/**
 * The chunk of the Japanese UI catalogue (exactly one).
 * @param {string} build
 */
export function japaneseCatalogue(build) {
	const hits = [...modules(build)].filter(([, code]) => code.includes(JA_MARK)).map(([url]) => url);
	if (hits.length !== 1) throw new Error(`expected one chunk with the Japanese catalogue, found ${hits.length}`);
	return hits[0];
}

// Citation.js (src/lib/cite/engine.ts) and the CSL styles and locales it loads, each a chunk that
// a page imports only when a citation is asked for: they all hold the CSL namespace
const CSL_MARK = 'purl.org/net/xbiblio/csl';
/**
 * The on-demand citation chunks: Citation.js's and the vendored CSL files' (none until a page can
 * cite through src/lib/cite).
 * @param {string} build
 */
export function citationFiles(build) {
	return [...modules(build)].filter(([, code]) => code.includes(CSL_MARK)).map(([url]) => url);
}

/**
 * Source modules the app imports on a reader's action (a click), never while a page loads: the
 * citation box and the claim dialog, the lookup of a claim anchor a page lacks, the downloads, and
 * (through the box) Citation.js. They are no part of a page's first view.
 */
export const ON_DEMAND = [
	'src/lib/components/CiteBox.svelte',
	'src/lib/components/ClaimDialog.svelte',
	'src/lib/components/ClaimNotice.svelte',
	'src/lib/components/takeaway.ts'
];

/**
 * The chunks of ON_DEMAND, found in Vite's manifest of the client build (written beside build/,
 * in .svelte-kit/output/client/.vite/, by the same `vite build`).
 * @param {string} build
 */
export function onDemandFiles(build) {
	return manifestFiles(build, ON_DEMAND);
}

/**
 * Source modules a page imports only once its first view has settled (the map idle or failed, as
 * the service worker's registration waits for: src/lib/offline.ts `firstViewDone`): the user's
 * own-data parts (import dialog, Papa Parse, problem table, their list, panel and layer).
 */
export const AFTER_FIRST_VIEW = ['src/lib/components/own/parts.ts'];

/**
 * The chunks of AFTER_FIRST_VIEW.
 * @param {string} build
 */
export function afterFirstViewFiles(build) {
	return manifestFiles(build, AFTER_FIRST_VIEW);
}

/**
 * @param {string} build
 * @param {string[]} sources
 */
function manifestFiles(build, sources) {
	const path = join(dirname(resolve(build)), '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
	if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
	/** @type {Record<string, { file: string }>} */
	const manifest = JSON.parse(readFileSync(path, 'utf8'));
	return sources.map((src) => {
		const entry = manifest[src];
		if (!entry) throw new Error(`${src} is not in the client build's manifest: is it still imported on demand?`);
		return `/${entry.file}`;
	});
}

/**
 * Gzip bytes of a page's JS in English (the Japanese catalogue is `ja`, apart): `ours` is everything but MapLibre (Svelte and SvelteKit included),
 * `app` is ours without Svelte's runtime and SvelteKit's client (the code this repository writes
 * or generates), `maplibre` the library chunk and `worker` its worker, `citation` Citation.js
 * with its CSL files (on demand, outside `ours`, as is everything a click loads: ON_DEMAND).
 * @param {string} build
 * @param {string} htmlFile
 */
export function pageJs(build, htmlFile) {
	const { lib, worker } = maplibreFiles(build);
	const framework = frameworkFiles(build);
	const ja = japaneseCatalogue(build);
	const all = pageModules(build, htmlFile);
	const cite = citationFiles(build);
	const withClicks = pageModules(build, htmlFile, { onDemand: true });
	const ours = all.filter((u) => u !== lib && u !== ja && !cite.includes(u));
	const afterwards = pageModules(build, htmlFile, { afterFirstView: true }).filter(
		(u) => !all.includes(u) && u !== lib && u !== ja && !cite.includes(u)
	);
	return {
		/** the Japanese catalogue, added in Japanese mode */
		ja: all.includes(ja) ? sum([ja], build) : 0,
		ours: sum(ours, build),
		oursFiles: ours.length,
		app: sum(
			ours.filter((u) => !framework.includes(u)),
			build
		),
		framework: sum(
			framework.filter((u) => all.includes(u)),
			build
		),
		/** what the page loads once its first view has settled (AFTER_FIRST_VIEW) */
		later: sum(afterwards, build),
		maplibre: all.includes(lib) ? sum([lib], build) : 0,
		/** Citation.js and the CSL files, loaded when the user asks for a citation */
		citation: sum(
			cite.filter((u) => withClicks.includes(u)),
			build
		),
		worker: sum([worker], build)
	};
}

/**
 * Gzip bytes of all of the build's JS but MapLibre: every route, including the bench page.
 * @param {string} build
 */
export function allJs(build) {
	const { lib } = maplibreFiles(build);
	return sum(
		[...modules(build).keys()].filter((u) => u !== lib),
		build
	);
}

/**
 * The embedded basemap's data files (Natural Earth countries, admin-1 units, labels), gzip.
 * @param {string} build
 */
export function basemapBytes(build) {
	const assets = readdirSync(join(immutable(build), 'assets'));
	const files = ['countries', 'admin1', 'labels'].map((name) => {
		const f = assets.filter((a) => new RegExp(`^${name}\\.[\\w-]+\\.geojson$`).test(a));
		if (f.length !== 1)
			throw new Error(`expected one ${name}.*.geojson in build/_app/immutable/assets, found ${f.length}`);
		return `/_app/immutable/assets/${f[0]}`;
	});
	return { files, bytes: sum(files, build) };
}
