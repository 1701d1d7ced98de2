/**
 * The messages between the page and the import worker. Requests carry an `id`; every response to
 * a request carries the same id. One import at a time per worker: a new `start` cancels the one
 * before.
 *
 * page → worker: start · remap · problems · export-bad · cancel
 * worker → page: progress* then result | error | cancelled; problems; exported; failed (a bug, not the file)
 */
import type { ExportedFile } from './export';
import { packedBuffers } from './packed';
import type { Progress } from './source';
import type { ColumnMapping, ImportOptions, ImportedDataset, Lang, Problem, ProblemPage } from './types';

export type WorkerRequest =
	/** a File/Blob is cloned (a reference, no copy); an ArrayBuffer is transferred (detached in the page) */
	| { type: 'start'; id: number; input: Blob | ArrayBuffer; name?: string; options?: ImportOptions }
	/** validate the last file again under a corrected mapping */
	| { type: 'remap'; id: number; mapping: ColumnMapping }
	| { type: 'problems'; id: number; offset: number; limit: number }
	| { type: 'export-bad'; id: number; lang: Lang }
	| { type: 'cancel'; id: number };

export type WorkerResponse =
	| { type: 'progress'; id: number; progress: Progress }
	/** the dataset's typed arrays are transferred; `page` is the first page of problems */
	| { type: 'result'; id: number; dataset: ImportedDataset; page: ProblemPage }
	| { type: 'problems'; id: number; page: ProblemPage }
	| { type: 'exported'; id: number; file: ExportedFile }
	/** the file cannot be imported; `problem` says why and what to do */
	| { type: 'error'; id: number; problem: Problem }
	| { type: 'cancelled'; id: number }
	/** an unexpected exception in the worker */
	| { type: 'failed'; id: number; message: string };

/** How many problems a result carries before the page asks for more. */
export const FIRST_PAGE = 200;

/** Every ArrayBuffer of a dataset, to transfer rather than copy. */
export function datasetTransferables(d: ImportedDataset): ArrayBuffer[] {
	const p = d.places;
	const buffers = [p.record, p.row, p.lon, p.lat, p.category].map((a) => a.buffer as ArrayBuffer);
	buffers.push(...packedBuffers(p.name), ...packedBuffers(p.id));
	for (const a of d.attributes) buffers.push(...packedBuffers(a));
	// a buffer listed twice makes postMessage throw
	return [...new Set(buffers)].filter((b) => b.byteLength > 0);
}
