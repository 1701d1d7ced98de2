/**
 * Fuzzing the geodata validator (failure path: a contributor's broken edit). Starting from the real
 * geodata, each property applies ONE generated mutation to one place, region or source record:
 *
 * - an invalid mutation must be rejected with an error whose `id` names the mutated record and whose
 *   `field` is the mutated field (exactly, as a path), and no other record may be blamed for it;
 * - a valid mutation (reordering, other valid text, a nudge inside the region, an optional field…)
 *   must be accepted with no error at all.
 *
 * One `it` per kind of mutation, so a failure names the rule that broke. validateGeodata takes
 * ~30–90 ms here, so each kind gets a handful of runs: the breadth comes from the catalogue.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { holds } from '../fuzz';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeodataDir } from '../../src/lib/data/load.server';
import { BASEMAP_FILES, formatError, validateGeodata, FILES, REGION_TOLERANCE_KM } from '../../src/lib/data/validate';
import { CONFIDENCES, PRECISIONS } from '../../src/lib/data/schema';
import { PLACE_KINDS } from '../../src/lib/data/vocabulary';
import { GlossaryFile, japaneseChecker } from '../../src/lib/data/glossary';

// The basemap files (~0.9 MB, half the cost of a run) take part in no place or region rule: they are
// stubbed with empty collections, which the validator accepts. Everything else is the real data.
const real = Object.fromEntries(
	Object.entries(readGeodataDir(join(process.cwd(), 'geodata'))).map(([file, text]) => [
		file,
		(BASEMAP_FILES as readonly string[]).includes(file) ? '{"type":"FeatureCollection","features":[]}' : text
	])
);
/** runs per kind of mutation (each run validates the whole of geodata/ once) */
const RUNS = { numRuns: 4 };

type Json = Record<string, unknown>;
interface Doc {
	features: { type: string; geometry: { type: string; coordinates: unknown }; properties: Json }[];
}
interface Target {
	file: string;
	index: number;
	id: string;
	p: Json;
	geometry: { type: string; coordinates: unknown };
}

const parse = <T>(file: string) => JSON.parse(real[file]) as T;
const placeTargets: Target[] = FILES.places.flatMap((file) =>
	parse<Doc>(file).features.map((f, index) => ({
		file,
		index,
		id: String(f.properties.id),
		p: f.properties,
		geometry: f.geometry
	}))
);
const regionTargets: Target[] = parse<Doc>(FILES.regions).features.map((f, index) => ({
	file: FILES.regions,
	index,
	id: String(f.properties.id),
	p: f.properties,
	geometry: f.geometry
}));
const sources = parse<{ sources: Json[] }>(FILES.sources).sources;
const sectorIds = new Set(parse<{ sectors: { id: string }[] }>(FILES.sectors).sectors.map((s) => s.id));
const sourceIds = new Set(sources.map((s) => String(s.id)));
const locatorIds = new Set(parse<{ locators: { id: string }[] }>(FILES.paper).locators.map((l) => l.id));
const placeIds = new Set(placeTargets.map((t) => t.id));
const fileOfId = new Map<string, string>([
	...placeTargets.map((t) => [t.id, t.file] as const),
	...regionTargets.map((t) => [t.id, t.file] as const),
	...sources.map((s) => [String(s.id), FILES.sources] as const)
]);
const regionById = new Map(regionTargets.map((t) => [t.id, t]));
// every id in geodata/ shares one namespace (the validator checks uniqueness across files)
const allIds = new Set<string>([...placeIds, ...regionById.keys(), ...sourceIds, ...sectorIds]);

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** a well-formed id that names nothing in geodata/ */
const freshId = fc.stringMatching(/^[a-z][a-z0-9]{2,10}(-[a-z0-9]{1,6}){0,2}$/).filter((s) => !allIds.has(s));
/** The guided reading's marks of a place under a sector filter: `reading.json` step id and field. */
const readingMarks = (id: string) =>
	(
		JSON.parse(real['reading.json']) as {
			steps: { id: string; map: { emphasis: string[]; sectors: string[] | null } }[];
		}
	).steps.flatMap((step) =>
		step.map.sectors
			? step.map.emphasis.flatMap((e, k) => (e === id ? [{ id: step.id, field: `map.emphasis[${k}]` }] : []))
			: []
	);
/** text of any kind, markup included: validation is not where hostile text is defused (rendering is) */
const textOf = (min: number, max: number) =>
	fc
		.oneof(
			fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
			fc.constantFrom(
				'<img src=x onerror="window.__pwned=1"> and some words after it',
				'"><svg onload=alert(1)> 日本語のテキストも'
			),
			fc.lorem({ maxCount: 40 })
		)
		.map((s) => s.slice(0, max))
		.filter((s) => s.trim().length >= min && s.length <= max);
