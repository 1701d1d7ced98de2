/**
 * Serves (dev) and emits (build) the self-hosted Noto Sans JP font from @fontsource, so labels on
 * the map and Japanese UI text render on machines without CJK fonts and without any network.
 *
 * - `/fonts/noto-sans-jp/<subset>.woff2`: the 400-weight subsets (~120 files, fetched only when a
 *   character in their unicode-range is drawn).
 * - `/fonts/noto-sans-jp/font-faces.json`: MapLibre's `font-faces` entries `{url, unicode-range}`.
 * - `/fonts/noto-sans-jp/font.css`: the same subsets as CSS @font-face rules for the page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const BASE = 'fonts/noto-sans-jp';
export const FONT_FAMILY = 'Noto Sans JP';

function fontDir() {
	const require = createRequire(import.meta.url);
	return dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
}

interface Face {
	file: string;
	ranges: string[];
}

/** Parses @fontsource's 400.css into subset files and their unicode ranges. */
export function readFaces(dir = fontDir()): Face[] {
	const css = readFileSync(join(dir, '400.css'), 'utf8');
	const faces: Face[] = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (file && range) faces.push({ file, ranges: range.split(',').map((r) => r.trim()) });
	}
	return faces;
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
