/**
 * CSV and TSV, streamed: the file is read and decoded a chunk at a time and fed to Papa Parse's core
 * parser (`Papa.Parser`, the one its own streamers use), which leaves an unfinished last record for
 * the next chunk. A million rows never exist as one string.
 *
 * What spreadsheets and users actually produce is handled here rather than refused: line endings
 * of all three kinds in one file, Excel's `sep=;` first line, semicolons with decimal commas,
 * duplicate and empty header names, rows of nothing but delimiters, a stray quote that would
 * otherwise swallow the rest of the file.
 */
import Papa from 'papaparse';
import { decoderFor } from './decode';
import { CHUNK_BYTES, MAX_COLUMNS, MAX_OPEN_RECORD_CHARS, MAX_VALUE_CHARS } from './limits';
import type { Sniffed } from './sniff';
import { checkCancelled, yieldToEventLoop, type ByteSource, type RunContext } from './source';
import { TableBuilder, columnLetter, unnamedColumn, type RawTable } from './table';
import type { Delimiter, Problem } from './types';

const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];
/** characters looked at to choose the delimiter */
const DETECT_CHARS = 64 * 1024;

const note = (code: Problem['code'], severity: Problem['severity'], params?: Problem['params']): Problem => ({
	code,
	severity,
	row: null,
	column: null,
	value: null,
	params
});

