/**
 * The self-assessment's reading: a region the user describes, item by item on the paper's 8
 * Western lessons and 9 Japanese weaknesses, set beside the paper's six cases. Pure (no Svelte, no
 * DOM); unit-tested.
 *
 * The atlas's rule, explicit and made only of what the paper gives:
 *
 * 1. **What the paper ties to a case.** An item is tied to a case when the paper ties it to the
 *    case itself, to one of the case's firms, or to a place inside the case's region (the argument's
 *    links, geodata/argument.json, with their locators). The paper draws its eight lessons from
 *    Glasgow, the West Midlands and Shannon together; it ties weaknesses to Hokkaido (a, e, f, h)
 *    and Okinawa (e), and none of the 17 items to Kansai.
 * 2. **Shared, differing, open.** For a case, an item it is tied to is *shared* when the user
 *    answers "yes" or "partly" for their region, *differs* when they answer "no", and stays *open*
 *    when they answer "don't know" or nothing. An item the paper does not tie to the case is
 *    neither: the paper is silent there, and the atlas does not guess.
 * 3. **Resembles most.** The cases where the region agrees with more of the paper's ties than it
 *    contradicts: the most shared items less differing ones, above zero; among equals, more shared
 *    items first. No weights, no scores beyond these counts. A case the paper ties no item to is
 *    never ranked: the page says the paper is silent.
 */
import type { ArgumentLink, ComparisonCell, ComparisonDimension } from '../data/schema';

export const ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];
/** the two groups the questions come from */
export const QUESTION_GROUPS = ['lesson', 'weakness'] as const;

export interface CaseRef {
	id: string;
	/** the case's own region polygon */
	region: string;
}

export interface PlaceRef {
	id: string;
	case?: string;
	inRegions: readonly string[];
}

/** What a tie needs of an argument link: the item, the place, and the paper's locators (the evidence). */
export type TieLink = Pick<ArgumentLink, 'item' | 'place' | 'locators'>;

/** For each case, the items the paper ties to it, with the links that tie them. */
export type CaseTies = Map<string, Map<string, TieLink[]>>;

/** Rule 1: which items the paper ties to each case. */
export function caseTies(cases: readonly CaseRef[], links: readonly TieLink[], places: readonly PlaceRef[]): CaseTies {
	const byId = new Map(places.map((p) => [p.id, p]));
	const ties: CaseTies = new Map(cases.map((c) => [c.id, new Map()]));
	for (const link of links) {
		const place = byId.get(link.place);
		for (const c of cases) {
			const tied = link.place === c.id || place?.case === c.id || (place?.inRegions.includes(c.region) ?? false);
			if (!tied) continue;
			const items = ties.get(c.id)!;
			items.set(link.item, [...(items.get(link.item) ?? []), link]);
		}
	}
	return ties;
}

export type Answers = Readonly<Record<string, { answer: Answer | null; note?: string } | undefined>>;

export interface Resemblance {
	case: string;
	/** the questions the paper ties to this case, in question order */
	tied: string[];
	shared: { item: string; answer: 'yes' | 'partly' }[];
	differs: string[];
	open: string[];
}

const answerOf = (answers: Answers, item: string): Answer | null => answers[item]?.answer ?? null;

/** Rules 2 and 3 for every case: its shared, differing and open items, ranked (silent cases last, in the order given). */
export function resemblances(
	answers: Answers,
	ties: CaseTies,
	questions: readonly string[],
	caseOrder: readonly string[]
): Resemblance[] {
	const out = caseOrder.map((c): Resemblance => {
		const items = ties.get(c) ?? new Map();
		const tied = questions.filter((q) => items.has(q));
		const r: Resemblance = { case: c, tied, shared: [], differs: [], open: [] };
		for (const q of tied) {
			const a = answerOf(answers, q);
			if (a === 'yes' || a === 'partly') r.shared.push({ item: q, answer: a });
			else if (a === 'no') r.differs.push(q);
			else r.open.push(q);
		}
		return r;
	});
	return out
		.map((r, i) => ({ r, i }))
		.sort(
			(a, b) =>
				Number(b.r.tied.length > 0) - Number(a.r.tied.length > 0) ||
				net(b.r) - net(a.r) ||
				b.r.shared.length - a.r.shared.length ||
				a.i - b.i
		)
		.map(({ r }) => r);
}

/** Shared items less differing ones: how far the region agrees with what the paper ties to a case. */
export const net = (r: Pick<Resemblance, 'shared' | 'differs'>) => r.shared.length - r.differs.length;

/** Rule 3: the cases that resemble the region most (empty while no case has more shared than differing items). */
export function mostResembled(ranked: readonly Resemblance[]): Resemblance[] {
	const top = ranked.filter((r) => r.tied.length > 0 && net(r) > 0);
	if (top.length === 0) return [];
	const best = top[0];
	return top.filter((r) => net(r) === net(best) && r.shared.length === best.shared.length);
}

export interface DimensionRow {
	dimension: ComparisonDimension;
	/** the region's answers on the dimension's items (questions only) */
	answers: { item: string; answer: Answer | null }[];
	/** per case: the cell's status in the comparison, and the dimension's items the paper ties to the case */
	cases: { case: string; status: ComparisonCell['status'] | null; tied: string[] }[];
}

/** The profile on the comparison view's own dimensions (those measured by at least one question). */
export function dimensionProfile(
	answers: Answers,
	dimensions: readonly ComparisonDimension[],
	cells: readonly Pick<ComparisonCell, 'place' | 'dimension' | 'status'>[],
	ties: CaseTies,
	questions: readonly string[],
	caseOrder: readonly string[]
): DimensionRow[] {
	const asked = new Set(questions);
	return dimensions
		.filter((d) => d.items.some((i) => asked.has(i)))
		.map((d) => {
			const items = d.items.filter((i) => asked.has(i));
			return {
				dimension: d,
				answers: items.map((item) => ({ item, answer: answerOf(answers, item) })),
				cases: caseOrder.map((c) => ({
					case: c,
					status: cells.find((x) => x.place === c && x.dimension === d.id)?.status ?? null,
					tied: items.filter((i) => ties.get(c)?.has(i))
				}))
			};
		});
}

/** The dimensions no question measures (the comparison's "outcome"): listed, never profiled. */
export const unmeasuredDimensions = (dimensions: readonly ComparisonDimension[], questions: readonly string[]) =>
	dimensions.filter((d) => !d.items.some((i) => questions.includes(i)));

export interface ImplicationReading {
	item: string;
	/** the cases whose SME cases the paper draws it from (rule 1 applied to implications) */
	from: string[];
	/** drawn from a case the region resembles most */
	applies: boolean;
}

/**
 * The SME implications (§5.4) beside the result: the paper addresses all ten to SMEs in general;
 * the atlas marks those the paper draws from the SME cases of the cases the region resembles most.
 */
export function implicationReadings(
	implications: readonly string[],
	ties: CaseTies,
	resembled: readonly string[]
): ImplicationReading[] {
	return implications.map((item) => {
		const from = [...ties.entries()].filter(([, items]) => items.has(item)).map(([c]) => c);
		return { item, from, applies: from.some((c) => resembled.includes(c)) };
	});
}
