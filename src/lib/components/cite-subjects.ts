/**
 * What the citation box can cite, as plain data (so that the first view's code need not hold the
 * CSL builders, which come with the box): the view, a place's page, a claim, the paper. `itemOf`
 * turns one into its CSL item, when the citation is written.
 */
import { claimCsl, placeCsl, viewCsl, type AtlasContext, type ClaimRef, type PlaceRef } from '$lib/cite/csl';
import type { CslItem } from '$lib/cite/types';
import type { PaperFile } from '$lib/data/schema';

export type SubjectSpec =
	| { kind: 'view'; url: string; accessed: string; label?: string }
	| { kind: 'place'; place: PlaceRef; accessed: string; path: string }
	| { kind: 'claim'; claim: ClaimRef; paper: Pick<PaperFile, 'author' | 'year'>; accessed: string; path: string }
	| { kind: 'paper'; item: CslItem };

export interface CiteSubject {
	key: string;
	label: string;
	/** what the file name says is cited: `view`, `paper`, a place or claim id */
	file: string;
	spec: SubjectSpec;
}

export function itemOf(ctx: AtlasContext, s: SubjectSpec): CslItem {
	switch (s.kind) {
		case 'view':
			return viewCsl(ctx, s);
		case 'place':
			return placeCsl(ctx, s.place, s.accessed, s.path);
		case 'claim':
			return claimCsl(ctx, s.paper, s.claim, s.accessed, s.path);
		case 'paper':
			return s.item;
	}
}