const cut = (s: string) => (s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS)}…` : s);
const isEmptyRecord = (fields: readonly string[]) => fields.every((f) => f.trim() === '');

/**
 * The delimiter that splits the first records most consistently into more than one field: every
 * record with as many fields as the header wins over more fields. A semicolon file with decimal
 * commas (`35,68`) splits consistently only on `;`.
 */
export function detectDelimiter(sample: string, preferTab = false): Delimiter {
	const order = preferTab ? (['\t', ',', ';', '|'] as Delimiter[]) : CANDIDATES;
	let best: Delimiter = order[0];
	let bestScore = 0;
	for (const delimiter of order) {
		const preview = new Papa.Parser({ delimiter, newline: '\n', preview: 30 }).parse(
			sample,
			0,
			sample.length >= DETECT_CHARS
		);
		const counts = (preview.data as string[][]).filter((r) => !isEmptyRecord(r)).map((r) => r.length);
		if (counts.length === 0 || counts[0] < 2) continue;
		const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
		const score = consistent * 100_000 + Math.min(counts[0], 99_999);
		if (score > bestScore) {
			best = delimiter;
			bestScore = score;
		}
	}
	return best;
}

/** Excel's first-line directive: `sep=;` (also quoted, `"sep=;"`, as some exporters write it). */
const SEP_LINE = /^"?sep=(\\t|[^\n"])"?[ \t]*(?:\n|$)/i;

const looksNumeric = (s: string) => /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/.test(s);

export interface DelimitedRead {
	table: RawTable;
	delimiter: Delimiter;
	header: boolean;
	notes: Problem[];
}

export interface DelimitedOptions {
	delimiter?: Delimiter;
	header?: boolean;
	/** the file's name, for the tab-delimiter hint of `.tsv` / `.tab` / `.txt` */
	name?: string;
}

/**
 * Reads a delimited file into a raw table. Returns a fatal problem instead when there is nothing to
 * load (only blank lines, a header without rows, too many columns).
 */
export async function readDelimited(
	src: ByteSource,
	sniffed: Sniffed,
	options: DelimitedOptions,
	ctx: RunContext = {}
): Promise<DelimitedRead | { fatal: Problem }> {
	const decoder = await decoderFor(sniffed.encoding);
	const notes: Problem[] = [];
	let carryCR = false;
	// CRLF (Windows), CR (Excel for Mac) and LF, even mixed in one file, all end a record: Papa takes
	// one line ending per parse, so they become LF before it sees them
	const normalise = (t: string, last: boolean): string => {
		if (carryCR) {
			t = '\r' + t;
			carryCR = false;
		}
		// a CRLF cut in two by the chunk boundary: keep the CR until the next chunk says what it was
		if (!last && t.endsWith('\r')) {
			carryCR = true;
			t = t.slice(0, -1);
		}
		return t.indexOf('\r') === -1 ? t : t.replace(/\r\n?/g, '\n');
	};

	let delimiter: Delimiter = options.delimiter ?? ',';
	let lenient: Papa.Parser | null = null;
	let pending = '';
	// set from inside callbacks, so kept in an object TypeScript does not narrow
	const state: { fatal: Problem | null; builder: TableBuilder | null } = { fatal: null, builder: null };

	// records as the spreadsheet counts them: the header is row 1, blank rows count
	let recordNumber = 0;
	let headerWidth = 0;
	let hasHeader = true;
	let emptyRows = 0;
	let emptySinceLast = 0;

	const startHeader = (fields: string[], row: number) => {
		if (fields.length > MAX_COLUMNS) {
			state.fatal = note('too-many-columns', 'error', { count: fields.length, limit: MAX_COLUMNS });
			return;
		}
		const numeric = fields.length >= 2 && fields.every((f) => f.trim() !== '' && looksNumeric(f));
		hasHeader = options.header ?? !numeric;
		if (!hasHeader) {
			headerWidth = fields.length;
			state.builder = new TableBuilder(fields.map((_, i) => unnamedColumn(i)));
			if (options.header === undefined) notes.push(note('header-missing', 'info', { count: fields.length }));
			addRecord(fields, row);
			return;
		}
		// trailing empty header cells (Excel writes them for formatted but empty columns) carry nothing
		let width = fields.length;
		while (width > 1 && fields[width - 1].trim() === '') width--;
		const names: string[] = [];
		const seen = new Map<string, number>();
		const empties: string[] = [];
		for (let i = 0; i < width; i++) {
			let name = fields[i].replace(/^\uFEFF/, '').trim();
			if (name === '') {
				name = unnamedColumn(i);
				empties.push(columnLetter(i));
			}
			const key = name.normalize('NFKC').toLowerCase();
			const times = seen.get(key) ?? 0;
			seen.set(key, times + 1);
			if (times > 0) {
				let renamed = `${name} (${times + 1})`;
				for (let k = times + 2; seen.has(renamed.normalize('NFKC').toLowerCase()); k++) renamed = `${name} (${k})`;
				seen.set(renamed.normalize('NFKC').toLowerCase(), 1);
				notes.push({
					...note('header-duplicate', 'info', { name, renamed, letter: columnLetter(i) }),
					column: renamed
				});
				name = renamed;
			}
			names.push(name);
		}
		if (empties.length)
			notes.push(note('header-empty', 'info', { letters: empties.join(', '), count: empties.length }));
		headerWidth = width;
		state.builder = new TableBuilder(names);
	};

	const addRecord = (fields: string[], row: number, warnings: Problem[] = []) => {
		const b = state.builder!;
		let width = fields.length;
		// empty fields past the header (`a;b;;`) carry nothing; only real values widen the table
		while (width > b.columns.length && fields[width - 1].trim() === '') width--;
		if (width > MAX_COLUMNS) {
			warnings.push({
				...note('row-truncated', 'warning', { count: width, limit: MAX_COLUMNS }),
				row
			});
			width = MAX_COLUMNS;
		}
		if (width > b.columns.length) {
			if (width > headerWidth && hasHeader)
				warnings.push({
					...note('row-extra-fields', 'warning', { count: width, expected: headerWidth }),
					row,
					column: unnamedColumn(headerWidth),
					value: cut(fields.slice(headerWidth, width).join(delimiter))
				});
			while (b.columns.length < width) b.addColumn(unnamedColumn(b.columns.length));
		}
		const record = b.add(width === fields.length ? fields : fields.slice(0, width), row);
		for (const w of warnings) b.problem(record, { ...w, row: w.row ?? row });
	};

	const onFields = (fields: string[], warnings: Problem[] = []) => {
		recordNumber++;
		if (state.fatal) return;
		if (isEmptyRecord(fields)) {
			emptyRows++;
			emptySinceLast++;
			return;
		}
		emptySinceLast = 0;
		if (!state.builder) startHeader(fields, recordNumber);
		else addRecord(fields, recordNumber, warnings);
	};

	/** a line read with quotes taken literally: what is left of a record whose quoting is broken */
	const lenientFields = (line: string): string[] => {
		lenient ??= new Papa.Parser({ delimiter, newline: '\n', quoteChar: '\u0000' });
		const rows = lenient.parse(line, 0, false).data as string[][];
		return rows[0] ?? [''];
	};
	const quoteWarning = (raw: string): Problem => ({
		...note('quote-malformed', 'warning'),
		value: cut(raw)
	});
	/** re-reads, line by line, a record Papa had to merge across lines because of a malformed quote */
	const recoverLines = (raw: string) => {
		for (const line of raw.split('\n')) {
			if (line === '' && raw.endsWith('\n')) continue;
			const strict = new Papa.Parser({ delimiter, newline: '\n' }).parse(line, 0, false);
			const ok = strict.errors.length === 0 && strict.data.length === 1;
			onFields(ok ? (strict.data[0] as string[]) : lenientFields(line), ok ? [] : [quoteWarning(line)]);
		}
	};

	const consume = (last: boolean) => {
		for (;;) {
			let lastEnd = 0;
			// the line break ending the file ends its last record; it does not start an empty one
			const input = last && pending.endsWith('\n') ? pending.slice(0, -1) : pending;
			const parser = new Papa.Parser({
				delimiter,
				newline: '\n',
				step: (res: { data: string[][]; errors: { code: string }[]; meta: { cursor: number } }) => {
					const start = lastEnd;
					lastEnd = res.meta.cursor;
					if (res.errors.length === 0) return onFields(res.data[0]);
					const raw = input.slice(start, res.meta.cursor).replace(/\n$/, '');
					if (raw.includes('\n')) recoverLines(raw);
					else
						onFields(res.errors.some((e) => e.code === 'MissingQuotes') ? lenientFields(raw) : res.data[0], [
							quoteWarning(raw)
						]);
				}
			});
			const res = parser.parse(input, 0, !last);
			pending = last ? '' : input.slice(res.meta.cursor);
			// an open quote holding lines well past any real cell: give up on it for its first line
			if (!last && pending.length > MAX_OPEN_RECORD_CHARS && pending.includes('\n')) {
				const nl = pending.indexOf('\n');
				const line = pending.slice(0, nl);
				onFields(lenientFields(line), [quoteWarning(line)]);
				pending = pending.slice(nl + 1);
				continue;
			}
			return;
		}
	};

	const start = (last: boolean) => {
		const sep = SEP_LINE.exec(pending);
		if (sep) {
			delimiter = (sep[1] === '\\t' ? '\t' : sep[1]) as Delimiter;
			pending = pending.slice(sep[0].length);
			notes.push(note('sep-line', 'info', { delimiter: delimiterName(delimiter) }));
		} else if (!options.delimiter) {
			const preferTab = /\.(tsv|tab|txt)$/i.test(options.name ?? '');
			delimiter = detectDelimiter(pending.slice(0, DETECT_CHARS), preferTab);
		}
		if (options.delimiter) delimiter = options.delimiter;
		consume(last);
	};

	let started = false;
	for (let pos = sniffed.bomLength; ;) {
		checkCancelled(ctx);
		const end = Math.min(src.size, pos + CHUNK_BYTES);
		const last = end >= src.size;
		const bytes = await src.read(pos, end);
		pos = end;
		pending += normalise(decoder.decode(bytes, last), last);
		if (!started) {
			if (!last && pending.length < DETECT_CHARS) continue;
			started = true;
			start(last);
		} else consume(last);
		if (state.fatal) return { fatal: state.fatal };
		ctx.onProgress?.({ phase: 'reading', bytes: pos, totalBytes: src.size, rows: state.builder?.count ?? 0 });
		if (last) break;
		await yieldToEventLoop();
	}
	const b = state.builder;
	if (!b) return { fatal: note('file-empty', 'error') };
	if (b.count === 0) return { fatal: note('no-rows', 'error', { columns: b.columns.slice(0, 12).join(', ') }) };

	if (emptyRows > 0) notes.push(note('rows-empty', 'info', { count: emptyRows, trailing: emptySinceLast }));
	return { table: b.finish(), delimiter, header: hasHeader, notes };
}

export function delimiterName(d: string): string {
	return d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : d === '|' ? 'pipe' : d;
}
