/**
 * The page's side of the import: a small promise API over the worker protocol.
 *
 *   const importer = createImporter();
 *   const r = await importer.start(file, {}, (p) => (bar.value = p.bytes / p.totalBytes));
 *   if (r.ok) show(r.dataset, r.page); else if ('problem' in r) explain(r.problem);
 *   … await importer.remap({ ...r.dataset.mapping, lat: 3 });   // a corrected mapping
 *   … importer.cancel();                                        // the Cancel button
 */
import type { ExportedFile } from './export';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { Progress } from './source';
import type { ColumnMapping, ImportOptions, ImportedDataset, Lang, Problem, ProblemPage } from './types';

/** What a Worker and a MessagePort have in common. */
export interface WorkerLike {
	postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
	addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
	terminate?(): void;
	close?(): void;
}

export type ImportOutcome =
	| { ok: true; dataset: ImportedDataset; page: ProblemPage }
	| { ok: false; problem: Problem }
	| { ok: false; cancelled: true };

export interface Importer {
	start(
		input: Blob | ArrayBuffer,
		options?: ImportOptions & { name?: string },
		onProgress?: (p: Progress) => void
	): Promise<ImportOutcome>;
	remap(mapping: ColumnMapping, onProgress?: (p: Progress) => void): Promise<ImportOutcome>;
	problems(offset: number, limit: number): Promise<ProblemPage>;
	exportBad(lang: Lang): Promise<ExportedFile>;
	/** stops the running import at its next chunk; its promise resolves `{ ok: false, cancelled: true }` */
	cancel(): void;
	dispose(): void;
}

const defaultWorker = (): WorkerLike =>
	new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

export function createImporter(worker: WorkerLike = defaultWorker()): Importer {
	let next = 1;
	let running = -1;
	const pending = new Map<number, { resolve: (r: WorkerResponse) => void; onProgress?: (p: Progress) => void }>();
	worker.addEventListener('message', (e) => {
		const msg = e.data;
		const p = pending.get(msg.id);
		if (!p) return;
		if (msg.type === 'progress') return p.onProgress?.(msg.progress);
		pending.delete(msg.id);
		p.resolve(msg);
	});
	(worker as { start?: () => void }).start?.();

	const request = (msg: WorkerRequest, transfer: Transferable[] = [], onProgress?: (p: Progress) => void) =>
		new Promise<WorkerResponse>((resolve) => {
			pending.set(msg.id, { resolve, onProgress });
			worker.postMessage(msg, transfer);
		});
	const outcome = (r: WorkerResponse): ImportOutcome => {
		if (r.type === 'result') return { ok: true, dataset: r.dataset, page: r.page };
		if (r.type === 'error') return { ok: false, problem: r.problem };
		if (r.type === 'cancelled') return { ok: false, cancelled: true };
		throw new Error(r.type === 'failed' ? r.message : `unexpected ${r.type}`);
	};

	return {
		async start(input, options = {}, onProgress) {
			const id = next++;
			running = id;
			const { name, ...rest } = options;
			const transfer = input instanceof ArrayBuffer ? [input] : [];
			return outcome(await request({ type: 'start', id, input, name, options: rest }, transfer, onProgress));
		},
		async remap(mapping, onProgress) {
			const id = next++;
			running = id;
			return outcome(await request({ type: 'remap', id, mapping }, [], onProgress));
		},
		async problems(offset, limit) {
			const r = await request({ type: 'problems', id: next++, offset, limit });
			if (r.type !== 'problems') throw new Error(r.type === 'failed' ? r.message : `unexpected ${r.type}`);
			return r.page;
		},
		async exportBad(lang) {
			const r = await request({ type: 'export-bad', id: next++, lang });
			if (r.type !== 'exported') throw new Error(r.type === 'failed' ? r.message : `unexpected ${r.type}`);
			return r.file;
		},
		cancel() {
			if (running >= 0) worker.postMessage({ type: 'cancel', id: running });
		},
		dispose() {
			worker.terminate?.();
			worker.close?.();
			for (const p of pending.values()) p.resolve({ type: 'cancelled', id: -1 });
			pending.clear();
		}
	};
}
