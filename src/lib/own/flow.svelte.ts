/**
 * One import, as the dialog walks through it: a file is read by the import worker (progress,
 * cancel), its columns are mapped (the guess, corrected by the user), its problems are listed page
 * by page, and the places that load are kept on this device at once (and again after each
 * correction, under the same id). The worker and its client are loaded on the first import only.
 *
 * After a reload the worker no longer holds the file: a kept dataset can still be reviewed (its
 * summary, mapping and listed problems come from the store), but changing its mapping or
 * downloading its invalid rows needs the file again.
 */
import type { Importer } from '../import/client';
import type { ExportedFile } from '../import/export';
import type { Progress } from '../import/source';
import type { ColumnMapping, ImportOptions, ImportedDataset, Lang, Problem } from '../import/types';
import type { OwnPlaces } from './own.svelte';

export const PROBLEMS_PER_PAGE = 50;

export type FlowMode = 'pick' | 'running' | 'refused' | 'result' | 'cancelled' | 'failed';

export interface FlowProgress {
	phase: Progress['phase'];
	/** 0–1 while reading (bytes); null while validating (rows are counted instead) */
	fraction: number | null;
	rows: number;
}

export class ImportFlow {
	readonly own: OwnPlaces;
	/** the dialog is open */
	open = $state(false);
	mode = $state<FlowMode>('pick');
	/** the worker holds this file: the mapping can change, the invalid rows can be downloaded */
	live = $state(false);
	file = $state.raw<File | null>(null);
	/** the store's id of the dataset shown */
	sourceId = $state<string | null>(null);
	dataset = $state.raw<ImportedDataset | null>(null);
	/** what made the file refused (whole-file problem) */
	refusal = $state.raw<Problem | null>(null);
	error = $state('');
	/** a word about how the file came in (several dropped: only the first is read) */
	notice = $state('');
	progress = $state<FlowProgress>({ phase: 'reading', fraction: 0, rows: 0 });
	/** the options the file was last read with (the user's overrides of encoding, delimiter, header) */
	options = $state.raw<ImportOptions>({});
	problems = $state.raw<Problem[]>([]);
	offset = $state(0);
	total = $state(0);
	listed = $state(0);
	#importer: Importer | null = null;
	#run = 0;

	constructor(own: OwnPlaces) {
		this.own = own;
	}

