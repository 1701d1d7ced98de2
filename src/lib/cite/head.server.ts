/**
 * What the pages carry for citing, built at build time (every page is prerendered) so that the
 * browser receives data, not the builders:
 *
 * - `citeSite()` (root layout, the same on every page): the atlas as a citation needs it, the
 *   edition (version, date, data revision) every page shows, the paper as CSL, the Dataset JSON-LD
 *   and the default meta tags (pages without their own: 404, errors);
 * - `citePage(url, …)` (each page's load): the page's meta tags for Zotero and the like, its
 *   JSON-LD beyond the Dataset (a place page: Place and ScholarlyArticle), and the claims the page
 *   shows, so that "Cite this claim" can cite them by id.
 *
 * Node only: it reads geodata/ through loadAtlas and loadEditionRecords.
 */
import { loadAtlas, loadIndex } from '../data/load.server';
import { collectClaims } from './claims';
import { paperCsl, plainReference, viewCsl } from './csl';
import { loadEditionRecords, siteOrigin } from './load.server';
import {
	citationMeta,
	datasetJsonLd,
	jsonLdGraph,
	jsonLdScript,
	placeJsonLd,
	regionJsonLd,
	scholarlyArticleJsonLd
} from './meta';
import { shortRevision } from './revision';
import { langOfPath } from '../i18n/edition-path';
import type { Claim, PageCite, SiteCite } from './types';

let site: SiteCite | undefined;
// where the view's address goes in SiteCite.plainView: a full URL, so that viewCsl keeps it as it is
const URL_SLOT = 'https://view.invalid/';
let claims: Claim[] | undefined;

const context = () => {
	const records = loadEditionRecords();
	return { records, ctx: { atlas: records.atlas, edition: records.current, origin: siteOrigin() } };
};

export function citeSite(): SiteCite {
	if (site) return site;
	const { records, ctx } = context();
	const atlas = loadAtlas();
	const { title, title_ja, authors } = records.atlas;
	const e = records.current;
	site = {
		atlas: { title, title_ja, authors },
		edition: {
			version: e.version,
			date: e.date,
			data_revision: e.data_revision,
			revision: shortRevision(e.data_revision)
		},
		paper: paperCsl(atlas.paper),
		jsonLd: jsonLdScript({ '@context': 'https://schema.org', ...datasetJsonLd(ctx, atlas.paper) }),
		meta: citationMeta({ ...ctx, path: '/', lang: 'en' }),
		plainView: {
			en: plainReference(viewCsl(ctx, { url: URL_SLOT, accessed: e.date })),
			ja: plainReference(viewCsl({ ...ctx, lang: 'ja' }, { url: URL_SLOT, accessed: e.date }))
		},
		urlSlot: URL_SLOT
	};
	return site;
}

/** Text in English and, where there is one, Japanese: the page's language picks. */
export type Bilingual = { en: string; ja?: string | null };

export interface PageInput {
	/** what the page shows (`Hokkaido`); the atlas's title alone without it */
	title?: Bilingual;
	description?: Bilingual;
	/** a place page: the place or region it is about */
	place?: string;
	/** which of the atlas's claims the page shows */
	claims?: (c: Claim) => boolean;
}

export function citePage(url: URL, input: PageInput = {}): PageCite {
	const { ctx } = context();
	const atlas = loadAtlas();
	const lang = langOfPath(url.pathname);
	const local = (t?: Bilingual) => (t ? ((lang === 'ja' ? t.ja : null) ?? t.en) : undefined);
	const meta = citationMeta({
		...ctx,
		path: url.pathname,
		lang,
		title: local(input.title),
		description: local(input.description)
	});
	let jsonLd = '';
	if (input.place) {
		const f = atlas.places.find((p) => p.properties.id === input.place);
		const r = loadIndex().regions.find((x) => x.id === input.place);
		const regionName = (id: string) => atlas.regions.find((x) => x.properties.id === id)?.properties.name;
		const node = f ? placeJsonLd(ctx, f, regionName(f.properties.region)) : r ? regionJsonLd(ctx, r) : null;
		if (node) jsonLd = jsonLdScript(jsonLdGraph(node, scholarlyArticleJsonLd(atlas.paper)));
	}
	claims ??= collectClaims(atlas);
	const shown = input.claims ? claims.filter(input.claims) : [];
	return {
		meta,
		jsonLd,
		claims: Object.fromEntries(
			shown.map(({ id, kind, path, title, title_ja, locators }) => [id, { kind, path, title, title_ja, locators }])
		)
	};
}
