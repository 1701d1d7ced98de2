/** Which regions contain which places: computed once (at build), never in an effect. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type BBox = [number, number, number, number];

export interface RegionLike {
	id: string;
	geometry: Polygon | MultiPolygon;
}

/** Ids of the regions whose polygon contains `point` ([lon, lat]), in the order given. */
export function regionsContaining(point: Position, regions: readonly RegionLike[]): string[] {
	return regions.filter((r) => booleanPointInPolygon(point, r.geometry)).map((r) => r.id);
}

/** [west, south, east, north] of a polygon, rounded outward to 3 decimals. */
export function regionBounds(geometry: Polygon | MultiPolygon): BBox {
	const [w, s, e, n] = bbox({ type: 'Feature', properties: {}, geometry } as Feature);
	const down = (x: number) => Math.floor(x * 1000) / 1000;
	const up = (x: number) => Math.ceil(x * 1000) / 1000;
	return [down(w), down(s), up(e), up(n)];
}

/** Bounds of a set of points, padded so a single point still gives a usable box. */
export function pointsBounds(points: readonly Position[], pad = 0.25): BBox | null {
	if (points.length === 0) return null;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of points) {
		w = Math.min(w, x);
		s = Math.min(s, y);
		e = Math.max(e, x);
		n = Math.max(n, y);
	}
	return [w - pad, s - pad, e + pad, n + pad];
}

/**
 * Screen offsets (in icon units) that spread places sharing one spot around a small ring, so
 * co-located places (Sapporo holds six) are drawn and clickable one by one, never merged.
 */
export function spotOffsets(count: number, radius = 9): [number, number][] {
	if (count <= 1) return [[0, 0]];
	const r = radius * Math.max(1, count / 6);
	return Array.from({ length: count }, (_, i) => {
		const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
		return [Math.round(Math.cos(a) * r * 10) / 10, Math.round(Math.sin(a) * r * 10) / 10];
	});
}
