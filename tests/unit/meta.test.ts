/**
 * What a page's head tells reference managers: the meta tags Zotero's Embedded Metadata translator
 * reads, JSON-LD (Dataset, Place with geo, ScholarlyArticle), and the serialiser that keeps data
 * from breaking out of its `<script>` block.
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/data/load.server';
import { loadEditionRecords } from '../../src/lib/cite/load.server';
import {
	citationMeta,
	datasetJsonLd,
	jsonLdGraph,
	jsonLdScript,
	jsonLdText,
	placeJsonLd,
	scholarlyArticleJsonLd
} from '../../src/lib/cite/meta';

const atlas = loadAtlas();
const records = loadEditionRecords();
const ctx = { atlas: records.atlas, edition: records.current, origin: 'https://atlas.example' };
const hokkaido = atlas.places.find((p) => p.properties.id === 'hokkaido')!;

const get = (tags: { name: string; content: string }[], name: string) =>
	tags.filter((t) => t.name === name).map((t) => t.content);

describe('meta tags for Zotero', () => {
	const tags = citationMeta({
		...ctx,
		title: 'Hokkaido',
		path: '/place/hokkaido',
		lang: 'en',
		description: hokkaido.properties.summary
	});

	it('give the HighWire tags the translator maps: title, author, date, URL, language', () => {
		expect(get(tags, 'citation_title')).toEqual(['Hokkaido — Cluster Atlas']);
		// a group is written with a comma (no given name), so that Zotero keeps it one name
		expect(get(tags, 'citation_author')).toEqual(['Cluster Atlas contributors,']);
		expect(get(tags, 'DC.creator')).toEqual(['Cluster Atlas contributors,']);
		expect(get(tags, 'citation_publication_date')).toEqual([records.current.date.replace(/-/g, '/')]);
		expect(get(tags, 'citation_public_url')).toEqual(['https://atlas.example/place/hokkaido']);
		expect(get(tags, 'citation_language')).toEqual(['en']);
		expect(get(tags, 'citation_abstract')).toEqual([hokkaido.properties.summary]);
	});

	it('give Dublin Core too, typed as a web page (a Zotero item type the translator takes as it is)', () => {
		expect(get(tags, 'DC.title')).toEqual(['Hokkaido — Cluster Atlas']);
		expect(get(tags, 'DC.type')).toEqual(['webpage']);
		expect(get(tags, 'DC.date')).toEqual([records.current.date]);
		expect(get(tags, 'DC.identifier')).toEqual(['https://atlas.example/place/hokkaido']);
		expect(get(tags, 'DC.rights')[0]).toContain(records.atlas.data_licence.url);
	});

	it('leave the URL out when the site’s address is unknown (Zotero then takes the page’s own)', () => {
		const local = citationMeta({ ...ctx, origin: '', path: '/place/hokkaido', lang: 'ja' });
		expect(get(local, 'citation_public_url')).toEqual([]);
		expect(get(local, 'DC.identifier')).toEqual([]);
		expect(get(local, 'citation_title')).toEqual([records.atlas.title_ja]);
		expect(
			get(citationMeta({ ...ctx, path: '/ja/place/hokkaido', lang: 'ja', title: '北海道' }), 'citation_title')
		).toEqual([`${records.atlas.title_ja}：北海道`]);
		expect(get(local, 'citation_abstract')).toEqual([records.atlas.description_ja]);
		expect(local.every((t) => t.content !== '')).toBe(true);
	});
});

describe('JSON-LD', () => {
	it('the atlas is a Dataset with its edition, licence, downloads and the paper it is based on', () => {
		const d = datasetJsonLd(ctx, atlas.paper);
		expect(d).toMatchObject({
			'@type': 'Dataset',
			name: 'Cluster Atlas',
			version: records.current.version,
			datePublished: records.current.date,
			license: records.atlas.data_licence.url,
			isBasedOn: { '@type': 'ScholarlyArticle', headline: atlas.paper.title }
		});
		expect((d.distribution as { contentUrl: string }[]).map((x) => x.contentUrl)).toContain(
			'https://atlas.example/data/datapackage.json'
		);
	});

	it('a place is a Place with its point as GeoCoordinates', () => {
		const [lon, lat] = hokkaido.geometry.coordinates;
		expect(placeJsonLd(ctx, hokkaido, 'Hokkaido')).toMatchObject({
			'@type': 'Place',
			name: 'Hokkaido',
			alternateName: [hokkaido.properties.name_ja, hokkaido.properties.name_romaji].filter(Boolean),
			url: 'https://atlas.example/place/hokkaido',
			geo: { '@type': 'GeoCoordinates', latitude: lat, longitude: lon },
			containedInPlace: { name: 'Hokkaido' }
		});
	});

	it('the paper is a ScholarlyArticle by its author, with his affiliation', () => {
		expect(scholarlyArticleJsonLd(atlas.paper)).toMatchObject({
			'@type': 'ScholarlyArticle',
			author: {
				'@type': 'Person',
				name: 'Itsutomo Mitsui',
				familyName: 'Mitsui',
				affiliation: { name: atlas.paper.affiliation }
			},
			datePublished: '2003-09-22'
		});
	});

	it('serialises so that no text can end the script block, and parses back to the same data', () => {
		const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- & --> \u2028' };
		const text = jsonLdText(jsonLdGraph(hostile));
		expect(text).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': [hostile] });
		const tag = jsonLdScript(hostile);
		expect(tag.startsWith('<script type="application/ld+json">')).toBe(true);
		expect(tag.match(/<\/script>/g)).toHaveLength(1);
	});
});
