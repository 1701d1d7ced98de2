/**
 * Validates the whole of geodata/ in one pass and reports every error with its file, feature id,
 * field and reason. Pure: takes the files' text, touches no disk, so tests can feed fixtures.
 */
import { z } from 'zod';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
	ArgumentFile,
	ArgumentItem,
	ArgumentLink,
	ComparisonCell,
	ComparisonContrast,
	ComparisonDimension,
	ComparisonFile,
	PaperLocator,
	Reference,
	Sector,
	Source,
	TimelineEvent,
	PaperFile,
	PlaceFeature,
	ReferencesFile,
	RegionDefinition,
	RegionDefinitionsFile,
	RegionFeature,
	SectorsFile,
	SourcesFile,
	TimelineFile,
	featureCollection,
	ID_PATTERN
} from './schema';
import type { Atlas } from './schema';
import { ARGUMENT_GROUPS, PLACE_KIND, PLACE_KINDS, type ArgumentGroup } from './vocabulary';
import { isEditionFile, validateEditionFiles } from '../cite/schema';
import { GlossaryFile, glossaryProblems } from './glossary';
import { checkJapanese } from './validate-ja';

export interface ValidationError {
	file: string;
	/** feature or record id, or `#<index>` when the record has no usable id, or `-` for the file */
	id: string;
	field: string;
	message: string;
}

/** `geodata/places/firms.geojson: adhoc-kobe: sectors[1]: unknown sector "enrgy" (…)` */
export function formatError(e: ValidationError, root = 'geodata'): string {
	return `${root ? root + '/' : ''}${e.file}: ${e.id}: ${e.field}: ${e.message}`;
}

/** The files geodata/ must hold (paths relative to geodata/). */
export const FILES = {
	paper: 'paper.json',
	sectors: 'sectors.json',
	sources: 'sources.json',
	argument: 'argument.json',
	timeline: 'timeline.json',
	comparison: 'comparison.json',
	references: 'references.json',
	regions: 'regions.geojson',
	/** how each region's polygon is built (read by scripts/derive-basemap.mjs, not by the app) */
	regionDefinitions: 'region-definitions.json',
	/** one Japanese rendering per term and the typography of Japanese text (checked by validate-ja.ts) */
	glossary: 'glossary.json',
	places: PLACE_KINDS.map((k) => PLACE_KIND[k].file)
} as const;

/** Basemap files: checked for geometry sanity only (they are derived, see scripts/derive-basemap.mjs). */
export const BASEMAP_FILES = ['basemap/countries.geojson', 'basemap/admin1.geojson', 'basemap/labels.geojson'] as const;

/** The kind of place each place file holds. */
const PLACE_FILE_KIND: Record<string, string> = Object.fromEntries(PLACE_KINDS.map((k) => [PLACE_KIND[k].file, k]));

/** Rough national extents, to catch a point in the sea of the wrong hemisphere or swapped lat/lon. */
const COUNTRY_BOUNDS: Record<string, [number, number, number, number]> = {
	JP: [122, 20, 154, 46],
	GB: [-9, 49.8, 2, 61],
	IE: [-11, 51.3, -5.9, 55.5]
};

/** A region-precision point may sit this far outside its polygon (coastline simplification, islands). */
export const REGION_TOLERANCE_KM = 15;

const inBounds = ([lon, lat]: Position, [w, s, e, n]: [number, number, number, number]) =>
	lon >= w && lon <= e && lat >= s && lat <= n;

function fieldOf(path: PropertyKey[]): string {
	let out = '';
	for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
	return out || '(root)';
}

/** A record's own name for messages: its id (or `item→place` for a link), or null when it has none. */
function ownId(value: unknown): string | null {
	const v = value as { id?: unknown; item?: unknown; place?: unknown; properties?: { id?: unknown } } | null;
	const id = v?.properties?.id ?? v?.id;
	if (typeof id === 'string' && id) return id;
	if (typeof v?.item === 'string' && typeof v.place === 'string') return `${v.item}→${v.place}`;
	return null;
}

/** id of record i of a list, for messages: its own id if it has one, else `#i`. */
const idOf = (value: unknown, index: number): string => ownId(value) ?? `#${index}`;

/**
 * Runs a zod schema over a file and turns its issues into errors. Issues inside a list of records
 * (`features[3]…`, `sectors[2]…`) are attributed to that record's id. Then the records that are
 * valid on their own are kept, so one bad record does not hide the others from the cross-file rules.
 */
