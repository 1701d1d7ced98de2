/**
 * Validation: a parsed table and a mapping → the places that load, and every problem, each on its
 * row with its column, its value and what to do. Cheap enough to run again whenever the user
 * corrects the mapping (one pass, no parsing of the file).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
	FLAG_DECIMAL_COMMA,
	FLAG_DMS,
	FLAG_FULLWIDTH,
	FLAG_HEMISPHERE,
	MERCATOR_MAX,
	mercatorToLonLat,
	parseCombined,
	parseCoordinate,
	type ParsedCoordinate
} from './coords';
import { swappedLandsInCase, type LandIndex } from './land';
import { MAX_LISTED_PROBLEMS, MAX_VALUE_CHARS } from './limits';
import { packedBlank, packedGet, packedNumber, packedSelect, type PackedStrings } from './packed';
import { createSectorMatcher, type SectorMatcher } from './sectors';
import { checkCancelled, yieldToEventLoop, type RunContext } from './source';
import { GEOMETRY_POINT, GEOMETRY_POLYGON, type RawTable } from './table';
import type {
	Category,
	ColumnMapping,
	ImportSummary,
	PlaceTable,
	Problem,
	ProblemCode,
	Severity,
	UserRegion
} from './types';

export interface ValidateOptions {
	sectors?: SectorMatcher;
	/** countries for the swapped-coordinates check; without it only out-of-range swaps are caught */
	land?: LandIndex | null;
	maxListed?: number;
}

export interface ValidationOutput {
	places: PlaceTable;
	attributes: PackedStrings[];
	regions: UserRegion[];
	categories: Category[];
	summary: ImportSummary;
	/** the first `maxListed` problems, in row order (file-level notes first) */
	problems: Problem[];
	/** 1 for each record that was not loaded */
	rejected: Uint8Array;
}

/** Receives every problem with its record (-1 for the whole file). */
export type ProblemSink = (record: number, problem: Problem) => void;

