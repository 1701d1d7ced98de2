import { loadAtlas } from '$lib/data/load.server';
import { readingMinutes, stepRef } from '$lib/data/reading';
import type { PageServerLoad } from './$types';

/** The guided reading's steps, for its overview. */
export const load: PageServerLoad = () => {
	const { reading } = loadAtlas();
	return {
		steps: reading.map((s, i) => ({ ...stepRef(reading, i), section: s.section })),
		minutes: readingMinutes(reading)
	};
};
