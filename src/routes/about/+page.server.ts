import { loadAtlas } from '$lib/data/load.server';
import { loadEditionRecords } from '$lib/cite/load.server';
import { CORRECTION_KINDS } from '$lib/cite/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { paper, references, sources } = loadAtlas();
	const { corrections } = loadEditionRecords();
	return {
		paper,
		references,
		sources,
		// the corrections list itself is on /about/corrections (it is 200 KB of text): here, how many of each kind
		errata: {
			total: corrections.length,
			kinds: CORRECTION_KINDS.map((kind) => ({ kind, n: corrections.filter((c) => c.kind === kind).length }))
		}
	};
};
