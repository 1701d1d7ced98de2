/**
 * The atlas as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * `/data/datapackage.json` describing every resource, each CSV with its Table Schema (fields,
 * types, descriptions, primary and foreign keys), plus one GeoJSON file with the places and the
 * region polygons. Built at build time by the prerendered routes under src/routes/data/, from this
 * one pure module, so the tests validate exactly what is published.
 *
 * Downloads carry their meaning: CSV columns give the label beside each id (kind, sectors, region,
 * status, dimension…), and a place's "sources differ" entries are written out in full.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { conflictText, csvField, KIND_LABELS } from '../data/export';

export { conflictText, KIND_LABELS };
import type { Atlas, Basis, PlaceFeature } from '../data/schema';
import { collectClaims } from './claims';
import { CORRECTION_KINDS, type Claim, type Correction, type EditionsFile, type Edition, type Licence } from './types';

export interface TableField {
	name: string;
	type: 'string' | 'integer' | 'number' | 'boolean';
	title: string;
	description: string;
	constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}

export interface TableSchema {
	fields: TableField[];
	primaryKey?: string[];
	foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
	missingValues: string[];
}

type Cell = string | number | boolean | null | undefined;
type Row = Record<string, Cell>;

interface Table {
	name: string;
	title: string;
	description: string;
	schema: TableSchema;
	rows: Row[];
}

const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const LIST = 'Several values are separated by semicolons.';

const f = (
	name: string,
	title: string,
	description: string,
	type: TableField['type'] = 'string',
	constraints?: TableField['constraints']
): TableField => ({ name, type, title, description, ...(constraints ? { constraints } : {}) });
const idField = (description: string) =>
	f('id', 'Id', description, 'string', { required: true, unique: true, pattern: ID_PATTERN });

const STATUS_LABELS: Record<string, string> = {
	implementation: 'Implementation region',
	trial: 'Trial region',
	unknown: 'Status not established'
};
const COMPARISON_LABELS: Record<string, string> = {
	stated: 'Stated in the paper',
	'shared-lesson': 'Only as a shared lesson',
	'not-stated': 'Not stated in the paper'
};
const GROUP_LABELS: Record<string, string> = {
	lesson: 'Western lesson (§2.5)',
	weakness: 'Japanese weakness (§5.2)',
	implication: 'Implication for SMEs (§5.4)'
};
/** Who makes a tie (schema `Basis`): the label each export writes beside the id. */
export const BASIS_LABELS: Record<string, string> = {
	paper: 'Stated in the paper',
	atlas: 'The atlas’s reading (the paper does not make this tie)'
};
const COUNTRY_LABELS: Record<string, string> = { GB: 'United Kingdom', IE: 'Ireland', JP: 'Japan' };

const list = (xs: readonly (string | undefined)[] | undefined) => (xs ?? []).filter(Boolean).join('; ');

/** The basis columns of a tie's table, and their values. */
const basisFields = (): TableField[] => [
	f('basis', 'Basis', 'paper (the paper states the tie) or atlas (the atlas’s reading).', 'string', {
		required: true,
		enum: ['paper', 'atlas']
	}),
	f('basis_label', 'Basis (label)', 'The basis in words.'),
	f(
		'basis_locators',
		'Basis locators',
		`The passages that state the tie (paper) or that the atlas’s reading rests on (atlas). ${LIST}`,
		'string',
		{ required: true }
	),
	f('basis_why', 'Basis (why)', 'Why the tie is the paper’s or the atlas’s, in the atlas’s words.'),
	f('basis_why_ja', 'Basis (why, Japanese)', 'The same in Japanese.')
];
const basisRow = (b: Basis): Row => ({
	basis: b.by,
	basis_label: BASIS_LABELS[b.by],
	basis_locators: list(b.locators),
	basis_why: b.why,
	basis_why_ja: b.why_ja
});

/** RFC 4180 with a header row and CRLF line ends; numbers as written, empty for missing. */
export function toCsv(fields: readonly TableField[], rows: readonly Row[]): string {
	const cell = (v: Cell) => (v === undefined || v === null ? '' : csvField(String(v)));
	return [fields.map((x) => x.name).join(','), ...rows.map((r) => fields.map((x) => cell(r[x.name])).join(','))]
		.map((line) => line + '\r\n')
		.join('');
}

