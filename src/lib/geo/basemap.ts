/**
 * The geometry of the derived basemap (scripts/derive-basemap.mjs): the antimeridian cut, the
 * simplification that keeps shared borders shared, rounding and cleaning, the repair of rings
 * that cross, and unions. Pure: GeoJSON in, GeoJSON out, tested with input/output fixtures
 * (tests/fixtures/geo/). Build time only: nothing in the app's pages imports it.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { rewind } from '@turf/rewind';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type Ring = Position[];
/** a polygon's rings: the outer ring, then its holes */
export type Rings = Ring[];
export type Polygonal = Polygon | MultiPolygon;

/** The embedded basemap's data (countries, admin-1 units, labels) stays within this, gzip; checked when it is derived, by the unit tests and on the build. */
export const BASEMAP_BUDGET_KIB = 280;
/** regions.geojson, gzip */
export const REGIONS_BUDGET_KIB = 120;

/** Coordinates are rounded to this many decimals (≈ 100 m): finer than any tolerance used. */
export const DECIMALS = 3;

export function polygonsOf(g: { type: string; coordinates?: unknown }): Rings[] {
	if (g.type === 'Polygon') return [(g as Polygon).coordinates];
	if (g.type === 'MultiPolygon') return (g as MultiPolygon).coordinates;
	throw new Error(`unexpected geometry ${g.type}`);
}

export const toGeometry = (polys: Rings[]): Polygonal =>
	polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
const compare = (a: Position, b: Position) => a[0] - b[0] || a[1] - b[1];
export const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** The signed planar area of a closed ring (shoelace; counter-clockwise is positive). */
export function ringArea(ring: Ring): number {
	let s = 0;
	for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return s / 2;
}

/** The polygon whose outer ring encloses the most (planar) area. */
export const largest = (polys: Rings[]): Rings =>
	polys.reduce((best, p) => (Math.abs(ringArea(p[0])) > Math.abs(ringArea(best[0])) ? p : best));

export function unionOf(geometries: Polygonal[]): Feature<Polygonal> {
	const u = union(featureCollection(geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))));
	if (!u) throw new Error('union is empty');
	return u;
}

/**
 * The antimeridian trap: a ring whose consecutive vertices differ by more than 180° in longitude is
 * drawn as a band across the whole map. Such rings are unwrapped (longitudes made continuous), a
 * ring that goes once round the globe (Antarctica) is closed along the pole, and the result is cut
 * into pieces that each lie within [-180, 180].
 */
export function cutAntimeridian(polys: Rings[]): Rings[] {
	const jumps = (ring: Ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
	const out: Rings[] = [];
	for (const poly of polys) {
		if (!poly.some(jumps)) {
			out.push(poly);
			continue;
		}
		// world-atlas' Antarctica has a zero-area "outer" ring along -89.999°: the area filter drops it
		const pieces = poly
			.flatMap(cutRing)
			.filter((r) => Math.abs(ringArea(r)) > 1e-9)
			.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)));
		const rebuilt: Rings[] = [];
		for (const ring of pieces) {
			const probe = ring.find((p) => Math.abs(p[0]) < 180) ?? ring[0];
			const host = rebuilt.find((p) =>
				booleanPointInPolygon(probe, { type: 'Polygon', coordinates: [p[0]] }, { ignoreBoundary: true })
			);
			if (host) host.push(ring);
			else rebuilt.push([ring]);
		}
		out.push(...rebuilt);
	}
	return out;
}

function cutRing(ring: Ring): Ring[] {
	const u: Ring = [[ring[0][0], ring[0][1]]];
	for (let i = 1; i < ring.length; i++) {
		let x = ring[i][0];
		const px = u[i - 1][0];
		while (x - px > 180) x -= 360;
		while (x - px < -180) x += 360;
		u.push([x, ring[i][1]]);
	}
	if (Math.abs(u[u.length - 1][0] - u[0][0]) > 180) {
		const pole = u.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
		u.push([u[u.length - 1][0], pole], [u[0][0], pole], [u[0][0], u[0][1]]);
	}
	let minX = Infinity;
	let maxX = -Infinity;
	for (const [x] of u) {
		minX = Math.min(minX, x);
		maxX = Math.max(maxX, x);
	}
	const pieces: Ring[] = [];
	for (let k = Math.floor((minX + 180) / 360); k <= Math.ceil((maxX + 180) / 360) - 1; k++) {
		const piece = clipX(clipX(u, -180 + 360 * k, true), 180 + 360 * k, false).map(([x, y]) => [x - 360 * k, y]);
		if (piece.length >= 4) pieces.push(piece);
	}
	return pieces;
}

