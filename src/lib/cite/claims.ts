/**
 * Stable ids for every claim of the atlas, so that a permalink to one paragraph, cell or event
 * keeps working in every later edition.
 *
 * The scheme (one namespace, kebab-case, readable):
 *
 * | claim                               | id                          | shown on                    |
 * | ----------------------------------- | --------------------------- | --------------------------- |
 * | narrative paragraph n of a place    | `hokkaido-p2`               | `/place/hokkaido`           |
 * | "sources differ" entry n of a place | `glasgow-differs-1`         | `/place/glasgow`            |
 * | argument item                       | its id, `lesson-1`          | `/lessons?item=lesson-1`    |
 * | argument link (item → place)        | `link-lesson-1-glasgow`     | `/place/glasgow`            |
 * | comparison cell                     | `cell-glasgow-initiative`   | `/compare/glasgow/…`        |
 * | comparison contrast                 | `contrast-glasgow-hokkaido` | `/compare/glasgow/hokkaido` |
 * | timeline event                      | its id, `ev-jes-released`   | `/timeline`                 |
 * | timeline "sources differ" group     | `differs-glasgow-jes`       | `/timeline`                 |
 *
 * The anchor of a claim on its page is its id (`/place/hokkaido#hokkaido-p2`).
 *
 * Numbers are positions at the time the id is first written, not positions for ever: once a record
 * carries an `id` (written by `scripts/claim-ids.ts`), it keeps it wherever it moves, and a new
 * record takes the next free number. Records that carry no id yet get the id the script would
 * write, by the same function (`assignClaimIds`), so the claim list is the same before and after
 * the script has run. An id never changes between editions; one that an edition removes is listed
 * in geodata/claims/retired.json with a note saying where the claim went.
 *
 * Pure: no file system, usable by the build, the tests, the scripts and the browser.
 */
import type { Atlas, PlaceFeature } from '../data/schema';
import type { Claim, ClaimList, RetiredClaim } from './types';

/** The place files by kind, in the order the validator reads them (src/lib/data/validate.ts FILES). */
export const PLACE_FILES: Record<string, string> = {
	case: 'places/cases.geojson',
	firm: 'places/firms.geojson',
	'meti-cluster': 'places/meti-clusters.geojson',
	'mext-cluster': 'places/mext-clusters.geojson'
};

/** A record that is, or will be, a claim: its stored id if it has one, and how to derive one. */
export interface ClaimSlot {
	stored?: string;
	/** the id for the nth try (n = 0 first); must differ for every n */
	candidate: (n: number) => string;
}

/**
 * Ids for claim slots, in order: a stored id is kept; a slot without one gets its first candidate
 * that no stored id and no earlier slot has taken. Deterministic and idempotent: running it on its
 * own output changes nothing.
 */
export function assignClaimIds(slots: readonly ClaimSlot[]): string[] {
	const taken = new Set(slots.flatMap((s) => (s.stored ? [s.stored] : [])));
	return slots.map((s) => {
		if (s.stored) return s.stored;
		for (let n = 0; ; n++) {
			const id = s.candidate(n);
			if (!taken.has(id)) {
				taken.add(id);
				return id;
			}
		}
	});
}

/** `hokkaido-p2`: the first try is the position (1-based), then the next numbers. */
const numbered = (prefix: string, index: number) => (n: number) => `${prefix}${index + 1 + n}`;
/** `cell-glasgow-initiative`, then `…-2`, `…-3` should a stored id already hold it. */
const keyed = (id: string) => (n: number) => (n === 0 ? id : `${id}-${n + 1}`);

type WithId = { id?: string };
const storedId = (record: unknown): string | undefined => {
	const id = (record as WithId).id;
	return typeof id === 'string' && id ? id : undefined;
};

const GROUP_EN = { lesson: 'Lesson', weakness: 'Weakness', implication: 'Implication' } as const;
const GROUP_JA = { lesson: '教訓', weakness: '弱点', implication: '示唆' } as const;

interface Pending extends Omit<Claim, 'id' | 'stored'> {
	slot: ClaimSlot;
}

/**
 * Every claim of the atlas, with its id, page, record and support, in a fixed order: places (file
 * order; paragraphs, then "sources differ" entries), argument items, argument links, comparison
 * cells, contrasts, timeline events, timeline "sources differ" groups.
 */
