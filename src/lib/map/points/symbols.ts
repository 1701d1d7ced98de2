/**
 * How big each kind of point is drawn at a zoom: the one table both the shader (through its
 * uniforms) and picking read, so a click lands where the symbol is. Pure.
 */
import { KIND_COUNT, KIND_NAMES, type PointKind } from './layout';

export interface SymbolSizes {
	/** zoom stops, ascending */
	zooms: readonly number[];
	/** the shape's radius in CSS px at each stop (halo excluded), per kind */
	radius: Record<PointKind, readonly number[]>;
	/** the factor on the index's spot offsets at each stop (1 = the offsets as written) */
	offset: readonly number[];
}

/**
 * Larger than today's icons (whose programme shapes are ~3 px in radius at zoom 6) so that a
 * place's sector segments and an approximate point's broken outline can be seen.
 */
export const DEFAULT_SIZES: SymbolSizes = {
	zooms: [2, 6, 10, 14],
	radius: {
		case: [5.5, 7.5, 9.5, 10.5],
		firm: [3.6, 5.4, 6.8, 7.6],
		'meti-cluster': [4, 6, 7.6, 8.4],
		'mext-cluster': [4, 6, 7.6, 8.4],
		own: [4.2, 6.2, 7.8, 8.6]
	},
	offset: [0.7, 1.1, 1.5, 1.7]
};

/** White halo around the dark edge, CSS px. */
export const HALO = 1.6;
/** Hovered or focused points grow by this factor. */
export const LIFT_SCALE = 1.3;
/** The farthest a shape reaches from its centre, as a multiple of its radius (the diamond's tips). */
export const SHAPE_REACH = 1.12;

/** Piecewise-linear in zoom, clamped at the ends (MapLibre's `interpolate linear`). */
export function interpolate(zooms: readonly number[], values: readonly number[], zoom: number): number {
	if (zoom <= zooms[0]) return values[0];
	for (let i = 1; i < zooms.length; i++)
		if (zoom <= zooms[i]) {
			const t = (zoom - zooms[i - 1]) / (zooms[i] - zooms[i - 1]);
			return values[i - 1] + t * (values[i] - values[i - 1]);
		}
	return values[values.length - 1];
}

/** Every kind's radius at `zoom`, indexed by kind code. */
export function radiiAt(sizes: SymbolSizes, zoom: number): Float32Array {
	const out = new Float32Array(KIND_COUNT);
	KIND_NAMES.forEach((k, code) => (out[code] = interpolate(sizes.zooms, sizes.radius[k], zoom)));
	return out;
}

export const offsetScaleAt = (sizes: SymbolSizes, zoom: number) => interpolate(sizes.zooms, sizes.offset, zoom);

/** How far from its centre a point of radius r can be clicked (its halo included). */
export const hitRadius = (r: number) => r * SHAPE_REACH + HALO;
