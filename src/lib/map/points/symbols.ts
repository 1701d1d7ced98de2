/**
 * How big each kind of point is drawn at a zoom: the one table both the shader (through its
 * uniforms) and picking read, so a click lands where the symbol is. The numbers are the visual
 * spec's (../symbology.ts). Pure.
 */
import { APPROXIMATE, HALO as HALO_LOOK, LIFT_SCALE, SHAPE_REACH, SIZES } from '../symbology';
import { KIND_COUNT, KIND_NAMES, type PointKind } from './layout';

export interface SymbolSizes {
	/** zoom stops, ascending */
	zooms: readonly number[];
	/** the shape's radius in CSS px at each stop (halo excluded), per kind */
	radius: Record<PointKind, readonly number[]>;
	/** the factor on the index's spot offsets at each stop (1 = the offsets as written) */
	offset: readonly number[];
}

export const DEFAULT_SIZES: SymbolSizes = SIZES;

/** White halo around the dark edge, CSS px. */
export const HALO = HALO_LOOK.width;
/** How far an approximate point's outer ring reaches past its halo, CSS px. */
export const APPROX_REACH = APPROXIMATE.gap + APPROXIMATE.width / 2 + 1;
export { LIFT_SCALE, SHAPE_REACH };

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
