/**
 * Joins computed once from the validated atlas (at build time, on the server): region membership
 * with Turf, related places, spot groups. The browser receives the results as plain data.
 */
import { labelPoint, pointsBounds, regionBounds, regionsContaining, spotOffsets, type BBox } from '../geo/membership';
import type { ArgumentItem, ArgumentLink, Atlas, Conflict, Paragraph, PlaceKind, Sector, Source, TimelineEvent } from './types';
import type { Confidence, Precision, RegionKind } from './schema';

export interface PlaceSummary {
	id: string;
	kind: PlaceKind;
	name: string;
	name_ja?: string;
	name_romaji?: string;
	country: 'GB' | 'IE' | 'JP';
	region: string;
	sectors: string[];
	summary: string;
	summary_ja?: string;
	start: number | null;
	end: number | null;
	lon: number;
	lat: number;
	precision: Precision;
	confidence: Confidence;
	/** the paper discusses this place (it has locators) */
	fromPaper: boolean;
	/** paper and sources disagree about something here */
	differs: boolean;
	case?: string;
	status?: 'implementation' | 'trial' | 'unknown';
	/** every region polygon containing the point */
	inRegions: string[];
	/** icon offset spreading places that share a spot */
	offset: [number, number];
	/** how many places share this exact spot */
	spot: number;
}

export interface RegionSummary {
	id: string;
	kind: RegionKind;
	name: string;
	name_ja?: string;
	country: 'GB' | 'IE' | 'JP';
	case?: string;
	summary?: string;
	summary_ja?: string;
	bbox: BBox;
	/** where to write its name: inside its largest polygon */
	label: [number, number];
	/** places whose point lies inside the polygon */
	places: string[];
}

export interface AtlasIndex {
	paper: { title: string; author: string; year: number; date: string; event: string; place: string };
	sectors: Sector[];
	places: PlaceSummary[];
	regions: RegionSummary[];
	argument: { items: ArgumentItem[]; links: ArgumentLink[] };
	timeline: TimelineEvent[];
}

export const WEST: readonly string[] = ['GB', 'IE'];

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
			summary: p.summary,
			summary_ja: p.summary_ja,
			start: p.start,
			end: p.end,
			lon,
			lat,
			precision: p.precision,
			confidence: p.confidence,
			fromPaper: p.locators.length > 0,
			differs: (p.conflicts?.length ?? 0) > 0,
			case: p.case,
			status: p.status,
			inRegions: regionsContaining([lon, lat], regionShapes),
			offset: offsets[group.indexOf(p.id)],
			spot: group.length
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
			summary: p.summary,
			summary_ja: p.summary_ja,
			bbox: regionBounds(r.geometry),
			label: labelPoint(r.geometry) as [number, number],
			places: places.filter((pl) => pl.inRegions.includes(p.id)).map((pl) => pl.id)
		};
	});
	const { paper } = atlas;
	return {
		paper: { title: paper.title, author: paper.author, year: paper.year, date: paper.date, event: paper.event, place: paper.place },
		sectors: atlas.sectors,
		places,
		regions,
		argument: atlas.argument,
		timeline: atlas.timeline
	};
}

export interface PlaceDetail {
	kind: 'place';
	id: string;
	name: string;
	name_ja?: string;
	name_romaji?: string;
	summary: string;
	summary_ja?: string;
	narrative: Paragraph[];
	period_note?: string;
	status_note?: string;
	locators: string[];
	sources: Source[];
	confidence: Confidence;
	precision: Precision;
	point_basis: string;
	conflicts: Conflict[];
	notes?: string;
	/** paper case a firm belongs to */
	case?: string;
	/** firms of a case */
	firms: string[];
	/** METI and MEXT places inside the same case or bureau region */
	sameRegion: { region: string; places: string[] }[];
	related: string[];
	/** items of the paper's argument tied to this place, with the tie */
	argument: ArgumentLink[];
	events: string[];
}

export interface RegionDetail {
	kind: 'region';
	id: string;
	name: string;
	name_ja?: string;
	definition: string;
	units: string[];
	summary?: string;
	summary_ja?: string;
	locators: string[];
	sources: Source[];
	confidence?: Confidence;
	case?: string;
	places: string[];
	argument: ArgumentLink[];
}

/** Everything a place's panel shows beyond its summary; sources resolved, joins computed. */
export function placeDetail(atlas: Atlas, index: AtlasIndex, id: string): PlaceDetail | RegionDetail | null {
	const sourceById = new Map(atlas.sources.map((s) => [s.id, s]));
	const resolve = (ids: Iterable<string>) => [...new Set(ids)].map((s) => sourceById.get(s)).filter((s): s is Source => !!s);
	const links = atlas.argument.links.filter((l) => l.place === id);
	const f = atlas.places.find((p) => p.properties.id === id);
	if (f) {
		const p = f.properties;
		const summary = index.places.find((s) => s.id === id)!;
		const sourceIds = [
			...p.sources,
			...p.narrative.flatMap((n) => n.sources ?? []),
			...(p.conflicts ?? []).flatMap((c) => c.sources.sources)
		];
		const programmes = new Set(['meti-cluster', 'mext-cluster']);
		const sameRegion = summary.inRegions.map((rid) => ({
			region: rid,
			places: index.places.filter((o) => o.id !== id && programmes.has(o.kind) && o.inRegions.includes(rid)).map((o) => o.id)
		}));
		return {
			kind: 'place',
			id,
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
				...index.places.filter((o) => atlas.places.find((x) => x.properties.id === o.id)?.properties.related?.includes(id)).map((o) => o.id)
			].filter((v, i, a) => a.indexOf(v) === i),
			argument: links,
			events: atlas.timeline.filter((e) => e.places.includes(id)).map((e) => e.id)
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

/** Bounds to frame a set of places and regions. */
export function boundsOf(index: AtlasIndex, ids: readonly string[]): BBox | null {
	const pts = index.places.filter((p) => ids.includes(p.id)).map((p) => [p.lon, p.lat]);
	for (const r of index.regions) if (ids.includes(r.id)) pts.push([r.bbox[0], r.bbox[1]], [r.bbox[2], r.bbox[3]]);
	return pointsBounds(pts);
}
