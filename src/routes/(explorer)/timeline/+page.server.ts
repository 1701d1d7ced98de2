import { loadAtlas } from '$lib/data/load.server';
import { introductions } from '$lib/data/reading';
import { citePage } from '$lib/cite/head.server';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import type { PageServerLoad } from './$types';

/** Every dated event, the outside sources they cite (numbered in order of first use), the paper's date, and the reading's steps that introduce events. */
export const load: PageServerLoad = ({ url }) => {
	const { timeline, sources, paper, reading, argument } = loadAtlas();
	const used = [...new Set(timeline.flatMap((e) => e.sources ?? []))];
	return {
		events: timeline,
		sources: used.map((id) => sources.find((s) => s.id === id)!),
		paperDate: paper.date,
		/** the step of the guided reading that introduces each event it links to */
		introduced: Object.fromEntries(introductions(reading, argument.items).events),
		citePage: citePage(url, {
			title: { en: en.timelineHeading, ja: ja.timelineHeading },
			description: { en: en.timelineIntro, ja: ja.timelineIntro },
			claims: (c) => c.kind === 'timeline-event' || c.kind === 'timeline-differs'
		})
	};
};
