/**
 * GeoJSON (and TopoJSON, and newline-delimited GeoJSON) into the same raw table as a CSV: one
 * record per feature, its properties as columns, its geometry kept aside. Points become places,
 * polygons the user's own regions; anything else is reported on its feature, never dropped quietly.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { decoderFor } from './decode';
import { CHUNK_BYTES, MAX_COLUMNS, MAX_VALUE_CHARS } from './limits';
import type { Sniffed } from './sniff';
import { checkCancelled, yieldToEventLoop, type ByteSource, type RunContext } from './source';
import {
	GEOMETRY_NONE,
	GEOMETRY_POINT,
	GEOMETRY_POLYGON,
	GEOMETRY_REFUSED,
	TableBuilder,
	type RawGeometry,
	type RawTable
} from './table';
import type { Crs, Problem } from './types';

const note = (code: Problem['code'], severity: Problem['severity'], params?: Problem['params']): Problem => ({
	code,
	severity,
	row: null,
	column: null,
	value: null,
	params
});

/** EPSG codes of geographic CRSs within a few metres of WGS84 (what the map draws): read as they are. */
const GEOGRAPHIC = new Set([4326, 4258, 4269, 4283, 4612, 6668, 4167, 4617, 4019, 4030, 7844, 9777]);
/** Web Mercator under its official and its older (Google, ESRI) codes */
const WEB_MERCATOR = new Set([3857, 900913, 3785, 102100, 102113, 3587]);

/** The CRS a GeoJSON's (pre-RFC 7946) `crs` member names: an EPSG code, 'CRS84', or null if none. */
export function crsName(root: unknown): { code: number | null; name: string } | null {
	const crs = (root as { crs?: { type?: string; properties?: { name?: string; code?: number } } })?.crs;
	if (!crs || typeof crs !== 'object') return null;
	const props = crs.properties ?? {};
	if (typeof props.code === 'number') return { code: props.code, name: `EPSG:${props.code}` };
	const name = String(props.name ?? '');
	if (/CRS:?84$/i.test(name)) return { code: 4326, name };
	const m = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(name) ?? /EPSG\/0\/(\d+)$/i.exec(name);
	return { code: m ? Number(m[1]) : null, name };
}

