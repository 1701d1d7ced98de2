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
import type { AtlasMeta, Claim, Edition, RetiredClaim } from './types';

export const API_BASE = '/api/v1';

export interface ApiInput {
	atlas: Atlas;
	meta: AtlasMeta;
	edition: Edition;
	/** `https://host` or '' (paths) */
	origin: string;
	/** claim ids earlier editions had and this one does not (geodata/claims/retired.json) */
	retired?: RetiredClaim[];
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
	{
		path: `${API_BASE}/index.json`,
		description: 'This index: the endpoints, the edition and the licence.',
		description_ja: 'この一覧。エンドポイント、版、ライセンス。'
	},
	{
		path: `${API_BASE}/places.json`,
		description: 'Every place: id, kind, names, country, region, sectors, point, page.',
		description_ja: 'すべての地点。ID、種類、名称、国、地域、分野、座標、ページ。'
	},
	{
		path: `${API_BASE}/places/{id}.json`,
		description: 'One place: its full record (narrative, provenance, sources differ) and its claims.',
		description_ja: '1地点の全記録（本文、出典情報、資料間の相違）とその記述。'
	},
	{
		path: `${API_BASE}/regions.json`,
		description: 'The case and METI bureau regions as a GeoJSON FeatureCollection.',
		description_ja: '事例地域と経済産業局の管轄地域（GeoJSONのFeatureCollection）。'
	},
	{
		path: `${API_BASE}/argument.json`,
		description: 'The paper’s lessons, weaknesses and implications, and their links to places.',
		description_ja: '論文の教訓・弱点・示唆と、地点との結びつき。'
	},
	{
		path: `${API_BASE}/timeline.json`,
		description: 'Dated events, with their "sources differ" groups.',
		description_ja: '日付のある出来事と、資料間の相違のまとまり。'
	},
	{
		path: `${API_BASE}/sources.json`,
		description: 'Every outside source the atlas cites.',
		description_ja: 'アトラスが引用するすべての外部資料。'
	},
	{
		path: `${API_BASE}/claims.json`,
		description:
			'Every claim by its stable id: kind, title, page and permalink, locators and sources; and the retired ids with where each went.',
		description_ja:
			'固定IDごとのすべての記述（種類、題、ページと固定リンク、論文中の位置、出典）と、廃止されたIDとその移動先。'
	}
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

/**
 * Every claim of this edition and every retired claim id: what a page looks an anchor up in when
 * it has no element of that id (the claim is on another page, or has moved or gone).
 */
export function apiClaims(input: ApiInput) {
	return {
		...envelope(input),
		claims: collectClaims(input.atlas).map((c) => ({
			...claimRef(input, c),
			title_ja: c.title_ja,
			path: c.path,
			...(c.place ? { place: c.place } : {})
		})),
		retired: input.retired ?? []
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
