/**
 * The user's places as the map's own layer takes them (`setOwnPlaces`, src/lib/map/own.ts): one
 * column each, ids the table's indexes (the map prefixes `own:`, as ./table's `ownId` does).
 * Pure, unit-tested.
 *
 * Only the user's own category toggles decide which places are handed over; the map filters the
 * rest by the same sector and period controls as the paper's. A place of the user's own category
 * (or of none) carries every atlas sector, so the sector filter never hides it, as the list and the
 * counts do not (./filter.ts); own places have no dates, so a period never hides them either.
 * Handing them over again happens when an import or an own category changes, never on a sector
 * toggle or a map move.
 */
import type { OwnPlaces as MapOwnPlaces } from '../map/own';
import { ownName, ownRow, type OwnTable } from './table';

/** `unnamed` names a place without a name by its row, as the list does. */
export function ownForMap(
	t: OwnTable,
	hidden: ReadonlySet<string>,
	sectorIds: readonly string[],
	unnamed: (row: number) => string
): MapOwnPlaces | null {
	const byCategory = t.categories.map((c) => (hidden.has(c.key) && c.own ? null : c.own ? sectorIds : c.sectors));
	let n = 0;
	for (let i = 0; i < t.count; i++) if (byCategory[t.category[i]]) n++;
	if (n === 0) return null;
	const ids = new Array<string>(n);
	const names = new Array<string>(n);
	const sectors = new Array<readonly string[]>(n);
	const lon = new Float64Array(n);
	const lat = new Float64Array(n);
	let k = 0;
	for (let i = 0; i < t.count; i++) {
		const s = byCategory[t.category[i]];
		if (!s) continue;
		ids[k] = String(i);
		names[k] = ownName(t, i) || unnamed(ownRow(t, i));
		sectors[k] = s;
		lon[k] = t.lon[i];
		lat[k] = t.lat[i];
		k++;
	}
	return { ids, lon, lat, names, sectors };
}
