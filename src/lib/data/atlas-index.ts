/**
 * Joins computed once from the validated atlas (at build time, on the server): region membership
 * with Turf, related places, spot groups. The browser receives the results as plain data.
 */
import { labelPoint } from '../geo/label';
import { pointsBounds, regionBounds, regionsContaining, spotOffsets, type BBox } from '../geo/membership';
import type {
	ArgumentItem,
	ArgumentLink,
	Atlas,
	Conflict,
	PaperFile,
	PlaceProperties,
	RegionProperties,
	Sector,
	Source,
	TimelineEvent
} from './schema';
import { NAME_FIELDS, PLACE_KIND } from './vocabulary';
import { pick } from './pick';

/** What every page holds of a place (see PlaceSummary); the reading is for search (filter.ts). */
const SUMMARY_FIELDS = [
	'id',
	'kind',
	...NAME_FIELDS,
	'name_ja_reading',
	'country',
	'region',
	'sectors',
	'start',
	'end',
	'case',
	'precision'
] as const;
const REGION_SUMMARY_FIELDS = ['id', 'kind', 'name', 'name_ja', 'country', 'case'] as const;
/** What a place's panel shows of its record beyond the joins (see PlaceDetail). */
const DETAIL_FIELDS = [
	'id',
	...NAME_FIELDS,
	'sectors',
	'start',
	'end',
	'status',
	'summary',
	'summary_ja',
	'narrative',
	'period_note',
	'status_note',
	'locators',
	'confidence',
	'precision',
	'point_basis',
	'notes',
	'case'
] as const;
const REGION_DETAIL_FIELDS = [
	'id',
	'name',
	'name_ja',
	'definition',
	'units',
	'summary',
	'summary_ja',
	'confidence',
	'case'
] as const;

/**
 * What the map, the list and the filters need of a place, embedded in every page: kept slim so
 * that it scales (the panel's text comes with the place's own page).
 */
export type PlaceSummary = Pick<PlaceProperties, (typeof SUMMARY_FIELDS)[number]> & {
	lon: number;
	lat: number;
	/** every region polygon containing the point */
	inRegions: string[];
	/** icon offset spreading places that share a spot */
	offset: [number, number];
};

export type RegionSummary = Pick<RegionProperties, (typeof REGION_SUMMARY_FIELDS)[number]> & {
	bbox: BBox;
	/** where to write its name: inside its largest polygon */
	label: [number, number];
	/** places whose point lies inside the polygon */
	places: string[];
};

export interface AtlasIndex {
	paper: Pick<PaperFile, 'title' | 'author' | 'year' | 'date' | 'event' | 'place'>;
	sectors: Sector[];
	places: PlaceSummary[];
	regions: RegionSummary[];
	/** ids of the argument's items (lessons, weaknesses, implications), for links and URL checks */
	itemIds: string[];
}

export function buildIndex(atlas: Atlas): AtlasIndex {
	const regionShapes = atlas.regions.map((r) => ({ id: r.properties.id, geometry: r.geometry }));
	const spots = new Map<string, string[]>();
	const key = (lon: number, lat: number) => `${lon.toFixed(4)},${lat.toFixed(4)}`;
	for (const f of atlas.places) {
		const [lon, lat] = f.geometry.coordinates;
		const k = key(lon, lat);
		spots.set(k, [...(spots.get(k) ?? []), f.properties.id]);
	}
	const places: PlaceSummary[] = atlas.places.map((f) => {
		const p = f.properties;
		const [lon, lat] = f.geometry.coordinates;
		const group = spots.get(key(lon, lat)) ?? [p.id];
		const offsets = spotOffsets(group.length);
		return {
			...pick(p, SUMMARY_FIELDS),
			lon,
			lat,
			inRegions: regionsContaining([lon, lat], regionShapes),
			offset: offsets[group.indexOf(p.id)]
		};
	});
	const regions: RegionSummary[] = atlas.regions.map((r) => {
		const p = r.properties;
		return {
			...pick(p, REGION_SUMMARY_FIELDS),
			bbox: regionBounds(r.geometry),
			label: labelPoint(r.geometry),
			places: places.filter((pl) => pl.inRegions.includes(p.id)).map((pl) => pl.id)
		};
	});
	const { paper } = atlas;
	return {
		paper: pick(paper, ['title', 'author', 'year', 'date', 'event', 'place']),
		sectors: atlas.sectors,
		places,
		regions,
		itemIds: atlas.argument.items.map((i) => i.id)
	};
}

/** An item of the paper's argument tied to a place: the item (short) and the tie. */
const TIE_FIELDS = ['id', 'group', 'number', 'locator', 'title', 'title_ja'] as const;
export interface ArgumentTie {
	item: Pick<ArgumentItem, (typeof TIE_FIELDS)[number]>;
	link: ArgumentLink;
}

