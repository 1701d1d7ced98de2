/**
 * What reference managers and search engines read from a page's head, as pure functions:
 *
 * - meta tags for Zotero's "Embedded Metadata" translator (zotero/translators,
 *   `Embedded Metadata.js`): HighWire Press tags (`citation_title`, `citation_author` (one per
 *   author), `citation_publication_date`, `citation_public_url` → the item's URL, `citation_language`,
 *   `citation_keywords`, `citation_abstract`) and Dublin Core (`DC.*`, read through its RDF
 *   translator). `DC.type` is "webpage", a Zotero item type the translator takes as it is (a
 *   `citation_title` alone would make it guess "journal article");
 * - JSON-LD (schema.org): `Dataset` for the atlas, `Place` with `geo` (GeoCoordinates) for a place,
 *   `ScholarlyArticle` for the paper, and `jsonLdText`, a serialiser safe inside `<script>`.
 *
 * URLs are absolute when the site's address is known (`origin`, from PUBLIC_SITE_URL at build
 * time); without it `citation_public_url` and `DC.identifier` are left out (Zotero then takes the
 * page's own address) and JSON-LD uses paths, which JSON-LD resolves against the page.
 */
import type { RegionSummary } from '../data/atlas-index';
import type { PaperFile, PlaceFeature } from '../data/schema';
import type { AtlasMeta, Edition, MetaTag } from './types';

export type { MetaTag };

export interface PageMetaInput {
	atlas: AtlasMeta;
	edition: Edition;
	/** `https://host` or '' */
	origin: string;
	/** what the page shows (`Hokkaido`); the atlas's title alone on the home page */
	title?: string;
	/** the page's path (`/place/hokkaido`) */
	path: string;
	lang: 'en' | 'ja';
	description?: string;
}

/**
 * A creator as HighWire and Dublin Core tags write it, `Family, Given`. A group (`name`) is written
 * `Cluster Atlas contributors,`: a family name with no given name. Zotero reads both tags with
 * `ZU.cleanAuthor(name, type, name.includes(','))`, which splits a name without a comma at its last
 * space (first name "Cluster Atlas", last name "contributors"); with the comma it keeps the whole
 * name as the last name and strips the trailing comma, so the group stays one name.
 */
export const metaCreator = (a: AtlasMeta['authors'][number]) =>
	a['family-names'] ? [a['family-names'], a['given-names']].filter(Boolean).join(', ') : a.name ? `${a.name},` : '';

/** The same for schema.org, which has its own Organization type: no comma. */
const creator = (a: AtlasMeta['authors'][number]) =>
	a['family-names'] ? [a['family-names'], a['given-names']].filter(Boolean).join(', ') : (a.name ?? '');

/** The meta tags of a page, in the order they go in its head. */
export function citationMeta(p: PageMetaInput): MetaTag[] {
	const atlasTitle = p.lang === 'ja' ? p.atlas.title_ja : p.atlas.title;
	// Japanese titles take no dash (the glossary's typography): the atlas first, then the page
	const title = !p.title ? atlasTitle : p.lang === 'ja' ? `${atlasTitle}：${p.title}` : `${p.title} — ${atlasTitle}`;
	const url = p.origin ? p.origin + p.path : '';
	const description = p.description ?? (p.lang === 'ja' ? p.atlas.description_ja : p.atlas.description);
	const authors = p.atlas.authors.map(metaCreator).filter(Boolean);
	const tags: MetaTag[] = [
		{ name: 'citation_title', content: title },
		...authors.map((a) => ({ name: 'citation_author', content: a })),
		// HighWire's own date form (Google Scholar); Zotero reads it too
		{ name: 'citation_publication_date', content: p.edition.date.replace(/-/g, '/') },
		...(url ? [{ name: 'citation_public_url', content: url }] : []),
		{ name: 'citation_language', content: p.lang },
		{ name: 'citation_keywords', content: p.atlas.keywords.join('; ') },
		{ name: 'citation_abstract', content: description },
		{ name: 'DC.title', content: title },
		...authors.map((a) => ({ name: 'DC.creator', content: a })),
		{ name: 'DC.date', content: p.edition.date },
		{ name: 'DC.type', content: 'webpage' },
		{ name: 'DC.publisher', content: p.atlas.title },
		{ name: 'DC.language', content: p.lang },
		{ name: 'DC.description', content: description },
		{ name: 'DC.rights', content: `${p.atlas.data_licence.title} (${p.atlas.data_licence.url})` },
		...(url ? [{ name: 'DC.identifier', content: url }] : [])
	];
	return tags.filter((t) => t.content);
}

type JsonLd = Record<string, unknown>;

export interface JsonLdContext {
	atlas: AtlasMeta;
	edition: Edition;
	origin: string;
}

