/** Reads geodata/ from disk (build time, scripts, tests). Never imported by browser code. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatError, validateGeodata, type ValidationResult } from './validate';
import type { Atlas } from './schema';
import { buildIndex, type AtlasIndex } from './atlas-index';

/** All .json/.geojson files under `dir`, keyed by their path relative to it (with `/`). */
export function readGeodataDir(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(geo)?json$/.test(name)) files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return files;
}

export function validateGeodataDir(dir = join(process.cwd(), 'geodata')): ValidationResult {
	return validateGeodata(readGeodataDir(dir));
}

let cached: Atlas | undefined;

/** The validated atlas; throws with every error listed when geodata is broken (fails the build). */
export function loadAtlas(dir = join(process.cwd(), 'geodata')): Atlas {
	if (cached) return cached;
	const { errors, atlas } = validateGeodataDir(dir);
	if (!atlas)
		throw new Error(`geodata/ is invalid (${errors.length} errors):\n` + errors.map((e) => formatError(e)).join('\n'));
	cached = atlas;
	return atlas;
}

let cachedIndex: AtlasIndex | undefined;

/** The joined index (Turf membership etc.), computed once per build. */
export function loadIndex(): AtlasIndex {
	return (cachedIndex ??= buildIndex(loadAtlas()));
}
