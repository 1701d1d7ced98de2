import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A remote basemap style (optional) needs its origin, and whatever tile hosts it names, in the CSP.
const remoteStyle = process.env.PUBLIC_BASEMAP_STYLE;
const remote = remoteStyle ? ['https:'] : [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			// every page is prerendered; a broken link in the app fails the build
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/404']
		},
		alias: { $geodata: 'geodata' },
		// absolute asset paths: 404.html is served at any depth (/place/unknown), relative ones would break there
		paths: { relative: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer and MapLibre's controls set inline style attributes
				'style-src': ['self', 'unsafe-inline'],
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