const checkJapanese = japaneseChecker(GlossaryFile.parse(JSON.parse(real['glossary.json'])));
/** Japanese text the glossary and its typography accept (kanji only where `kanji`: a name needs no reading change) */
const japaneseOf = (min: number, max: number, kanji = false) =>
	fc
		.array(
			fc.constantFrom(
				...(kanji
					? '地域産業集積計画大学企業連携北南東西技術'
					: '地域の産業集積と大学、企業が連携する計画。北南東西技術を育てた')
			),
			{ minLength: min, maxLength: max }
		)
		.map((cs) => cs.join(''))
		.filter((s) => s.trim().length >= min && checkJapanese(s).length === 0);
const listIndex = (list: unknown) => fc.nat({ max: Math.max(0, (list as unknown[]).length - 1) });

/** A change to one record: it mutates the record (and may look at the whole doc) and says what must be reported. */
interface Change {
	apply(record: Doc['features'][number], doc: Doc): void;
	/** the id and field the validator must report; omitted = the change is valid (no error at all) */
	expect?: {
		id: string;
		field: string;
		/** where the error may be reported (default: the record's file) */ files?: string[];
	};
	/** renaming a record legitimately breaks references to its old id elsewhere */
	collateral?: boolean;
	/** other errors that are right too: a broken case ↔ case-region link is reported at both ends */
	also?: { id: string; field: string }[];
}
interface Mutation {
	name: string;
	targets: Target[];
	change(t: Target): fc.Arbitrary<Change>;
}

const setProp =
	(key: string, value: unknown): Change['apply'] =>
	(r) => {
		r.properties[key] = value;
	};
const delProp =
	(...keys: string[]): Change['apply'] =>
	(r) => {
		for (const k of keys) delete r.properties[k];
	};
const at = (t: Target, field: string) => ({ id: t.id, field });

const PLACE_REQUIRED = [
	'kind',
	'name',
	'country',
	'region',
	'sectors',
	'summary',
	'narrative',
	'start',
	'end',
	'locators',
	'sources',
	'confidence',
	'precision',
	'point_basis'
];
const REGION_REQUIRED = ['kind', 'name', 'country', 'units', 'definition'];
/** values of the wrong type for each field shape */
const wrongFor = (value: unknown): fc.Arbitrary<unknown> =>
	Array.isArray(value)
		? fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant({}), fc.constant(true))
		: typeof value === 'number' || value === null
			? fc.oneof(fc.constantFrom('1999', true, [], {}), fc.double({ min: 1900.01, max: 2099.99, noInteger: true }))
			: fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant(null));

const inside = (pt: number[], region: Target) =>
	booleanPointInPolygon(pt, region.geometry as unknown as Polygon | MultiPolygon);
const kmOutside = (pt: number[], region: Target) =>
	Math.abs(
		pointToPolygonDistance(
			pt,
			{ type: 'Feature', properties: {}, geometry: region.geometry } as unknown as Feature<Polygon | MultiPolygon>,
			{
				units: 'kilometers'
			}
		)
	);
const coords = (t: Target) => t.geometry.coordinates as number[];
/** the other end of a case ↔ case-region link, which is right to report a break in it too */
const linkPartner = (t: Target) =>
	t.p.kind === 'case'
		? [{ id: String(t.p.region), field: 'case' }]
		: t.p.kind === 'case-region'
			? [{ id: String(t.p.case), field: 'region' }]
			: [];

const jp = placeTargets.filter((t) => t.p.country === 'JP');
const firms = placeTargets.filter((t) => t.p.kind === 'firm');
const nonFirms = placeTargets.filter((t) => t.p.kind !== 'firm');
const nonCases = placeTargets.filter((t) => t.p.kind !== 'case');
/** places a move to another place's spot takes far outside their own region */
const movable = placeTargets.flatMap((t) =>
	placeTargets
		.filter((o) => o.p.country === t.p.country && !inside(coords(o), regionById.get(String(t.p.region))!))
		.filter((o) => kmOutside(coords(o), regionById.get(String(t.p.region))!) > REGION_TOLERANCE_KM + 5)
		.slice(0, 3)
		.map((o) => ({ t, to: coords(o) }))
);

// ---------------------------------------------------------------- invalid: places

