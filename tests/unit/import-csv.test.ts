/**
 * The streaming CSV reader on what is too large to commit as a fixture: a 1 MB single line, 10,000
 * and 20,000 columns, records and characters cut by the chunk boundary, an open quote followed by
 * megabytes, and progress and cancel over 200,000 rows.
 */
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { completePrefix } from '../../src/lib/import/decode';
import { CHUNK_BYTES, MAX_COLUMNS } from '../../src/lib/import/limits';
import { packedGet, unpack } from '../../src/lib/import/packed';
import { importFile } from '../../src/lib/import/pipeline';
import { ImportCancelled, type Progress } from '../../src/lib/import/source';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('size and shape', () => {
	it('reads a 1 MB single line (a quoted cell larger than a chunk) and the rows around it', async () => {
		const big = 'word, "quoted", '.repeat(70_000);
		const csv = `name,lat,lon,note\nA,55.8642,-4.2518,"${big.replace(/"/g, '""')}"\nB,52.7039,-8.8642,short\n`;
		expect(csv.length).toBeGreaterThan(CHUNK_BYTES);
		const r = await importFile(utf8(csv), { name: 'long.csv' });
		expect(r.ok && r.dataset.summary).toMatchObject({ loaded: 2, rejected: 0 });
		if (!r.ok) return;
		expect(r.problems).toEqual([]);
		expect(packedGet(r.dataset.attributes[3], 0)).toBe(big);
	});

	it('reads 10,000 columns', async () => {
		const cols = ['name', 'lat', 'lon', ...Array.from({ length: 9997 }, (_, i) => `c${i}`)];
		const row = (n: string, lat: number, lon: number) =>
			[n, lat, lon, ...Array.from({ length: 9997 }, (_, i) => i)].join(',');
		const csv = [cols.join(','), row('A', 55.8642, -4.2518), row('B', 52.7039, -8.8642)].join('\n');
		const r = await importFile(utf8(csv), { name: 'wide.csv' });
		expect(r.ok && r.dataset.columns.length).toBe(10_000);
		expect(r.ok && r.dataset.summary.loaded).toBe(2);
		if (r.ok) expect(packedGet(r.dataset.attributes[9999], 1)).toBe('9996');
	});

	it('refuses 20,000 columns, naming Excel’s limit', async () => {
		const csv = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(19_999) + '1\n';
		const r = await importFile(utf8(csv), { name: 'too-wide.csv' });
		expect(!r.ok && r.problem).toMatchObject({
			code: 'too-many-columns',
			params: { count: 20_000, limit: MAX_COLUMNS }
		});
	});

	it('refuses a file over a given limit before parsing', async () => {
		const r = await importFile(utf8('name,lat,lon\nA,1,2\n'), { name: 'x.csv', maxBytes: 10 });
		expect(!r.ok && r.problem.code).toBe('file-too-large');
	});
});

