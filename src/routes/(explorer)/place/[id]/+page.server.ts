import { error } from '@sveltejs/kit';
import { loadAtlas, loadIndex } from '$lib/data/load.server';
import { placeDetail } from '$lib/data/atlas-index';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every place and region gets a prerendered page. */
export const entries: EntryGenerator = () => {
	const atlas = loadAtlas();
	return [
		...atlas.places.map((p) => ({ id: p.properties.id })),
		...atlas.regions.map((r) => ({ id: r.properties.id }))
	];
};

export const load: PageServerLoad = ({ params }) => {
	const detail = placeDetail(loadAtlas(), loadIndex(), params.id);
	if (!detail) error(404, `There is no place called “${params.id}”.`);
	return { detail };
};
