/**
 * The imported dataset kept on this device (IndexedDB, through idb) until the user removes it:
 * nothing is uploaded. Two stores: `meta` (small: what the list of saved imports shows) and `data`
 * (the dataset with its typed arrays, stored as they are, and its listed problems).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportedDataset, Problem, SourceInfo, ImportSummary } from './types';

export const DB_NAME = 'cluster-atlas-import';
const VERSION = 1;

export interface StoredMeta {
	id: string;
	/** ms since the epoch */
	savedAt: number;
	source: SourceInfo;
	summary: ImportSummary;
}

export interface StoredDataset {
	id: string;
	dataset: ImportedDataset;
	problems: Problem[];
}

interface Schema extends DBSchema {
	meta: { key: string; value: StoredMeta };
	data: { key: string; value: StoredDataset };
}

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
	db ??= openDB<Schema>(DB_NAME, VERSION, {
		upgrade(d) {
			d.createObjectStore('meta', { keyPath: 'id' });
			d.createObjectStore('data', { keyPath: 'id' });
		},
		// another tab upgraded or deleted the database: let it, and open afresh next time
		blocking() {
			void db?.then((d) => d.close());
			db = null;
		}
	});
	return db;
}

const newId = () =>
	typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Saves a dataset (and its listed problems); returns its id. Both stores are written in one transaction. */
export async function saveDataset(
	dataset: ImportedDataset,
	problems: Problem[],
	id: string = newId()
): Promise<string> {
	const d = await open();
	const tx = d.transaction(['meta', 'data'], 'readwrite');
	await Promise.all([
		tx.objectStore('meta').put({ id, savedAt: Date.now(), source: dataset.source, summary: dataset.summary }),
		tx.objectStore('data').put({ id, dataset, problems }),
		tx.done
	]);
	return id;
}

export async function loadDataset(id: string): Promise<StoredDataset | null> {
	return (await (await open()).get('data', id)) ?? null;
}

/** What is saved, newest first. */
export async function listDatasets(): Promise<StoredMeta[]> {
	const all = await (await open()).getAll('meta');
	return all.sort((a, b) => b.savedAt - a.savedAt);
}

export async function removeDataset(id: string): Promise<void> {
	const d = await open();
	const tx = d.transaction(['meta', 'data'], 'readwrite');
	await Promise.all([tx.objectStore('meta').delete(id), tx.objectStore('data').delete(id), tx.done]);
}

/** "Remove my data": every saved import, gone from this device. */
export async function removeAll(): Promise<void> {
	const d = await open();
	const tx = d.transaction(['meta', 'data'], 'readwrite');
	await Promise.all([tx.objectStore('meta').clear(), tx.objectStore('data').clear(), tx.done]);
}

/** Closes the connection (tests; a page that deletes the database). */
export async function closeStore(): Promise<void> {
	const d = db;
	db = null;
	if (d) (await d).close();
}
