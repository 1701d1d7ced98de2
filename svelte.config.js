import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A remote basemap style (optional) needs its origin, and whatever tile hosts it names, in the CSP.
const remoteStyle = process.env.PUBLIC_BASEMAP_STYLE;
const remote = remoteStyle ? ['https:'] : [];

// Styles are strict too: no 'unsafe-inline'. Component CSS is in files; colours from data are SVG
// `fill` attributes (not subject to style-src); MapLibre and Svelte's `style:` directives on the
// client write through the CSSOM, which CSP does not govern. The one inline style attribute left is
// SvelteKit's route announcer (@sveltejs/kit/src/core/sync/write_root.js), created client-side from
// markup on every page: it is allowed by its hash alone ('unsafe-hashes' admits hashed attributes,
// nothing else). If a kit upgrade changes that string, every browser test fails on a CSP violation.
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// registered by the app itself, in production builds only (src/lib/offline.ts): in dev a
		// caching worker would serve stale modules
		serviceWorker: { register: false },
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			// every page is prerendered; a broken link in the app fails the build
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The Japanese edition (/ja/…, src/hooks.ts) is found by crawling: every page links its other
			// edition (language switch, hreflang alternates). The two 404 pages are linked from nowhere.
			entries: ['*', '/404', '/ja', '/ja/404']
		},
		alias: { $geodata: 'geodata' },
		// absolute asset paths: 404.html is served at any depth (/place/unknown), relative ones would break there
		paths: { relative: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', sha256(ANNOUNCER_STYLE)],
				'img-src': ['self', 'data:', 'blob:', ...remote],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', ...remote],
				'worker-src': ['self'],
				'child-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'manifest-src': ['self']
			}
		}
	}
};

export default config;
