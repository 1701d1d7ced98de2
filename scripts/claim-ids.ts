/**
 * Writes a stable claim id into every claim record of geodata/ that has none (narrative paragraphs,
 * "sources differ" entries, argument links, comparison cells, contrasts; argument items and
 * timeline events already have ids). The ids are the ones src/lib/cite/claims.ts derives
 * (`hokkaido-p2`, `cell-glasgow-initiative`, `link-lesson-1-glasgow`…), so the claim list does not
 * change when the script runs. Idempotent: a second run writes nothing.
 *
 * Usage: tsx scripts/claim-ids.ts [--dir geodata] [--check]
 *   --check  writes nothing; exits 1 and lists the records that still lack an id
 *
 * The records' schemas (src/lib/data/schema.ts) must admit `id` on those five record types first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { collectClaims, PLACE_FILES } from '../src/lib/cite/claims';
import type { Atlas } from '../src/lib/data/schema';

const args = process.argv.slice(2);
const opt = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(opt('--dir') ?? 'geodata');
const check = args.includes('--check');

const FILES = [...Object.values(PLACE_FILES), 'argument.json', 'comparison.json', 'timeline.json', 'paper.json'];
const data = new Map<string, unknown>(FILES.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]));

type Json = Record<string, unknown>;
const features = (f: string) => (data.get(f) as { features: unknown[] }).features;
// the claim rules read only these parts of the atlas, and read them as the files hold them: the
// files are not validated here, since the schema may not admit the ids yet
const atlas = {
	places: Object.values(PLACE_FILES).flatMap(features),
	argument: data.get('argument.json'),
	comparison: data.get('comparison.json'),
	timeline: (data.get('timeline.json') as { events: unknown[] }).events,
	paper: data.get('paper.json')
} as unknown as Atlas;

/** The object at a claim's JSON path (`features[3].properties.narrative[1]`) in its file. */
function at(file: string, path: string): Json {
	let node: unknown = data.get(file);
	for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
		node = (node as Record<string, unknown>)[key ?? Number(index)];
	return node as Json;
}

const missing = collectClaims(atlas).filter((c) => !c.stored);
const changed = new Set<string>();
for (const c of missing) {
	if (check) {
		console.log(`${c.file}: ${c.at}: no id (would be "${c.id}")`);
		continue;
	}
	const record = at(c.file, c.at);
	// the id first, as in every other record of geodata/
	const copy = { ...record };
	for (const k of Object.keys(record)) delete record[k];
	Object.assign(record, { id: c.id }, copy);
	changed.add(c.file);
}

if (check) {
	console.log(missing.length ? `${missing.length} claim records lack an id` : 'every claim record has its id');
	process.exit(missing.length ? 1 : 0);
}
// the repository's Prettier settings, also for a copy of geodata/ outside it (the tests')
const config = (await resolveConfig(join(import.meta.dirname, '..', 'geodata', 'paper.json'))) ?? {};
for (const file of changed)
	writeFileSync(
		join(dir, file),
		await format(JSON.stringify(data.get(file), null, '\t'), { ...config, parser: 'json' })
	);
console.log(
	changed.size
		? `wrote ${missing.length} claim ids into ${[...changed].join(', ')}`
		: 'every claim record already has its id: nothing written'
);