export function collectClaims(atlas: Atlas): Claim[] {
	const pending: Pending[] = [];
	const placeName = new Map(atlas.places.map((f) => [f.properties.id, f.properties]));
	const nameOf = (id: string) => placeName.get(id)?.name ?? id;
	const nameJaOf = (id: string) => placeName.get(id)?.name_ja ?? nameOf(id);

	const indexInFile = new Map<PlaceFeature, number>();
	const counters: Record<string, number> = {};
	for (const f of atlas.places) {
		const kind = f.properties.kind;
		counters[kind] = (counters[kind] ?? -1) + 1;
		indexInFile.set(f, counters[kind]);
	}

	for (const f of atlas.places) {
		const p = f.properties;
		const file = PLACE_FILES[p.kind];
		const at = `features[${indexInFile.get(f)}].properties`;
		p.narrative.forEach((para, i) =>
			pending.push({
				kind: 'paragraph',
				path: `/place/${p.id}`,
				file,
				at: `${at}.narrative[${i}]`,
				title: `${p.name}: paragraph ${i + 1}`,
				title_ja: `${p.name_ja ?? p.name}：第${i + 1}段落`,
				place: p.id,
				locators: para.locators ?? [],
				sources: para.sources ?? [],
				slot: { stored: storedId(para), candidate: numbered(`${p.id}-p`, i) }
			})
		);
		p.conflicts?.forEach((c, i) =>
			pending.push({
				kind: 'conflict',
				path: `/place/${p.id}`,
				file,
				at: `${at}.conflicts[${i}]`,
				title: `${p.name}: sources differ on ${c.topic}`,
				title_ja: `${p.name_ja ?? p.name}：資料間の相違（${c.topic_ja ?? c.topic}）`,
				place: p.id,
				locators: c.paper.locators,
				sources: c.sources.sources,
				slot: { stored: storedId(c), candidate: numbered(`${p.id}-differs-`, i) }
			})
		);
	}

	const items = new Map(atlas.argument.items.map((item) => [item.id, item]));
	const itemLabel = (id: string, lang: 'en' | 'ja') => {
		const item = items.get(id);
		if (!item) return id;
		return lang === 'en' ? `${GROUP_EN[item.group]} ${item.number}` : `${GROUP_JA[item.group]}${item.number}`;
	};
	atlas.argument.items.forEach((item, i) =>
		pending.push({
			kind: 'argument-item',
			path: `/lessons?item=${item.id}`,
			file: 'argument.json',
			at: `items[${i}]`,
			title: `${itemLabel(item.id, 'en')}: ${item.title}`,
			title_ja: `${itemLabel(item.id, 'ja')}：${item.title_ja ?? item.title}`,
			locators: [item.locator],
			sources: [],
			slot: { stored: item.id, candidate: keyed(item.id) }
		})
	);
	atlas.argument.links.forEach((l, i) =>
		pending.push({
			kind: 'argument-link',
			path: `/place/${l.place}`,
			file: 'argument.json',
			at: `links[${i}]`,
			title: `${itemLabel(l.item, 'en')} and ${nameOf(l.place)}`,
			title_ja: `${itemLabel(l.item, 'ja')}と${nameJaOf(l.place)}`,
			place: l.place,
			locators: l.locators,
			sources: [],
			slot: { stored: storedId(l), candidate: keyed(`link-${l.item}-${l.place}`) }
		})
	);

	const compared = [...new Set(atlas.comparison.cells.map((c) => c.place))];
	const dimension = new Map(atlas.comparison.dimensions.map((d) => [d.id, d]));
	atlas.comparison.cells.forEach((c, i) => {
		// a cell shows on every pair with its place: the canonical page pairs it with the first other case
		const other = compared.find((p) => p !== c.place) ?? c.place;
		const d = dimension.get(c.dimension);
		pending.push({
			kind: 'comparison-cell',
			path: `/compare/${c.place}/${other}`,
			file: 'comparison.json',
			at: `cells[${i}]`,
			title: `${nameOf(c.place)}: ${d?.label ?? c.dimension}`,
			title_ja: `${nameJaOf(c.place)}：${d?.label_ja ?? c.dimension}`,
			place: c.place,
			locators: c.locators ?? [],
			sources: c.outside?.sources ?? [],
			slot: { stored: storedId(c), candidate: keyed(`cell-${c.place}-${c.dimension}`) }
		});
	});
	atlas.comparison.contrasts.forEach((x, i) => {
		const [a, b] = x.places;
		pending.push({
			kind: 'comparison-contrast',
			path: `/compare/${a}/${b}`,
			file: 'comparison.json',
			at: `contrasts[${i}]`,
			title: `${nameOf(a)} and ${nameOf(b)} compared`,
			title_ja: `${nameJaOf(a)}と${nameJaOf(b)}の対比`,
			place: a,
			locators: x.locators,
			sources: [],
			slot: { stored: storedId(x), candidate: keyed(`contrast-${a}-${b}`) }
		});
	});

	const groups = new Map<string, { first: number; labels: string[]; labelsJa: string[] }>();
	atlas.timeline.forEach((ev, i) => {
		pending.push({
			kind: 'timeline-event',
			path: '/timeline',
			file: 'timeline.json',
			at: `events[${i}]`,
			title: ev.label,
			title_ja: ev.label_ja ?? ev.label,
			place: ev.places[0],
			locators: ev.locators ?? [],
			sources: ev.sources ?? [],
			slot: { stored: ev.id, candidate: keyed(ev.id) }
		});
		if (ev.differs) {
			const g = groups.get(ev.differs) ?? { first: i, labels: [], labelsJa: [] };
			g.labels.push(ev.label);
			g.labelsJa.push(ev.label_ja ?? ev.label);
			groups.set(ev.differs, g);
		}
	});
	for (const [group, g] of groups) {
		const events = atlas.timeline.filter((ev) => ev.differs === group);
		pending.push({
			kind: 'timeline-differs',
			path: '/timeline',
			file: 'timeline.json',
			at: `events[${g.first}].differs`,
			title: `Sources differ: ${g.labels[0]}`,
			title_ja: `資料間の相違：${g.labelsJa[0]}`,
			place: events[0]?.places[0],
			locators: [...new Set(events.flatMap((ev) => ev.locators ?? []))],
			sources: [...new Set(events.flatMap((ev) => ev.sources ?? []))],
			// the group's own id is stable: the claim is named after it
			slot: { stored: `differs-${group}`, candidate: keyed(`differs-${group}`) }
		});
	}

	const ids = assignClaimIds(pending.map((p) => p.slot));
	return pending.map(({ slot, ...claim }, i) => {
		const out: Claim = { id: ids[i], stored: slot.stored !== undefined, ...claim };
		if (out.place === undefined) delete out.place;
		return out;
	});
}

