/**
 * Citing the atlas: the one entry point the pages use. `formatCitation` loads Citation.js on demand
 * (a dynamic `import()` of `engine.ts`, the first time a citation is asked for) and formats CSL
 * items from `csl.ts` in any of `FORMATS`. When the engine cannot load (offline on a first visit,
 * before the service worker has the chunk) or fails, the result is the plain reference
 * (`plainReference`) with the error: never nothing.
 */
import { citationFileName, FORMATS, type FormatId } from './formats';
import { cslJson, plainReference, plainText } from './csl';
import type { CslItem } from './types';

export { FORMATS, FORMAT_IDS, citationFileName, isFormatId, type FormatId } from './formats';
export * from './csl';
export type * from './types';

type Engine = typeof import('./engine');

let engine: Promise<Engine> | undefined;

/** Citation.js, loaded once; a failed load is forgotten so that the next request tries again. */
export function loadCitationEngine(): Promise<Engine> {
	engine ??= import('./engine').catch((e: unknown) => {
		engine = undefined;
		throw e;
	});
	return engine;
}

export interface CitationOutput {
	format: FormatId;
	/** what Copy puts on the clipboard and Download saves */
	text: string;
	/** styles: the same with the style's italics, for the clipboard's `text/html` */
	html?: string;
	mime: string;
	fileName: string;
	/** set when Citation.js could not load (`load`) or format (`format`): `text` is then the plain reference */
	error?: { code: 'load' | 'format'; message: string };
}

export interface CitationRequest {
	items: readonly CslItem[];
	format: FormatId;
	/** what is cited, for the file name: `view`, `paper`, a place or claim id */
	subject: string;
	/** `YYYY-MM-DD`, for the file name */
	date: string;
	/** the engine loader (tests pass a failing one) */
	load?: () => Promise<Pick<Engine, 'format'>>;
}

/** The items as plain references, one per line: the fallback text. */
export const plainReferences = (items: readonly CslItem[]) => items.map((i) => plainText(plainReference(i))).join('\n');

export async function formatCitation(req: CitationRequest): Promise<CitationOutput> {
	const info = FORMATS[req.format];
	const base = { format: req.format, mime: info.mime, fileName: citationFileName(req.subject, req.format, req.date) };
	// CSL-JSON is the atlas's own data: it never waits for, or fails with, the engine
	if (req.format === 'csl-json') return { ...base, text: cslJson(req.items) };
	let e: Pick<Engine, 'format'>;
	try {
		e = await (req.load ?? loadCitationEngine)();
	} catch (err) {
		return fallback(req, { code: 'load', message: String((err as Error)?.message ?? err) });
	}
	try {
		return { ...base, ...(await e.format(req.items, req.format)) };
	} catch (err) {
		return fallback(req, { code: 'format', message: String((err as Error)?.message ?? err) });
	}
}

function fallback(req: CitationRequest, error: NonNullable<CitationOutput['error']>): CitationOutput {
	// the plain reference is text, whatever was asked for: saved as .txt, not as a broken .bib
	return {
		format: req.format,
		text: plainReferences(req.items),
		mime: FORMATS.apa.mime,
		fileName: citationFileName(req.subject, 'apa', req.date),
		error
	};
}
