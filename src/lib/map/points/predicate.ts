/**
 * The filter as the GPU applies it: sectors, kinds and period as a few numbers (the shader's
 * uniforms), and the same test on the CPU for picking, counts and "places in view". The GLSL
 * below and {@link passes} are one rule written twice; a unit test holds both to `isVisible`.
 */
import type { Period } from '../../data/vocabulary';
import { KIND_LAYER, KIND_NAMES, NO_END, NO_START, clampYear } from './layout';
import type { PackedPoints } from './pack';

/** What the explorer filters on (the shape of `Filters` in src/lib/data/filter.ts). */
export interface PointFilters {
	/** `null` = every sector */
	sectors: readonly string[] | null;
	/** layer toggles (`cases`, `firms`, `meti`, `mext`, and `own` for the user's places) */
	layers: readonly string[];
	period: Period | null;
}

/** The filter's uniforms. */
export interface FilterUniforms {
	/** every sector on: places pass whatever their mask (a place with no sector included) */
	allSectors: boolean;
	sectors: number;
	kinds: number;
	from: number;
	to: number;
}

export function filterUniforms(f: PointFilters, sectorIds: readonly string[]): FilterUniforms {
	let sectors = 0;
	if (f.sectors !== null)
		for (const s of f.sectors) {
			const b = sectorIds.indexOf(s);
			if (b >= 0) sectors |= 1 << b;
		}
	let kinds = 0;
	KIND_NAMES.forEach((k, code) => {
		if (f.layers.includes(KIND_LAYER[k])) kinds |= 1 << code;
	});
	return {
		allSectors: f.sectors === null,
		sectors: sectors >>> 0,
		kinds,
		// no period: a span no int16 year can miss (unknown start/end included)
		from: f.period ? clampYear(f.period.from) : NO_START,
		to: f.period ? clampYear(f.period.to) : NO_END
	};
}

export const sameUniforms = (a: FilterUniforms, b: FilterUniforms) =>
	a.allSectors === b.allSectors && a.sectors === b.sectors && a.kinds === b.kinds && a.from === b.from && a.to === b.to;

/** The GPU's test for point `i`. */
export function passes(points: PackedPoints, i: number, u: FilterUniforms): boolean {
	if (((u.kinds >>> points.kindPrecision[2 * i]) & 1) === 0) return false;
	if (!u.allSectors && (points.mask[i] & u.sectors) === 0) return false;
	return points.years[2 * i] <= u.to && points.years[2 * i + 1] >= u.from;
}

/** The same test in GLSL ES 3.00 (spliced into the vertex shader). */
export const PREDICATE_GLSL = `
uniform bool u_allSectors;
uniform uint u_sectors;
uniform uint u_kinds;
uniform ivec2 u_period;
bool passes(uint mask, uint kind, ivec2 years) {
	if (((u_kinds >> kind) & 1u) == 0u) return false;
	if (!u_allSectors && (mask & u_sectors) == 0u) return false;
	return years.x <= u_period.y && years.y >= u_period.x;
}
`;
