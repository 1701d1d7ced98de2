/**
 * The shapes as a small texture the fragment shader samples once per pixel: per kind, a signed
 * distance field and the outline's dash masks; for all kinds, the angle around the centre (for
 * sector segments). Computing these per pixel in the shader (five shape branches, atan) made a
 * frame of 100k points take ~10 s under SwiftShader, which runs every branch of a shader whose
 * pixels disagree; one texture fetch costs about what a plain circle does. Pure: unit-tested.
 *
 * Cell k (kind code k) spans texels [k·CELL, (k+1)·CELL) × [0, CELL), covering p/r in
 * [−EXTENT, EXTENT]² (r: the shape's radius; y grows downward, as on screen). Channels:
 * R: signed distance / r, mapped from [−DIST_RANGE, DIST_RANGE] to [0, 255] (negative inside)
 * G: 1 on the outline of a city-level point, 0 in its gaps (one gap mid-edge)
 * B: the same for a region-wide point (two gaps per edge)
 * A: the angle clockwise from the top, as a fraction of a turn
 */
import { KIND, KIND_COUNT } from './layout';

export const CELL = 64;
export const EXTENT = 2.25;
export const DIST_RANGE = 1.5;

type Vec = [number, number];

const box = (x: number, y: number, h: number) => {
	const qx = Math.abs(x) - h;
	const qy = Math.abs(y) - h;
	return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0);
};

/** Exact distance to a triangle (after Inigo Quilez's sdTriangle), negative inside. */
function triangle(p: Vec, a: Vec, b: Vec, c: Vec): number {
	const edges: [Vec, Vec][] = [
		[a, b],
		[b, c],
		[c, a]
	];
	let dist = Infinity;
	let inside = true;
	const orientation = Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
	for (const [u, v] of edges) {
		const ex = v[0] - u[0];
		const ey = v[1] - u[1];
		const wx = p[0] - u[0];
		const wy = p[1] - u[1];
		const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
		dist = Math.min(dist, Math.hypot(wx - ex * t, wy - ey * t));
		if (orientation * (ex * wy - ey * wx) < 0) inside = false;
	}
	return inside ? -dist : dist;
}

const TRIANGLE: [Vec, Vec, Vec] = [
	[0, -1.05],
	[1.05, 0.8],
	[-1.05, 0.8]
];

/** A five-pointed star, point up (after Quilez's sdStar5). */
function star(x: number, y: number, r: number, rf: number): number {
	const k1: Vec = [0.809016994375, -0.587785252292];
	const k2: Vec = [-k1[0], k1[1]];
	let px = Math.abs(x);
	let py = -y;
	let d = Math.max(k1[0] * px + k1[1] * py, 0);
	px -= 2 * d * k1[0];
	py -= 2 * d * k1[1];
	d = Math.max(k2[0] * px + k2[1] * py, 0);
	px -= 2 * d * k2[0];
	py -= 2 * d * k2[1];
	px = Math.abs(px);
	py -= r;
	const bax = rf * -k1[1];
	const bay = rf * k1[0] - 1;
	const h = Math.max(0, Math.min(r, (px * bax + py * bay) / (bax * bax + bay * bay)));
	return Math.hypot(px - bax * h, py - bay * h) * Math.sign(py * bax - px * bay);
}

/** The signed distance (in radii) from p (in radii) to a kind's shape; shapes as icons.ts draws them. */
export function shapeDistance(kind: number, x: number, y: number): number {
	switch (kind) {
		case KIND.case:
			return Math.hypot(x, y) - 1;
		case KIND.firm:
			return box(x, y, 0.85);
		case KIND['meti-cluster']:
			return triangle([x, y], ...TRIANGLE);
		case KIND['mext-cluster']:
			return (Math.abs(x) + Math.abs(y) - 1.1) * Math.SQRT1_2;
		default:
			return star(x, y, 1.15, 0.5);
	}
}

/**
 * Where p lies along the nearest edge: (t from one corner to the next in [0, 1], the edge's
 * length in radii). Polygons put their gaps mid-edge so the corners, which tell the shapes
 * apart, stay whole; the circle counts as four quarter arcs and the star as five arcs.
 */
export function alongEdge(kind: number, x: number, y: number): [number, number] {
	const turn = (a: number, parts: number): [number, number] => {
		const q = (2 * Math.PI) / parts;
		const t = (((a / q) % 1) + 1) % 1;
		return [t, q];
	};
	if (kind === KIND.case) return turn(Math.atan2(y, x) - Math.PI / 4, 4);
	if (kind === KIND.firm || kind === KIND['mext-cluster']) {
		const h = kind === KIND.firm ? 0.85 : 1.1 * Math.SQRT1_2;
		const [qx, qy] = kind === KIND.firm ? [x, y] : [(x + y) * Math.SQRT1_2, (y - x) * Math.SQRT1_2];
		const u = Math.abs(qx) > Math.abs(qy) ? qy : qx;
		return [(u + h) / (2 * h), 2 * h];
	}
	if (kind === KIND['meti-cluster']) {
		let best: [number, number] = [0, 0];
		let nearest = Infinity;
		for (let i = 0; i < 3; i++) {
			const a = TRIANGLE[i];
			const b = TRIANGLE[(i + 1) % 3];
			const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
			const dx = (b[0] - a[0]) / len;
			const dy = (b[1] - a[1]) / len;
			const off = Math.abs((x - a[0]) * -dy + (y - a[1]) * dx);
			if (off < nearest) {
				nearest = off;
				best = [Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / len)), len];
			}
		}
		return best;
	}
	return turn(Math.atan2(y, x) + Math.PI / 2, 5);
}

/** Gap test for an outline: > 0 inside a gap, as a length in radii. */
export function gap(precision: 'city' | 'region', t: number, length: number): number {
	return precision === 'city'
		? (0.17 - Math.abs(t - 0.5)) * length
		: (0.11 - Math.min(Math.abs(t - 0.25), Math.abs(t - 0.75))) * length;
}

/** The RGBA8 texture, `KIND_COUNT · CELL` wide and `CELL` high. */
export function shapeAtlas(): Uint8Array {
	const width = KIND_COUNT * CELL;
	const out = new Uint8Array(width * CELL * 4);
	const texel = (2 * EXTENT) / CELL;
	const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v * 255)));
	for (let kind = 0; kind < KIND_COUNT; kind++)
		for (let j = 0; j < CELL; j++)
			for (let i = 0; i < CELL; i++) {
				const x = -EXTENT + (i + 0.5) * texel;
				const y = -EXTENT + (j + 0.5) * texel;
				const o = 4 * (j * width + kind * CELL + i);
				const d = shapeDistance(kind, x, y);
				out[o] = byte((d / DIST_RANGE + 1) / 2);
				const [t, len] = alongEdge(kind, x, y);
				// a one-texel ramp at the gaps' ends: the sampler smooths it to the pixel
				out[o + 1] = byte(0.5 - gap('city', t, len) / texel);
				out[o + 2] = byte(0.5 - gap('region', t, len) / texel);
				const a = Math.atan2(x, -y) / (2 * Math.PI);
				out[o + 3] = byte(a < 0 ? a + 1 : a);
			}
	return out;
}
