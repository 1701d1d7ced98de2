/**
 * Reading bytes: format and encoding detection, refusal before parsing, streaming decoding across
 * chunk boundaries, delimiter detection, and how coordinates written by people are read.
 */
import Encoding from 'encoding-japanese';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCombined, parseCoordinate, mercatorToLonLat } from '../../src/lib/import/coords';
import { detectDelimiter } from '../../src/lib/import/csv';
import { completePrefix, createDecoder } from '../../src/lib/import/decode';
import { jsonErrorPlace } from '../../src/lib/import/geojson';
import { MAX_DELIMITED_BYTES, MAX_GEOJSON_BYTES } from '../../src/lib/import/limits';
import { readSource } from '../../src/lib/import/pipeline';
import { sniff, utf8Stats } from '../../src/lib/import/sniff';
import type { ByteSource } from '../../src/lib/import/source';
import { kumamotoCsv } from '../fixtures/import/cases';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffing', () => {
	it('reads UTF-8 as UTF-8 with no note', () => {
		const r = sniff(utf8('name,lat,lon\nA,1,2\n'), 19);
		expect(r).toMatchObject({ ok: true, sniffed: { format: 'delimited', encoding: 'utf-8', bomLength: 0, notes: [] } });
	});

	it('tells Shift_JIS from UTF-8 with encoding-japanese', () => {
		const bytes = Uint8Array.from(
			Encoding.convert(Encoding.stringToCode('名称,緯度,経度\n熊本,32.8,130.7\n'), { to: 'SJIS', from: 'UNICODE' })
		);
		const r = sniff(bytes, bytes.length, { detectJapanese: Encoding.detect });
		expect(r.ok && r.sniffed.encoding).toBe('shift_jis');
	});

	it('does not take a Shift_JIS sample cut in the middle of a character for Windows-1252', () => {
		const text = '名称,緯度,経度\n' + '熊本精密工業,32.8,130.7\n'.repeat(4000);
		const bytes = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
		// cut at an odd offset, inside a two-byte character
		const head = bytes.subarray(0, 65535);
		const r = sniff(head, bytes.length, { detectJapanese: Encoding.detect });
		expect(r.ok && r.sniffed.encoding).toBe('shift_jis');
	});

	it('reads Windows-1252 when the bytes are neither UTF-8 nor Japanese', () => {
		const bytes = Uint8Array.from([...'Name;Stadt\nMüller;Köln\n'].map((c) => c.charCodeAt(0)));
		const r = sniff(bytes, bytes.length, { detectJapanese: Encoding.detect });
		expect(r.ok && r.sniffed.encoding).toBe('windows-1252');
	});

	it('counts a UTF-8 sequence cut by the end of the sample as no evidence', () => {
		const b = utf8('café');
		expect(utf8Stats(b.subarray(0, b.length - 1), false)).toEqual({ multibyte: 0, invalid: 0 });
		expect(utf8Stats(b.subarray(0, b.length - 1), true).invalid).toBe(1);
	});

	it('refuses a file over the limit from its size, before reading more than the sniffed head', async () => {
		const reads: [number, number][] = [];
		const huge: ByteSource = {
			name: 'huge.csv',
			size: MAX_DELIMITED_BYTES + 1,
			read: async (start, end) => {
				reads.push([start, end]);
				return utf8('name,lat,lon\n'.padEnd(end - start, 'x')).subarray(0, end - start);
			}
		};
		// a Blob-shaped stand-in for a 256 MiB file, recording what is read of it
		const blob = {
			size: huge.size,
			slice: (s: number, e: number) => ({ arrayBuffer: async () => (await huge.read(s, e)).buffer })
		} as unknown as Blob;
		const big = await readSource(blob, { name: 'huge.csv' });
		expect(big.ok).toBe(false);
		if (big.ok) return;
		expect(big.problem.code).toBe('file-too-large');
		expect(big.problem.params).toMatchObject({ limit: '256 MiB', format: 'CSV' });
		expect(reads).toEqual([[0, 64 * 1024]]);
	});

	it('names the GeoJSON limit for a GeoJSON over it', () => {
		const r = sniff(utf8('{"type":"FeatureCollection","features":[]}'), MAX_GEOJSON_BYTES + 1);
		expect(!r.ok && r.problem.params).toMatchObject({ limit: '128 MiB', format: 'GeoJSON' });
	});

	it('tells a workbook, an archive and a web page apart', () => {
		const zip = (name: string) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0), ...utf8(name)]);
		const kind = (b: Uint8Array) => {
			const r = sniff(b, b.length);
			return r.ok ? r.sniffed.format : `${r.problem.code}:${r.problem.params?.kind ?? ''}`;
		};
		expect(kind(zip('xl/workbook.xml'))).toBe('file-binary:xlsx');
		expect(kind(zip('doc.kml'))).toBe('file-binary:kmz');
		expect(kind(zip('places.shp'))).toBe('file-binary:shapefile');
		expect(kind(zip('notes.txt'))).toBe('file-binary:zip');
		expect(kind(utf8('  \n<html><body></body></html>'))).toBe('file-html:');
		expect(kind(utf8('{"type":"Feature"}'))).toBe('geojson');
		expect(kind(utf8('lat,lon\n1,2'))).toBe('delimited');
	});
});

