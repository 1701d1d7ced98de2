/**
 * Keeping the import on this device: save, list, load (typed arrays intact), remove one, remove
 * all ("remove my data"), against fake-indexeddb's in-memory IndexedDB.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unpack } from '../../src/lib/import/packed';
import { importFile } from '../../src/lib/import/pipeline';
import {
	closeStore,
	DB_NAME,
	listDatasets,
	loadDataset,
	removeAll,
	removeDataset,
	saveDataset
} from '../../src/lib/import/store';

async function kumamoto() {
	const r = await importFile(new Uint8Array(readFileSync('tests/fixtures/import/good-kumamoto-firms-sjis.csv')), {
		name: 'firms.csv'
	});
	if (!r.ok) throw new Error(r.problem.code);
	return r;
}

beforeEach(async () => {
	await closeStore();
	await new Promise<void>((resolve, reject) => {
		const req = indexedDB.deleteDatabase(DB_NAME);
		req.onsuccess = () => resolve();
		req.onerror = () => reject(req.error);
	});
});
afterEach(() => closeStore());

describe('the import store', () => {
	it('keeps a dataset with its typed arrays and problems, and lists it', async () => {
		const r = await kumamoto();
		const id = await saveDataset(r.dataset, r.problems);
		const list = await listDatasets();
		expect(list.map((m) => [m.id, m.source.name, m.summary.loaded])).toEqual([[id, 'firms.csv', 297]]);
		const back = await loadDataset(id);
		expect(back).not.toBeNull();
		const d = back!.dataset;
		expect(d.places.lat).toBeInstanceOf(Float64Array);
		expect([...d.places.lat]).toEqual([...r.dataset.places.lat]);
		expect(unpack(d.places.name)).toEqual(unpack(r.dataset.places.name));
		expect(d.mapping).toEqual(r.dataset.mapping);
		expect(back!.problems.map((p) => p.code)).toEqual(r.problems.map((p) => p.code));
	});

	it('survives a new connection (a reload)', async () => {
		const r = await kumamoto();
		const id = await saveDataset(r.dataset, r.problems);
		await closeStore();
		expect((await loadDataset(id))?.dataset.summary.loaded).toBe(297);
	});

	it('removes one dataset, then everything', async () => {
		const r = await kumamoto();
		const a = await saveDataset(r.dataset, r.problems, 'a');
		await saveDataset(r.dataset, r.problems, 'b');
		await saveDataset(r.dataset, r.problems, 'c');
		await removeDataset(a);
		expect((await listDatasets()).map((m) => m.id).sort()).toEqual(['b', 'c']);
		expect(await loadDataset(a)).toBeNull();
		await removeAll();
		expect(await listDatasets()).toEqual([]);
		expect(await loadDataset('b')).toBeNull();
	});

	it('lists the newest first', async () => {
		const r = await kumamoto();
		await saveDataset(r.dataset, [], 'old');
		await new Promise((res) => setTimeout(res, 5));
		await saveDataset(r.dataset, [], 'new');
		expect((await listDatasets()).map((m) => m.id)).toEqual(['new', 'old']);
	});
});
