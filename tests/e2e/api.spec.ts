/**
 * The static API and the data package as a static host serves them (scripts/serve.mjs on build/):
 * every endpoint the index lists answers JSON of this edition, every resource of the package is
 * there with its type, and an unknown path under /api/ is a 404 with a JSON body (elsewhere the
 * 404 page stays HTML).
 */
import { test, expect } from '@playwright/test';
import { parseCSV } from '../csv';
import { places } from './data';

test('the API index lists endpoints that answer JSON of one edition', async ({ request }) => {
	const index = await request.get('/api/v1/index.json');
	expect(index.status()).toBe(200);
	expect(index.headers()['content-type']).toMatch(/^application\/json/);
	const body = (await index.json()) as { edition: string; endpoints: { path: string }[] };
	expect(body.endpoints.length).toBeGreaterThanOrEqual(7);
	for (const { path } of body.endpoints) {
		const res = await request.get(path.replace('{id}', 'hokkaido'));
		expect(res.status(), path).toBe(200);
		expect(((await res.json()) as { edition: string }).edition, path).toBe(body.edition);
	}
});

test('every place has its own API file', async ({ request }) => {
	for (const p of places) {
		const res = await request.get(`/api/v1/places/${p.id}.json`);
		expect(res.status(), p.id).toBe(200);
		const body = (await res.json()) as { place: { id: string; lon: number; lat: number } };
		expect([body.place.id, body.place.lon, body.place.lat]).toEqual([p.id, p.lon, p.lat]);
	}
});

test('an unknown place in the API is a 404 with a JSON body, not the HTML 404 page', async ({ request }) => {
	for (const path of ['/api/v1/places/atlantis.json', '/api/v1/nothing-here', '/api/v2/places.json']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(404);
		expect(res.headers()['content-type'], path).toMatch(/^application\/json/);
		expect(await res.json(), path).toMatchObject({ status: 404, error: 'not found', index: '/api/v1/index.json' });
	}
	const page = await request.get('/place/atlantis');
	expect(page.status()).toBe(404);
	expect(page.headers()['content-type']).toMatch(/^text\/html/);
});

test('the data package is served with every resource it lists, CSVs as text/csv that read back', async ({
	request
}) => {
	const res = await request.get('/data/datapackage.json');
	expect(res.status()).toBe(200);
	const pkg = (await res.json()) as {
		resources: { path: string; mediatype: string; schema?: { fields: { name: string }[] } }[];
	};
	for (const r of pkg.resources) {
		const file = await request.get(`/data/${r.path}`);
		expect(file.status(), r.path).toBe(200);
		expect(file.headers()['content-type'], r.path).toContain(r.mediatype);
		if (r.schema) expect(parseCSV(await file.text())[0], r.path).toEqual(r.schema.fields.map((f) => f.name));
	}
});

test('what is not hashed (pages, fonts, data) carries a validator, and a revisit gets a 304 instead of the file; hashed assets are immutable', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	// the page's fonts: the @font-face rules the page links name the subsets
	const css = await (await request.get('/fonts/noto-sans-jp/font.css')).text();
	const subset = /noto-sans-jp-[\w-]+\.woff2/.exec(css)?.[0];
	const font = subset && `/fonts/noto-sans-jp/${subset}`;
	const script = /\/_app\/immutable\/[^"')\s]+\.js/.exec(html)?.[0];
	expect(font, 'font.css names a self-hosted subset').toBeTruthy();
	expect(script, 'the page names a hashed script').toBeTruthy();
	for (const path of ['/', font!, '/api/v1/places.json']) {
		const first = await request.get(path);
		expect(first.status(), path).toBe(200);
		const etag = first.headers()['etag'];
		expect(etag, path).toMatch(/^W\/".+"$/);
		expect(first.headers()['cache-control'], path).toBe('no-cache');
		const again = await request.get(path, { headers: { 'If-None-Match': etag } });
		expect(again.status(), path).toBe(304);
		expect(await again.body(), path).toHaveLength(0);
	}
	const hashed = await request.get(script!);
	expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