export interface PackageInput {
	atlas: Atlas;
	editions: EditionsFile;
	edition: Edition;
	corrections: readonly Correction[];
	/** `https://host` or '' (paths) */
	origin: string;
}

function tables(input: PackageInput): Table[] {
	const { atlas, corrections, origin } = input;
	const sectorLabel = new Map(atlas.sectors.map((s) => [s.id, s.label]));
	const regionName = new Map(atlas.regions.map((r) => [r.properties.id, r.properties.name]));
	const placeName = new Map(atlas.places.map((p) => [p.properties.id, p.properties.name]));
	const itemTitle = new Map(atlas.argument.items.map((i) => [i.id, i.title]));
	const dimensionLabel = new Map(atlas.comparison.dimensions.map((d) => [d.id, d.label]));
	const claims = collectClaims(atlas);
	const claimAt = new Map<string, Claim>(claims.map((c) => [`${c.file}:${c.at}`, c]));
	const placeFile = new Map<string, string>();
	for (const c of claims) if (c.kind === 'paragraph' && c.place) placeFile.set(c.place, c.file);
	const claimOf = (file: string, at: string) => claimAt.get(`${file}:${at}`)?.id;

	const placeIndex = new Map<PlaceFeature, number>();
	const counters: Record<string, number> = {};
	for (const p of atlas.places) {
		counters[p.properties.kind] = (counters[p.properties.kind] ?? -1) + 1;
		placeIndex.set(p, counters[p.properties.kind]);
	}

	const places: Table = {
		name: 'places',
		title: 'Places',
		description: 'Every place of the paper: the six cases, the firms, METI and MEXT cluster regions, with provenance.',
		schema: {
			fields: [
				idField('Stable id of the place (also its page: /place/<id>).'),
				f('kind', 'Kind', 'case, firm, meti-cluster or mext-cluster.', 'string', {
					required: true,
					enum: ['case', 'firm', 'meti-cluster', 'mext-cluster']
				}),
				f('kind_label', 'Kind (label)', 'The kind in words.'),
				f('name', 'Name', 'English name.', 'string', { required: true }),
				f('name_ja', 'Name (Japanese)', 'Japanese name, for Japanese places.'),
				f('name_romaji', 'Name (romaji)', 'Hepburn romanisation of the Japanese name.'),
				f('country', 'Country', 'ISO 3166-1 alpha-2 code.', 'string', { required: true, enum: ['GB', 'IE', 'JP'] }),
				f('country_label', 'Country (label)', 'The country in words.'),
				f('region', 'Region', 'Id of the region polygon the point lies in (regions.id).', 'string', { required: true }),
				f('region_name', 'Region (name)', 'Name of that region.'),
				f('case', 'Case', 'Firms: the paper case they belong to (places.id).'),
				f('case_name', 'Case (name)', 'Name of that case.'),
				f('status', 'Status', 'MEXT regions: implementation, trial or unknown.'),
				f('status_label', 'Status (label)', 'The status in words.'),
				f('sectors', 'Sectors', `Sector ids (sectors.id). ${LIST}`, 'string', { required: true }),
				f('sector_labels', 'Sectors (labels)', `Sector labels, in the order of the ids. ${LIST}`),
				f('start', 'Start', 'Year the place (or its programme) began, if known.', 'integer'),
				f('end', 'End', 'Year it ended, if it did.', 'integer'),
				f('period_note', 'Period note', 'What the years stand for.'),
				f('lon', 'Longitude', 'WGS 84 longitude of the point.', 'number', { required: true }),
				f('lat', 'Latitude', 'WGS 84 latitude of the point.', 'number', { required: true }),
				f('precision', 'Precision', 'How exact the point is: exact, city or region.', 'string', {
					required: true,
					enum: ['exact', 'city', 'region']
				}),
				f('point_basis', 'Point basis', 'What the point stands for.'),
				f('summary', 'Summary', 'One or two sentences in the atlas’s own words.', 'string', { required: true }),
				f('summary_ja', 'Summary (Japanese)', 'The summary in Japanese, where translated.'),
				f('locators', 'Paper locators', `Where the paper discusses the place (§4.3, fn4…). ${LIST}`),
				f('sources', 'Sources', `Outside sources (sources.id). ${LIST}`),
				f(
					'confidence',
					'Confidence',
					'How sure the atlas is of the outside facts: confirmed, likely, unconfirmed.',
					'string',
					{
						required: true,
						enum: ['confirmed', 'likely', 'unconfirmed']
					}
				),
				f(
					'conflicts',
					'Sources differ',
					`Where the paper and outside sources disagree, each entry in full (topic — paper: value (locators); sources: value (source ids; confidence)). Entries are separated by " | ".`
				),
				f('url', 'Page', 'The place’s page in the atlas.')
			],
			primaryKey: ['id'],
			foreignKeys: [
				{ fields: ['region'], reference: { resource: 'regions', fields: ['id'] } },
				{ fields: ['case'], reference: { resource: '', fields: ['id'] } }
			],
			missingValues: ['']
		},
		rows: atlas.places.map((pf) => {
			const p = pf.properties;
			const [lon, lat] = pf.geometry.coordinates;
			return {
				id: p.id,
				kind: p.kind,
				kind_label: KIND_LABELS[p.kind],
				name: p.name,
				name_ja: p.name_ja,
				name_romaji: p.name_romaji,
				country: p.country,
				country_label: COUNTRY_LABELS[p.country],
				region: p.region,
				region_name: regionName.get(p.region),
				case: p.case,
				case_name: p.case ? placeName.get(p.case) : undefined,
				status: p.status,
				status_label: p.status ? STATUS_LABELS[p.status] : undefined,
				sectors: list(p.sectors),
				sector_labels: list(p.sectors.map((s) => sectorLabel.get(s))),
				start: p.start,
				end: p.end,
				period_note: p.period_note,
				lon,
				lat,
				precision: p.precision,
				point_basis: p.point_basis,
				summary: p.summary,
				summary_ja: p.summary_ja,
				locators: list(p.locators),
				sources: list(p.sources),
				confidence: p.confidence,
				conflicts: (p.conflicts ?? []).map(conflictText).join(' | '),
				url: `${origin}/place/${p.id}`
			};
		})
	};

	const paragraphs: Table = {
		name: 'paragraphs',
		title: 'Narrative paragraphs',
		description: 'Each paragraph of each place’s text, a citable claim with its support.',
		schema: {
			fields: [
				f('claim_id', 'Claim id', 'Stable id of the paragraph (its anchor on the place’s page).', 'string', {
					required: true,
					unique: true,
					pattern: ID_PATTERN
				}),
				f('place', 'Place', 'The place (places.id).', 'string', { required: true }),
				f('place_name', 'Place (name)', 'Name of the place.'),
				f('position', 'Position', 'Position of the paragraph in the place’s text (1 = first).', 'integer'),
				f('text', 'Text', 'The paragraph, in the atlas’s own words.', 'string', { required: true }),
				f('text_ja', 'Text (Japanese)', 'The paragraph in Japanese, where translated.'),
				f('locators', 'Paper locators', `Where in the paper it rests. ${LIST}`),
				f('sources', 'Sources', `Outside sources (sources.id). ${LIST}`),
				f('confidence', 'Confidence', 'For outside sources: confirmed, likely or unconfirmed.'),
				f('url', 'Permalink', 'The paragraph on its page.')
			],
			primaryKey: ['claim_id'],
			foreignKeys: [{ fields: ['place'], reference: { resource: 'places', fields: ['id'] } }],
			missingValues: ['']
		},
		rows: atlas.places.flatMap((pf) => {
			const p = pf.properties;
			const file = placeFile.get(p.id) ?? '';
			return p.narrative.map((para, i) => {
				const id = claimOf(file, `features[${placeIndex.get(pf)}].properties.narrative[${i}]`);
				return {
					claim_id: id,
					place: p.id,
					place_name: p.name,
					position: i + 1,
					text: para.text,
					text_ja: para.text_ja,
					locators: list(para.locators),
					sources: list(para.sources),
					confidence: para.confidence,
					url: `${origin}/place/${p.id}#${id}`
				};
			});
		})
	};

	const regions: Table = {
		name: 'regions',
		title: 'Regions',
		description:
			'The case regions and METI bureau regions, unions of Natural Earth admin-1 units (polygons in atlas.geojson).',
		schema: {
			fields: [
				idField('Stable id of the region.'),
				f('kind', 'Kind', 'case-region or bureau-region.', 'string', {
					required: true,
					enum: ['case-region', 'bureau-region']
				}),
				f('kind_label', 'Kind (label)', 'The kind in words.'),
				f('name', 'Name', 'English name.', 'string', { required: true }),
				f('name_ja', 'Name (Japanese)', 'Japanese name.'),
				f('country', 'Country', 'ISO 3166-1 alpha-2 code.', 'string', { required: true }),
				f('units', 'Units', `ISO 3166-2 codes of the admin-1 units the polygon is the union of. ${LIST}`),
				f('definition', 'Definition', 'What the region is, in the atlas’s words.'),
				f('case', 'Case', 'Case regions: the case (places.id).'),
				f('case_name', 'Case (name)', 'Name of that case.'),
				f('locators', 'Paper locators', LIST),
				f('sources', 'Sources', `Outside sources (sources.id). ${LIST}`),
				f('confidence', 'Confidence', 'For outside sources.')
			],
			primaryKey: ['id'],
			foreignKeys: [{ fields: ['case'], reference: { resource: 'places', fields: ['id'] } }],
			missingValues: ['']
		},
		rows: atlas.regions.map((rf) => {
			const r = rf.properties;
			return {
				id: r.id,
				kind: r.kind,
				kind_label: KIND_LABELS[r.kind],
				name: r.name,
				name_ja: r.name_ja,
				country: r.country,
				units: list(r.units),
				definition: r.definition,
				case: r.case,
				case_name: r.case ? placeName.get(r.case) : undefined,
				locators: list(r.locators),
				sources: list(r.sources),
				confidence: r.confidence
			};
		})
	};

	const sectors: Table = {
		name: 'sectors',
		title: 'Sectors',
		description: 'The sector taxonomy used by places.sectors.',
		schema: {
			fields: [
				idField('Stable id of the sector.'),
				f('label', 'Label', 'English label.', 'string', { required: true }),
				f('label_ja', 'Label (Japanese)', 'Japanese label.'),
				f('colour', 'Colour', 'The map colour, #rrggbb.'),
				f('description', 'Description', 'What the sector covers.')
			],
			primaryKey: ['id'],
			missingValues: ['']
		},
		rows: atlas.sectors.map((s) => ({ ...s }))
	};

	const items: Table = {
		name: 'argument-items',
		title: 'Argument items',
		description: 'The paper’s eight Western lessons, nine Japanese weaknesses and ten implications for SMEs.',
		schema: {
			fields: [
				idField('Stable id of the item (also its claim id).'),
				f('group', 'Group', 'lesson, weakness or implication.', 'string', {
					required: true,
					enum: ['lesson', 'weakness', 'implication']
				}),
				f('group_label', 'Group (label)', 'The group in words, with its section.'),
				f('number', 'Number', 'The label as printed: 1–8, a–i, 1–10.'),
				f('locator', 'Paper locator', 'Where the paper states it.', 'string', { required: true }),
				f('title', 'Title', 'A short heading in the atlas’s words.'),
				f('title_ja', 'Title (Japanese)', 'The heading in Japanese.'),
				f('text', 'Text', 'The item, paraphrased.'),
				f('text_ja', 'Text (Japanese)', 'The item in Japanese.')
			],
			primaryKey: ['id'],
			missingValues: ['']
		},
		rows: atlas.argument.items.map((i) => ({
			id: i.id,
			group: i.group,
			group_label: GROUP_LABELS[i.group],
			number: i.number,
			locator: i.locator,
			title: i.title,
			title_ja: i.title_ja,
			text: i.text,
			text_ja: i.text_ja
		}))
	};

	const pairs: Table = {
		name: 'argument-pairs',
		title: 'Argument pairs',
		description:
			'A Western lesson set beside a Japanese weakness. The paper lists the two groups separately (§2.5, §5.2); the basis says who pairs them.',
		schema: {
			fields: [
				f('claim_id', 'Claim id', 'Stable id of the pair (its anchor on /lessons).', 'string', {
					required: true,
					unique: true,
					pattern: ID_PATTERN
				}),
				f('lesson', 'Lesson', 'The lesson (argument-items.id).', 'string', { required: true }),
				f('lesson_title', 'Lesson (title)', 'Its title.'),
				f('weakness', 'Weakness', 'The weakness (argument-items.id).', 'string', { required: true }),
				f('weakness_title', 'Weakness (title)', 'Its title.'),
				f('note', 'Note', 'How the two relate, in the atlas’s words.'),
				f('note_ja', 'Note (Japanese)', 'The same in Japanese.'),
				...basisFields(),
				f('url', 'Permalink', 'The pair on the lessons page.')
			],
			primaryKey: ['claim_id'],
			foreignKeys: [
				{ fields: ['lesson'], reference: { resource: 'argument-items', fields: ['id'] } },
				{ fields: ['weakness'], reference: { resource: 'argument-items', fields: ['id'] } }
			],
			missingValues: ['']
		},
		rows: atlas.argument.pairs.map((p) => ({
			claim_id: p.id,
			lesson: p.items[0],
			lesson_title: itemTitle.get(p.items[0]),
			weakness: p.items[1],
			weakness_title: itemTitle.get(p.items[1]),
			note: p.note,
			note_ja: p.note_ja,
			...basisRow(p.basis),
			url: `${origin}/lessons#${p.id}`
		}))
	};

	const links: Table = {
		name: 'argument-links',
		title: 'Argument links',
		description:
			'A place tied to an item of the argument: by the paper (basis "paper", with the passages that state it) or read by the atlas (basis "atlas").',
		schema: {
			fields: [
				f('claim_id', 'Claim id', 'Stable id of the link.', 'string', {
					required: true,
					unique: true,
					pattern: ID_PATTERN
				}),
				f('item', 'Item', 'The argument item (argument-items.id).', 'string', { required: true }),
				f('item_title', 'Item (title)', 'Its title.'),
				f('place', 'Place', 'The place (places.id).', 'string', { required: true }),
				f('place_name', 'Place (name)', 'Its name.'),
				f('locators', 'Paper locators', `What the note says of the place rests on these passages. ${LIST}`, 'string', {
					required: true
				}),
				f('note', 'Note', 'How the place bears on the item, in the atlas’s words.'),
				f('note_ja', 'Note (Japanese)', 'The same in Japanese.'),
				...basisFields()
			],
			primaryKey: ['claim_id'],
			foreignKeys: [
				{ fields: ['item'], reference: { resource: 'argument-items', fields: ['id'] } },
				{ fields: ['place'], reference: { resource: 'places', fields: ['id'] } }
			],
			missingValues: ['']
		},
		rows: atlas.argument.links.map((l, i) => ({
			claim_id: claimOf('argument.json', `links[${i}]`),
			item: l.item,
			item_title: itemTitle.get(l.item),
			place: l.place,
			place_name: placeName.get(l.place),
			locators: list(l.locators),
			note: l.note,
			note_ja: l.note_ja,
			...basisRow(l.basis)
		}))
	};

	const cells: Table = {
		name: 'comparison-cells',
		title: 'Comparison cells',
		description:
			'The compare page: one cell per case and dimension, stated in the paper, only a shared lesson, or not stated.',
		schema: {
			fields: [
				f('claim_id', 'Claim id', 'Stable id of the cell.', 'string', {
					required: true,
					unique: true,
					pattern: ID_PATTERN
				}),
				f('place', 'Place', 'The case (places.id).', 'string', { required: true }),
				f('place_name', 'Place (name)', 'Its name.'),
				f('dimension', 'Dimension', 'The dimension’s id.', 'string', { required: true }),
				f('dimension_label', 'Dimension (label)', 'The dimension in words.'),
				f('status', 'Status', 'stated, shared-lesson or not-stated.', 'string', {
					required: true,
					enum: ['stated', 'shared-lesson', 'not-stated']
				}),
				f('status_label', 'Status (label)', 'The status in words.'),
				f(
					'basis',
					'Basis',
					'paper where the cell reports what the paper says (stated, or a shared lesson of the three Western regions); empty for a not-stated cell. Which dimension a lesson is filed under is the atlas’s choice.',
					'string',
					{ enum: ['paper'] }
				),
				f('text', 'Text', 'What the paper says of this case on this dimension.'),
				f('text_ja', 'Text (Japanese)', 'The same in Japanese.'),
				f('note', 'Note', 'Not-stated cells: what the paper does say nearby.'),
				f('locators', 'Paper locators', LIST),
				f('outside_text', 'Outside fact', 'A fact from outside sources beside the cell (never filling a gap).'),
				f('outside_sources', 'Outside sources', `sources.id. ${LIST}`),
				f('outside_confidence', 'Outside confidence', 'confirmed, likely or unconfirmed.')
			],
			primaryKey: ['claim_id'],
			foreignKeys: [{ fields: ['place'], reference: { resource: 'places', fields: ['id'] } }],
			missingValues: ['']
		},
		rows: atlas.comparison.cells.map((c, i) => ({
			claim_id: claimOf('comparison.json', `cells[${i}]`),
			place: c.place,
			place_name: placeName.get(c.place),
			dimension: c.dimension,
			dimension_label: dimensionLabel.get(c.dimension),
			status: c.status,
			status_label: COMPARISON_LABELS[c.status],
			basis: c.status === 'not-stated' ? undefined : 'paper',
			text: c.text,
			text_ja: c.text_ja,
			note: c.note,
			locators: list(c.locators),
			outside_text: c.outside?.text,
			outside_sources: list(c.outside?.sources),
			outside_confidence: c.outside?.confidence
		}))
	};

	const contrasts: Table = {
		name: 'comparison-contrasts',
		title: 'Comparison contrasts',
		description:
			'Why two cases are set side by side on their compare page; the basis says whether the paper or the atlas sets them so.',
		schema: {
			fields: [
				f('claim_id', 'Claim id', 'Stable id of the contrast.', 'string', {
					required: true,
					unique: true,
					pattern: ID_PATTERN
				}),
				f('place_a', 'First place', 'places.id.', 'string', { required: true }),
				f('place_a_name', 'First place (name)', 'Its name.'),
				f('place_b', 'Second place', 'places.id.', 'string', { required: true }),
				f('place_b_name', 'Second place (name)', 'Its name.'),
				f('text', 'Text', 'Why the two are set side by side, in the atlas’s words.'),
				f('text_ja', 'Text (Japanese)', 'The same in Japanese.'),
				f('locators', 'Paper locators', LIST),
				...basisFields(),
				f('url', 'Permalink', 'The contrast on its compare page.')
			],
			primaryKey: ['claim_id'],
			foreignKeys: [
				{ fields: ['place_a'], reference: { resource: 'places', fields: ['id'] } },
				{ fields: ['place_b'], reference: { resource: 'places', fields: ['id'] } }
			],
			missingValues: ['']
		},
		rows: atlas.comparison.contrasts.map((x, i) => {
			const id = claimOf('comparison.json', `contrasts[${i}]`);
			return {
				claim_id: id,
				place_a: x.places[0],
				place_a_name: placeName.get(x.places[0]),
				place_b: x.places[1],
				place_b_name: placeName.get(x.places[1]),
				text: x.text,
				text_ja: x.text_ja,
				locators: list(x.locators),
				...basisRow(x.basis),
				url: `${origin}/compare/${x.places[0]}/${x.places[1]}#${id}`
			};
		})
	};

	const events: Table = {
		name: 'timeline-events',
		title: 'Timeline events',
		description: 'Dated events; events that state the same thing differently share a "sources differ" group.',
		schema: {
			fields: [
				idField('Stable id of the event (also its claim id).'),
				f('date', 'Date', 'YYYY, YYYY-MM or YYYY-MM-DD.', 'string', {
					required: true,
					pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$'
				}),
				f('end', 'End', 'End of a span, same forms.'),
				f('fiscal', 'Fiscal year', 'The date is a Japanese fiscal year.', 'boolean'),
				f('label', 'Label', 'What happened.', 'string', { required: true }),
				f('label_ja', 'Label (Japanese)', 'The same in Japanese.'),
				f('text', 'Text', 'More detail.'),
				f('places', 'Places', `The places concerned (places.id). ${LIST}`),
				f('place_names', 'Places (names)', LIST),
				f('sources_differ', 'Sources differ group', 'Events sharing this group state the same thing differently.'),
				f('locators', 'Paper locators', LIST),
				f('sources', 'Sources', `sources.id. ${LIST}`),
				f('confidence', 'Confidence', 'For outside sources.')
			],
			primaryKey: ['id'],
			missingValues: ['']
		},
		rows: atlas.timeline.map((ev) => ({
			id: ev.id,
			date: ev.date,
			end: ev.end,
			fiscal: ev.fiscal ?? false,
			label: ev.label,
			label_ja: ev.label_ja,
			text: ev.text,
			places: list(ev.places),
			place_names: list(ev.places.map((p) => placeName.get(p) ?? regionName.get(p))),
			sources_differ: ev.differs,
			locators: list(ev.locators),
			sources: list(ev.sources),
			confidence: ev.confidence
		}))
	};

	const sources: Table = {
		name: 'sources',
		title: 'Sources',
		description: 'Every outside source the atlas cites.',
		schema: {
			fields: [
				idField('Stable id of the source.'),
				f('title', 'Title', 'As published.', 'string', { required: true }),
				f('url', 'URL', 'Where it was read.'),
				f('publisher', 'Publisher', ''),
				f('author', 'Author', ''),
				f('date', 'Date', 'YYYY, YYYY-MM or YYYY-MM-DD.'),
				f('language', 'Language', 'en or ja.'),
				f('accessed', 'Accessed', 'How the source was read.'),
				f('licence', 'Licence', 'The source’s licence where it states one.'),
				f('note', 'Note', 'What the atlas takes from it.'),
				f(
					'tier',
					'Tier',
					'official, scholarly, press, reference, or copy (a stored copy of another document).',
					'string',
					{
						required: true,
						enum: ['official', 'scholarly', 'press', 'reference', 'copy']
					}
				),
				f('primary_title', 'Primary document', 'For a copy: the primary document it stands in for.'),
				f('primary_url', 'Primary URL', 'Where the primary document is, when known.')
			],
			primaryKey: ['id'],
			missingValues: ['']
		},
		rows: atlas.sources.map(({ primary, ...s }) => ({ ...s, primary_title: primary?.title, primary_url: primary?.url }))
	};

	const references: Table = {
		name: 'references',
		title: 'The paper’s references',
		description: 'The 24 references the paper prints, in order (locators ref1–ref24).',
		schema: {
			fields: [
				idField('Stable id of the reference.'),
				f('locator', 'Locator', 'ref1–ref24, in printed order.', 'string', { required: true }),
				f('authors', 'Authors', 'As printed.'),
				f('year', 'Year', 'As printed.'),
				f('title', 'Title', 'As printed.'),
				f('title_en', 'Title (English)', 'English title of a Japanese work.'),
				f('container', 'Container', 'Journal or book.'),
				f('publisher', 'Publisher', ''),
				f('note', 'Note', '')
			],
			primaryKey: ['id'],
			missingValues: ['']
		},
		rows: atlas.references.map((r) => ({ ...r }))
	};

	const correctionsTable: Table = {
		name: 'corrections',
		title: 'Corrections (errata)',
		description: 'Every field an edition corrected: what it was, what it is now, and why.',
		schema: {
			fields: [
				idField('Stable id of the correction.'),
				f(
					'kind',
					'Kind',
					'What was wrong: adds (said more than the passage), sharpens-reverses (sharpened or reversed the paper’s judgement), paper-vs-atlas (the atlas’s reading given as the paper’s), wrong-locator, japanese (the Japanese meant something else), outside-fact.',
					'string',
					{ required: true, enum: [...CORRECTION_KINDS] }
				),
				f('edition', 'Edition', 'The edition that made it (MAJOR.MINOR.PATCH).', 'string', { required: true }),
				f('file', 'File', 'The geodata file.', 'string', { required: true }),
				f('record', 'Record', 'The record’s id (or claim id).', 'string', { required: true }),
				f('field', 'Field', 'The field, e.g. narrative[1].text.', 'string', { required: true }),
				f('was', 'Was', 'The value before.'),
				f('now', 'Now', 'The value after.'),
				f('why', 'Why', 'The reason, with its evidence.', 'string', { required: true }),
				f('locators', 'Paper locators', LIST),
				f('sources', 'Sources', `Outside sources the correction rests on (sources.id). ${LIST}`)
			],
			primaryKey: ['id'],
			missingValues: ['']
		},
		rows: corrections.map((c) => ({ ...c, locators: list(c.locators), sources: list(c.sources) }))
	};

	return [
		places,
		paragraphs,
		regions,
		sectors,
		items,
		pairs,
		links,
		cells,
		contrasts,
		events,
		sources,
		references,
		correctionsTable
	];
}

