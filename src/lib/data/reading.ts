/**
 * Pure helpers for reading the paper through the map: the lessons view's rows (the atlas's pairs),
 * the timeline's order and "sources differ" groups, the comparison's lookups, and the guided
 * reading's steps as the other views name them. No Svelte, no MapLibre.
 */
import type {
	ArgumentItem,
	ArgumentPair,
	ComparisonCell,
	ComparisonContrast,
	ComparisonFile,
	ReadingStep,
	TimelineEvent
} from './schema';
import type { Period } from './vocabulary';

/** A row of the lessons view: a Western lesson beside the Japanese weakness the atlas pairs with it. */
export interface PairRow<T> {
	lesson?: T;
	weakness?: T;
	/** the pair the row shows, when it shows one */
	pair?: ArgumentPair;
}

/**
 * Lessons in printed order, each beside the first weakness a pair sets beside it that no earlier
 * row holds; weaknesses no pair places follow in their own order. Every lesson and weakness
 * appears exactly once. The paper lists the two groups separately: the rows are the atlas's.
 */
export function pairRows<T extends Pick<ArgumentItem, 'id' | 'group'>>(
	items: readonly T[],
	pairs: readonly ArgumentPair[]
): PairRow<T>[] {
	const lessons = items.filter((i) => i.group === 'lesson');
	const weaknesses = new Map(items.filter((i) => i.group === 'weakness').map((w) => [w.id, w]));
	const used = new Set<string>();
	const rows: PairRow<T>[] = lessons.map((lesson) => {
		const pair = pairs.find((p) => p.items[0] === lesson.id && weaknesses.has(p.items[1]) && !used.has(p.items[1]));
		if (!pair) return { lesson };
		used.add(pair.items[1]);
		return { lesson, weakness: weaknesses.get(pair.items[1]), pair };
	});
	for (const w of weaknesses.values()) if (!used.has(w.id)) rows.push({ weakness: w });
	return rows;
}

/** The pairs an item is in, and the other item of each. */
export function pairsOf(pairs: readonly ArgumentPair[], id: string): { pair: ArgumentPair; other: string }[] {
	return pairs.flatMap((pair) =>
		pair.items[0] === id
			? [{ pair, other: pair.items[1] }]
			: pair.items[1] === id
				? [{ pair, other: pair.items[0] }]
				: []
	);
}