const invalidPlace: Mutation[] = [
	{
		name: 'a required field deleted',
		targets: placeTargets,
		change: (t) => fc.constantFrom(...PLACE_REQUIRED).map((f) => ({ apply: delProp(f), expect: at(t, f) }))
	},
	{
		name: 'a field of the wrong type',
		targets: placeTargets,
		change: (t) =>
			fc
				.constantFrom(...PLACE_REQUIRED.filter((f) => f !== 'kind'))
				.chain((f) => wrongFor(t.p[f]).map((v) => ({ apply: setProp(f, v), expect: at(t, f) })))
	},
	{
		name: 'an enum field with a value not in the enum',
		targets: placeTargets,
		change: (t) =>
			fc
				.tuple(
					fc.constantFrom('kind', 'country', 'confidence', 'precision'),
					fc.constantFrom('certain', 'FR', 'firm ', 'CASE', '', 'exactly')
				)
				.map(([f, v]) => ({ apply: setProp(f, v), expect: at(t, f) }))
	},
	{
		name: 'an unknown sector',
		targets: placeTargets,
		change: (t) =>
			fc.tuple(listIndex(t.p.sectors), freshId).map(([i, s]) => ({
				apply: (r) => {
					(r.properties.sectors as string[])[i] = s;
				},
				expect: at(t, `sectors[${i}]`),
				// a guided-reading step that marks the place under a sector filter now hides what it marks
				also: readingMarks(t.id)
			}))
	},
	{
		name: 'no sector, or a sector twice',
		targets: placeTargets,
		change: (t) =>
			fc.constantFrom('none', 'twice').map((how) => ({
				apply: setProp('sectors', how === 'none' ? [] : [...(t.p.sectors as string[]), (t.p.sectors as string[])[0]]),
				expect: at(t, 'sectors')
			}))
	},
	{
		name: 'an unknown region',
		targets: placeTargets,
		change: (t) => freshId.map((r) => ({ apply: setProp('region', r), expect: at(t, 'region'), also: linkPartner(t) }))
	},
	{
		name: 'a region in another country',
		targets: placeTargets,
		change: (t) =>
			fc
				.constantFrom(...regionTargets.filter((r) => r.p.country !== t.p.country).map((r) => r.id))
				.map((r) => ({ apply: setProp('region', r), expect: at(t, 'region'), also: linkPartner(t) }))
	},
	{
		name: "a case in another case's region",
		targets: placeTargets.filter((t) => t.p.kind === 'case'),
		change: (t) =>
			fc
				.constantFrom(...regionTargets.filter((r) => r.p.kind === 'case-region' && r.p.case !== t.id).map((r) => r.id))
				.map((r) => ({ apply: setProp('region', r), expect: at(t, 'region'), also: linkPartner(t) }))
	},
	{
		name: 'an unknown paper locator (well-formed, not in paper.json)',
		targets: placeTargets.filter((t) => (t.p.locators as string[]).length > 0),
		change: (t) =>
			fc
				.tuple(
					listIndex(t.p.locators),
					fc.oneof(
						fc.integer({ min: 900, max: 9999 }).map((n) => `fn${n}`),
						fc.integer({ min: 90, max: 999 }).map((n) => `§9.${n}`)
					)
				)
				.filter(([, l]) => !locatorIds.has(l))
				.map(([i, l]) => ({
					apply: (r) => {
						(r.properties.locators as string[])[i] = l;
					},
					expect: at(t, `locators[${i}]`)
				}))
	},
	{
		name: 'an unknown locator in a narrative paragraph',
		targets: placeTargets.filter((t) =>
			(t.p.narrative as Json[]).some((p) => ((p.locators as string[]) ?? []).length > 0)
		),
		change: (t) => {
			const paras = (t.p.narrative as Json[]).flatMap((p, i) => (((p.locators as string[]) ?? []).length ? [i] : []));
			return fc.tuple(fc.constantFrom(...paras), fc.integer({ min: 900, max: 9999 })).map(([i, n]) => ({
				apply: (r) => {
					((r.properties.narrative as Json[])[i].locators as string[])[0] = `fn${n}`;
				},
				expect: at(t, `narrative[${i}].locators[0]`)
			}));
		}
	},
	{
		name: 'a malformed locator',
		targets: placeTargets.filter((t) => (t.p.locators as string[]).length > 0),
		change: (t) =>
			fc
				.tuple(listIndex(t.p.locators), fc.constantFrom('p. 12', '4.3', 'section 2', '§', 'FN4', '§4.3 '))
				.map(([i, l]) => ({
					apply: (r) => {
						(r.properties.locators as string[])[i] = l;
					},
					expect: at(t, `locators[${i}]`)
				}))
	},
	{
		name: 'an unknown outside source',
		targets: placeTargets,
		change: (t) =>
			freshId.map((s) => ({
				apply: (r) => {
					(r.properties.sources as string[]).push(s);
				},
				expect: at(t, `sources[${(t.p.sources as string[]).length}]`)
			}))
	},
	{
		name: 'coordinates out of range',
		targets: placeTargets,
		change: (t) =>
			fc
				.tuple(fc.constantFrom(0, 1), fc.double({ min: 1, max: 5000, noNaN: true }), fc.boolean())
				.map(([axis, extra, neg]) => {
					const v = ((axis === 0 ? 180 : 90) + extra) * (neg ? -1 : 1);
					return {
						apply: (r) => {
							(r.geometry.coordinates as number[])[axis] = v;
						},
						expect: at(t, `geometry.coordinates[${axis}]`)
					};
				})
	},
	{
		name: 'longitude and latitude swapped',
		targets: placeTargets,
		change: (t) =>
			fc.constant({
				apply: (r) => {
					(r.geometry.coordinates as number[]).reverse();
				},
				expect: at(t, 'geometry.coordinates')
			})
	},
	{
		name: "a point moved far outside its region (to another place's spot)",
		targets: [...new Set(movable.map((m) => m.t))],
		change: (t) =>
			fc.constantFrom(...movable.filter((m) => m.t === t)).map(({ to }) => ({
				apply: (r) => {
					r.geometry.coordinates = [...to];
				},
				expect: at(t, 'geometry.coordinates')
			}))
	},
	{
		name: 'a coordinate that is not a number, or a geometry that is not a point',
		targets: placeTargets,
		change: (t) =>
			fc.constantFrom('string', 'line').map((how) =>
				how === 'string'
					? {
							apply: (r: Doc['features'][number]) => {
								(r.geometry.coordinates as unknown[])[1] = String(coords(t)[1]);
							},
							expect: at(t, 'geometry.coordinates[1]')
						}
					: {
							apply: (r: Doc['features'][number]) => {
								r.geometry.type = 'LineString';
							},
							expect: at(t, 'geometry.type')
						}
			)
	},
	{
		name: "a duplicate id (another record's)",
		targets: placeTargets,
		change: (t) =>
			fc
				.constantFrom(...[...placeIds, ...regionById.keys(), ...sourceIds].filter((id) => id !== t.id))
				// the second occurrence in reading order is reported, with the file of the first
				.map((other) => ({
					apply: setProp('id', other),
					expect: { id: other, field: 'id', files: [t.file, fileOfId.get(other)!] },
					collateral: true
				}))
	},
	{
		name: 'an id that is not kebab-case',
		targets: placeTargets,
		change: () =>
			fc
				.oneof(
					fc.constantFrom('Glasgow', 'a_b', '-x', 'x-', 'a--b', 'ü-place', 'a b', '../x', '<b>x</b>'),
					fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !kebab.test(s))
				)
				.map((id) => ({ apply: setProp('id', id), expect: { id, field: 'id' }, collateral: true }))
	},
	{
		name: 'an empty id (the error names the record by its position)',
		targets: placeTargets,
		change: (t) =>
			fc.constant({
				apply: setProp('id', ''),
				expect: { id: `#${t.index}`, field: `features[${t.index}].properties.id` },
				collateral: true
			})
	},
	{
		name: 'ends before it starts',
		targets: placeTargets,
		change: (t) =>
			fc
				.tuple(fc.integer({ min: 1901, max: 2100 }), fc.integer({ min: 1, max: 100 }))
				.filter(([s, d]) => s - d >= 1900)
				.map(([s, d]) => ({
					apply: (r) => {
						r.properties.start = s;
						r.properties.end = s - d;
					},
					expect: at(t, 'end')
				}))
	},
	{
		name: 'a year out of range or not whole',
		targets: placeTargets,
		change: (t) =>
			fc
				.tuple(
					fc.constantFrom('start', 'end'),
					fc.oneof(fc.integer({ min: -5000, max: 1899 }), fc.integer({ min: 2101, max: 1e6 }), fc.constant(1999.5))
				)
				.map(([f, y]) => ({ apply: setProp(f, y), expect: at(t, f) }))
	},
	{
		name: 'text too short or too long',
		targets: placeTargets,
		change: (t) =>
			fc
				.constantFrom<[string, string]>(
					['name', 'x'],
					['name', 'n'.repeat(201)],
					['summary', 'Too short.'],
					['summary', 's'.repeat(501)],
					['point_basis', '  ']
				)
				.map(([f, v]) => ({ apply: setProp(f, v), expect: at(t, f) }))
	},
	{
		name: 'a field the schema does not know',
		targets: placeTargets,
		change: (t) =>
			fc
				.oneof(fc.constantFrom('nme', 'Name', 'sector', 'lat', 'url'), fc.stringMatching(/^[a-z_]{3,12}$/))
				.filter(
					(k) =>
						!(k in t.p) &&
						![
							'name_ja',
							'name_ja_note',
							'name_romaji',
							'summary_ja',
							'notes_ja',
							'period_note',
							'case',
							'related',
							'status',
							'status_note',
							'conflicts',
							'notes'
						].includes(k)
				)
				.map((k) => ({ apply: setProp(k, 'x'), expect: at(t, k) }))
	},
	{
		name: 'a Japanese place without its Japanese name',
		targets: jp,
		change: (t) => fc.constant({ apply: delProp('name_ja'), expect: at(t, 'name_ja') })
	},
	{
		name: 'a firm without a case, or with a case that is not a paper case',
		targets: firms,
		change: (t) =>
			fc.oneof(
				fc.constant({ apply: delProp('case'), expect: at(t, 'case') }),
				fc
					.constantFrom(...nonCases.map((n) => n.id))
					.map((c) => ({ apply: setProp('case', c), expect: at(t, 'case') })),
				freshId.map((c) => ({ apply: setProp('case', c), expect: at(t, 'case') }))
			)
	},
	{
		name: 'a place that is not a firm naming a case',
		targets: nonFirms,
		change: (t) =>
			fc.constantFrom('glasgow', 'kansai').map((c) => ({ apply: setProp('case', c), expect: at(t, 'case') }))
	},
	{
		name: 'a MEXT region without status, or another place with one',
		targets: placeTargets,
		change: (t) =>
			t.p.kind === 'mext-cluster'
				? fc.oneof(
						fc.constant({ apply: delProp('status'), expect: at(t, 'status') }),
						fc.constant({ apply: setProp('status', 'done'), expect: at(t, 'status') })
					)
				: fc
						.constantFrom('implementation', 'trial')
						.map((s) => ({ apply: setProp('status', s), expect: at(t, 'status') }))
	},
	{
		name: 'an uncited narrative paragraph',
		targets: placeTargets,
		change: (t) =>
			listIndex(t.p.narrative).map((i) => ({
				apply: (r) => {
					const para = (r.properties.narrative as Json[])[i];
					delete para.locators;
					delete para.sources;
				},
				expect: at(t, `narrative[${i}].locators`)
			}))
	},
	{
		name: 'a claim from outside sources without a confidence',
		targets: placeTargets,
		change: (t) =>
			fc.tuple(listIndex(t.p.narrative), fc.constantFrom(...sourceIds)).map(([i, s]) => ({
				apply: (r) => {
					const para = (r.properties.narrative as Json[])[i];
					para.sources = [s];
					delete para.confidence;
				},
				expect: at(t, `narrative[${i}].confidence`)
			}))
	},
	{
		name: 'a related place that does not exist, or itself',
		targets: placeTargets,
		change: (t) =>
			fc.oneof(freshId, fc.constant(t.id)).map((rel) => {
				const n = ((t.p.related as string[] | undefined) ?? []).length;
				return {
					apply: setProp('related', [...((t.p.related as string[] | undefined) ?? []), rel]),
					expect: at(t, `related[${n}]`)
				};
			})
	},
	{
		name: 'a place of another kind in the file',
		targets: placeTargets,
		change: (t) =>
			fc
				.constantFrom(...PLACE_KINDS.filter((k) => k !== t.p.kind))
				.map((k) => ({ apply: setProp('kind', k), expect: at(t, 'kind') }))
	}
];

