/**
 * The worker protocol, end to end over a real MessageChannel (structured clone and transfer as in a
 * browser): start with progress, a transferable result, a corrected mapping, problems page by page,
 * the bad-rows download, cancel, and a refused file.
 */
import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createImporter, type Importer, type WorkerLike } from '../../src/lib/import/client';
import { createLandIndex } from '../../src/lib/import/land';
import { unpack } from '../../src/lib/import/packed';
import type { WorkerRequest } from '../../src/lib/import/protocol';
import { createImportService } from '../../src/lib/import/service';
import type { Progress } from '../../src/lib/import/source';

const countries = JSON.parse(readFileSync('geodata/basemap/countries.geojson', 'utf8'));
let landLoads = 0;
let open: Importer[] = [];

function connect(): Importer {
	const { port1, port2 } = new MessageChannel();
	const service = createImportService((m, t) => port1.postMessage(m, (t ?? []) as never), {
		land: async () => {
			landLoads++;
			return createLandIndex(countries);
		}
	});
	port1.on('message', (m: WorkerRequest) => void service.handle(m));
	const worker = {
		postMessage: (m: WorkerRequest, t?: Transferable[]) => port2.postMessage(m, (t ?? []) as never),
		addEventListener: (_: 'message', f: (e: MessageEvent) => void) =>
			port2.on('message', (data) => f({ data } as MessageEvent)),
		close: () => {
			port1.close();
			port2.close();
		}
	} as WorkerLike;
	const importer = createImporter(worker);
	open.push(importer);
	return importer;
}

afterEach(() => {
	for (const i of open) i.dispose();
	open = [];
});

const bytesOf = (file: string) => {
	const b = readFileSync(`tests/fixtures/import/${file}`);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('the import worker protocol', () => {
	it('imports the Kumamoto Shift_JIS file: typed arrays, mapping, the three bad rows', async () => {
		const importer = connect();
		const input = bytesOf('good-kumamoto-firms-sjis.csv');
		const r = await importer.start(input, { name: 'firms.csv' });
		// the ArrayBuffer was transferred, not copied
		expect(input.byteLength).toBe(0);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const d = r.dataset;
		expect(d.places.lat).toBeInstanceOf(Float64Array);
		expect(d.places.count).toBe(297);
		expect(d.places.lat.length).toBe(297);
		expect(d.columns[d.mapping.lat!]).toBe('緯度');
		expect(d.columns[d.mapping.lon!]).toBe('経度');
		expect(d.columns[d.mapping.name!]).toBe('企業名');
		expect(r.page.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.code])).toEqual([
			[58, 'coord-empty'],
			[143, 'swapped-suspected'],
			[212, 'duplicate-id']
		]);
		const file = await importer.exportBad('ja');
		expect(file.fileName).toBe('firms-problems.csv');
		// UTF-8 with a BOM, so Japanese Excel opens it in the right encoding
		expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(file.bytes);
		expect(text.startsWith('企業ID,企業名,業種,所在地,緯度,経度,従業員数,problem\r\nK057,')).toBe(true);
		expect(text.trim().split('\r\n').length).toBe(4);
		expect(text).toContain('緯度が空です');
	});

	it('reports progress while reading a larger file', async () => {
		const importer = connect();
		const csv =
			'name,lat,lon\n' + Array.from({ length: 150_000 }, (_, i) => `P${i},35.${i % 1000},139.${i % 999}`).join('\n');
		const seen: Progress[] = [];
		const r = await importer.start(new Blob([csv]), { name: 'big.csv' }, (p) => seen.push(p));
		expect(r.ok && r.dataset.summary.loaded).toBe(150_000);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.every((p) => p.totalBytes === 0 || p.bytes <= p.totalBytes)).toBe(true);
	});

	it('validates again under a corrected mapping without a second file', async () => {
		const importer = connect();
		const r = await importer.start(new Blob(['place,a,b\nGlasgow,55.8642,-4.2518\nShannon,52.7039,-8.8642\n']), {
			name: 'x.csv'
		});
		expect(r.ok && r.dataset.summary.loaded).toBe(0);
		if (!r.ok) return;
		const fixed = await importer.remap({ ...r.dataset.mapping, lat: 1, lon: 2, name: 0 });
		expect(fixed.ok && fixed.dataset.summary.loaded).toBe(2);
		if (fixed.ok) expect(unpack(fixed.dataset.places.name)).toEqual(['Glasgow', 'Shannon']);
	});

	it('pages through the problems, with exact totals', async () => {
		const importer = connect();
		const csv = 'name,lat,lon\n' + Array.from({ length: 500 }, (_, i) => `P${i},,139.7`).join('\n');
		const r = await importer.start(new Blob([csv]), { name: 'empty.csv' });
		expect(r.ok && r.page).toMatchObject({ offset: 0, total: 500, listed: 500 });
		expect(r.ok && r.page.problems.length).toBe(200);
		const page = await importer.problems(400, 200);
		expect(page.problems.map((p) => p.row)).toEqual(Array.from({ length: 100 }, (_, i) => 402 + i));
	});

	it('answers a refused file with its problem', async () => {
		const importer = connect();
		const r = await importer.start(bytesOf('html-saved-as.csv'), { name: 'page.csv' });
		expect(r).toMatchObject({ ok: false, problem: { code: 'file-html', severity: 'error' } });
	});

	it('cancels a running import', async () => {
		const importer = connect();
		const csv = 'name,lat,lon\n' + Array.from({ length: 300_000 }, (_, i) => `P${i},35.1,139.2`).join('\n');
		const run = importer.start(new Blob([csv]), { name: 'big.csv' }, () => importer.cancel());
		expect(await run).toEqual({ ok: false, cancelled: true });
		// the worker is ready for the next file
		const next = await importer.start(new Blob(['lat,lon\n1,2\n']), { name: 'small.csv' });
		expect(next.ok && next.dataset.summary.loaded).toBe(1);
	});

	it('loads the countries once per worker, for the first import that needs them', async () => {
		const importer = connect();
		const before = landLoads;
		await importer.start(new Blob(['lat,lon\n1,2\n']), { name: 'a.csv' });
		await importer.start(new Blob(['lat,lon\n3,4\n']), { name: 'b.csv' });
		expect(landLoads - before).toBe(1);
	});
});