export interface GeoJsonRead {
	table: RawTable;
	notes: Problem[];
	/** the CRS the coordinates are in, as far as the file says */
	crs: Crs;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const cut = (s: string) => (s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS)}…` : s);

/**
 * Where a JSON text first goes wrong (line and column, as an editor shows them): engines' messages
 * no longer carry a position, so a small scanner finds it. Run only once JSON.parse has failed.
 */
export function jsonErrorPlace(text: string): { line: number; column: number } {
	let i = 0;
	const n = text.length;
	const ws = () => {
		while (i < n && ' \t\n\r'.includes(text[i])) i++;
	};
	const fail = (): never => {
		throw i;
	};
	const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
	const string = () => {
		i++;
		while (i < n && text[i] !== '"') {
			if (text[i] === '\\') i++;
			else if (text.charCodeAt(i) < 0x20) fail();
			i++;
		}
		if (i >= n) fail();
		i++;
	};
	const number = () => {
		const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!m) fail();
		i += m![0].length;
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail();
				string();
				ws();
				if (text[i] !== ':') fail();
				i++;
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail();
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail();
			}
		}
		if (c === '"') return string();
		if (c === 't') return void literal('true');
		if (c === 'f') return void literal('false');
		if (c === 'n') return void literal('null');
		return number();
	};
	let pos: number;
	try {
		value();
		ws();
		pos = i;
	} catch (e) {
		pos = typeof e === 'number' ? e : i;
	}
	const before = text.slice(0, pos);
	return { line: before.split('\n').length, column: pos - before.lastIndexOf('\n') };
}

async function readText(src: ByteSource, sniffed: Sniffed, ctx: RunContext): Promise<string> {
	const decoder = await decoderFor(sniffed.encoding);
	const parts: string[] = [];
	for (let pos = sniffed.bomLength; pos < src.size;) {
		checkCancelled(ctx);
		const end = Math.min(src.size, pos + CHUNK_BYTES);
		parts.push(decoder.decode(await src.read(pos, end), end >= src.size));
		pos = end;
		ctx.onProgress?.({ phase: 'reading', bytes: pos, totalBytes: src.size, rows: 0 });
		if (pos < src.size) await yieldToEventLoop();
	}
	return parts.join('').replace(/^\uFEFF/, '');
}

/** Coordinates that are numbers written as strings (`["139.7", "35.6"]`) are read, with a warning. */
function position(p: unknown, strings: { found: boolean }): [number, number] | null {
	if (!Array.isArray(p) || p.length < 2) return null;
	const out: number[] = [];
	for (let i = 0; i < 2; i++) {
		const v = p[i];
		if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
		else if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) {
			strings.found = true;
			out.push(Number(v));
		} else return null;
	}
	return [out[0], out[1]];
}

type RingCheck = { ring: Position[] } | { invalid: string };

function checkRing(raw: unknown, strings: { found: boolean }, closed: { fixed: boolean }): RingCheck {
	if (!Array.isArray(raw)) return { invalid: 'ring-not-array' };
	const ring: Position[] = [];
	for (const p of raw) {
		const pos = position(p, strings);
		if (!pos) return { invalid: 'position' };
		ring.push(pos);
	}
	if (ring.length === 0) return { invalid: 'empty' };
	const [fx, fy] = ring[0];
	const [lx, ly] = ring[ring.length - 1];
	if (fx !== lx || fy !== ly) {
		ring.push([fx, fy]);
		closed.fixed = true;
	}
	// a linear ring has 4 positions at least: a triangle and its closing point
	if (ring.length < 4) return { invalid: 'too-few' };
	return { ring };
}

function checkPolygon(coords: unknown, strings: { found: boolean }, closed: { fixed: boolean }): Position[][] | string {
	if (!Array.isArray(coords) || coords.length === 0) return 'empty';
	const rings: Position[][] = [];
	for (const r of coords) {
		const c = checkRing(r, strings, closed);
		if ('invalid' in c) return c.invalid;
		rings.push(c.ring);
	}
	return rings;
}

interface GeometryReading {
	kind: number;
	lon?: number;
	lat?: number;
	shape?: Polygon | MultiPolygon;
	problem?: Problem;
	warnings: Problem[];
}

const geometryProblem = (code: Problem['code'], params?: Problem['params'], value?: unknown): Problem => ({
	...note(code, 'error', params),
	column: 'geometry',
	value: value === undefined ? null : cut(JSON.stringify(value) ?? '')
});

/** One feature's geometry: a point, a polygon, or the reason it is neither. */
export function readGeometry(g: unknown): GeometryReading {
	const warnings: Problem[] = [];
	if (g === null || g === undefined)
		return { kind: GEOMETRY_NONE, problem: geometryProblem('geometry-missing'), warnings };
	if (!isObject(g) || typeof g.type !== 'string')
		return { kind: GEOMETRY_REFUSED, problem: geometryProblem('geometry-invalid', { reason: 'no-type' }, g), warnings };
	const strings = { found: false };
	const closed = { fixed: false };
	const finish = (r: Omit<GeometryReading, 'warnings'>): GeometryReading => {
		// a refused geometry's repairs are beside the point
		if (r.kind === GEOMETRY_REFUSED) return { ...r, warnings };
		if (strings.found) warnings.push({ ...note('coordinates-as-strings', 'warning'), column: 'geometry' });
		if (closed.fixed) warnings.push({ ...note('ring-unclosed', 'warning'), column: 'geometry' });
		return { ...r, warnings };
	};
	const type = g.type;
	switch (type) {
		case 'Point': {
			const p = position(g.coordinates, strings);
			if (!p)
				return finish({
					kind: GEOMETRY_REFUSED,
					problem: geometryProblem('geometry-invalid', { reason: 'position', type }, g.coordinates)
				});
			return finish({ kind: GEOMETRY_POINT, lon: p[0], lat: p[1] });
		}
		case 'MultiPoint': {
			const c = g.coordinates;
			if (Array.isArray(c) && c.length === 1) {
				const p = position(c[0], strings);
				if (p) return finish({ kind: GEOMETRY_POINT, lon: p[0], lat: p[1] });
			}
			const count = Array.isArray(c) ? c.length : 0;
			return finish({ kind: GEOMETRY_REFUSED, problem: geometryProblem('geometry-unsupported', { type, count }) });
		}
		case 'Polygon': {
			const rings = checkPolygon(g.coordinates, strings, closed);
			if (typeof rings === 'string')
				return finish({
					kind: GEOMETRY_REFUSED,
					problem: geometryProblem('geometry-invalid', { reason: rings, type }, g.coordinates)
				});
			return finish({ kind: GEOMETRY_POLYGON, shape: { type: 'Polygon', coordinates: rings } });
		}
		case 'MultiPolygon': {
			const c = g.coordinates;
			if (!Array.isArray(c) || c.length === 0)
				return finish({
					kind: GEOMETRY_REFUSED,
					problem: geometryProblem('geometry-invalid', { reason: 'empty', type }, c)
				});
			const polys: Position[][][] = [];
			for (const poly of c) {
				const rings = checkPolygon(poly, strings, closed);
				if (typeof rings === 'string')
					return finish({
						kind: GEOMETRY_REFUSED,
						problem: geometryProblem('geometry-invalid', { reason: rings, type }, poly)
					});
				polys.push(rings);
			}
			return finish({ kind: GEOMETRY_POLYGON, shape: { type: 'MultiPolygon', coordinates: polys } });
		}
		case 'LineString':
		case 'MultiLineString':
		case 'GeometryCollection':
			return finish({ kind: GEOMETRY_REFUSED, problem: geometryProblem('geometry-unsupported', { type }) });
		default:
			return finish({
				kind: GEOMETRY_REFUSED,
				problem: geometryProblem('geometry-invalid', { reason: 'type', type }, type)
			});
	}
}

const cellValue = (v: unknown): string =>
	v === null || v === undefined
		? ''
		: typeof v === 'string'
			? v
			: typeof v === 'object'
				? JSON.stringify(v)
				: String(v);

/** Features out of whatever the root is, or null when it is not GeoJSON. */
function featuresOf(root: unknown): unknown[] | null {
	if (Array.isArray(root)) return root.every((f) => isObject(f) && f.type === 'Feature') && root.length ? root : null;
	if (!isObject(root) || typeof root.type !== 'string') return null;
	switch (root.type) {
		case 'FeatureCollection':
			return Array.isArray(root.features) ? root.features : null;
		case 'Feature':
			return [root];
		case 'GeometryCollection':
			return Array.isArray(root.geometries)
				? root.geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))
				: null;
		case 'Point':
		case 'MultiPoint':
		case 'LineString':
		case 'MultiLineString':
		case 'Polygon':
		case 'MultiPolygon':
			return [{ type: 'Feature', properties: {}, geometry: root as unknown as Geometry }];
		default:
			return null;
	}
}

/** Reads GeoJSON; returns a fatal problem when the file is not JSON, not GeoJSON, or has no features. */
export async function readGeoJson(
	src: ByteSource,
	sniffed: Sniffed,
	ctx: RunContext = {}
): Promise<GeoJsonRead | { fatal: Problem }> {
	const text = await readText(src, sniffed, ctx);
	checkCancelled(ctx);
	const notes: Problem[] = [];
	let root: unknown;
	try {
		root = JSON.parse(text);
	} catch (e) {
		// newline-delimited GeoJSON (one feature per line), which several tools write
		const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
		const parsed: unknown[] = [];
		if (lines.length > 1)
			for (const line of lines) {
				try {
					parsed.push(JSON.parse(line));
				} catch {
					break;
				}
			}
		if (parsed.length === lines.length && parsed.every((f) => isObject(f) && typeof f.type === 'string')) {
			root = { type: 'FeatureCollection', features: parsed.flatMap((f) => featuresOf(f) ?? [f]) };
			notes.push(note('geojson-lines', 'info', { count: parsed.length }));
		} else {
			void e;
			const place = jsonErrorPlace(text);
			return { fatal: note('geojson-invalid-json', 'error', { line: place.line, column: place.column }) };
		}
	}

	if (isObject(root) && root.type === 'Topology') {
		const { feature } = await import('topojson-client');
		const topo = root as unknown as Parameters<typeof feature>[0];
		const features: unknown[] = [];
		for (const [name, object] of Object.entries(topo.objects ?? {})) {
			const fc = feature(topo, object) as unknown as Json;
			const fs = fc.type === 'FeatureCollection' ? (fc.features as Json[]) : [fc];
			for (const f of fs)
				features.push({ ...f, properties: { ...(isObject(f.properties) ? f.properties : {}), layer: name } });
		}
		notes.push(note('topojson-converted', 'info', { count: features.length }));
		root = { type: 'FeatureCollection', features, crs: (root as Json).crs };
	}

	const features = featuresOf(root);
	if (!features) {
		const keys = isObject(root) ? Object.keys(root).slice(0, 6).join(', ') : Array.isArray(root) ? '[…]' : typeof root;
		return { fatal: note('geojson-not-geojson', 'error', { keys }) };
	}
	if (features.length === 0) return { fatal: note('geojson-no-features', 'error') };

	let crs: Crs = 'EPSG:4326';
	const named = crsName(root);
	if (named) {
		if (named.code !== null && WEB_MERCATOR.has(named.code)) {
			crs = 'EPSG:3857';
			notes.push(note('crs-reprojected', 'info', { crs: named.name }));
		} else if (named.code === null || !GEOGRAPHIC.has(named.code)) {
			return { fatal: note('geojson-projected', 'error', { crs: named.name }) };
		}
	}

	// columns: every property name, in the order first met
	const columns: string[] = [];
	const index = new Map<string, number>();
	let featureIds = false;
	for (const f of features) {
		if (!isObject(f)) continue;
		if (f.id !== undefined && f.id !== null) featureIds = true;
		if (isObject(f.properties))
			for (const k of Object.keys(f.properties))
				if (!index.has(k)) {
					if (columns.length >= MAX_COLUMNS)
						return { fatal: note('too-many-columns', 'error', { count: columns.length + 1, limit: MAX_COLUMNS }) };
					index.set(k, columns.length);
					columns.push(k);
				}
	}
	// a Feature's own `id` member is a column too, unless a property already has that name
	const idColumn = featureIds && !index.has('id') ? columns.push('id') - 1 : -1;

	const n = features.length;
	const geometry: RawGeometry = {
		kind: new Uint8Array(n),
		lon: new Float64Array(n).fill(NaN),
		lat: new Float64Array(n).fill(NaN),
		polygons: new Map(),
		problems: new Map()
	};
	const builder = new TableBuilder(columns);
	const fields: string[] = new Array(columns.length);
	for (let i = 0; i < n; i++) {
		if (i % 10_000 === 0) {
			checkCancelled(ctx);
			ctx.onProgress?.({ phase: 'reading', bytes: src.size, totalBytes: src.size, rows: i });
		}
		const f = features[i];
		fields.fill('');
		if (!isObject(f) || f.type !== 'Feature') {
			const record = builder.add(fields, i + 1);
			geometry.kind[record] = GEOMETRY_REFUSED;
			builder.problem(record, {
				...note('feature-not-feature', 'error', { type: isObject(f) ? String(f.type ?? '') : typeof f }),
				row: i + 1,
				value: cut(JSON.stringify(f) ?? '')
			});
			continue;
		}
		if (isObject(f.properties)) for (const [k, v] of Object.entries(f.properties)) fields[index.get(k)!] = cellValue(v);
		if (idColumn >= 0) fields[idColumn] = cellValue(f.id);
		const record = builder.add(fields, i + 1);
		const g = readGeometry(f.geometry);
		geometry.kind[record] = g.kind;
		if (g.kind === GEOMETRY_POINT) {
			geometry.lon[record] = g.lon!;
			geometry.lat[record] = g.lat!;
		} else if (g.kind === GEOMETRY_POLYGON) geometry.polygons.set(record, g.shape!);
		const problems = g.problem ? [g.problem, ...g.warnings] : g.warnings;
		if (problems.length)
			geometry.problems.set(
				record,
				problems.map((p) => ({ ...p, row: i + 1 }))
			);
	}
	return { table: builder.finish(geometry), notes, crs };
}