// ---------------------------------------------------------------- invalid: regions and sources

const polygons = (t: Target) =>
	(t.geometry.type === 'Polygon' ? [t.geometry.coordinates] : t.geometry.coordinates) as number[][][][];
/** the JSON path of ring r of polygon p, as the validator must name it */
const ringPath = (t: Target, p: number, r: number) =>
	t.geometry.type === 'Polygon' ? `geometry.coordinates[${r}]` : `geometry.coordinates[${p}][${r}]`;
const ringOf = (record: { geometry: Target['geometry'] }, p: number, r: number) =>
	record.geometry.type === 'Polygon'
		? (record.geometry.coordinates as number[][][])[r]
		: (record.geometry.coordinates as number[][][][])[p][r];
const anyRing = (t: Target) =>
	fc.constantFrom(...polygons(t).flatMap((poly, p) => poly.map((_, r) => [p, r] as const)));

/** a record's Japanese fields whose English is there: deleting one leaves a text without its Japanese */
const japaneseFields = (t: Target): string[] => [
	...Object.keys(t.p).filter((k) => k.endsWith('_ja') && k !== 'name_ja' && typeof t.p[k.slice(0, -3)] === 'string'),
	...(t.p.country !== 'JP' && t.p.name_ja ? ['name_ja'] : []),
	...((t.p.narrative as Json[] | undefined) ?? []).flatMap((p, i) => (p.text_ja ? [`narrative[${i}].text_ja`] : []))
];
const deleteJapanese: Mutation = {
	name: 'a text without its Japanese (a field deleted)',
	targets: [...placeTargets, ...regionTargets].filter((t) => japaneseFields(t).length > 0),
	change: (t) =>
		fc.constantFrom(...japaneseFields(t)).map((field) => ({
			apply: (r) => {
				const para = /^narrative\[(\d+)\]\.text_ja$/.exec(field);
				if (para) delete (r.properties.narrative as Json[])[Number(para[1])].text_ja;
				else delete r.properties[field];
			},
			expect: at(t, field)
		}))
};

