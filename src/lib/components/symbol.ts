/**
 * A map symbol as SVG, for the map key and for the symbols beside names: the same vocabulary the
 * points layer draws (src/lib/map/points/: shaders.ts, atlas.ts, symbols.ts): the kind's shape
 * (PLACE_KIND[k].shape), filled with up to four sector slices clockwise from the top, a dark edge
 * broken once per side for a city-level point and twice for a region-wide one, a white halo, a
 * white core for the paper's cases, and the rings of the open and the marked places. The
 * numbers below are the layer's own (tests/unit/symbol.test.ts holds them to it). Pure.
 */
import type { Shape } from '../data/vocabulary';
import { HALO, SHAPE_REACH } from '../map/points/symbols';
import { APPROXIMATE } from '../map/symbology';

export type Precision = 'exact' | 'city' | 'region';
export type Ring = 'selected' | 'emph';

/** Ring geometry in CSS px, as the points layer draws it (shaders.ts `RING`). */
export const RING_GEOMETRY = { gap: 2, width: 2.4, outline: 1.2, step: 4.2 };
/** The layer's colours (shaders.ts: EDGE, SELECTED_COLOUR, EMPHASIS_COLOUR). */
export const SYMBOL_COLOURS = { edge: '#1a1a1a', selected: '#111111', emph: '#b0004a', none: '#878787' };
/** How many of a place's sectors its symbol shows (layout.ts `MAX_SEGMENTS`). */
export const MAX_SLICES = 4;

const n = (x: number) => Number(x.toFixed(3));

/** The outline of a shape of radius r centred on (c, c), as an SVG path (the layer's geometry, atlas.ts). */
export function outline(shape: Shape, c: number, r: number): string {
	if (shape === 'circle')
		return `M${n(c - r)} ${n(c)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
	return `M${corners(shape, c, r)
		.map(([x, y]) => `${n(x)} ${n(y)}`)
		.join('L')}Z`;
}

function corners(shape: Exclude<Shape, 'circle'>, c: number, r: number): [number, number][] {
	if (shape === 'square') {
		const h = 0.85 * r;
		return [
			[c - h, c - h],
			[c + h, c - h],
			[c + h, c + h],
			[c - h, c + h]
		];
	}
	if (shape === 'triangle')
		return [
			[c, c - 1.05 * r],
			[c + 1.05 * r, c + 0.8 * r],
			[c - 1.05 * r, c + 0.8 * r]
		];
	return [
		[c, c - 1.1 * r],
		[c + 1.1 * r, c],
		[c, c + 1.1 * r],
		[c - 1.1 * r, c]
	];
}

/**
 * The outline's sides, one path each, so that each can carry its own breaks: a polygon's edges
 * corner to corner, a circle's four quarter arcs (centred on its diagonals, as the layer counts them).
 */
export function sides(shape: Shape, c: number, r: number): string[] {
	if (shape === 'circle') {
		const at = (deg: number) => {
			const a = (deg * Math.PI) / 180;
			return `${n(c + r * Math.cos(a))} ${n(c + r * Math.sin(a))}`;
		};
		return [45, 135, 225, 315].map((d) => `M${at(d)}A${n(r)} ${n(r)} 0 0 1 ${at(d + 90)}`);
	}
	const pts = corners(shape, c, r);
	return pts.map(([x, y], i) => {
		const [x2, y2] = pts[(i + 1) % pts.length];
		return `M${n(x)} ${n(y)}L${n(x2)} ${n(y2)}`;
	});
}

/**
 * The outer ring of a place known only approximately, as the points layer draws it
 * (src/lib/map/symbology.ts APPROXIMATE): its centre-line radius beyond the halo, its dash pattern
 * as fractions of one of `count` equal parts of the circle (for `pathLength={count}`), and how much
 * paler the fill is. None for an exact point.
 */
export function approximateRing(
	precision: Precision,
	R: number
): { r: number; count: number; dashes: string; width: number; colour: string; fillOpacity: number } | null {
	if (precision === 'exact') return null;
	const look = APPROXIMATE[precision];
	return {
		r: R + HALO + APPROXIMATE.gap + APPROXIMATE.width / 2,
		count: look.count,
		dashes: `${look.duty} ${1 - look.duty}`,
		width: APPROXIMATE.width,
		colour: APPROXIMATE.colour,
		fillOpacity: 1 - look.soften
	};
}

/** The slices of a symbol: one per sector (at most four), clockwise from the top, as wedges of radius R. */
export function slices(colours: readonly string[], c: number, R: number): { d: string; colour: string }[] {
	const shown = colours.slice(0, MAX_SLICES);
	if (shown.length <= 1) return [];
	const at = (f: number) => `${n(c + R * Math.sin(2 * Math.PI * f))} ${n(c - R * Math.cos(2 * Math.PI * f))}`;
	return shown.map((colour, i) => ({
		d: `M${n(c)} ${n(c)}L${at(i / shown.length)}A${n(R)} ${n(R)} 0 0 1 ${at((i + 1) / shown.length)}Z`,
		colour
	}));
}

/** How far a symbol reaches from its centre: the shape, its halo and, when ringed, its rings. */
export function reach(r: number, ring: readonly Ring[]): number {
	const base = r * SHAPE_REACH + HALO;
	if (!ring.length) return base;
	const g = RING_GEOMETRY;
	return base + g.gap + g.width + g.outline + (ring.length > 1 ? g.step : 0);
}

/** The radius of a ring's centre line (the marked place's ring sits outside the open place's). */
export function ringRadius(r: number, ring: Ring, both: boolean): number {
	const g = RING_GEOMETRY;
	const r1 = r * SHAPE_REACH + HALO + g.gap + g.width / 2 + g.outline;
	return ring === 'emph' && both ? r1 + g.step : r1;
}