/** Everything a place's panel shows beyond its summary. */
export type PlaceDetail = Pick<PlaceProperties, (typeof DETAIL_FIELDS)[number]> & {
	kind: 'place';
	placeKind: PlaceProperties['kind'];
	/** the paper discusses this place (it has locators) */
	fromPaper: boolean;
	sources: Source[];
	conflicts: Conflict[];
	/** firms of a case */
	firms: string[];
	/** METI and MEXT places inside the same case or bureau region */
	sameRegion: { region: string; places: string[] }[];
	related: string[];
	/** items of the paper's argument tied to this place, with the tie */
	argument: ArgumentTie[];
	/** dated events about this place */
	events: Pick<TimelineEvent, 'id' | 'date' | 'end' | 'fiscal' | 'label' | 'label_ja' | 'differs'>[];
};

export type RegionDetail = Pick<RegionProperties, (typeof REGION_DETAIL_FIELDS)[number]> & {
	kind: 'region';
	locators: string[];
	sources: Source[];
	places: string[];
	argument: ArgumentTie[];
};

/** Every outside source a place cites: its own, its paragraphs' and its conflicts' (repeats and all). */
export function sourceIdsOf(p: Pick<PlaceProperties, 'sources' | 'narrative' | 'conflicts'>): string[] {
	return [
		...p.sources,
		...p.narrative.flatMap((n) => n.sources ?? []),
		...(p.conflicts ?? []).flatMap((c) => c.sources.sources)
	];
}

/** A place's or region's panel: sources resolved, joins computed. */
export function placeDetail(atlas: Atlas, index: AtlasIndex, id: string): PlaceDetail | RegionDetail | null {
	const sourceById = new Map(atlas.sources.map((s) => [s.id, s]));
	const resolve = (ids: Iterable<string>) =>
		[...new Set(ids)].map((s) => sourceById.get(s)).filter((s): s is Source => !!s);
	const links: ArgumentTie[] = atlas.argument.links
		.filter((l) => l.place === id)
		.flatMap((link) => {
			const i = atlas.argument.items.find((x) => x.id === link.item);
			return i ? [{ item: pick(i, TIE_FIELDS), link }] : [];
		});
	const f = atlas.places.find((p) => p.properties.id === id);
	if (f) {
		const p = f.properties;
		const summary = index.places.find((s) => s.id === id)!;
		const sameRegion = summary.inRegions.map((rid) => ({
			region: rid,
			places: index.places
				.filter((o) => o.id !== id && PLACE_KIND[o.kind].programme && o.inRegions.includes(rid))
				.map((o) => o.id)
		}));
		return {
			...pick(p, DETAIL_FIELDS),
			kind: 'place',
			placeKind: p.kind,
			fromPaper: p.locators.length > 0,
			sources: resolve(sourceIdsOf(p)),
			conflicts: p.conflicts ?? [],
			firms: index.places.filter((o) => o.case === id).map((o) => o.id),
			sameRegion: sameRegion.filter((g) => g.places.length > 0),
			related: [
				...(p.related ?? []),
				...index.places
					.filter((o) => atlas.places.find((x) => x.properties.id === o.id)?.properties.related?.includes(id))
					.map((o) => o.id)
			].filter((v, i, a) => a.indexOf(v) === i),
			argument: links,
			events: atlas.timeline
				.filter((e) => e.places.includes(id))
				.map((e) => pick(e, ['id', 'date', 'end', 'fiscal', 'label', 'label_ja', 'differs']))
		};
	}
	const r = atlas.regions.find((x) => x.properties.id === id);
	if (r) {
		const p = r.properties;
		return {
			...pick(p, REGION_DETAIL_FIELDS),
			kind: 'region',
			locators: p.locators ?? [],
			sources: resolve(p.sources ?? []),
			places: index.regions.find((x) => x.id === id)?.places ?? [],
			argument: links
		};
	}
	return null;
}

/** The index with its places and regions by id (the explorer's state is one). */
export interface AtlasLookup {
	index: AtlasIndex;
	placeById: ReadonlyMap<string, PlaceSummary>;
	regionById: ReadonlyMap<string, RegionSummary>;
}

/**
 * The region a place or region stands for on the map: a case means its case region (the area its
 * story is about, highlighted with it and framed in full), a region is itself; any other place
 * stands for its point alone (null).
 */
export function areaOf(atlas: AtlasLookup, id: string | null): string | null {
	if (!id) return null;
	if (atlas.regionById.has(id)) return id;
	const p = atlas.placeById.get(id);
	return p?.kind === 'case' ? p.region : null;
}

/** Bounds that frame these places and regions: a case by its whole region, any other place by its point. */
export function framingBounds(atlas: AtlasLookup, ids: readonly string[]): BBox | null {
	const framed = new Set(ids.map((id) => areaOf(atlas, id) ?? id));
	const pts = atlas.index.places.filter((p) => framed.has(p.id)).map((p) => [p.lon, p.lat]);
	for (const r of atlas.index.regions) if (framed.has(r.id)) pts.push([r.bbox[0], r.bbox[1]], [r.bbox[2], r.bbox[3]]);
	return pointsBounds(pts);
}