const cut = (s: string) => (s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS)}…` : s);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

class Growable {
	u32: Uint32Array;
	f64a: Float64Array;
	f64b: Float64Array;
	i32: Int32Array;
	u32b: Uint32Array;
	n = 0;
	constructor(size: number) {
		this.u32 = new Uint32Array(size);
		this.u32b = new Uint32Array(size);
		this.f64a = new Float64Array(size);
		this.f64b = new Float64Array(size);
		this.i32 = new Int32Array(size);
	}
	push(record: number, row: number, lon: number, lat: number, category: number) {
		const i = this.n++;
		this.u32[i] = record;
		this.u32b[i] = row;
		this.f64a[i] = lon;
		this.f64b[i] = lat;
		this.i32[i] = category;
	}
}

const FLAG_CODES: [number, ProblemCode][] = [
	[FLAG_DECIMAL_COMMA, 'decimal-comma'],
	[FLAG_DMS, 'dms-converted'],
	[FLAG_HEMISPHERE, 'hemisphere-letters'],
	[FLAG_FULLWIDTH, 'fullwidth-converted']
];

interface FlagTally {
	count: number;
	firstRow: number;
}

/**
 * Runs the checks on every record, calling `sink` with each problem, and builds what loads.
 * The core of `validate` and of the bad-rows download.
 */
export async function runValidation(
	table: RawTable,
	mapping: ColumnMapping,
	options: ValidateOptions,
	sink: ProblemSink,
	ctx: RunContext = {}
): Promise<Omit<ValidationOutput, 'problems' | 'summary'> & { regionsRejected: number }> {
	const sectors = options.sectors ?? createSectorMatcher();
	const land = options.land ?? null;
	const n = table.rowCount;
	const cols = table.columns;
	const col = (i: number | null) => (i === null ? null : (cols[i] ?? null));
	const cell = (c: number | null, r: number) => (c === null || !table.cells[c] ? '' : packedGet(table.cells[c], r));
	const rejected = new Uint8Array(n);
	const out = new Growable(Math.max(16, n));
	const regions: UserRegion[] = [];
	const categories: Category[] = [];
	const categoryIndex = new Map<string, number>();
	const unknownSectors = new Map<number, { unmatched: string[]; firstRow: number; count: number }>();
	const seenIds = new Map<string, number>();
	const tallies = new Map<string, FlagTally>();
	let regionsRejected = 0;

	const geometryMode = mapping.coordinates === 'geometry' && table.geometry !== null;
	const positionsMapped =
		geometryMode ||
		(mapping.coordinates === 'combined' && mapping.combined !== null) ||
		(mapping.coordinates === 'columns' && mapping.lat !== null && mapping.lon !== null);
	if (!positionsMapped) {
		sink(-1, {
			code: 'mapping-no-coordinates',
			severity: 'error',
			row: null,
			column: null,
			value: null,
			params: { columns: cols.slice(0, 12).join(', ') }
		});
	}
	const mercator = mapping.crs === 'EPSG:3857';
	const latName = mapping.coordinates === 'combined' ? col(mapping.combined) : col(mapping.lat);
	const lonName = mapping.coordinates === 'combined' ? col(mapping.combined) : col(mapping.lon);

	const tally = (flags: number, column: string | null, row: number) => {
		if (!flags) return;
		for (const [flag, code] of FLAG_CODES) {
			if (!(flags & flag)) continue;
			const key = `${code}\u0000${column ?? ''}`;
			const t = tallies.get(key);
			if (t) t.count++;
			else tallies.set(key, { count: 1, firstRow: row });
		}
	};
	const latCells = mapping.coordinates === 'columns' && mapping.lat !== null ? table.cells[mapping.lat] : null;
	const lonCells = mapping.coordinates === 'columns' && mapping.lon !== null ? table.cells[mapping.lon] : null;
	const nameCells = mapping.name === null ? null : (table.cells[mapping.name] ?? null);

	let readIdx = 0;
	const readProblems = table.readProblems;

	// one report function for all rows (not a closure per row: a million of them show in the profile)
	let r = 0;
	let row = 0;
	let bad: boolean;
	const report = (p: Omit<Problem, 'row'>) => {
		if (p.severity === 'error') bad = true;
		sink(r, { ...p, row });
	};
	for (r = 0; r < n; r++) {
		if ((r & 0xffff) === 0xffff) {
			checkCancelled(ctx);
			ctx.onProgress?.({ phase: 'validating', bytes: 0, totalBytes: 0, rows: r });
			await yieldToEventLoop();
		}
		row = table.sourceRow[r];
		bad = false;
		while (readIdx < readProblems.length && readProblems[readIdx].record === r) {
			const p = readProblems[readIdx++].problem;
			if (p.severity === 'error') bad = true;
			sink(r, p);
		}

		// the position
		let lon = NaN;
		let lat = NaN;
		let shape: Polygon | MultiPolygon | null = null;
		if (!positionsMapped) bad = true;
		else if (geometryMode) {
			const g = table.geometry!;
			for (const p of g.problems.get(r) ?? []) report(p);
			const kind = g.kind[r];
			if (kind === GEOMETRY_POINT) [lon, lat] = [g.lon[r], g.lat[r]];
			else if (kind === GEOMETRY_POLYGON) shape = g.polygons.get(r) ?? null;
			else bad = true;
		} else if (
			latCells &&
			lonCells &&
			!Number.isNaN((lat = packedNumber(latCells, r))) &&
			!Number.isNaN((lon = packedNumber(lonCells, r)))
		) {
			// the common case, read straight from the bytes: two plain decimals
		} else {
			const pair = readPosition(table, mapping, r, cell);
			if (pair.problems.length) for (const p of pair.problems) report(p);
			else {
				tally(pair.latFlags, latName, row);
				tally(pair.lonFlags, lonName, row);
				[lon, lat] = [pair.lon, pair.lat];
			}
		}

		if (shape) {
			const reprojected = mercator ? reprojectShape(shape) : shape;
			const box = shapeBox(reprojected);
			if (box[1] < -90 || box[3] > 90 || box[0] < -180 || box[2] > 180) {
				report({
					code: box[1] < -90 || box[3] > 90 ? 'lat-out-of-range' : 'lon-out-of-range',
					severity: 'error',
					column: 'geometry',
					value: box.map(round).join(', '),
					params: { value: box.map(round).join(', ') }
				});
			} else shape = reprojected;
			if (bad) regionsRejected++;
		} else if (!bad) {
			if (mercator) {
				if (Math.abs(lon) > MERCATOR_MAX * 1.0001 || Math.abs(lat) > MERCATOR_MAX * 1.0001) {
					report({
						code: Math.abs(lat) > MERCATOR_MAX * 1.0001 ? 'lat-out-of-range' : 'lon-out-of-range',
						severity: 'error',
						column: Math.abs(lat) > MERCATOR_MAX ? latName : lonName,
						value: `${lat}, ${lon}`,
						params: { value: Math.abs(lat) > MERCATOR_MAX ? lat : lon, crs: 'EPSG:3857' }
					});
				} else [lon, lat] = mercatorToLonLat(lon, lat);
			}
			if (!bad) checkPosition(lon, lat, latName, lonName, geometryMode, land, report);
		}

		// id, name, sector
		const id = cell(mapping.id, r).trim();
		if (mapping.id !== null && id !== '') {
			const first = seenIds.get(id);
			if (first !== undefined)
				report({ code: 'duplicate-id', severity: 'error', column: col(mapping.id), value: cut(id), params: { first } });
			else seenIds.set(id, row);
		}
		let category = -1;
		const sectorValue = cell(mapping.sector, r).trim();
		if (sectorValue !== '') {
			let ci = categoryIndex.get(sectorValue);
			if (ci === undefined) {
				const m = sectors.match(sectorValue);
				ci = categories.length;
				categories.push({ key: sectorValue, sectors: m.sectors, own: m.sectors.length === 0, count: 0 });
				categoryIndex.set(sectorValue, ci);
				if (m.unmatched.length) unknownSectors.set(ci, { unmatched: m.unmatched, firstRow: row, count: 0 });
			}
			category = ci;
		}

		if (bad) {
			rejected[r] = 1;
			continue;
		}
		if (nameCells && packedBlank(nameCells, r))
			report({ code: 'name-empty', severity: 'warning', column: col(mapping.name), value: null });
		if (category >= 0) {
			categories[category].count++;
			const u = unknownSectors.get(category);
			if (u) u.count++;
		}
		if (shape) {
			regions.push({ row, name: cell(mapping.name, r).trim(), id, category, geometry: shape, bbox: shapeBox(shape) });
			continue;
		}
		out.push(r, row, lon, lat, category);
	}

	// what was read in a way worth knowing, once per column
	for (const [key, t] of tallies) {
		const [code, column] = key.split('\u0000') as [ProblemCode, string];
		sink(-1, {
			code,
			severity: 'info',
			row: null,
			column: column || null,
			value: null,
			params: { count: t.count, first: t.firstRow }
		});
	}
	for (const [ci, u] of unknownSectors) {
		if (u.count === 0) continue;
		sink(-1, {
			code: 'unknown-sector',
			severity: 'info',
			row: null,
			column: col(mapping.sector),
			value: cut(categories[ci].key),
			params: {
				count: u.count,
				first: u.firstRow,
				unmatched: u.unmatched.join(', '),
				partly: categories[ci].sectors.length ? 1 : 0
			}
		});
	}

	const count = out.n;
	const record = out.u32.slice(0, count);
	const selectColumn = (c: number | null): PackedStrings =>
		c === null || !table.cells[c]
			? { bytes: new Uint8Array(0), ends: new Uint32Array(count) }
			: packedSelect(table.cells[c], record, count);
	const places: PlaceTable = {
		count,
		record,
		row: out.u32b.slice(0, count),
		lon: out.f64a.slice(0, count),
		lat: out.f64b.slice(0, count),
		category: out.i32.slice(0, count),
		// names and ids as written, copied byte for byte rather than decoded and encoded again
		name: selectColumn(mapping.name),
		id: selectColumn(mapping.id)
	};
	const attributes = table.cells.map((c) => packedSelect(c, record, count));
	return { places, attributes, regions, categories, rejected, regionsRejected };
}

interface PositionReading {
	lat: number;
	lon: number;
	latFlags: number;
	lonFlags: number;
	problems: Omit<Problem, 'row'>[];
}

function readPosition(
	table: RawTable,
	mapping: ColumnMapping,
	r: number,
	cell: (c: number | null, r: number) => string
): PositionReading {
	const problems: Omit<Problem, 'row'>[] = [];
	const cols = table.columns;
	if (mapping.coordinates === 'combined') {
		const raw = cell(mapping.combined, r);
		const p = parseCombined(raw);
		const column = cols[mapping.combined!];
		if (p === 'empty') problems.push({ code: 'coord-empty', severity: 'error', column, value: raw.trim() || null });
		else if (p === 'unparseable')
			problems.push({
				code: 'coord-unparseable',
				severity: 'error',
				column,
				value: cut(raw),
				params: { axis: 'both' }
			});
		else return { lat: p.lat.value, lon: p.lon.value, latFlags: p.lat.flags, lonFlags: p.lon.flags, problems };
		return { lat: NaN, lon: NaN, latFlags: 0, lonFlags: 0, problems };
	}
	const lat = readOne(cell(mapping.lat, r), cols[mapping.lat!], 'lat', problems);
	const lon = readOne(cell(mapping.lon, r), cols[mapping.lon!], 'lon', problems);
	return {
		lat: lat?.value ?? NaN,
		lon: lon?.value ?? NaN,
		latFlags: lat?.flags ?? 0,
		lonFlags: lon?.flags ?? 0,
		problems
	};
}

function readOne(
	raw: string,
	column: string,
	axis: 'lat' | 'lon',
	problems: Omit<Problem, 'row'>[]
): ParsedCoordinate | null {
	const p = parseCoordinate(raw);
	if (p === 'empty')
		problems.push({
			code: 'coord-empty',
			severity: 'error',
			column,
			value: raw.trim() || null,
			params: { axis }
		});
	else if (p === 'unparseable')
		problems.push({
			code: 'coord-unparseable',
			severity: 'error',
			column,
			value: cut(raw),
			params: { axis }
		});
	else if (!Number.isFinite(p.value))
		problems.push({
			code: 'coord-unparseable',
			severity: 'error',
			column,
			value: cut(raw),
			params: { axis }
		});
	else if (p.hemisphere && (axis === 'lat' ? 'EW' : 'NS').includes(p.hemisphere))
		problems.push({
			code: 'swapped-suspected',
			severity: 'error',
			column,
			value: cut(raw),
			params: { reason: 'hemisphere', hemisphere: p.hemisphere, axis }
		});
	else return p;
	return null;
}

function checkPosition(
	lon: number,
	lat: number,
	latName: string | null,
	lonName: string | null,
	geometry: boolean,
	land: LandIndex | null,
	report: (p: Omit<Problem, 'row'>) => void
): void {
	const latCol = geometry ? 'geometry' : latName;
	const lonCol = geometry ? 'geometry' : lonName;
	if (Math.abs(lat) > 90) {
		if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90)
			report({
				code: 'swapped-suspected',
				severity: 'error',
				column: latCol,
				value: geometry ? `[${round(lon)}, ${round(lat)}]` : String(lat),
				params: { reason: 'range', lat: round(lon), lon: round(lat) }
			});
		else
			report({
				code: 'lat-out-of-range',
				severity: 'error',
				column: latCol,
				value: String(lat),
				params: { value: round(lat), projected: Math.abs(lat) > 1000 ? 1 : 0 }
			});
		return;
	}
	if (Math.abs(lon) > 180) {
		report({
			code: 'lon-out-of-range',
			severity: 'error',
			column: lonCol,
			value: String(lon),
			params: { value: round(lon), projected: Math.abs(lon) > 1000 ? 1 : 0 }
		});
		return;
	}
	if (lat === 0 && lon === 0) {
		report({ code: 'null-island', severity: 'error', column: latCol, value: '0, 0' });
		return;
	}
	if (land) {
		const country = swappedLandsInCase(land, lon, lat);
		if (country)
			report({
				code: 'swapped-suspected',
				severity: 'error',
				column: latCol,
				value: `${round(lat)}, ${round(lon)}`,
				params: { reason: 'sea', country, lat: round(lon), lon: round(lat) }
			});
	}
}

function mapPositions(rings: Position[][], f: (p: Position) => Position): Position[][] {
	return rings.map((ring) => ring.map(f));
}

function reprojectShape(shape: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const f = (p: Position): Position => mercatorToLonLat(p[0], p[1]);
	return shape.type === 'Polygon'
		? { type: 'Polygon', coordinates: mapPositions(shape.coordinates, f) }
		: { type: 'MultiPolygon', coordinates: shape.coordinates.map((poly) => mapPositions(poly, f)) };
}

function shapeBox(shape: Polygon | MultiPolygon): [number, number, number, number] {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	for (const poly of polys)
		for (const ring of poly)
			for (const [x, y] of ring) {
				if (x < w) w = x;
				if (x > e) e = x;
				if (y < s) s = y;
				if (y > n) n = y;
			}
	return [w, s, e, n];
}

/** Counts every problem and keeps the first `max` in full. */
export class ProblemLog {
	readonly list: Problem[] = [];
	total = 0;
	readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
	readonly byCode: Partial<Record<ProblemCode, number>> = {};
	constructor(private max = MAX_LISTED_PROBLEMS) {}
	add = (p: Problem): void => {
		this.total++;
		this.bySeverity[p.severity]++;
		this.byCode[p.code] = (this.byCode[p.code] ?? 0) + 1;
		if (this.list.length < this.max) this.list.push(p);
	};
}

/**
 * Validates a table under a mapping. `notes` (what reading the file found) come first in the list,
 * then file-level notes of the validation, then the rows' problems in row order.
 */
export async function validate(
	table: RawTable,
	mapping: ColumnMapping,
	notes: Problem[],
	options: ValidateOptions = {},
	ctx: RunContext = {}
): Promise<ValidationOutput> {
	const max = options.maxListed ?? MAX_LISTED_PROBLEMS;
	const rowLog = new ProblemLog(max);
	const fileLevel: Problem[] = [];
	const result = await runValidation(
		table,
		mapping,
		options,
		(record, p) => (p.row === null ? fileLevel.push(p) : rowLog.add(p)),
		ctx
	);
	const log = new ProblemLog(max);
	for (const p of [...notes, ...fileLevel]) log.add(p);
	// the rows' problems after the file's; their counts are exact even past the listed ones
	for (const p of rowLog.list) if (log.list.length < max) log.list.push(p);
	log.total += rowLog.total;
	for (const s of ['error', 'warning', 'info'] as const) log.bySeverity[s] += rowLog.bySeverity[s];
	for (const [code, c] of Object.entries(rowLog.byCode) as [ProblemCode, number][])
		log.byCode[code] = (log.byCode[code] ?? 0) + c;
	let rejected = 0;
	for (let i = 0; i < result.rejected.length; i++) rejected += result.rejected[i];
	const summary: ImportSummary = {
		records: table.rowCount,
		loaded: result.places.count,
		regions: result.regions.length,
		rejected,
		bySeverity: log.bySeverity,
		byCode: log.byCode
	};
	return { ...result, summary, problems: log.list };
}