/** The published file of each table: `/data/<name>.csv`. */
export const TABLE_NAMES = [
	'places',
	'paragraphs',
	'regions',
	'sectors',
	'argument-items',
	'argument-pairs',
	'argument-links',
	'comparison-cells',
	'comparison-contrasts',
	'timeline-events',
	'sources',
	'references',
	'corrections'
] as const;

type GeoProps = Record<string, unknown>;

/** Places (Points) and the region polygons, one FeatureCollection; `feature_type` tells them apart. */
export function atlasGeoJson(input: PackageInput): FeatureCollection<Geometry, GeoProps> {
	const { atlas, origin } = input;
	const sectorLabel = new Map(atlas.sectors.map((s) => [s.id, s.label]));
	const regionName = new Map(atlas.regions.map((r) => [r.properties.id, r.properties.name]));
	return {
		type: 'FeatureCollection',
		features: [
			...atlas.places.map((pf) => {
				const p = pf.properties;
				return {
					type: 'Feature' as const,
					id: p.id,
					geometry: pf.geometry,
					properties: {
						feature_type: 'place',
						...p,
						kind_label: KIND_LABELS[p.kind],
						region_name: regionName.get(p.region),
						sector_labels: p.sectors.map((s) => sectorLabel.get(s)),
						url: `${origin}/place/${p.id}`
					}
				};
			}),
			...atlas.regions.map((rf) => ({
				type: 'Feature' as const,
				id: rf.properties.id,
				geometry: rf.geometry,
				properties: { feature_type: 'region', ...rf.properties, kind_label: KIND_LABELS[rf.properties.kind] }
			}))
		]
	};
}

