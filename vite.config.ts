import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { selfHostedFonts } from './scripts/vite-fonts.ts';

export default defineConfig({
	plugins: [sveltekit(), selfHostedFonts()],
	server: { port: 5173, strictPort: false },
	preview: { port: 4173, strictPort: true },
	build: {
		target: 'es2022',
		reportCompressedSize: false,
		rolldownOptions: {
			// MapLibre in a chunk of its own: the size budget tells it from our code by name and content
			output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } }
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
