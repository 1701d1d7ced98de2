/**
 * Looking at a file's first bytes: is it a table, GeoJSON, or something else (a workbook, an image,
 * a web page saved as .csv)? Which encoding? Answers before anything is parsed, so a wrong file is
 * refused at once with advice, and an oversized one before it costs memory.
 */
import { MAX_DELIMITED_BYTES, MAX_GEOJSON_BYTES, formatMiB } from './limits';
import type { Encoding as TextEncoding, Problem, SourceFormat } from './types';

export interface Sniffed {
	format: SourceFormat;
	encoding: TextEncoding;
	/** bytes of byte-order mark to skip */
	bomLength: number;
	/** notes on the reading (BOM removed, encoding detected, invalid bytes) */
	notes: Problem[];
}

export type SniffResult = { ok: true; sniffed: Sniffed } | { ok: false; problem: Problem };

const fatal = (code: Problem['code'], params?: Problem['params']): SniffResult => ({
	ok: false,
	problem: { code, severity: 'error', row: null, column: null, value: null, params }
});
const note = (code: Problem['code'], severity: Problem['severity'], params?: Problem['params']): Problem => ({
	code,
	severity,
	row: null,
	column: null,
	value: null,
	params
});

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Binary formats users drop instead of a CSV, by their magic numbers. */
function binaryKind(head: Uint8Array): string | null {
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
		// a zip: the names of its first entries tell a workbook from an archive
		const text = new TextDecoder('latin1').decode(head.subarray(0, 4096));
		if (text.includes('[Content_Types].xml') || text.includes('xl/')) return 'xlsx';
		if (text.includes('opendocument.spreadsheet')) return 'ods';
		if (text.includes('word/')) return 'docx';
		if (/\.kml/i.test(text)) return 'kmz';
		if (/\.(shp|dbf|shx)/i.test(text)) return 'shapefile';
		return 'zip';
	}
	if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'image';
	if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image';
	if (startsWith(head, ascii('GIF8'))) return 'image';
	if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image';
	if (startsWith(head, ascii('%PDF'))) return 'pdf';
	if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
	if (startsWith(head, ascii('Rar!')) || startsWith(head, [0x37, 0x7a, 0xbc, 0xaf])) return 'zip';
	if (startsWith(head, ascii('SQLite format 3'))) return 'sqlite';
	if (startsWith(head, [0x00, 0x00, 0x27, 0x0a])) return 'shapefile';
	if (startsWith(head, ascii('PAR1'))) return 'parquet';
	return null;
}

/**
 * UTF-8 well-formedness of a sample: counts of valid multi-byte sequences and of invalid bytes.
 * An incomplete sequence cut by the end of the sample is not counted as invalid.
 */
export function utf8Stats(b: Uint8Array, complete: boolean): { multibyte: number; invalid: number } {
	let multibyte = 0;
	let invalid = 0;
	const n = b.length;
	for (let i = 0; i < n;) {
		const c = b[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		// continuation bytes after the lead, and the smallest code point that needs that many
		const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
		if (need === 0) {
			invalid++;
			i++;
			continue;
		}
		const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
		// the sample ends inside this sequence: not evidence either way
		if (!complete && i + need >= n) break;
		let cp = c & (0x3f >> need);
		let ok = true;
		for (let k = 1; k <= need; k++) {
			const d = b[i + k];
			if (d === undefined || (d & 0xc0) !== 0x80) {
				ok = false;
				break;
			}
			cp = (cp << 6) | (d & 0x3f);
		}
		if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
			multibyte++;
			i += need + 1;
		} else {
			invalid++;
			i++;
		}
	}
	return { multibyte, invalid };
}

