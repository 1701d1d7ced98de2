import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The rooms of src/ (see README, "Folders"), held by the linter
const MAPLIBRE_ONLY_IN_MAP = {
	name: 'maplibre-gl',
	message: 'maplibre-gl is imported only in src/lib/map/ (the map room): go through the map context.'
};
const MAPLIBRE_FILES = {
	group: ['maplibre-gl/*'],
	message: 'maplibre-gl is imported only in src/lib/map/ (the map room).'
};
const PURE = 'src/lib/data/ and src/lib/geo/ are pure TypeScript: no state, map, components or Svelte.';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'.cache/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		ignores: ['src/lib/map/**'],
		rules: { 'no-restricted-imports': ['error', { paths: [MAPLIBRE_ONLY_IN_MAP], patterns: [MAPLIBRE_FILES] }] }
	},
	{
		files: ['src/lib/data/**', 'src/lib/geo/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [MAPLIBRE_ONLY_IN_MAP, { name: 'svelte', message: PURE }],
					patterns: [
						MAPLIBRE_FILES,
						{
							group: [
								'**/state/**',
								'**/map/**',
								'**/components/**',
								'$lib/state/**',
								'$lib/map/**',
								'$lib/components/**',
								'svelte/**',
								'$app/**',
								'@sveltejs/**',
								'**/*.svelte'
							],
							message: PURE
						}
					]
				}
			]
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// links are built with resolve() from $app/paths where they matter; plain hrefs are fine in a static site
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
