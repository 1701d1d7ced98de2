import { loadAtlas, loadIndex } from '$lib/data/load.server';
import { loadEditionRecords } from '$lib/cite/load.server';
import { formatCitation, paperCsl } from '$lib/cite';
import { comparedPlaces } from '$lib/data/reading';
import type { PageServerLoad } from './$types';

/**
 * The self-assessment's shell, prerendered: the 17 questions (the paper's lessons and weaknesses
 * in the atlas's words, with their locators), the implications, the links that tie items to the
 * six cases, the comparison's dimensions and cells, and the paper's reference in APA 7 for the
 * printed page. The answers live only in the browser.
 */
export const load: PageServerLoad = async () => {
	const atlas = loadAtlas();
	const index = loadIndex();
	const caseIds = comparedPlaces(atlas.comparison);
	const edition = loadEditionRecords().current.version;
	const citation = await formatCitation({
		items: [paperCsl(atlas.paper)],
		format: 'apa',
		subject: 'paper',
		date: atlas.paper.date
	});
	return {
		items: atlas.argument.items,
		links: atlas.argument.links.map(({ item, place, locators }) => ({ item, place, locators })),
		cases: caseIds.map((id) => {
			const p = index.places.find((x) => x.id === id)!;
			return { id, name: p.name, name_ja: p.name_ja ?? null, region: p.region, country: p.country };
		}),
		places: index.places.map((p) => ({ id: p.id, case: p.case, inRegions: p.inRegions })),
		dimensions: atlas.comparison.dimensions,
		cells: atlas.comparison.cells.map(({ place, dimension, status, locators }) => ({
			place,
			dimension,
			status,
			locators: locators ?? []
		})),
		citation: citation.text,
		edition
	};
};