function check<T>(
	errors: ValidationError[],
	file: string,
	schema: z.ZodType<T>,
	data: unknown,
	lists: Record<string, z.ZodType> = {}
): T | undefined {
	if (data === undefined) return undefined;
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const listKeys = Object.keys(lists);
	for (const issue of result.error.issues) {
		let id = '-';
		let path = issue.path;
		const key = path[0];
		if (typeof key === 'string' && listKeys.includes(key) && typeof path[1] === 'number') {
			const list = (data as Record<string, unknown[]> | null)?.[key];
			const own = ownId(Array.isArray(list) ? list[path[1]] : undefined);
			id = own ?? `#${path[1]}`;
			// keep the list index in the field only where the id cannot name the record (an id that
			// itself starts with "#" is still an id: found by fuzzing)
			path = own === null ? path : path.slice(2);
			if (path[0] === 'properties') path = path.slice(1);
		}
		// an unknown key is reported on the object that holds it: name the key itself as the field
		if (issue.code === 'unrecognized_keys')
			for (const key of issue.keys)
				errors.push({ file, id, field: fieldOf([...path, key]), message: `unknown field "${key}"` });
		else errors.push({ file, id, field: fieldOf(path), message: issue.message });
	}
	if (typeof data !== 'object' || data === null || listKeys.length === 0) return undefined;
	const salvaged: Record<string, unknown> = { ...(data as Record<string, unknown>) };
	for (const [key, item] of Object.entries(lists)) {
		const list = salvaged[key];
		if (Array.isArray(list)) salvaged[key] = list.filter((x) => item.safeParse(x).success);
	}
	const again = schema.safeParse(salvaged);
	return again.success ? again.data : undefined;
}

export interface ValidationResult {
	errors: ValidationError[];
	/** present only when there are no errors */
	atlas?: Atlas;
}

/** The eight lessons common to the Western regions, §2.5.L1–§2.5.L8. */
export const PRINTED_LESSONS = 8;
/** The nine weaknesses of the Japanese approach, §5.2.a–§5.2.i. */
export const PRINTED_WEAKNESSES = 9;
/** The ten implications for SMEs, §5.4.1–§5.4.10. */
export const PRINTED_IMPLICATIONS = 10;
/** The references, ref1–ref24, in printed order. */
export const PRINTED_REFERENCES = 24;
const PRINTED_ITEMS: Record<ArgumentGroup, number> = {
	lesson: PRINTED_LESSONS,
	weakness: PRINTED_WEAKNESSES,
	implication: PRINTED_IMPLICATIONS
};

/**
 * What every file's cross-file check reads and reports through. Each rule runs on whatever parsed,
 * so one bad file does not hide the others' errors; a reference into a file that failed is not
 * checked (the file's own errors say what is wrong).
 */
interface Context {
	push(file: string, id: string, field: string, message: string): void;
	/** an id names one record across all files */
	unique(file: string, id: string): void;
	/** every locator exists in paper.json (unchecked when it failed) */
	locators(file: string, id: string, field: string, list: readonly string[] | undefined): void;
	/** every source exists in sources.json (unchecked when it failed) */
	sources(file: string, id: string, field: string, list: readonly string[] | undefined): void;
	/** sector ids, or null when sectors.json failed */
	sectorIds: ReadonlySet<string> | null;
	/** ids of the argument's items, or null when argument.json failed */
	itemIds: readonly string[] | null;
	/** regions.geojson parsed */
	regionsParsed: boolean;
	/** regions whose polygons are sound */
	regionById: Map<string, RegionFeature>;
	/** every place file parsed: references to places are checked */
	placesParsed: boolean;
	placeById: Map<string, PlaceFeature>;
	/** places and regions that exist but failed their own checks: references to them are not errors too */
	invalidIds: Set<string>;
	/** a place or region of that id exists */
	exists(id: string): boolean;
	/** a file as parsed JSON, before any schema */
	raw(file: string): unknown;
}

/**
 * Validates geodata given as `{ 'places/cases.geojson': '<file text>', … }`.
 * Every error is collected; nothing stops at the first.
 */
