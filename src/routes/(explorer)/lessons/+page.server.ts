import { loadAtlas } from '$lib/data/load.server';
import { nameNotes } from '$lib/data/atlas-index';
import { introductions } from '$lib/data/reading';
import { citePage } from '$lib/cite/head.server';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import type { PageServerLoad } from './$types';

/**
 * The argument's 27 items, the atlas's lesson–weakness pairs and the ties to places, each with its
 * basis; the guided reading's step for each item (the chosen item comes from `?item=`, in the browser).
 */
export const load: PageServerLoad = ({ url }) => {
	const { argument, reading, ...atlas } = loadAtlas();
	const introduced = introductions(reading, argument.items).items;
	return {
		items: argument.items,
		pairs: argument.pairs,
		links: argument.links,
		introduced: Object.fromEntries(introduced),
		nameNotes: nameNotes(
			{ argument, reading, ...atlas },
			argument.links.map((l) => l.place)
		),
		citePage: citePage(url, {
			title: { en: en.lessonsHeading, ja: ja.lessonsHeading },
			description: { en: en.lessonsIntro, ja: ja.lessonsIntro },
			claims: (c) => c.kind === 'argument-item'
		})
	};
};