const licenceEntry = (l: Licence) => ({ name: l.id, path: l.url, title: l.title });

export interface DataPackage {
	descriptor: Record<string, unknown>;
	/** published files by path relative to /data/ */
	files: Record<string, string>;
}

/** The whole package: the descriptor and every file it describes. */
export function buildDataPackage(input: PackageInput): DataPackage {
	const { editions, edition, atlas, origin } = input;
	const meta = editions.atlas;
	const ts = tables(input);
	const files: Record<string, string> = {};
	for (const t of ts) files[`${t.name}.csv`] = toCsv(t.schema.fields, t.rows);
	files['atlas.geojson'] = JSON.stringify(atlasGeoJson(input));
	const codeLicence = meta.code_licence
		? `The code is licensed under ${meta.code_licence.title}.`
		: 'The code’s repository states no licence; only the data is licensed here.';
	const descriptor = {
		profile: 'data-package',
		name: 'cluster-atlas',
		id: origin ? `${origin}/data/datapackage.json` : 'cluster-atlas',
		title: meta.title,
		description: `${meta.description} ${codeLicence}`,
		version: edition.version,
		created: `${edition.date}T00:00:00Z`,
		...(origin ? { homepage: `${origin}/` } : {}),
		keywords: meta.keywords,
		licenses: [licenceEntry(meta.data_licence), ...meta.other_licences.map(licenceEntry)],
		contributors: meta.authors.map((a) => ({
			title: a.name ?? [a['given-names'], a['family-names']].filter(Boolean).join(' '),
			role: 'author'
		})),
		sources: [
			{
				title: `${atlas.paper.author.split(',')[0]} (${atlas.paper.year}), ${atlas.paper.title}, ${atlas.paper.event}, ${atlas.paper.place}`
			},
			{ title: 'Natural Earth (admin-0 and admin-1 boundaries)', path: 'https://www.naturalearthdata.com/' },
			{ title: 'Outside sources: see the sources resource (sources.csv)' }
		],
		// the edition's content hash of geodata/, as the atlas's edition list records it
		data_revision: edition.data_revision,
		resources: [
			...ts.map((t) => ({
				name: t.name,
				path: `${t.name}.csv`,
				profile: 'tabular-data-resource',
				title: t.title,
				description: t.description,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, quoteChar: '"', doubleQuote: true },
				schema: t.schema
			})),
			{
				name: 'atlas-geojson',
				path: 'atlas.geojson',
				profile: 'data-resource',
				title: 'Places and regions (GeoJSON)',
				description:
					'Every place as a Point and every region as a Polygon or MultiPolygon (WGS 84, RFC 7946), all fields of the source records; properties.feature_type is "place" or "region".',
				format: 'geojson',
				mediatype: 'application/geo+json',
				encoding: 'utf-8'
			}
		]
	};
	return { descriptor, files };
}
