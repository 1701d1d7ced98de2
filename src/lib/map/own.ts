/**
 * The user's own places (imported in the browser, src/lib/import) as points of their own: kind
 * `own` (drawn as stars), ids prefixed `own:` so a pick, a hover or a place in view tells them from
 * the paper's. Pure: no GL, no DOM; unit-tested.
 */
import type { PackedPoints, PointInput } from './points/pack';
import { PlaceTable } from '../state/scan';

/** What an import hands the map: columns, one entry per place. */
export interface OwnPlaces {
	ids: readonly string[];
	lon: ArrayLike<number>;
	lat: ArrayLike<number>;
	names: readonly string[];
	/** each place's sectors, as the atlas's sector ids (others are ignored) */
	sectors?: readonly (readonly string[])[];
	start?: ArrayLike<number | null>;
	end?: ArrayLike<number | null>;
}

export const OWN_PREFIX = 'own:';
export const isOwn = (id: string) => id.startsWith(OWN_PREFIX);

/** The places as the points engine packs them (unknown sectors dropped; a bad row throws, naming it). */
export function ownInputs(own: OwnPlaces, sectorIds: readonly string[]): PointInput[] {
	const known = new Set(sectorIds);
	return Array.from(own.ids, (id, i) => ({
		id: OWN_PREFIX + id,
		kind: 'own' as const,
		sectors: (own.sectors?.[i] ?? []).filter((s) => known.has(s)),
		start: own.start?.[i] ?? null,
		end: own.end?.[i] ?? null,
		lon: own.lon[i],
		lat: own.lat[i]
	}));
}

/** The user's places, packed, with their names by prefixed id and a table for counts without WebGL. */
export interface OwnLayerData {
	points: PackedPoints;
	table: PlaceTable;
	names: Map<string, string>;
}

export function ownLayerData(own: OwnPlaces, sectorIds: readonly string[]): OwnLayerData {
	const inputs = ownInputs(own, sectorIds);
	const table = new PlaceTable(inputs, sectorIds);
	return {
		points: table.points,
		table,
		names: new Map(inputs.map((p, i) => [p.id, own.names[i] ?? own.ids[i]]))
	};
}