describe('chunk boundaries', () => {
	/** rows of `name,lat,lon` with the first name padded so that `offset` lands on the given character */
	const padTo = (offset: number, tail: string, head = 'name,lat,lon\r\n') => {
		const row = 'Glasgow,55.8642,-4.2518\r\n';
		let body = '';
		while (head.length + body.length + row.length < offset - 40) body += row;
		const pad = offset - head.length - body.length - ',55.8642,-4.2518'.length;
		return head + body + 'P'.repeat(pad) + ',55.8642,-4.2518' + tail;
	};

	it('keeps a CRLF cut in two by the boundary as one line ending', async () => {
		const csv = padTo(CHUNK_BYTES, '\r\nShannon,52.7039,-8.8642\r\n');
		expect(csv[CHUNK_BYTES]).toBe('\r');
		expect(csv[CHUNK_BYTES + 1]).toBe('\n');
		const r = await importFile(utf8(csv), { name: 'b.csv' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const rows = csv.split('\r\n').length - 2;
		expect(r.dataset.summary).toMatchObject({ loaded: rows, rejected: 0 });
		expect(r.problems).toEqual([]);
	});

	it('keeps a quoted line break that spans the boundary inside its cell', async () => {
		const csv = padTo(CHUNK_BYTES - 6, ',"note\r\nacross"\r\nShannon,52.7039,-8.8642,x\r\n', 'name,lat,lon,note\r\n');
		// the boundary falls inside the quoted cell, on its line break
		expect(csv.slice(CHUNK_BYTES - 6, CHUNK_BYTES + 2)).toBe(',"note\r\n');
		const r = await importFile(utf8(csv), { name: 'q.csv' });
		expect(r.ok && r.dataset.summary.rejected).toBe(0);
		if (r.ok) expect(unpack(r.dataset.attributes[3]).filter((v) => v.includes('\n'))).toEqual(['note\nacross']);
	});

	it('decodes a Shift_JIS character cut by the boundary', async () => {
		const rows = ['名称,緯度,経度'];
		// ≈ 1.9 MB: the first chunk boundary falls among the names
		for (let i = 0; i < 60_000; i++) rows.push(`熊本精密工業${i},32.8031,130.7079`);
		const encode = (t: string) =>
			Uint8Array.from(Encoding.convert(Encoding.stringToCode(t), { to: 'SJIS', from: 'UNICODE' }));
		let bytes = encode(rows.join('\r\n') + '\r\n');
		// shift by one byte (a space the header trims) until a two-byte character straddles the boundary
		if (completePrefix(bytes.subarray(0, CHUNK_BYTES), 'shift_jis') === CHUNK_BYTES) {
			rows[0] += ' ';
			bytes = encode(rows.join('\r\n') + '\r\n');
		}
		expect(completePrefix(bytes.subarray(0, CHUNK_BYTES), 'shift_jis')).toBe(CHUNK_BYTES - 1);
		const r = await importFile(bytes, { name: 'sjis.csv' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.dataset.source.encoding).toBe('shift_jis');
		const names = unpack(r.dataset.places.name);
		expect(names.length).toBe(rows.length - 1);
		expect(names.every((n, i) => n === `熊本精密工業${i}`)).toBe(true);
	});

	it('gives up on an open quote that holds megabytes of lines, and keeps every row after it', async () => {
		const rows = Array.from({ length: 200_000 }, (_, i) => `P${i},55.8642,-4.2518`);
		const csv = `name,lat,lon\n"Open quote,52.7039,-8.8642\n${rows.join('\n')}\n`;
		const r = await importFile(utf8(csv), { name: 'open.csv' });
		expect(r.ok && r.dataset.summary).toMatchObject({ loaded: 200_001, rejected: 0 });
		expect(r.ok && r.problems.map((p) => [p.code, p.row])).toEqual([['quote-malformed', 2]]);
	});
});

describe('progress and cancel', () => {
	const csv = utf8(
		'name,lat,lon\n' +
			Array.from(
				{ length: 200_000 },
				(_, i) => `Place ${i},${(30 + (i % 1000) / 100).toFixed(2)},${(130 + (i % 500) / 100).toFixed(2)}`
			).join('\n')
	);

	it('reports progress by bytes and rows, and loads all 200,000 rows', async () => {
		const seen: Progress[] = [];
		const r = await importFile(csv, { name: 'big.csv' }, { onProgress: (p) => seen.push(p) });
		expect(r.ok && r.dataset.summary).toMatchObject({ records: 200_000, loaded: 200_000, rejected: 0 });
		const reading = seen.filter((p) => p.phase === 'reading');
		expect(reading.length).toBeGreaterThan(2);
		expect(reading.at(-1)).toMatchObject({ bytes: csv.length, totalBytes: csv.length, rows: 200_000 });
		for (let i = 1; i < reading.length; i++) expect(reading[i].bytes).toBeGreaterThan(reading[i - 1].bytes);
		expect(seen.some((p) => p.phase === 'validating')).toBe(true);
	});

	it('stops at the next chunk once cancelled', async () => {
		let progress = 0;
		let cancelled = false;
		const run = importFile(
			csv,
			{ name: 'big.csv' },
			{
				onProgress: () => {
					if (++progress === 1) cancelled = true;
				},
				cancelled: () => cancelled
			}
		);
		await expect(run).rejects.toBeInstanceOf(ImportCancelled);
		expect(progress).toBe(1);
	});
});
