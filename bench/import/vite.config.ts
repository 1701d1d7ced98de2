/**
 * The import benchmark's page, built to build/bench-import/ (its own folder: the comparison pages'
 * build empties build/bench-pages/). Built by scripts/bench/import.mjs.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	root: here('.'),
	base: '/bench-import/',
	logLevel: 'warn',
	build: {
		outDir: here('../../build/bench-import'),
		emptyOutDir: false,
		target: 'es2022',
		reportCompressedSize: false
	},
	worker: { format: 'es' }
});