export function validateGeodata(files: Record<string, string | undefined>): ValidationResult {
	const errors: ValidationError[] = [];
	const push = (file: string, id: string, field: string, message: string) => errors.push({ file, id, field, message });
	const read = readFiles(files, errors);
	const { paper, sourcesFile, regions, placeFiles } = read;

	// ---- the rules across files, one check per file
	const locatorIds = new Set(paper?.locators.map((l) => l.id) ?? []);
	const sourceIds = new Set(sourcesFile?.sources.map((s) => s.id) ?? []);
	const seen = new Map<string, string>();
	const ctx: Context = {
		push,
		unique(file, id) {
			const prev = seen.get(id);
			if (prev) push(file, id, 'id', `duplicate id (also in ${prev})`);
			else seen.set(id, file);
		},
		locators(file, id, field, list) {
			if (!paper) return;
			list?.forEach((l, i) => {
				if (!locatorIds.has(l)) push(file, id, `${field}[${i}]`, `unknown locator "${l}" (see geodata/paper.json)`);
			});
		},
		sources(file, id, field, list) {
			if (!sourcesFile) return;
			list?.forEach((s, i) => {
				if (!sourceIds.has(s)) push(file, id, `${field}[${i}]`, `unknown source "${s}" (see geodata/sources.json)`);
			});
		},
		sectorIds: read.sectorsFile ? new Set(read.sectorsFile.sectors.map((s) => s.id)) : null,
		itemIds: read.argument?.items.map((i) => i.id) ?? null,
		regionsParsed: regions !== undefined,
		regionById: new Map(),
		placesParsed: placeFiles.every((x) => x.fc),
		placeById: new Map(),
		invalidIds: new Set(),
		exists: (id) => ctx.placeById.has(id) || ctx.regionById.has(id) || ctx.invalidIds.has(id),
		raw: (file) => read.rawData.get(file)
	};

	if (read.sectorsFile) checkSectors(read.sectorsFile, ctx);
	if (sourcesFile) checkSources(sourcesFile, ctx);
	if (paper) checkPaper(paper, ctx);
	if (regions) checkRegions(regions.features, ctx, errors);
	const places = placeFiles.flatMap(({ file, fc }) => (fc?.features ?? []).map((f) => ({ file, f })));
	for (const { f } of places) ctx.placeById.set(f.properties.id, f);
	for (const file of [...FILES.places, FILES.regions]) {
		const features = (read.rawData.get(file) as { features?: unknown[] } | undefined)?.features;
		if (Array.isArray(features))
			features.forEach((f, i) => {
				const id = idOf(f, i);
				if (!ctx.placeById.has(id) && !ctx.regionById.has(id)) ctx.invalidIds.add(id);
			});
	}
	for (const { file, fc } of placeFiles) if (fc) checkPlaces(file, fc.features, ctx);
	// a case and its case region name each other: needs both files
	if (regions && placeFiles[0].fc) checkCaseRegions(regions.features, placeFiles[0].fc.features, ctx);
	if (read.argument) checkArgument(read.argument, ctx);
	if (read.timeline) checkTimeline(read.timeline.events, ctx);
	if (read.comparison) checkComparison(read.comparison, ctx);
	if (read.references) checkReferences(read.references.references, ctx);
	if (read.definitions && regions) checkRegionDefinitions(read.definitions.regions, regions.features, ctx);
	// every file's Japanese, the edition records' (read by their own validator, not by readFiles) too
	const rawOf = (file: string) => read.rawData.get(file) ?? parseOrUndefined(files[file]);
	checkJapanese(Object.keys(files), rawOf, push, read.glossary, { places: FILES.places, regions: FILES.regions });

	const result: ValidationResult = { errors };
	if (
		errors.length === 0 &&
		paper &&
		read.sectorsFile &&
		sourcesFile &&
		read.argument &&
		read.timeline &&
		read.comparison &&
		read.references &&
		regions
	)
		result.atlas = {
			paper,
			sectors: read.sectorsFile.sectors,
			sources: sourcesFile.sources,
			argument: read.argument,
			timeline: read.timeline.events,
			comparison: read.comparison,
			references: read.references.references,
			regions: regions.features,
			places: places.map(({ f }) => f)
		};
	return result;
}

