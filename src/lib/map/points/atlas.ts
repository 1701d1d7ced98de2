/**
 * The shapes as a small texture the fragment shader samples once per pixel: per kind, a signed
 * distance field; for all kinds, the angle around the centre (for sector segments). Computing these per pixel in the shader (five shape branches, atan) made a
 * frame of 100k points take ~10 s under SwiftShader, which runs every branch of a shader whose
 * pixels disagree; one texture fetch costs about what a plain circle does. Pure: unit-tested.
 *
 * Cell k (kind code k) spans texels [k·CELL, (k+1)·CELL) × [0, CELL), covering p/r in
 * [−EXTENT, EXTENT]² (r: the shape's radius; y grows downward, as on screen). Channels:
 * R: signed distance / r, mapped from [−DIST_RANGE, DIST_RANGE] to [0, 255] (negative inside)
 * G, B: unused (0)
 * A: the angle clockwise from the top, as a fraction of a turn
 */
import { KIND_COUNT, KIND_NAMES } from './layout';
import { SHAPE, corners } from '../symbology';

export const CELL = 64;
export const EXTENT = 2.25;
export const DIST_RANGE = 1.5;

/** Signed distance to a closed polygon, negative inside (after Inigo Quilez's sdPolygon). */
function polygon(x: number, y: number, v: readonly (readonly [number, number])[]): number {
	let d = (x - v[0][0]) ** 2 + (y - v[0][1]) ** 2;
	let s = 1;
	for (let i = 0, j = v.length - 1; i < v.length; j = i, i++) {
		const ex = v[j][0] - v[i][0];
		const ey = v[j][1] - v[i][1];
		const wx = x - v[i][0];
		const wy = y - v[i][1];
		const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
		d = Math.min(d, (wx - ex * t) ** 2 + (wy - ey * t) ** 2);
		const c = [y >= v[i][1], y < v[j][1], ex * wy > ey * wx];
		if (c.every(Boolean) || c.every((b) => !b)) s = -s;
	}
	return s * Math.sqrt(d);
}

const OUTLINES = KIND_NAMES.map((k) => corners(SHAPE[k]));

/** The signed distance (in radii) from p (in radii) to a kind's shape, as symbology.ts defines it. */
export function shapeDistance(kind: number, x: number, y: number): number {
	const outline = OUTLINES[kind];
	return outline ? polygon(x, y, outline) : Math.hypot(x, y) - 1;
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
				const a = Math.atan2(x, -y) / (2 * Math.PI);
				out[o + 3] = byte(a < 0 ? a + 1 : a);
			}
	return out;
}