/** Sutherland–Hodgman against one vertical line: keeps x >= x0 (keepRight) or x <= x0. */
export function clipX(ring: Ring, x0: number, keepRight: boolean): Ring {
	const inside = (p: Position) => (keepRight ? p[0] >= x0 : p[0] <= x0);
	const out: Ring = [];
	for (let i = 0; i < ring.length - 1; i++) {
		const a = ring[i];
		const b = ring[i + 1];
		if (inside(a)) out.push(a);
		if (inside(a) !== inside(b)) out.push([x0, a[1] + ((x0 - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]);
	}
	if (out.length > 0) out.push(out[0]);
	return out;
}

/**
 * Douglas–Peucker that keeps shared borders shared. Every ring is cut at its junctions (vertices
 * with more than two distinct neighbours over all rings, as in TopoJSON), each arc is simplified
 * once in a canonical direction and reused by every ring it belongs to. Without this, neighbouring
 * units simplified on their own leave slivers and gaps, and unions of them leave holes.
 * shapes: one list of polygons per feature; returns the same structure (rings open: see `finish`).
 */
export function simplifyShared(shapes: Rings[][], tolerance: number): Rings[][] {
	const key = (p: Position) => `${p[0]},${p[1]}`;
	const open = (ring: Ring) => cleanRing(ring).slice(0, -1);
	const opened = shapes.map((polys) => polys.map((poly) => poly.map(open)));
	const neighbours = new Map<string, Set<string>>();
	for (const polys of opened)
		for (const poly of polys)
			for (const ring of poly)
				ring.forEach((p, i) => {
					const k = key(p);
					if (!neighbours.has(k)) neighbours.set(k, new Set());
					neighbours
						.get(k)!
						.add(key(ring[(i + ring.length - 1) % ring.length]))
						.add(key(ring[(i + 1) % ring.length]));
				});
	const isJunction = (p: Position) => neighbours.get(key(p))!.size > 2;

	const cache = new Map<string, Position[]>();
	const simplifyArc = (arc: Position[]) => {
		const flip = compare(arc[0], arc[arc.length - 1]) > 0;
		const canon = flip ? arc.slice().reverse() : arc;
		const k = canon.map(key).join(' ');
		let s = cache.get(k);
		if (!s) {
			s = simplify({ type: 'LineString', coordinates: canon }, { tolerance, highQuality: true }).coordinates;
			cache.set(k, s);
		}
		return flip ? s.slice().reverse() : s;
	};
	// DP needs two distinct ends: a closed arc is split at its farthest vertex (same on both sides)
	const splitClosed = (arc: Position[]) => {
		const a = arc[0];
		if (!same(a, arc[arc.length - 1])) return [arc];
		let f = 1;
		let best = -1;
		for (let i = 1; i < arc.length - 1; i++) {
			const d = (arc[i][0] - a[0]) ** 2 + (arc[i][1] - a[1]) ** 2;
			if (d > best || (d === best && compare(arc[i], arc[f]) < 0)) {
				best = d;
				f = i;
			}
		}
		return [arc.slice(0, f + 1), arc.slice(f)];
	};
	const simplifyRing = (ring: Ring): Ring => {
		const n = ring.length;
		if (n < 3) return [];
		const cuts: number[] = [];
		ring.forEach((p, i) => isJunction(p) && cuts.push(i));
		// no junction (an island, or an enclave and the hole it fills): start at the smallest vertex
		if (cuts.length === 0) cuts.push(ring.reduce((s, p, i) => (compare(p, ring[s]) < 0 ? i : s), 0));
		const out: Ring = [ring[cuts[0]]];
		cuts.forEach((a, j) => {
			const b = cuts[(j + 1) % cuts.length];
			const arc = [ring[a]];
			for (let i = (a + 1) % n; ; i = (i + 1) % n) {
				arc.push(ring[i]);
				if (i === b) break;
			}
			for (const part of splitClosed(arc)) out.push(...simplifyArc(part).slice(1));
		});
		return out;
	};
	return opened.map((polys) => polys.map((poly) => poly.map(simplifyRing)));
}

/** Consecutive duplicates and A-B-A spikes out, closed; empty if nothing with an area is left. */
export function cleanRing(ring: Ring): Ring {
	const out: Ring = [];
	for (const p of ring) {
		if (out.length > 0 && same(out[out.length - 1], p)) continue;
		if (out.length > 1 && same(out[out.length - 2], p)) {
			out.pop();
			continue;
		}
		out.push(p);
	}
	while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
	while (out.length > 2 && same(out[1], out[out.length - 1])) {
		out.shift();
		out.pop();
	}
	if (out.length < 3) return [];
	out.push(out[0]);
	return out;
}

/** Round to DECIMALS, clean rings, drop empty rings and polygons smaller than minKm2. */
export function finish(polys: Rings[], minKm2: number): Rings[] {
	const out: Rings[] = [];
	for (const poly of polys) {
		// one polygon in, one out
		const rounded = truncate(toGeometry([poly]), { precision: DECIMALS, coordinates: 2 }) as Polygon;
		const [outer, ...holes] = rounded.coordinates.map(cleanRing);
		const ok = (r: Ring) => r.length >= 4 && ringArea(r) !== 0;
		// an outer ring that collapsed takes its holes with it
		if (!ok(outer)) continue;
		if (minKm2 > 0 && area({ type: 'Polygon', coordinates: [outer] }) / 1e6 < minKm2) continue;
		out.push([outer, ...holes.filter(ok)]);
	}
	return out;
}

/**
 * Simplification and rounding can make a ring cross itself or a neighbour ring. Such geometries are
 * repaired with a self-union (polyclip resolves crossings by the non-zero rule), then rounded again;
 * `label` is added to `repairs` when that was needed. Returns the geometry with right-hand-rule
 * winding (RFC 7946: outer rings counter-clockwise).
 */
export function validGeometry(polys: Rings[], label: string, repairs: string[] = []): Polygonal {
	let geometry = toGeometry(polys);
	for (let attempt = 0; crossings(geometry) > 0; attempt++) {
		if (attempt === 3) {
			console.warn(`  ${label}: ${crossings(geometry)} segment crossings left after repair`);
			break;
		}
		if (attempt === 0) repairs.push(label);
		const repaired = unionOf([geometry, geometry]).geometry;
		geometry = toGeometry(finish(polygonsOf(repaired), 0));
	}
	rewind(geometry, { mutate: true });
	// the edge Antarctica was closed with runs along the pole from 180° to -180°: give it vertices every
	// 90°, or it would itself be a "jump" (after simplification, which drops collinear vertices)
	for (const poly of polygonsOf(geometry))
		for (const ring of poly)
			for (let i = ring.length - 1; i > 0; i--) {
				const [ax, ay] = ring[i - 1];
				const dx = ring[i][0] - ax;
				const steps = Math.ceil(Math.abs(dx) / 90);
				for (let j = steps - 1; j > 0; j--)
					ring.splice(i, 0, [ax + (dx * j) / steps, ay + ((ring[i][1] - ay) * j) / steps].map(round));
			}
	return geometry;
}

/** Number of proper crossings (or collinear overlaps) between segments of one geometry. */
export function crossings(geometry: Polygonal): number {
	const segs: { a: Position; b: Position; x0: number; x1: number; y0: number; y1: number }[] = [];
	for (const poly of polygonsOf(geometry))
		for (const ring of poly)
			for (let i = 0; i < ring.length - 1; i++) {
				const a = ring[i];
				const b = ring[i + 1];
				segs.push({
					a,
					b,
					x0: Math.min(a[0], b[0]),
					x1: Math.max(a[0], b[0]),
					y0: Math.min(a[1], b[1]),
					y1: Math.max(a[1], b[1])
				});
			}
	segs.sort((s, t) => s.x0 - t.x0);
	const orient = (p: Position, q: Position, r: Position) =>
		Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
	let n = 0;
	for (let i = 0; i < segs.length; i++) {
		const s = segs[i];
		for (let j = i + 1; j < segs.length && segs[j].x0 <= s.x1; j++) {
			const t = segs[j];
			if (t.y0 > s.y1 || t.y1 < s.y0) continue;
			const o1 = orient(s.a, s.b, t.a);
			const o2 = orient(s.a, s.b, t.b);
			const o3 = orient(t.a, t.b, s.a);
			const o4 = orient(t.a, t.b, s.b);
			if (o1 * o2 < 0 && o3 * o4 < 0) n++;
			else if (o1 === 0 && o2 === 0) {
				// collinear: overlapping by more than a point?
				const ax = Math.abs(s.b[0] - s.a[0]) >= Math.abs(s.b[1] - s.a[1]) ? 0 : 1;
				const lo = Math.max(Math.min(s.a[ax], s.b[ax]), Math.min(t.a[ax], t.b[ax]));
				const hi = Math.min(Math.max(s.a[ax], s.b[ax]), Math.max(t.a[ax], t.b[ax]));
				if (hi > lo) n++;
			}
		}
	}
	return n;
}
