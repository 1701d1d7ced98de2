/**
 * No module of src/ imports itself back, through any chain of imports (type-only imports and
 * dynamic import() included): a circle makes the order modules run in depend on who is imported
 * first. Imports are read as text (`from '…'`, `import('…')`) and resolved like Vite does for
 * relative paths and `$lib/`; packages are not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
const LIB = join(SRC, 'lib');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [path] : [];
	});
}

function resolveImport(from: string, spec: string): string | null {
	const base = spec.startsWith('$lib/')
		? join(LIB, spec.slice(5))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: null;
	if (!base) return null;
	for (const candidate of [base, `${base}.ts`, `${base}.svelte`, `${base}.svelte.ts`, join(base, 'index.ts')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
	return [...new Set(specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null))];
}

/** Every import circle, each once, as the chain of files that closes it. */
function circles(graph: Map<string, string[]>): string[][] {
	const found = new Map<string, string[]>();
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (f: string) => {
		state.set(f, 'open');
		stack.push(f);
		for (const g of graph.get(f) ?? []) {
			if (state.get(g) === 'open') {
				const circle = stack.slice(stack.indexOf(g));
				found.set([...circle].sort().join('|'), [...circle, g]);
			} else if (!state.has(g)) visit(g);
		}
		stack.pop();
		state.set(f, 'done');
	};
	for (const f of graph.keys()) if (!state.has(f)) visit(f);
	return [...found.values()];
}

describe('imports', () => {
	const graph = new Map(files(SRC).map((f) => [f, importsOf(f)]));

	it('are read and resolved (the check sees the import graph)', () => {
		expect(graph.size).toBeGreaterThan(50);
		const explorer = graph.get(join(LIB, 'state', 'explorer.svelte.ts'))!;
		expect(explorer).toContain(join(LIB, 'data', 'filter.ts'));
		expect(graph.get(join(LIB, 'map', 'MapRoom.svelte'))).toContain(join(LIB, 'map', 'engine.ts'));
	});

	it('never run in a circle', () => {
		const shown = circles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '));
		expect(shown).toEqual([]);
	});

	it('the circle finder finds a circle', () => {
		const a = circles(
			new Map([
				['a', ['b']],
				['b', ['c']],
				['c', ['a']],
				['d', ['a']]
			])
		);
		expect(a).toEqual([['a', 'b', 'c', 'a']]);
	});
});
