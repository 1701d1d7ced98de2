import { error } from '@sveltejs/kit';
import { loadAtlas, loadIndex } from '$lib/data/load.server';
import { placeDetail } from '$lib/data/atlas-index';
import { citePage } from '$lib/cite/head.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every place and region gets a prerendered page. */
export const entries: EntryGenerator = () => {
	const atlas = loadAtlas();
	return [
		...atlas.places.map((p) => ({ id: p.properties.id })),
		...atlas.regions.map((r) => ({ id: r.properties.id }))
	];
};

/** The claims a place's panel shows: its paragraphs, its "sources differ" entries, its ties to the argument. */
const PANEL_CLAIMS = new Set(['paragraph', 'conflict', 'argument-link']);

export const load: PageServerLoad = ({ params, url }) => {
	const detail = placeDetail(loadAtlas(), loadIndex(), params.id);
	if (!detail) error(404, `There is no place called “${params.id}”.`);
	return {
		detail,
		citePage: citePage(url, {
			title: { en: detail.name, ja: detail.name_ja },
			description: detail.summary ? { en: detail.summary, ja: detail.summary_ja } : undefined,
			place: detail.id,
			claims: (c) => c.place === detail.id && PANEL_CLAIMS.has(c.kind)
		})
	};
};
