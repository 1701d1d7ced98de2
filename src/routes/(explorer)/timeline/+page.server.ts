import { loadAtlas } from '$lib/data/load.server';
import { introductions } from '$lib/data/reading';
import type { PageServerLoad } from './$types';

/** Every dated event, the outside sources they cite, the paper's date, and the reading's steps that introduce events. */
export const load: PageServerLoad = () => {
	const { timeline, sources, paper, reading, argument } = loadAtlas();
	const used = [...new Set(timeline.flatMap((e) => e.sources ?? []))];
	return {
		events: timeline,
		sources: used.map((id) => sources.find((s) => s.id === id)!),
		paperDate: paper.date,
		/** the step of the guided reading that introduces each event it links to */
		introduced: Object.fromEntries(introductions(reading, argument.items).events)
	};
};
