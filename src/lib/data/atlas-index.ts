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
import { PLACE_KIND } from './vocabulary';

/**
 * What the map, the list and the filters need of a place, embedded in every page: kept slim so
 * that it scales (the panel's text comes with the place's own page).
 */
export type PlaceSummary = Pick<
	PlaceProperties,
	'id' | 'kind' | 'name' | 'name_ja' | 'name_romaji' | 'country' | 'region' | 'sectors' | 'start' | 'end' | 'case'
> & {
	lon: number;
	lat: number;
	/** every region polygon containing the point */
	inRegions: string[];
	/** icon offset spreading places that share a spot */
	offset: [number, number];
};

export type RegionSummary = Pick<RegionProperties, 'id' | 'kind' | 'name' | 'name_ja' | 'country' | 'case'> & {
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
			id: p.id,
			kind: p.kind,
			name: p.name,
			name_ja: p.name_ja,
			name_romaji: p.name_romaji,
			country: p.country,
			region: p.region,
			sectors: p.sectors,
			start: p.start,
			end: p.end,
			lon,
			lat,
			case: p.case,
			inRegions: regionsContaining([lon, lat], regionShapes),
			offset: offsets[group.indexOf(p.id)]
		};
	});
	const regions: RegionSummary[] = atlas.regions.map((r) => {
		const p = r.properties;
		return {
			id: p.id,
			kind: p.kind,
			name: p.name,
			name_ja: p.name_ja,
			country: p.country,
			case: p.case,
			bbox: regionBounds(r.geometry),
			label: labelPoint(r.geometry),
			places: places.filter((pl) => pl.inRegions.includes(p.id)).map((pl) => pl.id)
		};
	});
	const { paper } = atlas;
	return {
		paper: {
			title: paper.title,
			author: paper.author,
			year: paper.year,
			date: paper.date,
			event: paper.event,
			place: paper.place
		},
		sectors: atlas.sectors,
		places,
		regions,
		itemIds: atlas.argument.items.map((i) => i.id)
	};
}

/** An item of the paper's argument tied to a place: the item (short) and the tie. */
export interface ArgumentTie {
	item: Pick<ArgumentItem, 'id' | 'group' | 'number' | 'locator' | 'title' | 'title_ja'>;
	link: ArgumentLink;
}

/** Everything a place's panel shows beyond its summary. */
export type PlaceDetail = Pick<
	PlaceProperties,
	| 'id'
	| 'sectors'
	| 'start'
	| 'end'
	| 'status'
	| 'name'
	| 'name_ja'
	| 'name_romaji'
	| 'summary'
	| 'summary_ja'
	| 'narrative'
	| 'period_note'
	| 'status_note'
	| 'locators'
	| 'confidence'
	| 'precision'
	| 'point_basis'
	| 'notes'
	| 'case'
> & {
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

export type RegionDetail = Pick<
	RegionProperties,
	'id' | 'name' | 'name_ja' | 'definition' | 'units' | 'summary' | 'summary_ja' | 'confidence' | 'case'
> & {
	kind: 'region';
	locators: string[];
	sources: Source[];
	places: string[];
	argument: ArgumentTie[];
};

/** A place's or region's panel: sources resolved, joins computed. */
export function placeDetail(atlas: Atlas, index: AtlasIndex, id: string): PlaceDetail | RegionDetail | null {
	const sourceById = new Map(atlas.sources.map((s) => [s.id, s]));
	const resolve = (ids: Iterable<string>) =>
		[...new Set(ids)].map((s) => sourceById.get(s)).filter((s): s is Source => !!s);
	const links: ArgumentTie[] = atlas.argument.links
		.filter((l) => l.place === id)
		.flatMap((link) => {
			const i = atlas.argument.items.find((x) => x.id === link.item);
			return i
				? [
						{
							item: {
								id: i.id,
								group: i.group,
								number: i.number,
								locator: i.locator,
								title: i.title,
								title_ja: i.title_ja
							},
							link
						}
					]
				: [];
		});
	const f = atlas.places.find((p) => p.properties.id === id);
	if (f) {
		const p = f.properties;
		const summary = index.places.find((s) => s.id === id)!;
		const sourceIds = [
			...p.sources,
			...p.narrative.flatMap((n) => n.sources ?? []),
			...(p.conflicts ?? []).flatMap((c) => c.sources.sources)
		];
		const sameRegion = summary.inRegions.map((rid) => ({
			region: rid,
			places: index.places
				.filter((o) => o.id !== id && PLACE_KIND[o.kind].programme && o.inRegions.includes(rid))
				.map((o) => o.id)
		}));
		return {
			kind: 'place',
			id,
			placeKind: p.kind,
			sectors: p.sectors,
			start: p.start,
			end: p.end,
			status: p.status,
			fromPaper: p.locators.length > 0,
			name: p.name,
			name_ja: p.name_ja,
			name_romaji: p.name_romaji,
			summary: p.summary,
			summary_ja: p.summary_ja,
			narrative: p.narrative,
			period_note: p.period_note,
			status_note: p.status_note,
			locators: p.locators,
			sources: resolve(sourceIds),
			confidence: p.confidence,
			precision: p.precision,
			point_basis: p.point_basis,
			conflicts: p.conflicts ?? [],
			notes: p.notes,
			case: p.case,
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
				.map(({ id, date, end, fiscal, label, label_ja, differs }) => ({
					id,
					date,
					end,
					fiscal,
					label,
					label_ja,
					differs
				}))
		};
	}
	const r = atlas.regions.find((x) => x.properties.id === id);
	if (r) {
		const p = r.properties;
		return {
			kind: 'region',
			id,
			name: p.name,
			name_ja: p.name_ja,
			definition: p.definition,
			units: p.units,
			summary: p.summary,
			summary_ja: p.summary_ja,
			locators: p.locators ?? [],
			sources: resolve(p.sources ?? []),
			confidence: p.confidence,
			case: p.case,
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