/** `1999` → `1999-01-01`, `1999-04` → `1999-04-01`: the first day a partial date can mean. */
export function firstDay(date: string): string {
	return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * After the paper: only when the date cannot fall on or before it. A bare `2003` may be before
 * 22 September 2003, so it is not marked as later context.
 */
export function isAfter(date: string, paperDate: string): boolean {
	return firstDay(date) > firstDay(paperDate);
}

/** The years an event covers, as a map period. */
export function periodOf(ev: Pick<TimelineEvent, 'date' | 'end'>): Period {
	const from = Number(ev.date.slice(0, 4));
	return { from, to: Number((ev.end ?? ev.date).slice(0, 4)) };
}

/** The same years, both given. */
export function samePeriod(a: Period | null, b: Period | null): boolean {
	return !!a && !!b && a.from === b.from && a.to === b.to;
}

export interface DatedEvent<E> {
	event: E;
	/** after the paper's date: later context */
	later: boolean;
}

export type TimelineEntry<E> =
	| ({ kind: 'event' } & DatedEvent<E>)
	/** events stating the same thing differently (paper vs sources), shown together */
	| { kind: 'differs'; group: string; events: DatedEvent<E>[] };

type EventLike = Pick<TimelineEvent, 'id' | 'date' | 'end' | 'differs'>;

const byDate = <E extends EventLike>(a: E, b: E) =>
	a.date < b.date
		? -1
		: a.date > b.date
			? 1
			: (a.end ?? a.date) < (b.end ?? b.date)
				? -1
				: (a.end ?? a.date) > (b.end ?? b.date)
					? 1
					: 0;

/**
 * Events in date order (stable for equal dates); each `differs` group is one entry, placed at its
 * earliest member, its members in date order.
 */
export function timelineEntries<E extends EventLike>(events: readonly E[], paperDate: string): TimelineEntry<E>[] {
	const sorted = [...events].sort(byDate);
	const out: TimelineEntry<E>[] = [];
	const placed = new Set<string>();
	const dated = (event: E): DatedEvent<E> => ({ event, later: isAfter(event.date, paperDate) });
	for (const ev of sorted) {
		if (!ev.differs) out.push({ kind: 'event', ...dated(ev) });
		else if (!placed.has(ev.differs)) {
			placed.add(ev.differs);
			out.push({
				kind: 'differs',
				group: ev.differs,
				events: sorted.filter((e) => e.differs === ev.differs).map(dated)
			});
		}
	}
	return out;
}

/** The decades the events fall in, as map periods (`1990–1999`). */
export function decades(events: readonly Pick<TimelineEvent, 'date' | 'end'>[]): Period[] {
	const years = events.flatMap((e) => [Number(e.date.slice(0, 4)), Number((e.end ?? e.date).slice(0, 4))]);
	if (years.length === 0) return [];
	const out: Period[] = [];
	for (let d = Math.floor(Math.min(...years) / 10) * 10; d <= Math.max(...years); d += 10)
		out.push({ from: d, to: d + 9 });
	return out;
}

/** Places the comparison covers, in the order of the data file. */
export function comparedPlaces(c: Pick<ComparisonFile, 'cells'>): string[] {
	return [...new Set(c.cells.map((x) => x.place))];
}

/** Every ordered pair of two different compared places: the compare pages that exist. */
export function comparePairs(c: Pick<ComparisonFile, 'cells'>): { a: string; b: string }[] {
	const places = comparedPlaces(c);
	return places.flatMap((a) => places.filter((b) => b !== a).map((b) => ({ a, b })));
}

export function cellOf(c: Pick<ComparisonFile, 'cells'>, place: string, dimension: string): ComparisonCell | undefined {
	return c.cells.find((x) => x.place === place && x.dimension === dimension);
}

/** Why these two are set side by side (by the paper or the atlas: its basis), in either order. */
export function contrastOf(c: Pick<ComparisonFile, 'contrasts'>, a: string, b: string): ComparisonContrast | undefined {
	return c.contrasts.find((x) => (x.places[0] === a && x.places[1] === b) || (x.places[0] === b && x.places[1] === a));
}

/** A step of the guided reading as other views name it: its page, number (from 1) and title. */
export interface StepRef {
	id: string;
	n: number;
	title: string;
	title_ja: string;
	/** the filters the step sets, so that a link to it carries them */
	filters: Pick<ReadingStep['map'], 'sectors' | 'layers'>;
}

export const stepRef = (steps: readonly ReadingStep[], i: number): StepRef => ({
	id: steps[i].id,
	n: i + 1,
	title: steps[i].title,
	title_ja: steps[i].title_ja,
	filters: { sectors: steps[i].map.sectors, layers: steps[i].map.layers }
});

/** The compare pair's key, the same in either order. */
export const pairKey = (a: string, b: string) => [a, b].sort().join('|');

/** The step that introduces each place, item, compare pair and event: the views link back to it. */
export interface Introductions {
	places: ReadonlyMap<string, StepRef>;
	items: ReadonlyMap<string, StepRef>;
	/** by pairKey */
	compare: ReadonlyMap<string, StepRef>;
	events: ReadonlyMap<string, StepRef>;
}

/**
 * The first step that links to each thing; a place no step links to is introduced by the first
 * step that marks it on the map, an item by the first step that links to its group.
 */
export function introductions(
	steps: readonly ReadingStep[],
	items: readonly Pick<ArgumentItem, 'id' | 'group'>[]
): Introductions {
	const places = new Map<string, StepRef>();
	const itemMap = new Map<string, StepRef>();
	const compare = new Map<string, StepRef>();
	const events = new Map<string, StepRef>();
	const first = <K>(m: Map<K, StepRef>, k: K, ref: StepRef) => {
		if (!m.has(k)) m.set(k, ref);
	};
	steps.forEach((s, i) => {
		const ref = stepRef(steps, i);
		for (const l of s.links) {
			if (l.place) first(places, l.place, ref);
			if (l.item) first(itemMap, l.item, ref);
			if (l.compare) first(compare, pairKey(l.compare[0], l.compare[1]), ref);
			if (l.event) first(events, l.event, ref);
		}
	});
	steps.forEach((s, i) => {
		const ref = stepRef(steps, i);
		for (const id of s.map.emphasis) first(places, id, ref);
		for (const l of s.links) if (l.group) for (const it of items) if (it.group === l.group) first(itemMap, it.id, ref);
	});
	return { places, items: itemMap, compare, events };
}

/** Words a minute of an ordinary reading pace, for the reading's length. */
export const READING_WPM = 230;

/** How long the reading takes at READING_WPM, in whole minutes (rounded up). */
export function readingMinutes(steps: readonly Pick<ReadingStep, 'title' | 'text'>[]): number {
	const words = steps.reduce(
		(n, s) => n + [s.title, ...s.text.map((t) => t.text)].join(' ').split(/\s+/).filter(Boolean).length,
		0
	);
	return Math.ceil(words / READING_WPM);
}