/** UTF-16 without a BOM: text in Latin script has a NUL in every other byte. */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(head.length, 4096) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (head[i] === 0) evenNul++;
		if (head[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
	if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
	return null;
}

/** A Japanese multi-byte encoding, a Western single-byte one, or UTF-8 with a few bad bytes. */
function detectEightBit(
	head: Uint8Array,
	complete: boolean,
	detectJapanese: JapaneseDetector | undefined
): { encoding: TextEncoding; notes: Problem[] } {
	const stats = utf8Stats(head, complete);
	if (stats.invalid === 0) return { encoding: 'utf-8', notes: [] };
	// trim a character the sample may have cut in two, so the detector sees whole sequences only
	const sample = complete ? head : head.subarray(0, Math.max(0, head.length - 4));
	// mostly well-formed UTF-8: a few stray bytes (a copy-paste from a Latin-1 file) are not a reason to
	// read the whole file in another encoding and garble every accented letter. Asked first: Shift_JIS
	// readings of UTF-8's lead and continuation bytes are valid half-width kana, so the Japanese
	// detector would say yes to it
	if (stats.multibyte > 0 && stats.invalid <= Math.max(2, stats.multibyte / 50))
		return {
			encoding: 'utf-8',
			notes: [note('encoding-invalid-bytes', 'warning', { count: stats.invalid })]
		};
	const detected = detectJapanese?.(sample);
	if (detected === 'SJIS')
		return { encoding: 'shift_jis', notes: [note('encoding-detected', 'info', { encoding: 'Shift_JIS' })] };
	if (detected === 'EUCJP')
		return { encoding: 'euc-jp', notes: [note('encoding-detected', 'info', { encoding: 'EUC-JP' })] };
	return { encoding: 'windows-1252', notes: [note('encoding-detected', 'info', { encoding: 'Windows-1252' })] };
}

/** What a text starts with, once whitespace is skipped: tells CSV from JSON, HTML and XML. */
function textKind(text: string): 'json' | 'html' | 'xml' | 'rtf' | 'text' {
	const t = text.replace(/^[\s\uFEFF]+/, '').slice(0, 4096);
	if (t.startsWith('{\\rtf')) return 'rtf';
	if (t.startsWith('{') || t.startsWith('[')) return 'json';
	if (/^<(!doctype\s+html|html|head|body|table|meta|div|!--)/i.test(t)) return 'html';
	if (/^<\?xml/i.test(t) || /^<(kml|gpx|osm)\b/i.test(t)) return 'xml';
	return 'text';
}

function xmlKind(text: string): string {
	if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'spreadsheetml';
	if (/<kml\b/i.test(text)) return 'kml';
	if (/<gpx\b/i.test(text)) return 'gpx';
	if (/<osm\b/i.test(text)) return 'osm';
	return 'xml';
}

/** Decodes a sample for sniffing only (the real decoding streams, see ./decode). */
function decodeSample(head: Uint8Array, encoding: TextEncoding): string {
	try {
		return new TextDecoder(encoding).decode(head);
	} catch {
		return new TextDecoder('latin1').decode(head);
	}
}

/** encoding-japanese's `Encoding.detect` (passed in, so the library loads only for files that need it) */
export type JapaneseDetector = (bytes: Uint8Array) => string | false;

export interface SniffOptions {
	maxBytes?: number;
	encoding?: TextEncoding;
	/** needed when the sample is not UTF-8 (`needsJapaneseDetector`); without it Japanese files read as Windows-1252 */
	detectJapanese?: JapaneseDetector;
}

/** Whether telling Shift_JIS / EUC-JP from Windows-1252 may be needed for this sample. */
export const needsJapaneseDetector = (head: Uint8Array, complete: boolean): boolean =>
	utf8Stats(head, complete).invalid > 0;

/**
 * Tells the format and the encoding from the file's first bytes (`head`, up to SNIFF_BYTES), and
 * refuses, before parsing, a file that is empty, binary, a web page or XML, or over the size limit.
 */
export function sniff(head: Uint8Array, totalBytes: number, options: SniffOptions = {}): SniffResult {
	if (totalBytes === 0) return fatal('file-empty');
	const complete = head.length >= totalBytes;
	const notes: Problem[] = [];

	if (startsWith(head, [0xff, 0xfe, 0x00, 0x00])) return fatal('file-binary', { kind: 'utf32' });
	const BOMS: [number[], TextEncoding][] = [
		[[0xef, 0xbb, 0xbf], 'utf-8'],
		[[0xff, 0xfe], 'utf-16le'],
		[[0xfe, 0xff], 'utf-16be']
	];
	const bom = BOMS.find(([sig]) => startsWith(head, sig));
	let encoding: TextEncoding | null = bom ? bom[1] : null;
	const bomLength = bom ? bom[0].length : 0;
	if (bomLength) notes.push(note('bom-removed', 'info', { encoding: encoding!.toUpperCase() }));

	if (!encoding) {
		const kind = binaryKind(head);
		if (kind) return fatal('file-binary', { kind });
		const utf16 = utf16WithoutBom(head);
		if (utf16) {
			encoding = utf16;
			notes.push(note('encoding-detected', 'info', { encoding: utf16.toUpperCase() }));
		}
	}
	if (options.encoding) encoding = options.encoding;
	const body = head.subarray(bomLength);
	if (totalBytes - bomLength <= 0) return fatal('file-empty');

	if (!encoding) {
		// a NUL in a text that is not UTF-16 is a binary file (an image renamed, a database)
		if (body.includes(0)) return fatal('file-binary', { kind: 'binary' });
		const detected = detectEightBit(body, complete, options.detectJapanese);
		encoding = detected.encoding;
		notes.push(...detected.notes);
	}

	const text = decodeSample(body, encoding);
	if (/^[\s\uFEFF]*$/.test(text) && complete) return fatal('file-empty');
	const kind = textKind(text);
	if (kind === 'html') return fatal('file-html');
	if (kind === 'xml') return fatal('file-xml', { kind: xmlKind(text) });
	if (kind === 'rtf') return fatal('file-unknown-format', { kind: 'rtf' });
	const format: SourceFormat = kind === 'json' ? 'geojson' : 'delimited';

	const limit = options.maxBytes ?? (format === 'geojson' ? MAX_GEOJSON_BYTES : MAX_DELIMITED_BYTES);
	if (totalBytes > limit)
		return fatal('file-too-large', {
			size: formatMiB(totalBytes),
			limit: formatMiB(limit),
			format: format === 'geojson' ? 'GeoJSON' : 'CSV'
		});
	return { ok: true, sniffed: { format, encoding, bomLength, notes } };
}
