import { error } from '@sveltejs/kit';
import { loadAtlas } from '$lib/data/load.server';
import { stepRef } from '$lib/data/reading';
import { readingContext } from '$lib/data/reading-page';
import type { EntryGenerator, PageServerLoad } from './$types';

/** A prerendered page for every step of the guided reading (geodata/reading.json). */
export const entries: EntryGenerator = () => loadAtlas().reading.map((s) => ({ step: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = loadAtlas();
	const steps = atlas.reading;
	const i = steps.findIndex((s) => s.id === params.step);
	if (i < 0) error(404, `There is no step “${params.step}” in the guided reading.`);
	return {
		step: steps[i],
		ref: stepRef(steps, i),
		total: steps.length,
		prev: i > 0 ? stepRef(steps, i - 1) : null,
		next: i < steps.length - 1 ? stepRef(steps, i + 1) : null,
		/** every step, for links back to one */
		refs: steps.map((_, k) => stepRef(steps, k)),
		...readingContext(atlas, [steps[i]])
	};
};
