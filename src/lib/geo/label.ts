/**
 * Where to write a polygon's name: one rule for the basemap's country and admin-1 labels and for
 * the regions' labels on the map.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A label point well inside the largest polygon, rounded to 3 decimals (≈ 100 m): a coarse-to-fine
 * grid search for the point farthest from any edge (a cheap pole of inaccessibility; a centroid or
 * a bounding box's centre falls outside crescent-shaped countries and into bays).
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const poly = polys.reduce((best, p) =>
		area({ type: 'Polygon', coordinates: p }) > area({ type: 'Polygon', coordinates: best }) ? p : best
	);
	const shape: Polygon = { type: 'Polygon', coordinates: poly };
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of poly[0]) {
		x0 = Math.min(x0, x);
		x1 = Math.max(x1, x);
		y0 = Math.min(y0, y);
		y1 = Math.max(y1, y);
	}
	// keep labels where a Mercator map can show them (Antarctica)
	y0 = Math.max(y0, -80);
	y1 = Math.min(y1, 80);
	const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180); // a degree of longitude is shorter away from the equator
	const edgeDistance = (x: number, y: number) => {
		let d = Infinity;
		for (const ring of poly)
			for (let i = 0; i < ring.length - 1; i++) {
				const [ax, ay] = ring[i];
				const [bx, by] = ring[i + 1];
				const dx = (bx - ax) * k;
				const dy = by - ay;
				const px = (x - ax) * k;
				const py = y - ay;
				const t = dx || dy ? Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy))) : 0;
				d = Math.min(d, (px - t * dx) ** 2 + (py - t * dy) ** 2);
			}
		return d;
	};
	let best: Position | null = null;
	let bestD = -1;
	const N = 16;
	for (let step = 0; step < 5; step++) {
		for (let i = 0; i <= N; i++)
			for (let j = 0; j <= N; j++) {
				const p = [x0 + ((x1 - x0) * i) / N, y0 + ((y1 - y0) * j) / N];
				if (!booleanPointInPolygon(p, shape, { ignoreBoundary: true })) continue;
				const d = edgeDistance(p[0], p[1]);
				if (d > bestD) {
					bestD = d;
					best = p;
				}
			}
		if (!best) break;
		const w = (x1 - x0) / 4;
		const h = (y1 - y0) / 4;
		[x0, x1, y0, y1] = [best[0] - w, best[0] + w, best[1] - h, best[1] + h];
	}
	const [lon, lat] = best ?? pointOnFeature(shape).geometry.coordinates;
	const round = (v: number) => Math.round(v * 1000) / 1000;
	return [round(lon), round(lat)];
}
