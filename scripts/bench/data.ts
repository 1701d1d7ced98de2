/**
 * Writes the benchmark's datasets into <out> (default build/bench-data/): `real.json` (the index
 * every page embeds, from geodata/) and
 * seeded synthetic sets (`1k.json`, `10k.json`, `100k.json`, `1m.json`; synthetic places are exact).
 * Usage: tsx scripts/bench/data.ts [out] [sizes=1000,10000,100000]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIndex } from '../../src/lib/data/load.server';
import { syntheticIndex } from './synthetic';

export const SEED = 2003;
export const sizeName = (n: number) =>
	n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}m` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);

const out = process.argv[2] ?? 'build/bench-data';
const sizes = (process.argv[3] ?? '1000,10000,100000').split(',').map(Number);
mkdirSync(out, { recursive: true });

const real = loadIndex();
writeFileSync(join(out, 'real.json'), JSON.stringify(real));
const units = JSON.parse(readFileSync('geodata/basemap/admin1.geojson', 'utf8'));
for (const n of sizes) {
	const t = performance.now();
	const index = syntheticIndex(n, SEED, units, real);
	writeFileSync(join(out, `${sizeName(n)}.json`), JSON.stringify(index));
	console.log(`bench data: ${sizeName(n)}.json, ${n} places (seed ${SEED}) in ${Math.round(performance.now() - t)} ms`);
}