describe('decoding in chunks', () => {
	const sjisBytes = Uint8Array.from(
		Encoding.convert(Encoding.stringToCode(kumamotoCsv()), { to: 'SJIS', from: 'UNICODE' })
	);

	it('decodes Shift_JIS the same with the runtime’s decoder and with encoding-japanese', () => {
		const native = createDecoder('shift_jis');
		const lib = createDecoder('shift_jis', 'encoding-japanese', Encoding);
		expect(native.via).toBe('native');
		expect(lib.via).toBe('encoding-japanese');
		expect(lib.decode(sjisBytes, true)).toBe(native.decode(sjisBytes, true));
		expect(native.decode(sjisBytes, true)).toBe(kumamotoCsv());
	});

	it('never splits a character across chunks, whatever the chunk size', () => {
		for (const prefer of ['native', 'encoding-japanese'] as const)
			for (const size of [1, 2, 3, 7, 4096]) {
				const d = createDecoder('shift_jis', prefer, Encoding);
				let out = '';
				for (let i = 0; i < sjisBytes.length; i += size)
					out += d.decode(sjisBytes.subarray(i, i + size), i + size >= sjisBytes.length);
				expect(out, `${prefer} ${size}`).toBe(kumamotoCsv());
			}
	});

	it('finds the last whole character of a Shift_JIS or EUC-JP chunk', () => {
		expect(completePrefix(Uint8Array.from([0x41, 0x8c, 0x46, 0x8c]), 'shift_jis')).toBe(3);
		expect(completePrefix(Uint8Array.from([0x41, 0xb7, 0xa7]), 'euc-jp')).toBe(3);
		expect(completePrefix(Uint8Array.from([0x41, 0x8f, 0xb0]), 'euc-jp')).toBe(1);
	});
});

describe('the delimiter', () => {
	it('is the one that splits every record alike', () => {
		expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
		expect(detectDelimiter('name;lat;lon\nA;35,68;139,76\nB;1,5;2,5\n')).toBe(';');
		expect(detectDelimiter('name\tnote\nA\tx, y, z\n')).toBe('\t');
		expect(detectDelimiter('id|x|y\n1|2|3\n')).toBe('|');
	});

	it('prefers tab for a one-column file named .tsv, comma otherwise', () => {
		expect(detectDelimiter('name\nA\n', true)).toBe('\t');
		expect(detectDelimiter('name\nA\n')).toBe(',');
	});
});

