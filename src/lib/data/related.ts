/**
 * The places a panel points on to, grouped so that each is listed once, under what it is and
 * where: the case a firm belongs to, the firms of a case, the programme places in the same area
 * ("METI cluster plans in Kansai (4)"), then whatever else the data links to it, by kind. A
 * region's panel groups the places inside it by kind. Pure: ids in, groups of ids out.
 */
import type { PlaceDetail, RegionDetail } from './atlas-index';
import { PLACE_KIND, PLACE_KINDS, type PlaceKind } from './vocabulary';

export type RelatedGroup =
	/** the case this place is part of */
	| { type: 'case'; ids: string[] }
	/** the firms and groups of this case */
	| { type: 'firms'; ids: string[] }
	/** places of one programme lying in one of this place's areas */
	| { type: 'programme'; kind: PlaceKind; region: string; ids: string[] }
	/** other places the data links to this one, of one kind */
	| { type: 'linked'; kind: PlaceKind; ids: string[] }
	/** the places inside a region, of one kind */
	| { type: 'inside'; kind: PlaceKind; ids: string[] };

export interface RelatedLookup {
	kindOf(id: string): PlaceKind | undefined;
	/** the case regions first: a case's reader thinks in its area, the bureau's is the same or wider */
	isCaseRegion(id: string): boolean;
}

const byKind = (ids: readonly string[], lookup: RelatedLookup, kind: PlaceKind) =>
	ids.filter((id) => lookup.kindOf(id) === kind);

/** A place's related places, each once, in reading order. */
export function placeGroups(
	d: Pick<PlaceDetail, 'id' | 'case' | 'firms' | 'sameRegion' | 'related'>,
	lookup: RelatedLookup
): RelatedGroup[] {
	const seen = new Set<string>([d.id]);
	const take = (ids: readonly string[]) =>
		ids.filter((id) => lookup.kindOf(id) && !seen.has(id) && (seen.add(id), true));
	const groups: RelatedGroup[] = [];
	const push = (g: RelatedGroup) => {
		if (g.ids.length) groups.push(g);
	};

	if (d.case) push({ type: 'case', ids: take([d.case]) });
	push({ type: 'firms', ids: take(d.firms) });

	// each programme place under the first of this place's areas that holds it (case regions first)
	const areas = [...d.sameRegion].sort(
		(a, b) => Number(lookup.isCaseRegion(b.region)) - Number(lookup.isCaseRegion(a.region))
	);
	for (const kind of PLACE_KINDS.filter((k) => PLACE_KIND[k].programme))
		for (const area of areas)
			push({ type: 'programme', kind, region: area.region, ids: take(byKind(area.places, lookup, kind)) });

	for (const kind of PLACE_KINDS) push({ type: 'linked', kind, ids: take(byKind(d.related, lookup, kind)) });
	return groups;
}

/** A region's panel: the case it belongs to, then the places inside it by kind. */
export function regionGroups(d: Pick<RegionDetail, 'id' | 'case' | 'places'>, lookup: RelatedLookup): RelatedGroup[] {
	const groups: RelatedGroup[] = [];
	if (d.case && lookup.kindOf(d.case)) groups.push({ type: 'case', ids: [d.case] });
	for (const kind of PLACE_KINDS) {
		const ids = byKind(d.places, lookup, kind).filter((id) => id !== d.case);
		if (ids.length) groups.push({ type: 'inside', kind, ids });
	}
	return groups;
}
