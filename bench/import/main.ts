/**
 * The import benchmark's page: a file input; on change, the import worker reads the file while
 * the page measures its own main thread (Long Tasks API, and the largest gap between heartbeats:
 * a timer chain that only runs when the main thread is free). Results in `window.__importBench`.
 */
import { createImporter } from '../../src/lib/import/client';

export interface ImportBenchResult {
	bytes: number;
	loaded: number;
	rejected: number;
	/** start() → result on the main thread, ms */
	totalMs: number;
	/** start() → first `validating` progress: reading, decoding and parsing, ms */
	readMs: number | null;
	/** longest main-thread task the Long Tasks API saw (it sees only tasks over 50 ms; 0 if none) */
	longestTaskMs: number;
	longTasks: number;
	/** largest gap between heartbeats: an upper bound of the longest main-thread task, whatever its length */
	maxGapMs: number;
	progressMessages: number;
}

declare global {
	interface Window {
		__importBench?: ImportBenchResult;
	}
}

const input = document.querySelector<HTMLInputElement>('#file')!;
const bar = document.querySelector<HTMLProgressElement>('#progress')!;
const status = document.querySelector<HTMLOutputElement>('#status')!;
const importer = createImporter();

input.addEventListener('change', async () => {
	const file = input.files?.[0];
	if (!file) return;
	document.documentElement.dataset.import = 'running';
	const longTasks: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) longTasks.push(e.duration);
	});
	observer.observe({ type: 'longtask' });
	let beating = true;
	let last = performance.now();
	let maxGap = 0;
	const beat = () => {
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last);
		last = now;
		if (beating) setTimeout(beat, 0);
	};
	setTimeout(beat, 0);

	const t0 = performance.now();
	let readMs: number | null = null;
	let progressMessages = 0;
	const r = await importer.start(file, { name: file.name }, (p) => {
		progressMessages++;
		if (p.phase === 'validating' && readMs === null) readMs = performance.now() - t0;
		bar.value = p.totalBytes ? p.bytes / p.totalBytes : bar.value;
	});
	const totalMs = performance.now() - t0;
	// let the heartbeat and the observer see the task that delivered the result
	await new Promise((res) => setTimeout(res, 100));
	beating = false;
	observer.disconnect();
	window.__importBench = {
		bytes: file.size,
		loaded: r.ok ? r.dataset.summary.loaded : 0,
		rejected: r.ok ? r.dataset.summary.rejected : 0,
		totalMs,
		readMs,
		longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
		longTasks: longTasks.length,
		maxGapMs: maxGap,
		progressMessages
	};
	status.textContent = r.ok ? `${r.dataset.summary.loaded} places in ${Math.round(totalMs)} ms` : 'failed';
	document.documentElement.dataset.import = 'done';
});
document.documentElement.dataset.import = 'ready';
