/**
 * Places → the typed arrays the points layer uploads once (and picking, counts and bounds read).
 * Pure: no GL, no DOM; unit-tested.
 */
import type { Precision } from '../../data/schema';
import {
	DRAW_ORDER,
	KIND,
	MAX_SECTORS,
	MAX_SEGMENTS,
	NO_END,
	NO_SEGMENT,
	NO_START,
	PRECISION,
	clampYear,
	type PointKind
} from './layout';

export interface PointInput {
	id: string;
	kind: PointKind;
	sectors: readonly string[];
	start: number | null;
	end: number | null;
	lon: number;
	lat: number;
	/** pixel offset spreading places that share a spot (`offset` in the index) */
	offset?: readonly [number, number];
	/** how exactly the point is known; missing = exact */
	precision?: Precision;
}

export interface PackedPoints {
	count: number;
	/** ids in draw order (bottom to top): index i of every array below is `ids[i]` */
	ids: string[];
	indexOf: Map<string, number>;
	/** bit i of a mask is `sectorIds[i]` */
	sectorIds: string[];
	/** Web Mercator x, y in [0, 1] (y down), float64: CPU picking and bounds */
	merc: Float64Array;
	/**
	 * The same positions split for the GPU: (hi.x, hi.y, lo.x, lo.y) with hi = fround(x) and
	 * lo = x − hi, so the shader subtracts the camera centre without float32 losing the metres
	 * at zoom 14 (a float32 Mercator coordinate alone is ~0.5 px off there, worse beyond).
	 */
	pos: Float32Array;
	/** sector bitmask */
	mask: Uint32Array;
	/** kind code ({@link KIND}) and precision code ({@link PRECISION}), two bytes per point */
	kindPrecision: Uint8Array;
	/** up to four sector indices per point, {@link NO_SEGMENT} where unused */
	segments: Uint8Array;
	/** start, end years (int16; {@link NO_START} / {@link NO_END} when unknown) */
	years: Int16Array;
	/** pixel offsets (x, y) at offset scale 1 */
	offset: Float32Array;
	/** each point's grid cell ({@link cellKey}): ascending within a kind */
	cell: Uint32Array;
	/** the index ranges [start, end) of each kind, bottom to top */
	groups: { kind: PointKind; start: number; end: number }[];
}

/**
 * The grid that lets a frame draw only the points near the view: 1024 × 1024 cells over the
 * Mercator square (about 39 km wide at the equator), numbered row by row.
 */
export const CELL_LEVEL = 10;
const CELLS = 1 << CELL_LEVEL;
export const cellOf = (v: number) => Math.max(0, Math.min(CELLS - 1, Math.floor(v * CELLS)));
export const cellKey = (x: number, y: number) => cellOf(y) * CELLS + cellOf(x);

const MAX_LAT = 85.051129;

/** Web Mercator in [0, 1]², as MapLibre's `MercatorCoordinate.fromLngLat` (y grows southward). */
export function mercator(lon: number, lat: number): [number, number] {
	const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
	return [(lon + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

export function lngLat(x: number, y: number): [number, number] {
	return [x * 360 - 180, (Math.atan(Math.exp((1 - 2 * y) * Math.PI)) * 360) / Math.PI - 90];
}

/**
 * Packs places in draw order: programme by programme (cases last, on top), and within a kind
 * by grid cell, then as given. Every problem is reported at once (`id: field: reason`);
 * nothing is packed from bad input.
 */
export function packPoints(places: readonly PointInput[], sectorIds: readonly string[]): PackedPoints {
	const problems: string[] = [];
	if (sectorIds.length > MAX_SECTORS)
		problems.push(`sectors: ${sectorIds.length} sectors, at most ${MAX_SECTORS} fit in a mask`);
	const bit = new Map(sectorIds.map((s, i) => [s, i]));
	const seen = new Set<string>();
	for (const p of places) {
		if (!(p.kind in KIND)) problems.push(`${p.id}: kind: unknown kind ${JSON.stringify(p.kind)}`);
		if (!Number.isFinite(p.lon) || Math.abs(p.lon) > 180) problems.push(`${p.id}: lon: not a longitude (${p.lon})`);
		if (!Number.isFinite(p.lat) || Math.abs(p.lat) > 90) problems.push(`${p.id}: lat: not a latitude (${p.lat})`);
		if (seen.has(p.id)) problems.push(`${p.id}: id: appears twice`);
		seen.add(p.id);
		for (const s of p.sectors) if (!bit.has(s)) problems.push(`${p.id}: sectors: unknown sector ${s}`);
	}
	if (problems.length) throw new Error(`cannot pack ${places.length} points:\n${problems.join('\n')}`);

	const rank = new Map(DRAW_ORDER.map((k, i) => [k, i]));
	const n = places.length;
	const keys = new Uint32Array(n);
	const ranks = new Uint8Array(n);
	places.forEach((p, i) => {
		keys[i] = cellKey(...mercator(p.lon, p.lat));
		ranks[i] = rank.get(p.kind)!;
	});
	const order = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) => ranks[a] - ranks[b] || keys[a] - keys[b] || a - b
	);
	const out: PackedPoints = {
		count: n,
		ids: new Array<string>(n),
		indexOf: new Map(),
		sectorIds: [...sectorIds],
		merc: new Float64Array(2 * n),
		pos: new Float32Array(4 * n),
		mask: new Uint32Array(n),
		kindPrecision: new Uint8Array(2 * n),
		segments: new Uint8Array(MAX_SEGMENTS * n).fill(NO_SEGMENT),
		years: new Int16Array(2 * n),
		offset: new Float32Array(2 * n),
		cell: new Uint32Array(n),
		groups: []
	};
	for (let i = 0; i < n; i++) {
		const p = places[order[i]];
		out.ids[i] = p.id;
		out.indexOf.set(p.id, i);
		const [x, y] = mercator(p.lon, p.lat);
		out.merc[2 * i] = x;
		out.merc[2 * i + 1] = y;
		const hx = Math.fround(x);
		const hy = Math.fround(y);
		out.pos[4 * i] = hx;
		out.pos[4 * i + 1] = hy;
		out.pos[4 * i + 2] = x - hx;
		out.pos[4 * i + 3] = y - hy;
		let mask = 0;
		let segs = 0;
		for (const s of p.sectors) {
			const b = bit.get(s)!;
			if (mask & (1 << b)) continue;
			mask |= 1 << b;
			if (segs < MAX_SEGMENTS) out.segments[MAX_SEGMENTS * i + segs++] = b;
		}
		out.mask[i] = mask >>> 0;
		out.kindPrecision[2 * i] = KIND[p.kind];
		out.kindPrecision[2 * i + 1] = PRECISION[p.precision ?? 'exact'];
		out.years[2 * i] = p.start === null ? NO_START : clampYear(p.start);
		out.years[2 * i + 1] = p.end === null ? NO_END : clampYear(p.end);
		out.offset[2 * i] = p.offset?.[0] ?? 0;
		out.offset[2 * i + 1] = p.offset?.[1] ?? 0;
		out.cell[i] = keys[order[i]];
		const last = out.groups[out.groups.length - 1];
		if (last?.kind === p.kind) last.end = i + 1;
		else out.groups.push({ kind: p.kind, start: i, end: i + 1 });
	}
	return out;
}
