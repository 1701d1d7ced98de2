import { loadAtlas } from '$lib/data/load.server';
import type { PageServerLoad } from './$types';

/** Every dated event, the outside sources they cite (numbered in order of first use), the paper's date. */
export const load: PageServerLoad = () => {
	const { timeline, sources, paper } = loadAtlas();
	const used = [...new Set(timeline.flatMap((e) => e.sources ?? []))];
	return {
		events: timeline,
		sources: used.map((id) => sources.find((s) => s.id === id)!),
		paperDate: paper.date
	};
};
