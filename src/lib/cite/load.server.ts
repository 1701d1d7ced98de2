/**
 * The edition files of geodata/ (build time, scripts, tests; never imported by browser code):
 * editions, corrections (optional: the audit writes them), claims lists and retired claims.
 * The validator has already checked them when `loadAtlas` ran; this parses them into their types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	ClaimListFile,
	CORRECTIONS_FILE,
	CorrectionsFile,
	compareVersions,
	EDITIONS_FILE,
	EditionsFile,
	RETIRED_FILE,
	RetiredFile
} from './schema';
import type { ClaimList, Correction, Edition, EditionsFile as EditionsData, RetiredClaim } from './types';

export interface EditionRecords extends EditionsData {
	/** the newest edition: the one this build is */
	current: Edition;
	corrections: Correction[];
	/** claims lists by edition, oldest first */
	claimLists: ClaimList[];
	retired: RetiredClaim[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function loadEditionRecords(dir = join(process.cwd(), 'geodata')): EditionRecords {
	const editions = EditionsFile.parse(readJson(join(dir, EDITIONS_FILE))) as EditionsData;
	const correctionsPath = join(dir, CORRECTIONS_FILE);
	const corrections = existsSync(correctionsPath)
		? (CorrectionsFile.parse(readJson(correctionsPath)).corrections as Correction[])
		: [];
	const claimsDir = join(dir, 'claims');
	const claimLists = existsSync(claimsDir)
		? readdirSync(claimsDir)
				.filter((f) => /^\d+\.\d+\.\d+\.json$/.test(f))
				.map((f) => ClaimListFile.parse(readJson(join(claimsDir, f))) as ClaimList)
				.sort((a, b) => compareVersions(a.edition, b.edition))
		: [];
	const retiredPath = join(dir, RETIRED_FILE);
	const retired = existsSync(retiredPath) ? (RetiredFile.parse(readJson(retiredPath)).retired as RetiredClaim[]) : [];
	return {
		...editions,
		current: editions.editions[editions.editions.length - 1],
		corrections,
		claimLists,
		retired
	};
}

/**
 * The site's own address for absolute URLs in build output (JSON-LD, the data package, the API):
 * `PUBLIC_SITE_URL` at build time (`https://example.org`, no trailing slash), else '' (paths only:
 * the atlas does not know where it will be hosted).
 */
export function siteOrigin(): string {
	const url = process.env.PUBLIC_SITE_URL?.trim();
	if (!url) return '';
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.origin}${u.pathname.replace(/\/+$/, '')}` : '';
	} catch {
		return '';
	}
}
