import { loadAtlas } from '$lib/data/load.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { paper, references, sources } = loadAtlas();
	return { paper, references, sources };
};
