import { loadAtlas } from '$lib/data/load.server';
import type { PageServerLoad } from './$types';

/** The argument's 27 items and their ties to places (the chosen item comes from `?item=`, in the browser). */
export const load: PageServerLoad = () => {
	const { argument } = loadAtlas();
	return { items: argument.items, links: argument.links };
};
