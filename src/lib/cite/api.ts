/**
 * The static, versioned API under `/api/v1/`: plain JSON files written at build time (prerendered
 * routes in src/routes/api/), the same URLs in every later edition (a breaking change would be
 * `/api/v2/`, beside v1). Pure: the routes and the tests call the same builders.
 *
 * Every file carries the edition it was built from (`edition`, `data_revision`) and the data licence.
 * An unknown path under /api/ answers 404 with the JSON body `notFoundBody()` (/api/404.json; see
 * scripts/serve.mjs and the README for static hosts).
 */
import type { Atlas } from '../data/schema';
import { claimPermalink, collectClaims } from './claims';
import { KIND_LABELS } from './datapackage';
import type { AtlasMeta, Claim, Edition } from './types';

export const API_BASE = '/api/v1';

export interface ApiInput {
	atlas: Atlas;
	meta: AtlasMeta;
	edition: Edition;
	/** `https://host` or '' (paths) */
	origin: string;
}

const envelope = (input: ApiInput) => ({
	api: 'v1',
	edition: input.edition.version,
	edition_date: input.edition.date,
	data_revision: input.edition.data_revision,
	licence: { id: input.meta.data_licence.id, url: input.meta.data_licence.url }
});

/** The endpoints, as the index lists them (paths relative to the site). */
export const ENDPOINTS = [
	{ path: `${API_BASE}/index.json`, description: 'This index: the endpoints, the edition and the licence.' },
	{
		path: `${API_BASE}/places.json`,
		description: 'Every place: id, kind, names, country, region, sectors, point, page.'
	},
	{
		path: `${API_BASE}/places/{id}.json`,
		description: 'One place: its full record (narrative, provenance, sources differ) and its claims.'
	},
	{ path: `${API_BASE}/regions.json`, description: 'The case and METI bureau regions as a GeoJSON FeatureCollection.' },
	{
		path: `${API_BASE}/argument.json`,
		description: 'The paper’s lessons, weaknesses and implications, and their links to places.'
	},
	{ path: `${API_BASE}/timeline.json`, description: 'Dated events, with their "sources differ" groups.' },
	{ path: `${API_BASE}/sources.json`, description: 'Every outside source the atlas cites.' }
] as const;

const claimRef = (input: ApiInput, c: Claim) => ({
	id: c.id,
	kind: c.kind,
	title: c.title,
	url: claimPermalink(c, input.origin),
	locators: c.locators,
	sources: c.sources
});

export function apiIndex(input: ApiInput) {
	return {
		...envelope(input),
		title: `${input.meta.title} API`,
		description: input.meta.description,
		endpoints: ENDPOINTS.map((e) => ({ ...e, url: input.origin + e.path })),
		data_package: `${input.origin}/data/datapackage.json`,
		not_found:
			'Unknown paths under /api/ answer HTTP 404 with a JSON body ({ "status": 404, "error": "not found", … }).'
	};
}

export function apiPlaces(input: ApiInput) {
	return {
		...envelope(input),
		places: input.atlas.places.map((f) => {
			const p = f.properties;
			const [lon, lat] = f.geometry.coordinates;
			return {
				id: p.id,
				kind: p.kind,
				kind_label: KIND_LABELS[p.kind],
				name: p.name,
				...(p.name_ja ? { name_ja: p.name_ja } : {}),
				...(p.name_romaji ? { name_romaji: p.name_romaji } : {}),
				country: p.country,
				region: p.region,
				sectors: p.sectors,
				lon,
				lat,
				url: `${input.origin}/place/${p.id}`,
				api: `${input.origin}${API_BASE}/places/${p.id}.json`
			};
		})
	};
}

/** One file per place: `places/<id>.json`, keyed by id. */
export function apiPlaceFiles(input: ApiInput): Record<string, unknown> {
	const claims = collectClaims(input.atlas);
	const out: Record<string, unknown> = {};
	for (const f of input.atlas.places) {
		const p = f.properties;
		const [lon, lat] = f.geometry.coordinates;
		out[p.id] = {
			...envelope(input),
			place: { ...p, lon, lat, url: `${input.origin}/place/${p.id}` },
			claims: claims.filter((c) => c.place === p.id).map((c) => claimRef(input, c))
		};
	}
	return out;
}

export function apiRegions(input: ApiInput) {
	return {
		...envelope(input),
		type: 'FeatureCollection',
		features: input.atlas.regions.map((r) => ({ ...r, id: r.properties.id }))
	};
}

export function apiArgument(input: ApiInput) {
	const claims = new Map(collectClaims(input.atlas).map((c) => [`${c.file}:${c.at}`, c.id]));
	return {
		...envelope(input),
		items: input.atlas.argument.items,
		links: input.atlas.argument.links.map((l, i) => ({ claim_id: claims.get(`argument.json:links[${i}]`), ...l }))
	};
}

export function apiTimeline(input: ApiInput) {
	const groups = collectClaims(input.atlas).filter((c) => c.kind === 'timeline-differs');
	return {
		...envelope(input),
		events: input.atlas.timeline,
		sources_differ: groups.map((g) => ({
			claim_id: g.id,
			group: g.id.replace(/^differs-/, ''),
			events: input.atlas.timeline.filter((ev) => `differs-${ev.differs}` === g.id).map((ev) => ev.id)
		}))
	};
}

export function apiSources(input: ApiInput) {
	return { ...envelope(input), sources: input.atlas.sources };
}

/** The body of every 404 under /api/. */
export function notFoundBody() {
	return {
		status: 404,
		error: 'not found',
		message: 'No such resource in the Cluster Atlas API. The endpoints are listed at /api/v1/index.json.',
		index: `${API_BASE}/index.json`
	};
}
