/**
 * What the guided reading's pages need of the atlas beyond the steps themselves: the items and
 * events their links name, and the notes on the Japanese names of the places they name. Build
 * time (the pages' server loads); pure.
 */
import { nameNotes } from './atlas-index';
import type { ArgumentItem, Atlas, ReadingStep, TimelineEvent } from './schema';

export type LinkedItem = Pick<ArgumentItem, 'id' | 'group' | 'number' | 'title' | 'title_ja'>;
export type LinkedEvent = Pick<TimelineEvent, 'id' | 'label' | 'label_ja'>;

export interface ReadingContext {
	items: Record<string, LinkedItem>;
	events: Record<string, LinkedEvent>;
	nameNotes: Record<string, string>;
}

export function readingContext(atlas: Atlas, steps: readonly ReadingStep[]): ReadingContext {
	const links = steps.flatMap((s) => s.links);
	const itemIds = new Set(links.flatMap((l) => (l.item ? [l.item] : [])));
	const eventIds = new Set(links.flatMap((l) => (l.event ? [l.event] : [])));
	const places = [
		...steps.flatMap((s) => s.map.emphasis),
		...links.flatMap((l) => [...(l.place ? [l.place] : []), ...(l.compare ?? [])])
	];
	return {
		items: Object.fromEntries(
			atlas.argument.items
				.filter((i) => itemIds.has(i.id))
				.map(({ id, group, number, title, title_ja }) => [id, { id, group, number, title, title_ja }])
		),
		events: Object.fromEntries(
			atlas.timeline.filter((e) => eventIds.has(e.id)).map(({ id, label, label_ja }) => [id, { id, label, label_ja }])
		),
		nameNotes: nameNotes(atlas, places)
	};
}
