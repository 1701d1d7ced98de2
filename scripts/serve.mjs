// A small static server for the production build, like a static host: gzip for text, long cache
// for hashed assets, a validator (ETag, Last-Modified; 304 on a match) for everything else, `/place/x` → place/x.html, and unknown paths → 404.html with status 404
// (under /ja/: the Japanese edition's ja/404.html; under /api/: api/404.json, a JSON body).
// Usage: node scripts/serve.mjs [dir=build] [port=4173]
// SERVE_COUNT_BYTES=1 prints `bytes <n> <path>` per response body sent (the benchmark's transfer
// count: it sees what the page's workers fetch too).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};
const countBytes = !!process.env.SERVE_COUNT_BYTES;
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.csv', '.webmanifest']);

function resolveFile(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	const candidates = [base, `${base}.html`, join(base, 'index.html')];
	return candidates.find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let file = resolveFile(url.pathname);
	let status = 200;
	if (!file) {
		// the API answers in JSON, also when there is nothing there (its body: src/routes/api/404.json)
		file = join(
			root,
			url.pathname.startsWith('/api/') ? 'api/404.json' : /^\/ja(\/|$)/.test(url.pathname) ? 'ja/404.html' : '404.html'
		);
		status = 404;
	}
	const ext = extname(file);
	const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
	headers['Cache-Control'] = url.pathname.includes('/_app/immutable/')
		? 'public, max-age=31536000, immutable'
		: 'no-cache';
	// a validator for what is not hashed (pages, fonts, data): a revisit revalidates with a 304 instead
	// of downloading the file again
	const stat = statSync(file);
	const gzip = COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	headers.ETag = `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${gzip ? '-gz' : ''}"`;
	headers['Last-Modified'] = stat.mtime.toUTCString();
	headers.Vary = 'Accept-Encoding';
	if (status === 200 && req.headers['if-none-match'] === headers.ETag) {
		res.writeHead(304, { ETag: headers.ETag, 'Cache-Control': headers['Cache-Control'], Vary: headers.Vary });
		return res.end();
	}
	if (gzip) headers['Content-Encoding'] = 'gzip';
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	const stream = createReadStream(file);
	const body = gzip ? stream.pipe(createGzip({ level: 6 })) : stream;
	if (countBytes) {
		let n = 0;
		body.on('data', (chunk) => (n += chunk.length));
		body.on('end', () => process.stdout.write(`bytes ${n} ${url.pathname}\n`));
	}
	body.pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