	async #client(): Promise<Importer> {
		if (!this.#importer) {
			const { createImporter } = await import('../import/client');
			this.#importer ??= createImporter();
		}
		return this.#importer;
	}

	#onProgress = (run: number) => (p: Progress) => {
		if (run !== this.#run) return;
		this.progress = {
			phase: p.phase,
			fraction: p.phase === 'reading' && p.totalBytes ? p.bytes / p.totalBytes : null,
			rows: p.rows
		};
	};

	/** Reads a file (a new import: kept as a new dataset once it loads). */
	start(file: File, notice = ''): Promise<void> {
		this.file = file;
		this.notice = notice;
		this.sourceId = null;
		this.options = {};
		this.open = true;
		return this.#read({});
	}

	/** Reads the same file again with the user's override (encoding, delimiter, header row). */
	reread(patch: ImportOptions): Promise<void> {
		return this.#read({ ...this.options, ...patch, mapping: undefined });
	}

	async #read(options: ImportOptions): Promise<void> {
		const file = this.file;
		if (!file) return;
		const run = ++this.#run;
		this.options = options;
		this.mode = 'running';
		this.refusal = null;
		this.error = '';
		this.progress = { phase: 'reading', fraction: 0, rows: 0 };
		try {
			const importer = await this.#client();
			const r = await importer.start(file, { ...options, name: file.name }, this.#onProgress(run));
			if (run !== this.#run) return;
			if (!r.ok) {
				this.live = false;
				if ('cancelled' in r) this.mode = 'cancelled';
				else {
					this.refusal = r.problem;
					this.mode = 'refused';
				}
				return;
			}
			this.live = true;
			await this.#accept(run, r.dataset, r.page);
		} catch (e) {
			if (run !== this.#run) return;
			this.error = (e as Error).message;
			this.mode = 'failed';
		}
	}

	/** Validates the file again under the user's corrected mapping (the file is not read again). */
	async remap(mapping: ColumnMapping): Promise<void> {
		if (!this.live || !this.#importer) return;
		const run = ++this.#run;
		this.mode = 'running';
		this.progress = { phase: 'validating', fraction: null, rows: 0 };
		try {
			const r = await this.#importer.remap(mapping, this.#onProgress(run));
			if (run !== this.#run) return;
			if (!r.ok) {
				if ('cancelled' in r) this.mode = 'result';
				else {
					this.refusal = r.problem;
					this.mode = 'refused';
				}
				return;
			}
			await this.#accept(run, r.dataset, r.page);
		} catch (e) {
			if (run !== this.#run) return;
			this.error = (e as Error).message;
			this.mode = 'failed';
		}
	}

	async #accept(run: number, dataset: ImportedDataset, page: { total: number; listed: number; problems: Problem[] }) {
		// every listed problem is kept with the dataset, so the table still pages after a reload
		const all =
			page.listed > page.problems.length ? (await this.#importer!.problems(0, page.listed)).problems : page.problems;
		if (run !== this.#run) return;
		this.dataset = dataset;
		this.total = page.total;
		this.listed = page.listed;
		this.offset = 0;
		this.problems = all.slice(0, PROBLEMS_PER_PAGE);
		// a file that loaded nothing is shown with its problems, but not kept
		if (dataset.summary.loaded > 0 || dataset.summary.regions > 0)
			this.sourceId = await this.own.keep(dataset, all, this.sourceId ?? undefined);
		else if (this.sourceId) {
			await this.own.remove(this.sourceId);
			this.sourceId = null;
		}
		if (run !== this.#run) return;
		this.mode = 'result';
	}

	/** Shows a kept dataset (after a reload: the worker no longer has its file). */
	review(id: string) {
		const s = this.own.sources.find((x) => x.id === id);
		if (!s) return;
		++this.#run;
		this.sourceId = id;
		this.dataset = s.dataset;
		this.live = false;
		this.file = null;
		this.refusal = null;
		this.total =
			s.dataset.summary.bySeverity.error + s.dataset.summary.bySeverity.warning + s.dataset.summary.bySeverity.info;
		this.listed = s.problems.length;
		this.offset = 0;
		this.problems = s.problems.slice(0, PROBLEMS_PER_PAGE);
		this.mode = 'result';
		this.open = true;
	}

	/** The page of problems starting at `offset`. */
	async page(offset: number): Promise<void> {
		const o = Math.max(0, Math.min(offset, Math.max(0, this.listed - 1)));
		if (this.live && this.#importer) {
			const p = await this.#importer.problems(o, PROBLEMS_PER_PAGE);
			this.problems = p.problems;
		} else {
			const kept = this.own.sources.find((x) => x.id === this.sourceId)?.problems ?? [];
			this.problems = kept.slice(o, o + PROBLEMS_PER_PAGE);
		}
		this.offset = o;
	}

	/** The rows that did not load, with what is wrong with each, as a CSV to fix. */
	async exportBad(lang: Lang): Promise<ExportedFile | null> {
		if (!this.live || !this.#importer) return null;
		return this.#importer.exportBad(lang);
	}

	cancel() {
		this.#importer?.cancel();
	}

	/** Opens the dialog at the file picker (or on the import still running). */
	openPicker() {
		if (this.mode !== 'running') this.reset();
		this.open = true;
	}

	/** Back to the file picker (another file). */
	reset() {
		++this.#run;
		this.notice = '';
		if (this.mode === 'running') this.#importer?.cancel();
		this.mode = 'pick';
		this.dataset = null;
		this.refusal = null;
		this.sourceId = null;
		this.file = null;
		this.live = false;
	}

	/** Closes the dialog; an import still running is cancelled (nothing half-read is kept). */
	close() {
		if (this.mode === 'running') this.#importer?.cancel();
		this.open = false;
	}
}
