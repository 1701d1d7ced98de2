/**
 * Which country a point falls in, from the atlas's own basemap countries (Natural Earth 1:50m,
 * geodata/basemap/countries.geojson). Used for one question only: does a point that lies in the
 * sea land in Japan, the UK or Ireland once its latitude and longitude are swapped?
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface LandIndex {
	/** the country's id (`japan`, `united-kingdom`…) or null for the sea */
	countryAt(lon: number, lat: number): string | null;
}

/** The countries of the paper's cases: a swapped point is suspected when it lands in one of them. */
export const CASE_COUNTRIES = ['japan', 'united-kingdom', 'ireland'] as const;

interface Entry {
	id: string;
	box: [number, number, number, number];
	feature: Feature<Polygon | MultiPolygon>;
}

function bbox(g: Polygon | MultiPolygon): [number, number, number, number] {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	for (const poly of polys)
		for (const [x, y] of poly[0]) {
			if (x < w) w = x;
			if (x > e) e = x;
			if (y < s) s = y;
			if (y > n) n = y;
		}
	return [w, s, e, n];
}

/** Builds the index: one bounding box per polygon part, tested before the exact point-in-polygon. */
export function createLandIndex(countries: FeatureCollection): LandIndex {
	const entries: Entry[] = [];
	for (const f of countries.features) {
		const g = f.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const id = String(f.properties?.id ?? f.properties?.name ?? '');
		const parts: Polygon[] =
			g.type === 'Polygon' ? [g] : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
		for (const part of parts)
			entries.push({ id, box: bbox(part), feature: { type: 'Feature', properties: {}, geometry: part } });
	}
	return {
		countryAt(lon, lat) {
			for (const e of entries) {
				const [w, s, ea, n] = e.box;
				if (lon < w || lon > ea || lat < s || lat > n) continue;
				if (booleanPointInPolygon([lon, lat], e.feature)) return e.id;
			}
			return null;
		}
	};
}

/** Bounding boxes of the case countries, padded by 0.5°: the cheap test before the exact one. */
const CASE_BOXES: [number, number, number, number][] = [
	[122.5, 23.5, 154.5, 46], // Japan
	[-14.5, 49, 2.5, 61.5] // the UK and Ireland
];

/** ~10 km steps around a point: the 1:50m coastline is simplified by about 5 km */
const NEAR: [number, number][] = [
	[0, 0],
	[0.1, 0],
	[-0.1, 0],
	[0, 0.1],
	[0, -0.1]
];

/**
 * The case country a point lands in when read with latitude and longitude swapped, if the point as
 * written lies in the sea; null otherwise (on land as written, or the sea either way).
 */
export function swappedLandsInCase(land: LandIndex, lon: number, lat: number): string | null {
	// swapped, the longitude is read as the latitude and vice versa
	const [sx, sy] = [lat, lon];
	// a plain loop: this runs for every row of an import
	let inBox = false;
	for (const [w, s, e, n] of CASE_BOXES) if (sx >= w && sx <= e && sy >= s && sy <= n) inBox = true;
	if (!inBox) return null;
	if (land.countryAt(lon, lat) !== null) return null;
	for (const [dx, dy] of NEAR) {
		const c = land.countryAt(sx + dx, sy + dy);
		if (c && (CASE_COUNTRIES as readonly string[]).includes(c)) return c;
	}
	return null;
}