const invalidRegion: Mutation[] = [
	{
		name: 'a required field deleted',
		targets: regionTargets,
		change: (t) => fc.constantFrom(...REGION_REQUIRED).map((f) => ({ apply: delProp(f), expect: at(t, f) }))
	},
	{
		name: 'a field of the wrong type',
		targets: regionTargets,
		change: (t) =>
			fc
				.constantFrom('name', 'units', 'definition', 'country')
				.chain((f) => wrongFor(t.p[f]).map((v) => ({ apply: setProp(f, v), expect: at(t, f) })))
	},
	{
		name: 'a unit that is not an ISO 3166-2 code',
		targets: regionTargets,
		change: (t) =>
			fc.tuple(listIndex(t.p.units), fc.constantFrom('GB', 'gb-glg', 'GB-GLASGOW', 'XX_1', '')).map(([i, u]) => ({
				apply: (r) => {
					(r.properties.units as string[])[i] = u;
				},
				expect: at(t, `units[${i}]`)
			}))
	},
	{
		name: 'a case region without its case, or naming an unknown case',
		targets: regionTargets.filter((t) => t.p.kind === 'case-region'),
		change: (t) =>
			fc.oneof(
				fc.constant({ apply: delProp('case'), expect: at(t, 'case') }),
				freshId.map((c) => ({ apply: setProp('case', c), expect: at(t, 'case'), also: linkPartner(t) })),
				fc
					.constantFrom(...placeTargets.filter((c) => c.p.kind === 'case' && c.id !== t.p.case).map((c) => c.id))
					.map((c) => ({ apply: setProp('case', c), expect: at(t, 'case'), also: linkPartner(t) }))
			)
	},
	{
		name: 'a Japanese region without its Japanese name',
		targets: regionTargets.filter((t) => t.p.country === 'JP'),
		change: (t) => fc.constant({ apply: delProp('name_ja'), expect: at(t, 'name_ja') })
	},
	{
		name: 'an unknown locator or source',
		targets: regionTargets,
		change: (t) =>
			fc
				.tuple(fc.constantFrom('locators', 'sources'), freshId, fc.integer({ min: 900, max: 9999 }))
				.map(([f, id, n]) => {
					const list = (t.p[f] as string[] | undefined) ?? [];
					return {
						apply: (r: Doc['features'][number]) => {
							r.properties[f] = [...list, f === 'locators' ? `fn${n}` : id];
							if (f === 'sources') r.properties.confidence ??= 'likely';
						},
						expect: at(t, `${f}[${list.length}]`)
					};
				})
	},
	{
		name: 'facts from outside sources without a confidence',
		targets: regionTargets,
		change: (t) =>
			fc.constantFrom(...sourceIds).map((s) => ({
				apply: (r) => {
					r.properties.sources = [s];
					delete r.properties.confidence;
				},
				expect: at(t, 'confidence')
			}))
	},
	{
		name: 'a ring that is not closed',
		targets: regionTargets,
		change: (t) =>
			fc.tuple(anyRing(t), fc.double({ min: 0.01, max: 0.5, noNaN: true })).map(([[p, r], d]) => ({
				apply: (record) => {
					const ring = ringOf(record, p, r);
					ring[ring.length - 1] = [ring[0][0] + d, ring[0][1]];
				},
				expect: at(t, ringPath(t, p, r))
			}))
	},
	{
		name: 'a ring position out of range',
		targets: regionTargets,
		change: (t) =>
			anyRing(t)
				.chain(([p, r]) =>
					fc.tuple(fc.constant([p, r] as const), fc.integer({ min: 1, max: ringOf(t, p, r).length - 2 }))
				)
				.chain(([[p, r], k]) =>
					fc.constantFrom(200, -200, 95, -1000).map((bad) => ({
						apply: (record: Doc['features'][number]) => {
							const pos = ringOf(record, p, r)[k];
							if (Math.abs(bad) > 180) pos[0] = bad;
							else pos[1] = bad;
						},
						expect: at(t, `${ringPath(t, p, r)}[${k}]`)
					}))
				)
	},
	{
		name: 'a field the schema does not know',
		targets: regionTargets,
		change: (t) =>
			fc.constantFrom('nme', 'sectors', 'colour').map((k) => ({ apply: setProp(k, 'x'), expect: at(t, k) }))
	}
];

