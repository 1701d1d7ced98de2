/**
 * The validator against the real geodata (accepted) and against broken fixtures: each fixture in
 * tests/fixtures/invalid/ applies one fault to a copy of the real data and names the error it
 * must produce (file, id, field, message).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodataDir } from '../../src/lib/data/load.server';
import { formatError, validateGeodata, type ValidationError } from '../../src/lib/data/validate';

interface Op {
	op: 'replace' | 'remove' | 'append' | 'swap' | 'antimeridian' | 'text';
	path?: string;
	value?: unknown;
}
interface Fixture {
	name: string;
	fault: string;
	file: string;
	patch: Op[];
	expect: ValidationError;
}

const real = readGeodataDir(join(process.cwd(), 'geodata'));
const dir = join(process.cwd(), 'tests/fixtures/invalid');
const fixtures: Fixture[] = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Fixture, 'name'>) }));

const firstSource = (JSON.parse(real['sources.json']) as { sources: { id: string }[] }).sources[0].id;
const firstEvent = (JSON.parse(real['timeline.json']) as { events: { id: string }[] }).events[0].id;

type Json = Record<string, unknown> | unknown[];

/** `features/[id=x]/properties/sectors/0`: `[id=x]` picks the element whose id (or properties.id) is x */
function walk(root: Json, path: string): { parent: Json; key: string | number } {
	const parts = path.split('/');
	let node: unknown = root;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		let key: string | number = part;
		const byId = /^\[id=(.+)\]$/.exec(part);
		if (byId) {
			key = (node as { id?: string; properties?: { id?: string } }[]).findIndex(
				(x) => (x.properties?.id ?? x.id) === byId[1]
			);
			if (key < 0) throw new Error(`fixture path ${path}: no element with id ${byId[1]}`);
		} else if (Array.isArray(node)) key = Number(part);
		if (i === parts.length - 1) return { parent: node as Json, key };
		node = (node as Record<string | number, unknown>)[key];
		if (node === undefined) throw new Error(`fixture path ${path}: nothing at ${part}`);
	}
	throw new Error('empty path');
}

const resolveTokens = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replaceAll('@first-source', firstSource));

function apply(files: Record<string, string>, f: Fixture): Record<string, string> {
	const out = { ...files };
	for (const op of f.patch) {
		if (op.op === 'text') {
			out[f.file] = String(op.value);
			continue;
		}
		const doc = JSON.parse(out[f.file]) as Json;
		const { parent, key } = walk(doc, op.path!);
		const p = parent as Record<string | number, unknown>;
		if (op.op === 'replace') p[key] = resolveTokens(op.value);
		else if (op.op === 'remove') {
			if (Array.isArray(parent)) parent.splice(Number(key), 1);
			else delete p[key];
		} else if (op.op === 'append') (p[key] as unknown[]).push(resolveTokens(op.value));
		else if (op.op === 'swap') (p[key] as number[]).reverse();
		else if (op.op === 'antimeridian') {
			const g = p[key] as { type: string; coordinates: number[][][] | number[][][][] };
			const ring = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0]) as number[][];
			ring.splice(2, 0, [-179.5, ring[1][1]]);
		}
		out[f.file] = JSON.stringify(doc);
	}
	return out;
}

function expected(f: Fixture, files: Record<string, string>): ValidationError {
	const e = { ...f.expect };
	if (e.id === '@events/0') e.id = firstEvent;
	if (e.field.includes('[-1]')) {
		const doc = JSON.parse(files[f.file]) as Record<string, unknown[]>;
		const key = e.field.split('[')[0];
		e.field = e.field.replace('[-1]', `[${doc[key].length - 1}]`);
	}
	return e;
}

const matching = (errors: ValidationError[], e: ValidationError) =>
	errors.filter(
		(x) => x.file === e.file && x.id === e.id && x.field.startsWith(e.field) && x.message.includes(e.message)
	);

describe('the real geodata', () => {
	it('is accepted with no error', () => {
		const { errors, atlas } = validateGeodata(real);
		expect(errors.map((e) => formatError(e))).toEqual([]);
		expect(atlas).toBeDefined();
	});

	it('holds the six cases, the eight firms, 19 METI plans and 18 MEXT regions', () => {
		const { atlas } = validateGeodata(real);
		const count = (k: string) => atlas!.places.filter((p) => p.properties.kind === k).length;
		expect([count('case'), count('firm'), count('meti-cluster'), count('mext-cluster')]).toEqual([6, 8, 19, 18]);
		expect(
			atlas!.places
				.filter((p) => p.properties.kind === 'case')
				.map((p) => p.properties.id)
				.sort()
		).toEqual(['glasgow', 'hokkaido', 'kansai', 'okinawa', 'shannon', 'west-midlands']);
	});
});

describe('broken fixtures', () => {
	it('there are at least 20, each with one fault', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(20);
	});

	for (const f of fixtures)
		it(`${f.name}: ${f.fault}`, () => {
			const files = apply(real, f);
			const { errors, atlas } = validateGeodata(files);
			expect(atlas).toBeUndefined();
			const e = expected(f, files);
			expect(
				matching(errors, e),
				`expected "${formatError(e)}" among:\n${errors.map((x) => formatError(x)).join('\n')}`
			).not.toHaveLength(0);
		});

	it('all faults are reported in one run, not just the first', () => {
		let files = real;
		const combinable = fixtures.filter(
			(f) => f.patch.every((op) => op.op !== 'text') && !f.name.includes('duplicate') && !f.name.includes('bad-id')
		);
		for (const f of combinable) files = apply(files, f);
		const { errors } = validateGeodata(files);
		for (const f of combinable) expect(matching(errors, expected(f, files)), f.name).not.toHaveLength(0);
	});
});

describe('error messages', () => {
	it('name the file, the feature id, the field and what is wrong', () => {
		expect(
			formatError({
				file: 'places/firms.geojson',
				id: 'adhoc-kobe',
				field: 'sectors[0]',
				message: 'unknown sector "enrgy"'
			})
		).toBe('geodata/places/firms.geojson: adhoc-kobe: sectors[0]: unknown sector "enrgy"');
	});
});
