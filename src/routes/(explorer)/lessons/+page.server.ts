import { loadAtlas } from '$lib/data/load.server';
import { citePage } from '$lib/cite/head.server';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import type { PageServerLoad } from './$types';

/** The argument's 27 items and their ties to places (the chosen item comes from `?item=`, in the browser). */
export const load: PageServerLoad = ({ url }) => {
	const { argument } = loadAtlas();
	return {
		items: argument.items,
		links: argument.links,
		citePage: citePage(url, {
			title: { en: en.lessonsHeading, ja: ja.lessonsHeading },
			description: { en: en.lessonsIntro, ja: ja.lessonsIntro },
			claims: (c) => c.kind === 'argument-item'
		})
	};
};
