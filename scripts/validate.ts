/**
 * `npm run validate`: checks every file in geodata/ and prints all errors as
 * `file: id: field: message`, then exits 1; or prints a summary and exits 0.
 * Usage: tsx scripts/validate.ts [geodataDir]
 */
import { relative, resolve } from 'node:path';
import { validateGeodataDir } from '../src/lib/data/load.server';
import { formatError } from '../src/lib/data/validate';

const dir = resolve(process.argv[2] ?? 'geodata');
const { errors, atlas } = validateGeodataDir(dir);
if (errors.length > 0) {
	for (const e of errors) console.error(formatError(e, relative(process.cwd(), dir) || '.'));
	console.error(`\n${errors.length} error(s) in ${dir}`);
	process.exit(1);
}
const kinds = new Map<string, number>();
for (const p of atlas!.places) kinds.set(p.properties.kind, (kinds.get(p.properties.kind) ?? 0) + 1);
console.log(
	`geodata ok: ${atlas!.places.length} places (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
		`${atlas!.regions.length} regions, ${atlas!.sectors.length} sectors, ${atlas!.argument.items.length} argument items, ` +
		`${atlas!.argument.pairs.length} pairs, ${atlas!.argument.links.length} links, ${atlas!.timeline.length} events, ` +
		`${atlas!.references.length} references, ${atlas!.sources.length} sources, ${atlas!.reading.length} reading steps`
);