interface SourceChange {
	url: string;
}
const invalidSourceUrls = fc.constantFrom(
	'javascript:window.__pwned=1',
	'JavaScript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'file:///etc/passwd',
	'ftp://example.org/x',
	'not a url',
	'//example.org/no-scheme'
);

// ---------------------------------------------------------------- valid

const shuffled = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

const validPlace: Mutation[] = [
	{
		name: 'sectors reordered',
		targets: placeTargets.filter((t) => (t.p.sectors as string[]).length > 1),
		change: (t) => shuffled(t.p.sectors as string[]).map((s) => ({ apply: setProp('sectors', s) }))
	},
	{
		name: 'the summary, name or point basis replaced by other valid text (markup included)',
		targets: placeTargets,
		change: () =>
			fc.oneof(
				textOf(20, 500).map((s) => ({ apply: setProp('summary', s) })),
				textOf(2, 200).map((s) => ({ apply: setProp('name', s) })),
				textOf(3, 300).map((s) => ({ apply: setProp('point_basis', s) }))
			)
	},
	{
		name: 'a point nudged within its region',
		targets: placeTargets,
		change: (t) =>
			fc
				.tuple(fc.double({ min: -0.3, max: 0.3, noNaN: true }), fc.double({ min: -0.3, max: 0.3, noNaN: true }))
				.map(([dx, dy]) => [coords(t)[0] + dx, coords(t)[1] + dy])
				.filter((pt) => inside(pt, regionById.get(String(t.p.region))!))
				.map((pt) => ({
					apply: (r) => {
						r.geometry.coordinates = pt;
					}
				}))
	},
	{
		name: 'an optional field added with a valid value',
		targets: placeTargets,
		change: (t) =>
			fc.oneof(
				// an English text comes with its Japanese (validate-ja.ts)
				fc.tuple(textOf(3, 1000), japaneseOf(2, 60)).map(([en, ja]) => ({
					apply: (r: Doc['features'][number]) => {
						r.properties.notes = en;
						r.properties.notes_ja = ja;
					}
				})),
				fc.tuple(textOf(3, 300), japaneseOf(2, 60)).map(([en, ja]) => ({
					apply: (r: Doc['features'][number]) => {
						r.properties.period_note = en;
						r.properties.period_note_ja = ja;
					}
				})),
				textOf(2, 200).map((s) => ({ apply: setProp('name_romaji', s) })),
				japaneseOf(5, 120).map((s) => ({ apply: setProp('summary_ja', s) })),
				japaneseOf(1, 40, true).map((s) => ({ apply: setProp('name_ja', s) })),
				fc
					.constantFrom(
						...[...placeIds].filter((id) => id !== t.id && !((t.p.related as string[] | undefined) ?? []).includes(id))
					)
					.map((id) => ({ apply: setProp('related', [...((t.p.related as string[] | undefined) ?? []), id]) }))
			)
	},
	{
		name: 'confidence changed, precision widened to region',
		targets: placeTargets,
		change: () =>
			fc.oneof(
				fc.constantFrom(...CONFIDENCES).map((c) => ({ apply: setProp('confidence', c) })),
				fc.constant({ apply: setProp('precision', PRECISIONS[2]) })
			)
	},
	{
		name: 'a valid period (or none)',
		targets: placeTargets,
		change: () =>
			fc
				.tuple(
					fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
					fc.option(fc.integer({ min: 0, max: 50 }), { nil: null })
				)
				.map(([s, d]) => ({
					apply: (r) => {
						r.properties.start = s;
						r.properties.end = s === null || d === null ? null : Math.min(2100, s + d);
					}
				}))
	},
	{
		name: 'a cited paragraph added, paragraphs reordered',
		targets: placeTargets,
		change: (t) =>
			fc.oneof(
				fc.tuple(textOf(20, 600), japaneseOf(5, 120), fc.constantFrom(...locatorIds)).map(([text, ja, l]) => ({
					apply: setProp('narrative', [...(t.p.narrative as Json[]), { text, text_ja: ja, locators: [l] }])
				})),
				shuffled(t.p.narrative as Json[]).map((n) => ({ apply: setProp('narrative', n) }))
			)
	},
	{
		name: 'the features of the file reordered',
		targets: placeTargets.filter((t) => t.index === 0),
		change: () =>
			fc.integer({ min: 1, max: 1e9 }).map((seed) => ({
				apply: (_r, doc) => {
					let s = seed;
					for (let i = doc.features.length - 1; i > 0; i--) {
						s = (s * 48271) % 2147483647;
						const j = s % (i + 1);
						[doc.features[i], doc.features[j]] = [doc.features[j], doc.features[i]];
					}
				}
			}))
	}
];

