/**
 * The benchmark's comparison pages, built beside the app so one static server serves all three
 * from one origin: build/bench-pages/floor/ (bare MapLibre), build/bench-pages/peer/ (Leaflet) and
 * build/bench-pages/limit/ (bare MapLibre with only the app's GPU points layer).
 * Built by `npm run bench` (after the app's test build, which empties build/).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	root: here('.'),
	base: '/bench-pages/',
	logLevel: 'warn',
	build: {
		outDir: here('../build/bench-pages'),
		emptyOutDir: true,
		target: 'es2022',
		reportCompressedSize: false,
		// MapLibre is one big module by nature; the warning says nothing here
		chunkSizeWarningLimit: 2000,
		rollupOptions: {
			input: {
				floor: here('floor/index.html'),
				peer: here('peer/index.html'),
				limit: here('limit/index.html')
			}
		}
	}
});
