/**
 * The errata (geodata/corrections.json) against the data they correct: which record an erratum
 * names, what that record's field holds now, and where a reader finds it (its page and claim
 * anchor). Pure: the validator, the about page's build and the tests use it.
 */
import type { Atlas } from './schema';
import { PLACE_KIND } from './vocabulary';
import { locatorAnchor } from './cite';

/** The records of a geodata file by id, or null for a file that holds no records errata can name. */
export function recordsOf(atlas: Atlas, file: string): ReadonlyMap<string, unknown> | null {
	const byId = <T extends { id?: string }>(xs: readonly T[]) =>
		new Map(xs.flatMap((x) => (x.id ? [[x.id, x] as const] : [])));
	if (file.startsWith('places/'))
		return new Map(
			atlas.places.filter((f) => PLACE_KIND[f.properties.kind].file === file).map((f) => [f.properties.id, f])
		);
	switch (file) {
		case 'regions.geojson':
			return new Map(atlas.regions.map((r) => [r.properties.id, r]));
		case 'argument.json':
			return byId([...atlas.argument.items, ...atlas.argument.pairs, ...atlas.argument.links]);
		case 'comparison.json':
			return byId([...atlas.comparison.dimensions, ...atlas.comparison.cells, ...atlas.comparison.contrasts]);
		case 'timeline.json':
			return byId(atlas.timeline);
		case 'paper.json':
			return byId(atlas.paper.locators);
		case 'sources.json':
			return byId(atlas.sources);
		case 'sectors.json':
			return byId(atlas.sectors);
		case 'references.json':
			return byId(atlas.references);
		default:
			return null;
	}
}

/**
 * The value at a field path as errata and validation errors write it (`narrative[1].text_ja`,
 * `conflicts[0].sources.value`), inside a record (a GeoJSON feature is read through its
 * properties, except for `geometry…`). Undefined when there is no such field; paths in
 * parentheses (`(new event)`) name the whole record.
 */
export function fieldAt(record: unknown, field: string): unknown {
	if (field.startsWith('(')) return record;
	let node = record as Record<string, unknown> | undefined;
	if (node && 'properties' in node && !field.startsWith('geometry')) node = node.properties as Record<string, unknown>;
	for (const part of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
		if (node === undefined || node === null || typeof node !== 'object') return undefined;
		node = (part.startsWith('[') ? (node as unknown as unknown[])[Number(part.slice(1, -1))] : node[part]) as
			Record<string, unknown> | undefined;
	}
	return node;
}

/** A field's value as errata write it: text as it is, anything else as JSON. */
export const asText = (v: unknown): string =>
	v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** A claim as the corrections list needs it: its id and the page that shows it. */
interface ClaimRef {
	id: string;
	path: string;
}

/**
 * Where a reader finds the record an erratum corrects: its page and, where the page has one, the
 * claim's anchor (a paragraph, a "sources differ" entry, a link, a pair, a cell, a contrast, an
 * event, a locator, a source). `claims` are the edition's claims (cite/claims collectClaims).
 */
export function correctionHref(
	atlas: Atlas,
	claims: readonly ClaimRef[],
	c: { file: string; record: string; field: string }
): string | null {
	const claim = claims.find((x) => x.id === c.record);
	if (claim) return `${claim.path}#${claim.id}`;
	const record = recordsOf(atlas, c.file)?.get(c.record);
	if (!record) return null;
	if (c.file.startsWith('places/')) {
		// a paragraph or a "sources differ" entry of the place: its own claim anchor
		const part = /^(narrative|conflicts)\[(\d+)\]/.exec(c.field);
		const sub = part ? (fieldAt(record, `${part[1]}[${part[2]}]`) as { id?: string } | undefined) : undefined;
		return `/place/${c.record}${sub?.id ? `#${sub.id}` : ''}`;
	}
	switch (c.file) {
		case 'regions.geojson':
			return `/place/${c.record}`;
		case 'comparison.json': {
			// a dimension shows on every compare page: the first one
			const places = [...new Set(atlas.comparison.cells.map((x) => x.place))];
			return places.length > 1 ? `/compare/${places[0]}/${places[1]}#dim-${c.record}` : null;
		}
		case 'paper.json':
			return `/about#${locatorAnchor(c.record)}`;
		case 'sources.json':
			return `/about#source-${c.record}`;
		default:
			return null;
	}
}