function parseOrUndefined(text: string | undefined): unknown {
	try {
		return text === undefined ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Each file on its own: present, JSON, then its schema (records valid on their own are kept). */
function readFiles(files: Record<string, string | undefined>, errors: ValidationError[]) {
	const push = (file: string, id: string, field: string, message: string) => errors.push({ file, id, field, message });
	const rawData = new Map<string, unknown>();
	const parse = (file: string): unknown => {
		const raw = files[file];
		if (raw === undefined) {
			push(file, '-', '(file)', 'missing file');
			return undefined;
		}
		try {
			const data: unknown = JSON.parse(raw);
			rawData.set(file, data);
			return data;
		} catch (e) {
			push(file, '-', '(file)', `not valid JSON: ${(e as Error).message}`);
			return undefined;
		}
	};

	const known = new Set<string>([...Object.values(FILES).flat(), ...BASEMAP_FILES]);
	for (const f of Object.keys(files)) {
		if (f.endsWith('.json') || f.endsWith('.geojson'))
			if (!known.has(f) && !isEditionFile(f))
				push(
					f,
					'-',
					'(file)',
					'unexpected file in geodata/ (not read by the app): add it to FILES in src/lib/data/validate.ts or remove it'
				);
	}

	errors.push(...validateEditionFiles(files));
	const paper = check(errors, FILES.paper, PaperFile, parse(FILES.paper), { locators: PaperLocator });
	const sectorsFile = check(errors, FILES.sectors, SectorsFile, parse(FILES.sectors), { sectors: Sector });
	const sourcesFile = check(errors, FILES.sources, SourcesFile, parse(FILES.sources), { sources: Source });
	const argument = check(errors, FILES.argument, ArgumentFile, parse(FILES.argument), {
		items: ArgumentItem,
		links: ArgumentLink
	});
	const timeline = check(errors, FILES.timeline, TimelineFile, parse(FILES.timeline), { events: TimelineEvent });
	const comparison = check(errors, FILES.comparison, ComparisonFile, parse(FILES.comparison), {
		dimensions: ComparisonDimension,
		cells: ComparisonCell,
		contrasts: ComparisonContrast
	});
	const references = check(errors, FILES.references, ReferencesFile, parse(FILES.references), {
		references: Reference
	});
	const regions = check(errors, FILES.regions, featureCollection(RegionFeature), parse(FILES.regions), {
		features: RegionFeature
	});
	const definitions = check(errors, FILES.regionDefinitions, RegionDefinitionsFile, parse(FILES.regionDefinitions), {
		regions: RegionDefinition
	});
	const placeFiles = FILES.places.map((file) => ({ file, fc: checkPlaceFile(file, parse(file), errors) }));
	for (const f of BASEMAP_FILES) checkBasemap(errors, f, parse(f));
	const glossary = checkGlossary(errors, parse(FILES.glossary));

	return {
		rawData,
		paper,
		sectorsFile,
		sourcesFile,
		argument,
		timeline,
		comparison,
		references,
		regions,
		definitions,
		placeFiles,
		glossary
	};
}

/**
 * glossary.json's schema, then its own consistency (its rules' examples, its terms' renderings).
 * A glossary that parsed is used on the data even when inconsistent, so its errors and the data's
 * come in one run.
 */
function checkGlossary(errors: ValidationError[], data: unknown) {
	const glossary = check(errors, FILES.glossary, GlossaryFile, data, {});
	if (glossary)
		for (const [id, field, message] of glossaryProblems(glossary))
			errors.push({ file: FILES.glossary, id, field, message });
	return glossary;
}

/** A place file's own checks; a record in the wrong file says so, whatever else is wrong with it… */
function checkPlaceFile(file: string, data: unknown, errors: ValidationError[]) {
	(data as { features?: { properties?: { id?: unknown; kind?: unknown } }[] } | undefined)?.features?.forEach(
		(f, i) => {
			const kind = f?.properties?.kind;
			if (typeof kind === 'string' && kind !== PLACE_FILE_KIND[file])
				errors.push({
					file,
					id: idOf(f, i),
					field: 'kind',
					message: `is "${kind}" but ${file} holds only "${PLACE_FILE_KIND[file]}" places`
				});
		}
	);
	const fc = check(errors, file, featureCollection(PlaceFeature), data, { features: PlaceFeature });
	// …and counts as invalid: places that name it are not blamed for its fault
	if (fc) fc.features = fc.features.filter((f) => f.properties.kind === PLACE_FILE_KIND[file]);
	return fc;
}

function checkSectors(file: { sectors: Sector[] }, ctx: Context) {
	file.sectors.forEach((s) => ctx.unique(FILES.sectors, s.id));
}

function checkSources(file: { sources: Source[] }, ctx: Context) {
	file.sources.forEach((s) => ctx.unique(FILES.sources, s.id));
}

function checkPaper(paper: PaperFile, ctx: Context) {
	paper.locators.forEach((l, i) => {
		if (paper.locators.findIndex((m) => m.id === l.id) !== i) ctx.push(FILES.paper, l.id, 'id', 'duplicate locator');
	});
}

/** Region ids, locators and sources; a region whose polygon is sound joins `ctx.regionById`. */
function checkRegions(regions: RegionFeature[], ctx: Context, errors: ValidationError[]) {
	for (const r of regions) {
		const p = r.properties;
		ctx.unique(FILES.regions, p.id);
		ctx.locators(FILES.regions, p.id, 'locators', p.locators);
		ctx.sources(FILES.regions, p.id, 'sources', p.sources);
		// a polygon with a broken ring cannot tell which places lie inside it: treat it as invalid
		// rather than blame the places in it (found by fuzzing)
		if (checkRings(errors, FILES.regions, p.id, r.geometry)) ctx.regionById.set(p.id, r);
	}
}

/** Each place: its id, its point (in range, in its country, in its region), and what it refers to. */
function checkPlaces(file: string, places: PlaceFeature[], ctx: Context) {
	const { push } = ctx;
	for (const f of places) {
		const p = f.properties;
		const id = p.id;
		ctx.unique(file, id);

		const [lon, lat] = f.geometry.coordinates;
		if (!(lon >= -180 && lon <= 180))
			push(file, id, 'geometry.coordinates[0]', `longitude ${lon} out of range [-180, 180]`);
		if (!(lat >= -90 && lat <= 90)) push(file, id, 'geometry.coordinates[1]', `latitude ${lat} out of range [-90, 90]`);
		const bounds = COUNTRY_BOUNDS[p.country];
		if (!inBounds([lon, lat], bounds)) {
			if (inBounds([lat, lon], bounds))
				push(
					file,
					id,
					'geometry.coordinates',
					`[${lon}, ${lat}] looks like swapped lat/lon: GeoJSON is [longitude, latitude]`
				);
			else push(file, id, 'geometry.coordinates', `[${lon}, ${lat}] is not in ${p.country}`);
		}

		const sectorIds = ctx.sectorIds;
		if (sectorIds)
			p.sectors.forEach((s, i) => {
				if (!sectorIds.has(s)) push(file, id, `sectors[${i}]`, `unknown sector "${s}" (see geodata/sectors.json)`);
			});
		ctx.locators(file, id, 'locators', p.locators);
		ctx.sources(file, id, 'sources', p.sources);
		p.narrative.forEach((para, i) => {
			ctx.locators(file, id, `narrative[${i}].locators`, para.locators);
			ctx.sources(file, id, `narrative[${i}].sources`, para.sources);
		});
		p.conflicts?.forEach((c, i) => {
			ctx.locators(file, id, `conflicts[${i}].paper.locators`, c.paper.locators);
			ctx.sources(file, id, `conflicts[${i}].sources.sources`, c.sources.sources);
		});
		if (p.case !== undefined && ctx.placesParsed) {
			const c = ctx.placeById.get(p.case);
			if (!c) {
				if (!ctx.exists(p.case)) push(file, id, 'case', `unknown case "${p.case}"`);
			} else if (c.properties.kind !== 'case')
				push(file, id, 'case', `"${p.case}" is a ${c.properties.kind}, not a paper case`);
		}
		if (ctx.placesParsed)
			p.related?.forEach((r, i) => {
				if (r === id) push(file, id, `related[${i}]`, 'a place cannot be related to itself');
				else if (!ctx.exists(r)) push(file, id, `related[${i}]`, `unknown place "${r}"`);
			});
		if (ctx.regionsParsed) checkPlaceRegion(file, f, ctx);
	}
}

/** A place lies in the region it names (region-precision points within a tolerance), in the same country. */
function checkPlaceRegion(file: string, f: PlaceFeature, ctx: Context) {
	const p = f.properties;
	const region = ctx.regionById.get(p.region);
	if (!region) {
		if (!ctx.invalidIds.has(p.region))
			ctx.push(file, p.id, 'region', `unknown region "${p.region}" (see geodata/regions.geojson)`);
		return;
	}
	if (region.properties.country !== p.country)
		ctx.push(
			file,
			p.id,
			'region',
			`region "${p.region}" is in ${region.properties.country}, the place in ${p.country}`
		);
	const pt = f.geometry.coordinates.slice(0, 2);
	if (booleanPointInPolygon(pt, region.geometry as Polygon | MultiPolygon)) return;
	const km = Math.abs(pointToPolygonDistance(pt, region as Feature<Polygon | MultiPolygon>, { units: 'kilometers' }));
	if (p.precision !== 'region' || km > REGION_TOLERANCE_KM)
		ctx.push(
			file,
			p.id,
			'geometry.coordinates',
			`[${pt.join(', ')}] lies ${km.toFixed(1)} km outside its region "${p.region}"` +
				(p.precision === 'region'
					? ` (tolerance for region-precision points: ${REGION_TOLERANCE_KM} km)`
					: ` (only region-precision points get a tolerance)`)
		);
}

/**
 * A case and its case region name each other; a broken link is reported at both ends (either
 * side may be the one that is wrong), and only between records that passed their own checks.
 */
function checkCaseRegions(regions: RegionFeature[], cases: PlaceFeature[], ctx: Context) {
	const { push } = ctx;
	for (const r of regions) {
		const p = r.properties;
		if (p.case === undefined) continue;
		const c = ctx.placeById.get(p.case);
		if (!c) {
			if (!ctx.exists(p.case)) push(FILES.regions, p.id, 'case', `unknown case "${p.case}"`);
		} else if (c.properties.kind !== 'case')
			push(FILES.regions, p.id, 'case', `"${p.case}" is a ${c.properties.kind}, not a paper case`);
		else if (c.properties.region !== p.id)
			push(FILES.regions, p.id, 'case', `case "${p.case}" names region "${c.properties.region}", not this one`);
	}
	for (const f of cases) {
		const region = ctx.regionById.get(f.properties.region);
		if (!region) continue;
		if (region.properties.kind !== 'case-region')
			push(
				FILES.places[0],
				f.properties.id,
				'region',
				`a case must lie in its case region; "${region.properties.id}" is a ${region.properties.kind}`
			);
		else if (region.properties.case !== f.properties.id)
			push(
				FILES.places[0],
				f.properties.id,
				'region',
				`"${region.properties.id}" is the case region of "${region.properties.case}", not of this case`
			);
	}
}

/** Items pair across groups and back; links name known items and places once; the paper's counts per group. */
function checkArgument(argument: Atlas['argument'], ctx: Context) {
	const file = FILES.argument;
	const { push } = ctx;
	const items = new Map(argument.items.map((i) => [i.id, i]));
	argument.items.forEach((item) => {
		ctx.unique(file, item.id);
		ctx.locators(file, item.id, 'locator', [item.locator]);
		item.pairs?.forEach((pid, i) => {
			const other = items.get(pid);
			if (!other) push(file, item.id, `pairs[${i}]`, `unknown item "${pid}"`);
			else if (other.group === item.group)
				push(file, item.id, `pairs[${i}]`, `pairs must cross groups ("${pid}" is also a ${item.group})`);
			else if (!other.pairs?.includes(item.id))
				push(file, item.id, `pairs[${i}]`, `"${pid}" does not pair back with "${item.id}"`);
		});
	});
	argument.links.forEach((l, i) => {
		const id = `${l.item}→${l.place}`;
		if (!items.has(l.item)) push(file, id, `links[${i}].item`, `unknown item "${l.item}"`);
		if (ctx.placesParsed && !ctx.exists(l.place)) push(file, id, `links[${i}].place`, `unknown place "${l.place}"`);
		ctx.locators(file, id, `links[${i}].locators`, l.locators);
		if (argument.links.findIndex((m) => m.item === l.item && m.place === l.place) !== i)
			push(file, id, `links[${i}]`, 'duplicate link');
	});
	for (const group of ARGUMENT_GROUPS) {
		const n = PRINTED_ITEMS[group];
		const got = argument.items.filter((i) => i.group === group).length;
		if (got !== n) push(file, '-', 'items', `the paper has ${n} ${group} items, found ${got}`);
	}
}

/** Events: ids, support, places, dates in order; a "sources differ" group has two events at least. */
function checkTimeline(events: TimelineEvent[], ctx: Context) {
	const file = FILES.timeline;
	events.forEach((ev) => {
		ctx.unique(file, ev.id);
		ctx.locators(file, ev.id, 'locators', ev.locators);
		ctx.sources(file, ev.id, 'sources', ev.sources);
		if (ctx.placesParsed && ctx.regionsParsed)
			ev.places.forEach((p, i) => {
				if (!ctx.exists(p)) ctx.push(file, ev.id, `places[${i}]`, `unknown place "${p}"`);
			});
		if (ev.end && ev.end < ev.date) ctx.push(file, ev.id, 'end', `ends (${ev.end}) before it starts (${ev.date})`);
	});
	const groups = new Map<string, number>();
	for (const ev of events) if (ev.differs) groups.set(ev.differs, (groups.get(ev.differs) ?? 0) + 1);
	for (const [g, n] of groups)
		if (n < 2) ctx.push(file, g, 'differs', 'a "sources differ" group needs at least two events');
}

/** As many references as the paper prints, each at its printed place. */
function checkReferences(references: Reference[], ctx: Context) {
	const file = FILES.references;
	if (references.length !== PRINTED_REFERENCES)
		ctx.push(file, '-', 'references', `the paper prints ${PRINTED_REFERENCES} references, found ${references.length}`);
	references.forEach((r, i) => {
		ctx.unique(file, r.id);
		if (r.locator !== `ref${i + 1}`)
			ctx.push(file, r.id, 'locator', `is "${r.locator}" but the reference is printed as ref${i + 1}`);
	});
}

/**
 * regions.geojson is what region-definitions.json builds (by npm run derive:basemap): the same
 * regions, each of the same kind and country, made of the same admin-1 units (a rule's units are
 * read from basemap/admin1.geojson). Regions that failed their own checks are left to those errors.
 */
function checkRegionDefinitions(definitions: RegionDefinition[], regions: RegionFeature[], ctx: Context) {
	const file = FILES.regionDefinitions;
	const rerun = 'run npm run derive:basemap';
	const byId = new Map(regions.map((r) => [r.properties.id, r]));
	const admin1 = (ctx.raw(BASEMAP_FILES[1]) as { features?: { properties?: Record<string, unknown> }[] } | undefined)
		?.features;
	const seen = new Set<string>();
	for (const d of definitions) {
		if (seen.has(d.id)) ctx.push(file, d.id, 'id', 'duplicate region definition');
		seen.add(d.id);
		const r = byId.get(d.id);
		if (!r) {
			if (!ctx.invalidIds.has(d.id)) ctx.push(file, d.id, 'id', `no region "${d.id}" in regions.geojson: ${rerun}`);
			continue;
		}
		for (const field of ['kind', 'country'] as const)
			if (r.properties[field] !== d[field])
				ctx.push(file, d.id, field, `is "${d[field]}" but regions.geojson has "${r.properties[field]}"`);
		// a rule's units are read from the admin-1 units, when there are any to read
		const rule = Array.isArray(d.units) ? null : d.units;
		const units = !rule
			? (d.units as string[])
			: admin1?.length
				? admin1
						.map((u) => u.properties ?? {})
						.filter((u) => u.country === rule.country && u.ne_region === rule.ne_region)
						.map((u) => String(u.id))
				: null;
		const same = (a: readonly string[], b: readonly string[]) =>
			a.length === b.length && [...a].sort().join() === [...b].sort().join();
		if (units && !same(units, r.properties.units))
			ctx.push(file, d.id, 'units', `are not the units of "${d.id}" in regions.geojson: ${rerun}`);
	}
	for (const r of regions)
		if (!seen.has(r.properties.id))
			ctx.push(
				FILES.regions,
				r.properties.id,
				'id',
				`not in ${file}: npm run derive:basemap would leave its polygon as it is`
			);
}

/**
 * The comparison's cross-file rules: places, dimensions, items, locators and sources resolve; one
 * cell per place and dimension, and a place that is compared at all has a cell for every dimension
 * (so a compare page never shows an empty cell).
 */
function checkComparison(c: z.infer<typeof ComparisonFile>, ctx: Context) {
	const file = FILES.comparison;
	const { push } = ctx;
	const dims = new Set<string>();
	c.dimensions.forEach((d) => {
		if (dims.has(d.id)) push(file, d.id, 'id', 'duplicate dimension');
		dims.add(d.id);
		const itemIds = ctx.itemIds;
		if (itemIds)
			d.items.forEach((item, i) => {
				if (!itemIds.includes(item))
					push(file, d.id, `items[${i}]`, `unknown item "${item}" (see geodata/argument.json)`);
			});
	});
	const seen = new Set<string>();
	const byPlace = new Map<string, Set<string>>();
	c.cells.forEach((cell, i) => {
		const id = `${cell.place}:${cell.dimension}`;
		// unknown places are reported only when every place file parsed
		if (ctx.placesParsed && !ctx.exists(cell.place))
			push(file, id, `cells[${i}].place`, `unknown place "${cell.place}"`);
		if (!dims.has(cell.dimension)) push(file, id, `cells[${i}].dimension`, `unknown dimension "${cell.dimension}"`);
		if (seen.has(id)) push(file, id, `cells[${i}]`, 'duplicate cell (one per place and dimension)');
		seen.add(id);
		byPlace.set(cell.place, (byPlace.get(cell.place) ?? new Set()).add(cell.dimension));
		ctx.locators(file, id, `cells[${i}].locators`, cell.locators);
		ctx.sources(file, id, `cells[${i}].outside.sources`, cell.outside?.sources);
	});
	// a cell that failed its own checks still counts as present
	const rawCells = (ctx.raw(file) as { cells?: { place?: unknown; dimension?: unknown }[] } | undefined)?.cells;
	if (Array.isArray(rawCells))
		for (const x of rawCells)
			if (typeof x?.place === 'string' && typeof x.dimension === 'string') byPlace.get(x.place)?.add(x.dimension);
	for (const [place, has] of byPlace)
		for (const d of dims)
			if (!has.has(d))
				push(file, place, 'cells', `no cell for dimension "${d}" (use status "not-stated" if the paper is silent)`);
	c.contrasts.forEach((x, i) => {
		const id = x.places.join('|');
		x.places.forEach((p, j) => {
			if (!byPlace.has(p)) push(file, id, `contrasts[${i}].places[${j}]`, `"${p}" has no comparison cells`);
		});
		if (x.places[0] === x.places[1]) push(file, id, `contrasts[${i}].places`, 'a contrast needs two different places');
		ctx.locators(file, id, `contrasts[${i}].locators`, x.locators);
	});
}

/**
 * Closed rings, finite coordinates and no jump across the antimeridian (a band across the map).
 * Fields are the real JSON paths (`geometry.coordinates[r]` for a Polygon, `[p][r]` for a
 * MultiPolygon). Returns false when a ring is broken.
 */
function checkRings(
	errors: ValidationError[],
	file: string,
	id: string,
	geometry: { type: string; coordinates: unknown }
): boolean {
	const multi = geometry.type !== 'Polygon';
	const polys = (multi ? geometry.coordinates : [geometry.coordinates]) as Position[][][];
	let ok = true;
	const fail = (field: string, message: string) => {
		errors.push({ file, id, field, message });
		ok = false;
	};
	polys.forEach((poly, pi) =>
		poly.forEach((ring, ri) => {
			const field = multi ? `geometry.coordinates[${pi}][${ri}]` : `geometry.coordinates[${ri}]`;
			const a = ring[0];
			const b = ring[ring.length - 1];
			if (a[0] !== b[0] || a[1] !== b[1]) fail(field, 'ring is not closed');
			for (let k = 0; k < ring.length; k++) {
				const [x, y] = ring[k];
				if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90)
					return fail(`${field}[${k}]`, `bad position [${x}, ${y}]`);
				if (k > 0 && Math.abs(x - ring[k - 1][0]) > 180)
					return fail(`${field}[${k}]`, 'ring jumps across the antimeridian (draws as a band across the map)');
			}
		})
	);
	return ok;
}

function checkBasemap(errors: ValidationError[], file: string, data: unknown) {
	if (data === undefined) return;
	const fc = data as {
		type?: string;
		features?: { properties?: { id?: unknown }; geometry?: { type: string; coordinates: unknown } }[];
	};
	if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		errors.push({ file, id: '-', field: 'type', message: 'must be a FeatureCollection' });
		return;
	}
	fc.features.forEach((f, i) => {
		const id = idOf(f, i);
		if (
			typeof f.properties?.id !== 'string' ||
			!(ID_PATTERN.test(f.properties.id) || /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(f.properties.id))
		)
			errors.push({ file, id, field: 'id', message: 'needs a string id' });
		const g = f.geometry;
		if (!g) errors.push({ file, id, field: 'geometry', message: 'missing geometry' });
		else if (g.type === 'Polygon' || g.type === 'MultiPolygon') checkRings(errors, file, id, g);
	});
}
