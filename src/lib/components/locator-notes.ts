/**
 * What each passage of the paper is about (geodata/paper.json `what` / `what_ja`), for the notes
 * a locator opens in place. Loaded on the first note opened, as its own small chunk, so pages
 * that never open one carry none of it.
 */
export interface LocatorNote {
	id: string;
	what: string;
	what_ja?: string;
}

let notes: Promise<ReadonlyMap<string, LocatorNote>> | null = null;

export function locatorNotes(): Promise<ReadonlyMap<string, LocatorNote>> {
	notes ??= import('$geodata/paper.json').then(
		(m) => new Map((m.default.locators as LocatorNote[]).map((l) => [l.id, l]))
	);
	// a failed load (offline before the chunk was cached) is tried again on the next note
	notes.catch(() => (notes = null));
	return notes;
}
