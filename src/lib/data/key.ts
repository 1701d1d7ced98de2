/**
 * What the map shows, counted once per filter change: how many places of each kind and sector
 * are drawn, and from that the entries of the map key (only what is on the map: a kind whose
 * toggle is off, or whose places are all filtered out, has no entry). The filters' counts and the
 * key's are the same numbers. Pure.
 */
import {
	PLACE_KIND,
	PLACE_KINDS,
	REGION_KIND,
	REGION_KINDS,
	kindOfLayer,
	type LayerId,
	type PlaceKind,
	type RegionKind
} from './vocabulary';

/** A symbol shows its place's first sectors as slices, up to this many (the points layer's MAX_SEGMENTS). */
export const SLICES = 4;

export interface ShownCounts {
	/** shown places per sector (any of a place's sectors) */
	bySector: Record<string, number>;
	/** shown places whose symbol carries the sector's colour (one of its first SLICES sectors); without it, bySector */
	bySlice?: Record<string, number>;
	byKind: Partial<Record<PlaceKind, number>>;
}

/** Every count in one pass over the shown places (at 100k places, one pass per count is felt). */
export function countShown(places: readonly { kind: PlaceKind; sectors: readonly string[] }[]): ShownCounts {
	const bySector: Record<string, number> = {};
	const bySlice: Record<string, number> = {};
	const byKind: Partial<Record<PlaceKind, number>> = {};
	for (const p of places) {
		byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
		for (let i = 0; i < p.sectors.length; i++) {
			const s = p.sectors[i];
			bySector[s] = (bySector[s] ?? 0) + 1;
			if (i < SLICES) bySlice[s] = (bySlice[s] ?? 0) + 1;
		}
	}
	return { bySector, bySlice, byKind };
}

export interface LayerCountInput {
	counts: ShownCounts;
	/** cases passing the filters: their regions are drawn */
	visibleCases: number;
	/** bureau regions (never filtered) */
	bureauRegions: number;
}

/** What a layer toggle shows now: places of its kind, case regions of the shown cases, or every bureau region. */
export function layerCount(id: LayerId, c: LayerCountInput): number {
	if (id === REGION_KIND['case-region'].layer) return c.visibleCases;
	if (id === REGION_KIND['bureau-region'].layer) return c.bureauRegions;
	const kind = kindOfLayer(id);
	return kind ? (c.counts.byKind[kind] ?? 0) : 0;
}

export interface KeyEntries {
	kinds: { kind: PlaceKind; count: number }[];
	regions: { kind: RegionKind; count: number }[];
	/** sectors whose colour is on the map, in the taxonomy's order */
	sectors: { id: string; count: number }[];
}

/** The map key's entries: what is drawn, with how many of each. */
export function keyEntries(
	input: LayerCountInput & { layers: readonly LayerId[]; sectorOrder: readonly string[] }
): KeyEntries {
	const on = (id: LayerId) => input.layers.includes(id);
	return {
		kinds: PLACE_KINDS.filter((k) => on(PLACE_KIND[k].layer))
			.map((kind) => ({ kind, count: layerCount(PLACE_KIND[kind].layer, input) }))
			.filter((e) => e.count > 0),
		regions: REGION_KINDS.filter((k) => on(REGION_KIND[k].layer))
			.map((kind) => ({ kind, count: layerCount(REGION_KIND[kind].layer, input) }))
			.filter((e) => e.count > 0),
		sectors: input.sectorOrder
			.map((id) => ({ id, count: (input.counts.bySlice ?? input.counts.bySector)[id] ?? 0 }))
			.filter((e) => e.count > 0)
	};
}