/** The entries of a claims list (geodata/claims/<version>.json) for the claims of an edition. */
export function claimList(edition: string, claims: readonly Claim[]): ClaimList {
	return { edition, claims: claims.map(({ id, kind, path }) => ({ id, kind, path })) };
}

/**
 * A claim's permalink: its page (or `path`, the page it is being read on, e.g. another compare
 * pair) with the claim's anchor. `origin` is `https://host` or '' for a path.
 */
export function claimPermalink(claim: Pick<Claim, 'id' | 'path'>, origin = '', path = claim.path): string {
	return `${origin}${path.replace(/#.*$/, '')}#${claim.id}`;
}

export interface ClaimHistoryProblem {
	id: string;
	edition: string;
	message: string;
}

/**
 * Checks that claim ids are unique and that no id of an earlier edition has vanished: each one is
 * still a claim or is retired with a note (moved: where to; removed: why). Returns every problem.
 */
export function checkClaimHistory(
	current: readonly Pick<Claim, 'id'>[],
	previous: readonly ClaimList[],
	retired: readonly RetiredClaim[]
): ClaimHistoryProblem[] {
	const problems: ClaimHistoryProblem[] = [];
	const seen = new Set<string>();
	for (const c of current) {
		if (seen.has(c.id)) problems.push({ id: c.id, edition: 'current', message: 'duplicate claim id' });
		seen.add(c.id);
	}
	const retiredById = new Map<string, RetiredClaim>();
	for (const r of retired) {
		if (retiredById.has(r.id)) problems.push({ id: r.id, edition: r.edition, message: 'retired twice' });
		retiredById.set(r.id, r);
		if (seen.has(r.id))
			problems.push({ id: r.id, edition: r.edition, message: 'is retired but is still a claim of this edition' });
		if (r.status === 'moved' && !r.to)
			problems.push({ id: r.id, edition: r.edition, message: 'a moved claim needs `to` (its new id or page)' });
		if (r.status === 'moved' && r.to && !r.to.startsWith('/') && !seen.has(r.to))
			problems.push({
				id: r.id,
				edition: r.edition,
				message: `moved to "${r.to}", which is not a claim of this edition`
			});
	}
	for (const list of previous)
		for (const c of list.claims)
			if (!seen.has(c.id) && !retiredById.has(c.id))
				problems.push({
					id: c.id,
					edition: list.edition,
					message:
						`claim of edition ${list.edition} (${c.path}#${c.id}) has vanished: ` +
						'add it to geodata/claims/retired.json as "moved" (with `to`) or "removed", with a note'
				});
	return problems;
}

/** What a claim anchor on a page resolves to: the claim, a retirement note, or nothing known. */
export type ClaimLookup =
	| { status: 'current'; claim: Pick<Claim, 'id' | 'path'> }
	| { status: 'retired'; retired: RetiredClaim; claim?: Pick<Claim, 'id' | 'path'> }
	| { status: 'unknown' };

export function lookupClaim(
	id: string,
	current: readonly Pick<Claim, 'id' | 'path'>[],
	retired: readonly RetiredClaim[]
): ClaimLookup {
	const claim = current.find((c) => c.id === id);
	if (claim) return { status: 'current', claim };
	const r = retired.find((x) => x.id === id);
	if (!r) return { status: 'unknown' };
	const to = r.to ? current.find((c) => c.id === r.to) : undefined;
	return to ? { status: 'retired', retired: r, claim: to } : { status: 'retired', retired: r };
}
