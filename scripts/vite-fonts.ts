/**
 * Serves (dev) and emits (build) the self-hosted Noto Sans JP font from @fontsource, so labels on
 * the map and Japanese UI text render on machines without CJK fonts and without any network.
 *
 * - `/fonts/noto-sans-jp/<subset>.woff2`: the 400-weight subsets (~120 files, fetched only when a
 *   character in their unicode-range is drawn).
 * - `/fonts/noto-sans-jp/font-faces.json`: MapLibre's `font-faces` entries `{url, unicode-range}`.
 * - `/fonts/noto-sans-jp/font.css`: the same subsets as CSS @font-face rules for the page.
 * - `/fonts/noto-sans-jp/precache.json`: the subsets any text of the app can need (every character
 *   in geodata/ and src/), which the service worker caches for offline use: ~55 of ~125 files,
 *   ~0.6 of ~2.8 MB. The rest (characters only a user could type) is cached on first use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const BASE = 'fonts/noto-sans-jp';
export const FONT_FAMILY = 'Noto Sans JP';

export function fontDir() {
	const require = createRequire(import.meta.url);
	return dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
}

interface Face {
	file: string;
	ranges: string[];
}

/** Parses @fontsource's 400.css into subset files and their unicode ranges (see withoutMarks). */
export function readFaces(dir = fontDir()): Face[] {
	const css = readFileSync(join(dir, '400.css'), 'utf8');
	const faces: Face[] = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (file && range) faces.push({ file, ranges: withoutMarks(range.split(',').map((r) => r.trim())) });
	}
	return faces;
}

/** Combining diacritical marks (U+0300–U+036F). */
const MARKS: [number, number] = [0x300, 0x36f];
/** Latin letters, plain and accented (Basic Latin to Latin Extended-B). */
const LATIN: [number, number][] = [
	[0x41, 0x5a],
	[0x61, 0x7a],
	[0xc0, 0x24f]
];

/**
 * A face's ranges without the combining marks, when it also covers Latin letters. @fontsource's
 * `latin` subset claims U+0304 (the combining macron) but has no ō: given "Sangyō", Chrome shapes
 * the word with that subset, decomposes ō into o + U+0304 (which it has) and draws a macron that
 * stands apart and eats the next space ("Sangyo¯Purojekuto"). Without the marks in its range the
 * ō falls to a subset that has it whole. No text of the app uses a bare combining mark.
 */
export function withoutMarks(ranges: string[]): string[] {
	const parsed = ranges.map(parseRange);
	const latin = parsed.some(([from, to]) => LATIN.some(([a, b]) => from <= b && to >= a));
	if (!latin) return ranges;
	const out: string[] = [];
	const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
	const write = (a: number, b: number) => out.push(a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`);
	parsed.forEach(([from, to], i) => {
		if (to < MARKS[0] || from > MARKS[1]) return void out.push(ranges[i]);
		if (from < MARKS[0]) write(from, MARKS[0] - 1);
		if (to > MARKS[1]) write(MARKS[1] + 1, to);
	});
	return out;
}

/** `U+3000-303F`, `U+4E??` → [from, to] */
export function parseRange(range: string): [number, number] {
	const [a, b] = range.replace(/^U\+/i, '').split('-');
	if (a.includes('?')) return [parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'F'), 16)];
	return [parseInt(a, 16), parseInt(b ?? a, 16)];
}

/** Every code point in the app's own text: the data and the source (UI strings, markup). */
export function appCodePoints(root = process.cwd()): Set<number> {
	const points = new Set<number>();
	for (const dir of ['geodata', 'src'])
		for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true }))
			// a route folder may be named like a file (`routes/data/places.geojson/`)
			if (entry.isFile() && /\.(geo)?json$|\.ts$|\.svelte$|\.html$/.test(entry.name))
				for (const c of readFileSync(join(entry.parentPath, entry.name), 'utf8')) points.add(c.codePointAt(0)!);
	return points;
}

/** The subsets whose unicode-range covers a character the app can draw. */
export function neededFaces(faces: Face[], points = appCodePoints()): Face[] {
	const cps = [...points];
	return faces.filter((f) => {
		const ranges = f.ranges.map(parseRange);
		return cps.some((c) => ranges.some(([from, to]) => c >= from && c <= to));
	});
}

function assets(dir: string): Map<string, Buffer | string> {
	const faces = readFaces(dir);
	const out = new Map<string, Buffer | string>();
	// file names relative to the manifest: the app resolves them, so it works under any base path
	const fontFaces = { [FONT_FAMILY]: faces.map((f) => ({ url: f.file, 'unicode-range': f.ranges })) };
	out.set(`${BASE}/font-faces.json`, JSON.stringify(fontFaces));
	out.set(
		`${BASE}/font.css`,
		faces
			.map(
				(f) =>
					`@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:400;` +
					`src:url(./${f.file}) format('woff2');unicode-range:${f.ranges.join(',')}}`
			)
			.join('\n')
	);
	const files = new Set(readdirSync(join(dir, 'files')));
	out.set(
		`${BASE}/precache.json`,
		JSON.stringify(neededFaces(faces.filter((f) => files.has(f.file))).map((f) => f.file))
	);
	for (const f of faces) if (files.has(f.file)) out.set(`${BASE}/${f.file}`, readFileSync(join(dir, 'files', f.file)));
	return out;
}

export function selfHostedFonts(): Plugin {
	let files: Map<string, Buffer | string> | undefined;
	const get = () => (files ??= assets(fontDir()));
	let isSsr = false;
	return {
		name: 'cluster-atlas:self-hosted-fonts',
		configResolved(config) {
			isSsr = Boolean(config.build.ssr);
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = (req.url ?? '').split('?')[0].replace(/^\//, '');
				const body = path.startsWith(BASE) ? get().get(path) : undefined;
				if (body === undefined) return next();
				const type = path.endsWith('.json') ? 'application/json' : path.endsWith('.css') ? 'text/css' : 'font/woff2';
				res.setHeader('Content-Type', type);
				res.end(body);
			});
		},
		generateBundle() {
			if (isSsr) return;
			for (const [fileName, source] of get()) this.emitFile({ type: 'asset', fileName, source });
		}
	};
}
