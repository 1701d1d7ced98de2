import { error } from '@sveltejs/kit';
import { loadAtlas } from '$lib/data/load.server';
import { cellOf, comparePairs, comparedPlaces, contrastOf, introductions, pairKey } from '$lib/data/reading';
import { citePage } from '$lib/cite/head.server';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * A prerendered page for every ordered pair of the places the comparison covers (the six cases:
 * 30 pages). Any other pair does not exist on the static site: it is a 404.
 */
export const entries: EntryGenerator = () => comparePairs(loadAtlas().comparison);

export const load: PageServerLoad = ({ params, url }) => {
	const atlas = loadAtlas();
	const c = atlas.comparison;
	const places = comparedPlaces(c);
	const { a, b } = params;
	if (!places.includes(a) || !places.includes(b) || a === b) error(404, `There is no comparison of “${a}” and “${b}”.`);

	const nameOf = (id: string, lang: 'en' | 'ja') => {
		const p = atlas.places.find((f) => f.properties.id === id)!.properties;
		return (lang === 'ja' ? p.name_ja : undefined) ?? p.name;
	};
	const compareTitle = (lang: 'en' | 'ja', x: string, y: string) =>
		(lang === 'ja' ? ja : en).compareTitle.replace('{a}', nameOf(x, lang)).replace('{b}', nameOf(y, lang));
	const card = (id: string) => {
		const p = atlas.places.find((f) => f.properties.id === id)!.properties;
		return { id, country: p.country, summary: p.summary, summary_ja: p.summary_ja };
	};
	// validation guarantees a cell for every dimension of a compared place
	const cells = (id: string) => c.dimensions.map((d) => cellOf(c, id, d.id)!);
	const itemIds = new Set(c.dimensions.flatMap((d) => d.items));
	const items = atlas.argument.items
		.filter((i) => itemIds.has(i.id))
		.map(({ id, group, number, title, title_ja }) => ({ id, group, number, title, title_ja }));
	const cellsA = cells(a);
	const cellsB = cells(b);
	const sourceIds = [...new Set([...cellsA, ...cellsB].flatMap((x) => x.outside?.sources ?? []))];
	return {
		a: card(a),
		b: card(b),
		places,
		dimensions: c.dimensions,
		cellsA,
		cellsB,
		contrast: contrastOf(c, a, b) ?? null,
		introduced: introductions(atlas.reading, atlas.argument.items).compare.get(pairKey(a, b)) ?? null,
		items,
		sources: sourceIds.map((s) => atlas.sources.find((x) => x.id === s)!),
		// a cell is cited from any pair it is read on; the contrast belongs to the pair, in either order
		citePage: citePage(url, {
			title: { en: compareTitle('en', a, b), ja: compareTitle('ja', a, b) },
			description: { en: en.compareIntro, ja: ja.compareIntro },
			claims: (x) =>
				(x.kind === 'comparison-cell' && (x.place === a || x.place === b)) ||
				(x.kind === 'comparison-contrast' && (x.path === `/compare/${a}/${b}` || x.path === `/compare/${b}/${a}`))
		})
	};
};
