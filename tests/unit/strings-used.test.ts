/**
 * Every key of the UI catalogue is read somewhere in src/ (outside the catalogue itself): a key no
 * code reads is a string nobody sees, and often one whose text was written out by hand elsewhere.
 * A key counts as read when it appears as a string literal ('key' or "key") in a .ts or .svelte
 * file: in `t('key')`, or in a table of keys such as the vocabulary's catalogue of kinds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';

const SRC = join(process.cwd(), 'src');
const CATALOGUE = join(SRC, 'lib', 'i18n');

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return path === CATALOGUE ? [] : sources(path);
		return /\.(ts|svelte)$/.test(d.name) ? [path] : [];
	});
}

describe('the string catalogue', () => {
	it('has no key that no code reads', () => {
		const code = sources(SRC)
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		const literals = new Set([...code.matchAll(/['"]([A-Za-z][\w]*)['"]/g)].map((m) => m[1]));
		expect(literals.size).toBeGreaterThan(100);
		expect(Object.keys(en).filter((k) => !literals.has(k))).toEqual([]);
	});
});