const validRegion: Mutation[] = [
	{
		name: 'definition or summary replaced by other valid text, units reordered',
		targets: regionTargets,
		change: (t) =>
			fc.oneof(
				textOf(20, 600).map((s) => ({ apply: setProp('definition', s) })),
				textOf(20, 500).map((s) => ({ apply: setProp('summary', s) })),
				shuffled(t.p.units as string[]).map((u) => ({ apply: setProp('units', u) }))
			)
	}
];

// ---------------------------------------------------------------- running them

function run(t: Target, c: Change) {
	const doc = JSON.parse(real[t.file]) as Doc;
	const record = doc.features[t.index];
	c.apply(record, doc);
	const files = { ...real, [t.file]: JSON.stringify(doc) };
	return validateGeodata(files);
}

const listing = (errors: { file: string; id: string; field: string; message: string }[]) =>
	errors.map((e) => formatError(e)).join('\n');

function invalidProperty(m: Mutation) {
	return fc.property(
		fc.constantFrom(...m.targets).chain((t) => m.change(t).map((c) => [t, c] as const)),
		([t, c]) => {
			const { errors, atlas } = run(t, c);
			const e = c.expect!;
			assert.equal(atlas, undefined, 'rejected');
			const named = errors.filter(
				(x) => (e.files ?? [t.file]).includes(x.file) && x.id === e.id && x.field === e.field
			);
			assert.ok(
				named.length > 0,
				`expected an error "${t.file}: ${e.id}: ${e.field}" among:\n${listing(errors) || '(none)'}`
			);
			for (const x of named) assert.ok(x.message.trim().length > 5, 'the error says why');
			if (!c.collateral)
				assert.deepEqual(
					errors.filter((x) => x.id !== e.id && !c.also?.some((a) => a.id === x.id && a.field === x.field)),
					[],
					`no other record is blamed for ${e.id}'s fault:\n${listing(errors)}`
				);
		}
	);
}

