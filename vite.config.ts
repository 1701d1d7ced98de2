import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { selfHostedFonts } from './scripts/vite-fonts.ts';

/** `vite build --mode test-hooks` (npm run build:test): the build the browser tests and the benchmark run. */
const TEST_HOOKS_MODE = 'test-hooks';

export default defineConfig(({ mode }) => ({
	plugins: [sveltekit(), selfHostedFonts()],
	// hooks for the browser tests and the benchmark (window.__clusterAtlas); false in a release build
	define: { __TEST_HOOKS__: JSON.stringify(mode === TEST_HOOKS_MODE) },
	server: { port: 5173, strictPort: false },
	preview: { port: 4173, strictPort: true },
	build: {
		target: 'es2022',
		reportCompressedSize: false,
		rolldownOptions: {
			// MapLibre, Svelte's runtime and SvelteKit's client each in a chunk of their own, so the size
			// budget (tests/e2e/budgets.spec.ts) can tell them from our code by their content
			output: {
				codeSplitting: {
					groups: [
						{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
						{ name: 'svelte', test: /node_modules[\\/]svelte[\\/]/ },
						{ name: 'kit', test: /node_modules[\\/]@sveltejs[\\/]kit[\\/]/ }
					]
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// a test that asserts nothing passes whatever the code does: every test must run an expect()
		expect: { requireAssertions: true },
		testTimeout: 60_000
	}
}));
