/**
 * Looking up a claim anchor the page lacks, in /api/v1/claims.json (every claim of the edition and
 * the retired ids): loaded on demand by ClaimAnchors.svelte, the first time an anchor misses.
 */
import { lookupClaim } from '$lib/cite/claims';
import type { ClaimKind, RetiredClaim } from '$lib/cite/types';

interface FileClaim {
	id: string;
	kind: ClaimKind;
	path: string;
	title: string;
	title_ja: string;
}
interface ClaimsFile {
	claims: FileClaim[];
	retired: RetiredClaim[];
}

let file: Promise<ClaimsFile> | null = null;

export type Found =
	| { status: 'current'; claim: FileClaim }
	| { status: 'retired'; retired: RetiredClaim; claim?: FileClaim }
	| { status: 'unknown' };

/** What `id` is in this edition; `unknown` also when the list cannot be fetched (offline, no copy). */
export async function findClaim(id: string, url: string): Promise<Found> {
	file ??= fetch(url).then((r) => {
		if (!r.ok) throw new Error(`HTTP ${r.status}`);
		return r.json() as Promise<ClaimsFile>;
	});
	let claims: ClaimsFile;
	try {
		claims = await file;
	} catch {
		file = null;
		return { status: 'unknown' };
	}
	const found = lookupClaim(id, claims.claims, claims.retired);
	const full = (c: { id: string }) => claims.claims.find((x) => x.id === c.id)!;
	if (found.status === 'current') return { status: 'current', claim: full(found.claim) };
	if (found.status === 'retired')
		return found.claim ? { ...found, claim: full(found.claim) } : { status: 'retired', retired: found.retired };
	return found;
}
