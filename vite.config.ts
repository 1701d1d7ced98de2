import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { selfHostedFonts } from './scripts/vite-fonts.ts';

export default defineConfig({
	plugins: [sveltekit(), selfHostedFonts()],
	server: { port: 5173, strictPort: false },
	preview: { port: 4173, strictPort: true },
	build: { target: 'es2022', reportCompressedSize: false },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