const personName = (author: string) => {
	const [family, given] = author.split(',').map((s) => s.trim());
	return given ? { name: `${given} ${family}`, familyName: family, givenName: given } : { name: family };
};

/** The paper the atlas maps, as a schema.org ScholarlyArticle. */
export function scholarlyArticleJsonLd(paper: PaperFile): JsonLd {
	return {
		'@type': 'ScholarlyArticle',
		'@id': `#${paper.id}`,
		headline: paper.title,
		name: paper.title,
		author: {
			'@type': 'Person',
			...personName(paper.author),
			affiliation: { '@type': 'Organization', name: paper.affiliation }
		},
		datePublished: paper.date,
		inLanguage: 'en',
		description: `${paper.type[0].toUpperCase()}${paper.type.slice(1)} presented at the ${paper.event}, ${paper.place}.`
	};
}

const url = (ctx: JsonLdContext, path: string) => ctx.origin + path;

/** The atlas as a schema.org Dataset: edition, licence, creators, downloads, and the paper it maps. */
export function datasetJsonLd(ctx: JsonLdContext, paper: PaperFile): JsonLd {
	const { atlas, edition } = ctx;
	return {
		'@type': 'Dataset',
		'@id': url(ctx, '/#atlas'),
		name: atlas.title,
		alternateName: atlas.title_ja,
		description: atlas.description,
		url: url(ctx, '/'),
		version: edition.version,
		datePublished: edition.date,
		inLanguage: ['en', 'ja'],
		keywords: atlas.keywords,
		license: atlas.data_licence.url,
		creator: atlas.authors.map((a) =>
			a['family-names']
				? { '@type': 'Person', familyName: a['family-names'], givenName: a['given-names'], name: creator(a) }
				: { '@type': 'Organization', name: a.name }
		),
		isBasedOn: scholarlyArticleJsonLd(paper),
		spatialCoverage: ['United Kingdom', 'Ireland', 'Japan'].map((name) => ({ '@type': 'Place', name })),
		distribution: [
			{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: url(ctx, '/data/datapackage.json') },
			{ '@type': 'DataDownload', encodingFormat: 'application/geo+json', contentUrl: url(ctx, '/data/atlas.geojson') },
			{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: url(ctx, '/data/places.csv') }
		]
	};
}

/** A place of the atlas as a schema.org Place with its point (`geo`), part of the Dataset. */
export function placeJsonLd(ctx: JsonLdContext, place: PlaceFeature, regionName?: string): JsonLd {
	const p = place.properties;
	const [longitude, latitude] = place.geometry.coordinates;
	const names = [p.name_ja, p.name_romaji].filter((n): n is string => !!n);
	return {
		'@type': 'Place',
		'@id': url(ctx, `/place/${p.id}#place`),
		name: p.name,
		...(names.length ? { alternateName: names } : {}),
		description: p.summary,
		url: url(ctx, `/place/${p.id}`),
		geo: { '@type': 'GeoCoordinates', latitude, longitude },
		...(regionName ? { containedInPlace: { '@type': 'AdministrativeArea', name: regionName } } : {}),
		subjectOf: { '@id': url(ctx, '/#atlas') }
	};
}

/** A region of the atlas (a case or METI bureau region) as a schema.org Place with its extent (`GeoShape` box). */
export function regionJsonLd(ctx: JsonLdContext, r: Pick<RegionSummary, 'id' | 'name' | 'name_ja' | 'bbox'>): JsonLd {
	const [west, south, east, north] = r.bbox;
	return {
		'@type': 'Place',
		'@id': url(ctx, `/place/${r.id}#place`),
		name: r.name,
		...(r.name_ja ? { alternateName: [r.name_ja] } : {}),
		url: url(ctx, `/place/${r.id}`),
		// schema.org's box: the lower corner, then the upper one, each "latitude longitude"
		geo: { '@type': 'GeoShape', box: `${south} ${west} ${north} ${east}` },
		subjectOf: { '@id': url(ctx, '/#atlas') }
	};
}

/** One JSON-LD document of several nodes (`@graph`). */
export const jsonLdGraph = (...nodes: JsonLd[]): JsonLd => ({ '@context': 'https://schema.org', '@graph': nodes });

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as
 * `\u003c`… (the same JSON to a parser), so no text in the data — a `</script>` or `<!--` in a
 * narrative — can end the block or open a comment; U+2028/2029 likewise, for old parsers.
 */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data).replace(
		/[<>&\u2028\u2029]/g,
		(ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** The whole script element, for `{@html}` in `<svelte:head>`. */
export const jsonLdScript = (data: unknown) => `<script type="application/ld+json">${jsonLdText(data)}</script>`;
