/**
 * The data revision of an edition: one content hash of geodata/, so that a test can tell when the
 * data has changed since the last release. Node only (node:crypto, node:fs): tests and scripts.
 *
 * What counts: every .json and .geojson file under geodata/ except the edition records themselves
 * (`editions.json` and `claims/`, which a release writes after the hash is taken). Each file is
 * hashed as canonical JSON (keys sorted, no whitespace), so reformatting, key order and line endings
 * (a Windows checkout) change nothing; any change of content does.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files that describe editions rather than data: outside the hash. */
export const isEditionRecord = (path: string) => path === 'editions.json' || path.startsWith('claims/');

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** `sha256:<hex>` of files given as `{ 'places/cases.geojson': '<text>', … }` (edition records skipped). */
export function dataRevision(files: Record<string, string>): string {
	const hash = createHash('sha256');
	for (const path of Object.keys(files).sort()) {
		if (isEditionRecord(path)) continue;
		let body: string;
		try {
			body = canonicalJson(JSON.parse(files[path]));
		} catch {
			// invalid JSON still has a revision (the validator reports it): hash the text as it is
			body = files[path].replace(/\r\n/g, '\n');
		}
		hash.update(path).update('\0').update(body).update('\0');
	}
	return `sha256:${hash.digest('hex')}`;
}

/** Every .json/.geojson file under `dir`, keyed by its path relative to it (with `/`). */
export function readDataFiles(dir: string): Record<string, string> {
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

/** The short form shown to people: `sha256:3f2a…` → `3f2a9c1e0b7d`. */
export const shortRevision = (revision: string) => revision.replace(/^sha256:/, '').slice(0, 12);
