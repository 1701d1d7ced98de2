import { loadAtlas } from '$lib/data/load.server';
import { readingMinutes, stepRef } from '$lib/data/reading';
import { readingContext } from '$lib/data/reading-page';
import type { PageServerLoad } from './$types';

/** The whole guided reading on one page, to print. */
export const load: PageServerLoad = () => {
	const atlas = loadAtlas();
	const steps = atlas.reading;
	return {
		steps,
		refs: steps.map((_, i) => stepRef(steps, i)),
		minutes: readingMinutes(steps),
		...readingContext(atlas, steps)
	};
};
