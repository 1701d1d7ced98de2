/**
 * The worker's side of the protocol, without the worker: it takes requests and posts responses
 * through whatever it is given, so Node tests run it over a MessageChannel exactly as the browser
 * runs it in a Worker.
 */
import { exportBadRows } from './export';
import type { LandIndex } from './land';
import { effectiveMapping, readSource, validateSession, type ImportSession, type LandSource } from './pipeline';
import { FIRST_PAGE, datasetTransferables, type WorkerRequest, type WorkerResponse } from './protocol';
import { ImportCancelled, type Progress, type RunContext } from './source';
import type { ColumnMapping, Problem, ProblemPage } from './types';

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

/** at most one progress message per this many ms: the page repaints a bar, not a log */
const PROGRESS_MS = 100;

export interface ServiceOptions {
	land?: LandSource;
}

export function createImportService(post: Post, options: ServiceOptions = {}) {
	let session: ImportSession | null = null;
	let mapping: ColumnMapping | null = null;
	let problems: Problem[] = [];
	let total = 0;
	let current = -1;
	const cancelled = new Set<number>();
	// the countries are loaded once per worker, and only when a first import asks for them
	let land: Promise<LandIndex | null> | null = null;
	const load = options.land;
	const landSource: LandSource =
		typeof load === 'function'
			? () =>
					(land ??= load().catch((e) => {
						// a failed load is tried again by the next import
						land = null;
						throw e;
					}))
			: (load ?? null);

	const page = (offset: number, limit: number): ProblemPage => ({
		offset,
		total,
		listed: problems.length,
		problems: problems.slice(offset, offset + limit)
	});

	const context = (id: number): RunContext => {
		let last = 0;
		return {
			cancelled: () => cancelled.has(id),
			onProgress: (progress: Progress) => {
				const now = Date.now();
				if (now - last < PROGRESS_MS) return;
				last = now;
				post({ type: 'progress', id, progress });
			}
		};
	};

	/** a newer request took over while this one awaited: it must not touch the state */
	const superseded = (id: number) => {
		if (current !== id) throw new ImportCancelled();
	};

	const validateAndPost = async (id: number, m: ColumnMapping) => {
		const v = await validateSession(session!, m, {}, context(id));
		superseded(id);
		mapping = m;
		problems = v.problems;
		total =
			v.dataset.summary.bySeverity.error + v.dataset.summary.bySeverity.warning + v.dataset.summary.bySeverity.info;
		post({ type: 'result', id, dataset: v.dataset, page: page(0, FIRST_PAGE) }, datasetTransferables(v.dataset));
	};

	async function run(msg: WorkerRequest): Promise<void> {
		switch (msg.type) {
			case 'start': {
				if (current >= 0) cancelled.add(current);
				current = msg.id;
				session = null;
				const read = await readSource(msg.input, { ...msg.options, name: msg.name, land: landSource }, context(msg.id));
				superseded(msg.id);
				if (!read.ok) return post({ type: 'error', id: msg.id, problem: read.problem });
				session = read.session;
				return validateAndPost(msg.id, effectiveMapping(session, msg.options?.mapping));
			}
			case 'remap':
				if (!session) return post({ type: 'failed', id: msg.id, message: 'no file imported yet' });
				current = msg.id;
				return validateAndPost(msg.id, msg.mapping);
			case 'problems':
				return post({ type: 'problems', id: msg.id, page: page(msg.offset, msg.limit) });
			case 'export-bad': {
				if (!session || !mapping) return post({ type: 'failed', id: msg.id, message: 'no file imported yet' });
				const file = await exportBadRows(session, mapping, msg.lang);
				return post({ type: 'exported', id: msg.id, file }, [file.bytes.buffer as ArrayBuffer]);
			}
			case 'cancel':
				cancelled.add(msg.id);
				return;
		}
	}

	return {
		async handle(msg: WorkerRequest): Promise<void> {
			try {
				await run(msg);
			} catch (e) {
				if (e instanceof ImportCancelled) post({ type: 'cancelled', id: msg.id });
				else post({ type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) });
			} finally {
				if (msg.type !== 'cancel') cancelled.delete(msg.id);
			}
		}
	};
}
