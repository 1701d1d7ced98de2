import { loadAtlas } from '$lib/data/load.server';
import { loadEditionRecords } from '$lib/cite/load.server';
import { collectClaims } from '$lib/cite/claims';
import { CORRECTION_KINDS } from '$lib/cite/types';
import { correctionHref } from '$lib/data/corrections';
import type { PageServerLoad } from './$types';

/** Every erratum of the edition, grouped by kind, each with the page and claim anchor of its record. */
export const load: PageServerLoad = () => {
	const atlas = loadAtlas();
	const { corrections, current } = loadEditionRecords();
	const claims = collectClaims(atlas);
	const sourceById = new Map(atlas.sources.map((s) => [s.id, s]));
	return {
		edition: current.version,
		total: corrections.length,
		groups: CORRECTION_KINDS.map((kind) => ({
			kind,
			corrections: corrections
				.filter((c) => c.kind === kind)
				.map((c) => ({
					...c,
					href: correctionHref(atlas, claims, c),
					sourceTitles: (c.sources ?? []).map((id) => ({
						id,
						title: sourceById.get(id)?.title ?? id,
						language: sourceById.get(id)?.language ?? 'en'
					}))
				}))
		}))
	};
};
