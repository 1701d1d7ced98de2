/**
 * How a point looks, in one pure module: the map's shaders (./points/shaders.ts), the PNG export's
 * legend (./legend.ts) and the page's SVG symbols (ShapeIcon.svelte, the on-map legend) all read
 * it, so a legend can never show a symbol the map does not draw. No GL, no DOM, no Svelte.
 *
 * A point is, from the inside out:
 * - its programme's SHAPE (colour is never the only cue), filled with its sectors: one sector
 *   fills it; two to four split it into SEGMENTS clockwise from the top, parted by thin white
 *   separators (more than four: the first four);
 * - a paper case has a white CORE;
 * - a continuous dark EDGE, then a white HALO (contrast on any basemap);
 * - a place known only approximately keeps its whole shape and gets an outer APPROXIMATE ring:
 *   dashed for a city-level location, dotted (and a softer fill) for a region-level one;
 * - a selected, emphasised or hovered place gets a RING beyond all that.
 */
import type { Precision } from '../data/schema';
import type { PlaceKind, Shape } from '../data/vocabulary';

/** The user's own imported places are drawn as stars. */
export type SymbolKind = PlaceKind | 'own';
export type SymbolShape = Shape | 'star';

export const SHAPE: Record<SymbolKind, SymbolShape> = {
	case: 'circle',
	firm: 'square',
	'meti-cluster': 'triangle',
	'mext-cluster': 'diamond',
	own: 'star'
};

/** Colours as #rrggbb; lengths in CSS px unless said otherwise. */
export const EDGE = { colour: '#1a1a1a', width: 1.3, caseWidth: 1.8 };
export const HALO = { colour: '#ffffff', width: 1.6 };
/** the white core of a paper case, as a fraction of its radius */
export const CORE = { colour: '#ffffff', radius: 0.3 };
/** at most this many sector segments; the separator is a white line this wide */
export const SEGMENTS = { max: 4, separator: '#ffffff', separatorWidth: 0.75 };

/**
 * The outer ring of an approximate point: `count` dashes around it, each `duty` of its share of
 * the turn, on a white backing; `soften` mixes the fill towards white (0 = unchanged).
 */
export interface ApproximateLook {
	count: number;
	duty: number;
	soften: number;
}
export const APPROXIMATE: Record<Exclude<Precision, 'exact'>, ApproximateLook> & {
	gap: number;
	width: number;
	colour: string;
} = {
	city: { count: 8, duty: 0.55, soften: 0 },
	region: { count: 14, duty: 0.35, soften: 0.45 },
	/** from the halo's outside to the ring's centre line */
	gap: 1.6,
	width: 1.5,
	colour: '#1a1a1a'
};

/** Selection, emphasis (a lesson's or a comparison's places) and hover/focus rings. */
export const RING = {
	selected: '#111111',
	emphasised: '#b0004a',
	hovered: '#1f3b57',
	/** from the symbol's outside to the ring's inner edge */
	gap: 2,
	width: 2.4,
	/** the white outline on each side of a ring */
	outline: 1.2,
	/** a place both selected and emphasised: the emphasis ring this much further out */
	step: 4.2
};

/** A dimmed point (not a search match, not tied to the chosen item) keeps this much of its opacity. */
export const DIM = 0.28;
/** Hovered or focused points grow by this factor. */
export const LIFT_SCALE = 1.3;
/** The farthest a shape reaches from its centre, as a multiple of its radius (the star's and diamond's tips). */
export const SHAPE_REACH = 1.15;

/** The symbol's radius (halo excluded) at zoom stops, CSS px: big enough at world zoom to read the shape. */
export const SIZES = {
	zooms: [2, 6, 10, 14],
	radius: {
		case: [8, 9.5, 11, 12],
		firm: [5.2, 6.4, 7.6, 8.4],
		'meti-cluster': [5.8, 7, 8.2, 9],
		'mext-cluster': [5.8, 7, 8.2, 9],
		own: [6, 7.2, 8.6, 9.4]
	} satisfies Record<SymbolKind, readonly number[]>,
	/** the factor on the index's spot offsets at each stop */
	offset: [0.9, 1.3, 1.7, 1.9]
};

type Vec = [number, number];

/**
 * The outline of a shape of radius 1 centred on the origin (y down, as on screen): the polygon's
 * corners, or null for the circle. The shader's distance field (./points/atlas.ts) is built on the
 * same corners.
 */
export function corners(shape: SymbolShape): Vec[] | null {
	switch (shape) {
		case 'circle':
			return null;
		case 'square':
			return [
				[-0.85, -0.85],
				[0.85, -0.85],
				[0.85, 0.85],
				[-0.85, 0.85]
			];
		case 'triangle':
			return [
				[0, -1.05],
				[1.05, 0.8],
				[-1.05, 0.8]
			];
		case 'diamond':
			return [
				[0, -1.1],
				[1.1, 0],
				[0, 1.1],
				[-1.1, 0]
			];
		case 'star': {
			const out: Vec[] = [];
			for (let i = 0; i < 10; i++) {
				const r = i % 2 === 0 ? STAR.outer : STAR.inner;
				const a = (i * Math.PI) / 5;
				out.push([r * Math.sin(a), -r * Math.cos(a)]);
			}
			return out;
		}
	}
}

/** The star's tips and notches, in radii. */
export const STAR = { outer: 1.15, inner: 0.52 };

const n = (x: number) => Number(x.toFixed(3));

/** SVG path data of a shape of radius `r` centred on (cx, cy). */
export function shapePath(shape: SymbolShape, cx: number, cy: number, r: number): string {
	const pts = corners(shape);
	if (!pts) return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
	return pts.map(([x, y], i) => `${i ? 'L' : 'M'}${n(cx + x * r)} ${n(cy + y * r)}`).join('') + 'Z';
}

/**
 * SVG path data of a sector segment: the wedge from `from` to `to` (fractions of a turn,
 * clockwise from the top) of a circle of radius `r` around (cx, cy); clip it with the shape.
 */
export function wedgePath(cx: number, cy: number, r: number, from: number, to: number): string {
	const at = (t: number): Vec => [cx + r * Math.sin(2 * Math.PI * t), cy - r * Math.cos(2 * Math.PI * t)];
	const [x0, y0] = at(from);
	const [x1, y1] = at(to);
	const large = to - from > 0.5 ? 1 : 0;
	return `M${n(cx)} ${n(cy)}L${n(x0)} ${n(y0)}A${n(r)} ${n(r)} 0 ${large} 1 ${n(x1)} ${n(y1)}Z`;
}

/** The sectors a symbol shows as segments, in order (at most SEGMENTS.max). */
export const segmentsOf = (sectors: readonly string[]) => [...new Set(sectors)].slice(0, SEGMENTS.max);

/** `#rrggbb` → [r, g, b] in 0..1 */
export function rgb(hex: string): [number, number, number] {
	const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`symbology: ${hex} is not #rrggbb`);
	return [parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255];
}