describe('coordinates as people write them', () => {
	const value = (s: string) => {
		const r = parseCoordinate(s);
		return typeof r === 'string' ? r : Math.round(r.value * 1e5) / 1e5;
	};
	it.each([
		['35.6895', 35.6895],
		['-4.2518', -4.2518],
		['+139.7', 139.7],
		['35,6895', 35.6895],
		['4.7161357378478E1', 47.16136],
		['35°41′22″N', 35.68944],
		['35°41\'22"S', -35.68944],
		["43º3'42''N", 43.06167],
		['55 51 51 N', 55.86417],
		['N 26 12 45', 26.2125],
		['35:41:22', 35.68944],
		['35d41m22s', 35.68944],
		['北緯32度48分11秒', 32.80306],
		['西経4度15分', -4.25],
		['35.68N', 35.68],
		['4.25W', -4.25],
		['３２．８０３１', 32.8031],
		['−4.25', -4.25],
		['', 'empty'],
		['N/A', 'empty'],
		['#N/A', 'empty'],
		['不明', 'empty'],
		['55.86.42', 'unparseable'],
		['52.4 m', 'unparseable'],
		['35°61′', 'unparseable'],
		['35.5°30′', 'unparseable'],
		['-35°S', 'unparseable'],
		['north', 'unparseable']
	])('%s → %s', (input, expected) => {
		expect(value(input)).toBe(expected);
	});

	it('reads pairs latitude first, except WKT and JSON arrays', () => {
		const pair = (s: string) => {
			const r = parseCombined(s);
			return typeof r === 'string' ? r : [r.lat.value, r.lon.value];
		};
		expect(pair('35.68, 139.76')).toEqual([35.68, 139.76]);
		expect(pair('(35.68, 139.76)')).toEqual([35.68, 139.76]);
		expect(pair('42.71:-73.79')).toEqual([42.71, -73.79]);
		expect(pair('POINT (139.76 35.68)')).toEqual([35.68, 139.76]);
		expect(pair('[139.76, 35.68]')).toEqual([35.68, 139.76]);
		expect(pair('35.68')).toBe('unparseable');
		expect(pair('')).toBe('empty');
	});

	it('converts Web Mercator metres exactly', () => {
		const [lon, lat] = mercatorToLonLat(-8238354.76344332, 4970277.18766739);
		expect(lon).toBeCloseTo(-74.0064, 4);
		expect(lat).toBeCloseTo(40.7142, 4);
		expect(mercatorToLonLat(0, 0)).toEqual([0, 0]);
	});
});

describe('JSON errors', () => {
	it('are placed by line and column', () => {
		expect(jsonErrorPlace('{\n"a": [1,\n]\n}')).toEqual({ line: 3, column: 1 });
		expect(jsonErrorPlace("{'a': 1}")).toEqual({ line: 1, column: 2 });
		expect(jsonErrorPlace('{"a": 1')).toEqual({ line: 1, column: 8 });
	});

	it('places the error of the trailing-comma fixture where an editor shows it', () => {
		const text = readFileSync('tests/fixtures/import/trailing-comma.geojson', 'utf8');
		expect(() => JSON.parse(text)).toThrow();
		expect(jsonErrorPlace(text)).toEqual({ line: 5, column: 1 });
	});
});

describe('plain decimals read from bytes', () => {
	it('agree with Number() wherever they answer, and leave the rest to the string reader', async () => {
		const { pack, packedNumber } = await import('../../src/lib/import/packed');
		const values = [
			'-4.2518',
			'55.8642',
			' 139.7671 ',
			'+1.5',
			'0',
			'-0.000001',
			'5.',
			'.5',
			'130.12345678901',
			'12345678901234567',
			'1e3',
			'35,68',
			'',
			'-',
			'.',
			'abc',
			'1.2.3',
			'３５'
		];
		const p = pack(values);
		values.forEach((v, i) => {
			const got = packedNumber(p, i);
			const plain = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(v) && v.replace(/\D/g, '').replace(/^0+/, '').length <= 15;
			if (plain) expect(got, v).toBe(Number(v));
			else expect(got, v).toBeNaN();
		});
	});
});