function validProperty(m: Mutation) {
	return fc.property(
		fc.constantFrom(...m.targets).chain((t) => m.change(t).map((c) => [t, c] as const)),
		([t, c]) => {
			const { errors, atlas } = run(t, c);
			assert.equal(listing(errors), '', `a valid change to ${t.id} was rejected`);
			assert.ok(atlas, 'accepted');
		}
	);
}

describe('fuzz: the validator rejects every invalid single mutation, naming the record and field', () => {
	it('the unmutated geodata is valid (the baseline every mutation starts from)', () => {
		expect(validateGeodata(real).errors).toEqual([]);
		expect(movable.length).toBeGreaterThan(10);
	});

	for (const m of invalidPlace)
		it(`place: ${m.name}`, () => {
			expect(m.targets.length).toBeGreaterThan(0);
			holds(invalidProperty(m), RUNS);
		});

	for (const m of invalidRegion)
		it(`region: ${m.name}`, () => {
			expect(m.targets.length).toBeGreaterThan(0);
			holds(invalidProperty(m), RUNS);
		});

	it(`place or region: ${deleteJapanese.name}`, () => {
		expect(deleteJapanese.targets.length).toBeGreaterThan(60);
		holds(invalidProperty(deleteJapanese), RUNS);
	});

	it('source: a url that is not http(s) (it would become a link in the panel)', () => {
		holds(
			fc.property(fc.nat({ max: sources.length - 1 }), invalidSourceUrls, (i, url: SourceChange['url']) => {
				const doc = parse<{ sources: Json[] }>(FILES.sources);
				doc.sources[i].url = url;
				const { errors } = validateGeodata({ ...real, [FILES.sources]: JSON.stringify(doc) });
				const id = String(sources[i].id);
				assert.ok(
					errors.some((e) => e.file === FILES.sources && e.id === id && e.field === 'url'),
					`expected "${FILES.sources}: ${id}: url" among:\n${listing(errors)}`
				);
			}),
			RUNS
		);
	});
});

describe('fuzz: the validator accepts every valid single mutation', () => {
	for (const m of validPlace)
		it(`place: ${m.name}`, () => {
			expect(m.targets.length).toBeGreaterThan(0);
			holds(validProperty(m), RUNS);
		});

	for (const m of validRegion)
		it(`region: ${m.name}`, () => {
			holds(validProperty(m), RUNS);
		});

	it('source: another http(s) url', () => {
		holds(
			fc.property(fc.nat({ max: sources.length - 1 }), fc.webUrl({ validSchemes: ['http', 'https'] }), (i, url) => {
				const doc = parse<{ sources: Json[] }>(FILES.sources);
				doc.sources[i].url = url;
				assert.equal(listing(validateGeodata({ ...real, [FILES.sources]: JSON.stringify(doc) }).errors), '');
			}),
			RUNS
		);
	});
});
