/**
 * Where the bytes come from: a File or Blob (read slice by slice, never whole) or an ArrayBuffer.
 */

export interface ByteSource {
	readonly name: string;
	readonly size: number;
	/** bytes [start, end) */
	read(start: number, end: number): Promise<Uint8Array>;
}

export type ImportInput = Blob | ArrayBuffer | Uint8Array;

export function byteSource(input: ImportInput, name?: string): ByteSource {
	if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
		const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
		return {
			name: name ?? 'data',
			size: bytes.length,
			read: async (start, end) => bytes.subarray(start, end)
		};
	}
	const blob = input;
	return {
		name: name ?? (typeof File !== 'undefined' && blob instanceof File ? blob.name : 'data'),
		size: blob.size,
		read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer())
	};
}

/** Thrown when the user cancels; the worker answers `cancelled` rather than `error`. */
export class ImportCancelled extends Error {
	constructor() {
		super('import cancelled');
		this.name = 'ImportCancelled';
	}
}

export interface Progress {
	phase: 'reading' | 'validating';
	bytes: number;
	totalBytes: number;
	rows: number;
}

/** How a long step reports progress and learns it was cancelled. */
export interface RunContext {
	onProgress?: (p: Progress) => void;
	/** true once the user cancelled */
	cancelled?: () => boolean;
}

/**
 * Lets queued messages (a cancel) through. A macrotask via MessageChannel: setTimeout is clamped to
 * 4 ms once nested, which over a thousand chunks would add seconds.
 */
export function yieldToEventLoop(): Promise<void> {
	if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
	return new Promise((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(0);
	});
}

export function checkCancelled(ctx: RunContext): void {
	if (ctx.cancelled?.()) throw new ImportCancelled();
}
