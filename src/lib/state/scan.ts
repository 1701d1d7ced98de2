/**
 * The explorer's places as the points engine's typed arrays, and the one pass per change that
 * answers every question the sidebar asks: which places pass the filters (the list, the counts,
 * the downloads), which of those match the search, and which cases pass the sector and period
 * filters (their regions follow them). The test is the GPU's own (`passes`, ../map/points), so
 * the list, the counts and the map never disagree; no WebGL is needed (the no-WebGL fallback and
 * prerendering use it too). Pure: no Svelte, no DOM.
 */
import { filterUniforms, passes, type FilterUniforms, type PointFilters } from '../map/points/predicate';
import { packPoints, type PackedPoints, type PointInput } from '../map/points/pack';
import { KIND, KIND_NAMES, MAX_SEGMENTS, NO_SEGMENT, type PointKind } from '../map/points/layout';

export interface PlaceCounts {
	/** places passing the filters */
	visible: number;
	/** passing places per sector (a place counts once for each of its sectors) */
	bySector: Record<string, number>;
	/** passing places whose symbol carries the sector's colour (one of its first MAX_SEGMENTS sectors: the map key's colours) */
	bySlice: Record<string, number>;
	/** passing places per kind */
	byKind: Record<PointKind, number>;
}

export interface Scan {
	/** indices (into the places given) of the places passing the filters, in the order given */
	visible: Uint32Array;
	/** of those, the ones the search matches (the same array when there is no search) */
	listed: Uint32Array;
	counts: PlaceCounts;
	/** ids of the cases passing the sector and period filters, whatever the layer toggles */
	visibleCases: string[];
}

/** The places once packed, with the map from the order given to the packed (draw) order. */
export class PlaceTable {
	readonly points: PackedPoints;
	/** `packed[i]`: the packed index of the i-th place given */
	readonly packed: Uint32Array;

	constructor(places: readonly PointInput[], sectorIds: readonly string[]) {
		this.points = packPoints(places, sectorIds);
		this.packed = new Uint32Array(places.length);
		places.forEach((p, i) => (this.packed[i] = this.points.indexOf.get(p.id)!));
	}

	uniforms(filters: PointFilters): FilterUniforms {
		return filterUniforms(filters, this.points.sectorIds);
	}

	/**
	 * One pass over every place. `matches(i)` is the search's test of the i-th place given
	 * (null: no search); it runs only for places that pass the filters.
	 */
	scan(filters: PointFilters, matches: ((i: number) => boolean) | null): Scan {
		const { points, packed } = this;
		const u = this.uniforms(filters);
		// the cases' regions follow the sector and period filters whatever the layer toggles say
		const anyKind = { ...u, kinds: 1 << KIND.case };
		const n = packed.length;
		const visible = new Uint32Array(n);
		const listed = matches ? new Uint32Array(n) : visible;
		const bySector = new Uint32Array(points.sectorIds.length);
		const bySlice = new Uint32Array(points.sectorIds.length);
		const byKind = new Uint32Array(KIND_NAMES.length);
		const visibleCases: string[] = [];
		let nv = 0;
		let nl = 0;
		for (let i = 0; i < n; i++) {
			const p = packed[i];
			const kind = points.kindPrecision[2 * p];
			if (kind === KIND.case && passes(points, p, anyKind)) visibleCases.push(points.ids[p]);
			if (!passes(points, p, u)) continue;
			visible[nv++] = i;
			byKind[kind]++;
			for (let m = points.mask[p]; m !== 0; m &= m - 1) bySector[31 - Math.clz32(m & -m)]++;
			for (let k = MAX_SEGMENTS * p, end = k + MAX_SEGMENTS; k < end && points.segments[k] !== NO_SEGMENT; k++)
				bySlice[points.segments[k]]++;
			if (matches && matches(i)) listed[nl++] = i;
		}
		const counts: PlaceCounts = {
			visible: nv,
			bySector: Object.fromEntries(points.sectorIds.map((s, b) => [s, bySector[b]])),
			bySlice: Object.fromEntries(points.sectorIds.map((s, b) => [s, bySlice[b]])),
			byKind: Object.fromEntries(KIND_NAMES.map((k, c) => [k, byKind[c]])) as Record<PointKind, number>
		};
		const shown = visible.subarray(0, nv);
		return {
			visible: shown,
			listed: matches ? listed.subarray(0, nl) : shown,
			counts,
			visibleCases
		};
	}
}
