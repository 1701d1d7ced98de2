/**
 * The geodata schema: one module that is both the TypeScript types and the validator (zod infers
 * the types). Only build-time and server code imports the zod values; browser code imports types
 * (`import type`) so zod never reaches the client bundle.
 *
 * Cross-file rules (ids resolve, points lie in their region, locators exist…) live in
 * `validate.ts`; this module checks the shape of each file on its own.
 */
import { z } from 'zod';
import { ARGUMENT_GROUPS, COUNTRIES, LANGS, PLACE_KINDS, REGION_KINDS } from './vocabulary';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Id = z.string().regex(ID_PATTERN, 'must be a kebab-case id (a-z, 0-9, single hyphens)');

export const CONFIDENCES = ['confirmed', 'likely', 'unconfirmed'] as const;
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

export const PRECISIONS = ['exact', 'city', 'region'] as const;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

const PlaceKind = z.enum(PLACE_KINDS);
const RegionKind = z.enum(REGION_KINDS);
const Country = z.enum(COUNTRIES);

export const MEXT_STATUSES = ['implementation', 'trial', 'unknown'] as const;

/** A paper locator such as `§4.3`, `§2.5.L2`, `fn4`, `ref12`; existence is checked against paper.json. */
export const Locator = z
	.string()
	.regex(
		/^(§[P0-9][0-9.]*(?:[a-z]|L[0-9])?[0-9]*|fn[0-9]+|ref[0-9]+)$/,
		'not a paper locator (e.g. §4.3, §2.5.L2, fn4, ref12)'
	);

const text = (min: number, max = 4000) =>
	z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);

/** Where a claim comes from: the paper (locators) and/or outside sources with a confidence. */
const citationShape = {
	locators: z.array(Locator).optional(),
	sources: z.array(Id).optional(),
	confidence: Confidence.optional()
};
type CitationLike = { locators?: string[]; sources?: string[]; confidence?: Confidence };
function citationRules(c: CitationLike, ctx: z.RefinementCtx) {
	const hasLocators = (c.locators?.length ?? 0) > 0;
	const hasSources = (c.sources?.length ?? 0) > 0;
	if (!hasLocators && !hasSources)
		ctx.addIssue({
			code: 'custom',
			path: ['locators'],
			message: 'every claim needs paper locators or outside sources'
		});
	if (hasSources && !c.confidence)
		ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'a claim from outside sources needs a confidence' });
}

export const Paragraph = z
	.object({
		/** the claim's stable id: its anchor and permalink (never reused; see geodata/claims/) */
		id: Id.optional(),
		text: text(20),
		text_ja: text(5).optional(),
		...citationShape
	})
	.strict()
	.superRefine(citationRules);
export type Paragraph = z.infer<typeof Paragraph>;

/** The paper and outside sources disagree: both sides, each with its support. */
export const Conflict = z
	.object({
		/** the claim's stable id: its anchor and permalink (never reused; see geodata/claims/) */
		id: Id.optional(),
		topic: text(3, 200),
		topic_ja: text(2, 200).optional(),
		paper: z
			.object({ value: text(1, 400), value_ja: text(1, 400).optional(), locators: z.array(Locator).min(1) })
			.strict(),
		sources: z
			.object({
				value: text(1, 400),
				value_ja: text(1, 400).optional(),
				sources: z.array(Id).min(1),
				confidence: Confidence
			})
			.strict(),
		note: text(3, 800).optional(),
		note_ja: text(2, 800).optional()
	})
	.strict();
export type Conflict = z.infer<typeof Conflict>;

const year = z.number().int().min(1900).max(2100);

/** Hiragana, with the long-vowel mark ー and ・ between words: what a reading is written in. */
export const HIRAGANA_READING = /^[\u3041-\u3096\u309D\u309E\u30FC\u30FB]+$/u;

/** A name in English and, for Japanese places and regions (a rule below), in Japanese. */
const names = {
	name: text(2, 200),
	name_ja: text(1, 200).optional(),
	/** the Japanese name's reading in hiragana, for search (きゅうしゅう finds 九州); required with name_ja (validate-ja.ts) */
	name_ja_reading: z.string().regex(HIRAGANA_READING, 'must be hiragana (ー and ・ between words allowed)').optional(),
	/** Hepburn romanisation (macrons allowed) of the Japanese name, for search and display. */
	name_romaji: text(2, 200).optional()
};

export const PlaceProperties = z
	.object({
		id: Id,
		kind: PlaceKind,
		...names,
		/** what the Japanese name is (e.g. the atlas's placeholder where no official name was found): shown beside it */
		name_ja_note: text(2, 200).optional(),
		country: Country,
		/** id of the region polygon the point lies in */
		region: Id,
		sectors: z.array(Id).min(1, 'a place needs at least one sector'),
		summary: text(20, 500),
		summary_ja: text(5, 500).optional(),
		narrative: z.array(Paragraph).min(1, 'a place needs a narrative of at least one paragraph'),
		start: year.nullable(),
		end: year.nullable(),
		period_note: text(3, 300).optional(),
		period_note_ja: text(2, 300).optional(),
		/** firms: the paper case they belong to */
		case: Id.optional(),
		/** other places the paper or the sources tie to this one */
		related: z.array(Id).optional(),
		/** MEXT regions: implementation (one of the 12) or trial (one of the 6) */
		status: z.enum(MEXT_STATUSES).optional(),
		status_note: text(3, 400).optional(),
		status_note_ja: text(2, 400).optional(),
		locators: z.array(Locator),
		sources: z.array(Id),
		confidence: Confidence,
		precision: Precision,
		point_basis: text(3, 300),
		point_basis_ja: text(2, 300).optional(),
		conflicts: z.array(Conflict).optional(),
		notes: text(3, 1000).optional(),
		notes_ja: text(2, 1000).optional()
	})
	.strict()
	.superRefine((p, ctx) => {
		if (p.locators.length === 0 && p.sources.length === 0)
			ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a place needs paper locators or outside sources' });
		if (p.start !== null && p.end !== null && p.end < p.start)
			ctx.addIssue({ code: 'custom', path: ['end'], message: `ends (${p.end}) before it starts (${p.start})` });
		if (p.country === 'JP' && !p.name_ja)
			ctx.addIssue({ code: 'custom', path: ['name_ja'], message: 'a Japanese place needs its Japanese name' });
		if (p.kind === 'firm' && !p.case)
			ctx.addIssue({ code: 'custom', path: ['case'], message: 'a firm must name its paper case' });
		if (p.kind !== 'firm' && p.case)
			ctx.addIssue({ code: 'custom', path: ['case'], message: `only firms name a case (this is a ${p.kind})` });
		if (p.kind === 'mext-cluster' && !p.status)
			ctx.addIssue({
				code: 'custom',
				path: ['status'],
				message: 'a MEXT region needs its status (implementation, trial or unknown)'
			});
		if (p.kind !== 'mext-cluster' && p.status)
			ctx.addIssue({ code: 'custom', path: ['status'], message: 'only MEXT regions have a status' });
		if (new Set(p.sectors).size !== p.sectors.length)
			ctx.addIssue({ code: 'custom', path: ['sectors'], message: 'lists a sector twice' });
	});
export type PlaceProperties = z.infer<typeof PlaceProperties>;

const Position = z.tuple([z.number(), z.number()]).rest(z.number());

export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position }).strict();

export const PlaceFeature = z
	.object({
		type: z.literal('Feature'),
		id: z.string().optional(),
		geometry: PointGeometry,
		properties: PlaceProperties
	})
	.strict();
export type PlaceFeature = z.infer<typeof PlaceFeature>;

const Ring = z.array(Position).min(4, 'a ring needs at least 4 positions');
export const PolygonalGeometry = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }).strict(),
	z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }).strict()
]);
export type PolygonalGeometry = z.infer<typeof PolygonalGeometry>;

/** An admin-1 unit by its ISO 3166-2 code (and IE-TN, IE-TS: see geodata/basemap/README.md). */
const IsoUnit = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'not an ISO 3166-2 code');

export const RegionProperties = z
	.object({
		id: Id,
		kind: RegionKind,
		...names,
		country: Country,
		/** ISO 3166-2 codes of the admin-1 units the polygon is the union of */
		units: z.array(IsoUnit).min(1),
		definition: text(20, 600),
		definition_ja: text(10, 600).optional(),
		/** case regions: the paper case whose area this is */
		case: Id.optional(),
		summary: text(20, 500).optional(),
		summary_ja: text(5, 500).optional(),
		locators: z.array(Locator).optional(),
		sources: z.array(Id).optional(),
		confidence: Confidence.optional()
	})
	.strict()
	.superRefine((r, ctx) => {
		if (r.kind === 'case-region' && !r.case)
			ctx.addIssue({ code: 'custom', path: ['case'], message: 'a case region must name its case' });
		if (r.country === 'JP' && !r.name_ja)
			ctx.addIssue({ code: 'custom', path: ['name_ja'], message: 'a Japanese region needs its Japanese name' });
		if ((r.sources?.length ?? 0) > 0 && !r.confidence)
			ctx.addIssue({ code: 'custom', path: ['confidence'], message: 'facts from outside sources need a confidence' });
	});
export type RegionProperties = z.infer<typeof RegionProperties>;

/**
 * How scripts/derive-basemap.mjs builds a region (region-definitions.json): the union of these
 * admin-1 units, listed or as every unit of a country in one Natural Earth region. Its text fields
 * seed a region regions.geojson does not have yet.
 */
export const RegionDefinition = z
	.object({
		id: Id,
		kind: RegionKind,
		name: text(2, 200),
		name_ja: text(1, 200).optional(),
		country: Country,
		units: z.union([z.array(IsoUnit).min(1), z.object({ country: Country, ne_region: text(2, 80) }).strict()]),
		definition: text(20, 600)
	})
	.strict();
export type RegionDefinition = z.infer<typeof RegionDefinition>;
export const RegionDefinitionsFile = z
	.object({ about: text(10, 1000), regions: z.array(RegionDefinition).min(1) })
	.strict();

export const RegionFeature = z
	.object({
		type: z.literal('Feature'),
		id: z.string().optional(),
		geometry: PolygonalGeometry,
		properties: RegionProperties
	})
	.strict();
export type RegionFeature = z.infer<typeof RegionFeature>;

export const featureCollection = <T extends z.ZodType>(feature: T) =>
	z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) }).passthrough();

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour');

export const Sector = z
	.object({
		id: Id,
		label: text(2, 80),
		label_ja: text(1, 80),
		colour: hexColour,
		description: text(10, 400),
		description_ja: text(5, 400).optional()
	})
	.strict();
export type Sector = z.infer<typeof Sector>;
export const SectorsFile = z.object({ sectors: z.array(Sector).min(1) }).strict();

/** official or primary documents, scholarly work, press, reference works, and stored copies of another document */
export const SOURCE_TIERS = ['official', 'scholarly', 'press', 'reference', 'copy'] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

export const Source = z
	.object({
		id: Id,
		title: text(3, 400),
		// only http(s): the panel turns it into a link, and a `javascript:` or `data:` URL there would run code
		url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
		publisher: text(2, 200).optional(),
		author: text(2, 200).optional(),
		date: z
			.string()
			.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
			.optional(),
		language: z.enum(LANGS).optional(),
		/** how the source was read: a stored copy of a public page, the npm package, … */
		accessed: text(3, 200).optional(),
		licence: text(2, 200).optional(),
		/** what kind of document it is: primary sources are listed first, copies say what they copy */
		tier: z.enum(SOURCE_TIERS),
		/** for a copy: the primary document it stands in for, linked where one is known */
		primary: z
			.object({ title: text(3, 400), url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional() })
			.strict()
			.optional(),
		note: text(3, 600).optional()
	})
	.strict();
export type Source = z.infer<typeof Source>;
export const SourcesFile = z.object({ sources: z.array(Source).min(1) }).strict();

export const ArgumentItem = z
	.object({
		id: Id,
		group: z.enum(ARGUMENT_GROUPS),
		/** the label as printed: 1–8, a–i, 1–10 */
		number: z.string().regex(/^([0-9]{1,2}|[a-i])$/),
		locator: Locator,
		/** a short heading in our own words */
		title: text(3, 120),
		title_ja: text(2, 120).optional(),
		text: text(20, 800),
		text_ja: text(5, 800).optional(),
		/** items of another group the paper sets against this one (e.g. lesson 2 ↔ weakness d) */
		pairs: z.array(Id).optional(),
		pair_note: text(10, 400).optional(),
		pair_note_ja: text(5, 400).optional()
	})
	.strict();
export type ArgumentItem = z.infer<typeof ArgumentItem>;

/** The paper ties a place to an item of its argument. */
export const ArgumentLink = z
	.object({
		/** the claim's stable id: its anchor and permalink (never reused; see geodata/claims/) */
		id: Id.optional(),
		item: Id,
		place: Id,
		locators: z.array(Locator).min(1),
		note: text(10, 400),
		note_ja: text(5, 400).optional()
	})
	.strict();
export type ArgumentLink = z.infer<typeof ArgumentLink>;
export const ArgumentFile = z.object({ items: z.array(ArgumentItem).min(1), links: z.array(ArgumentLink) }).strict();

export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const TimelineEvent = z
	.object({
		id: Id,
		/** YYYY, YYYY-MM or YYYY-MM-DD; `end` for spans (e.g. the 1980s) */
		date: z.string().regex(DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
		end: z.string().regex(DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD').optional(),
		/** fiscal-year dates are shown as "FY" */
		fiscal: z.boolean().optional(),
		label: text(3, 160),
		label_ja: text(2, 160).optional(),
		text: text(10, 600).optional(),
		text_ja: text(5, 600).optional(),
		places: z.array(Id),
		/** events that state the same thing differently share a group: the app shows "sources differ" */
		differs: Id.optional(),
		...citationShape
	})
	.strict()
	.superRefine(citationRules);
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export const TimelineFile = z.object({ events: z.array(TimelineEvent).min(1) }).strict();

export const Reference = z
	.object({
		id: Id,
		locator: Locator,
		authors: text(2, 200),
		year: z.string().regex(/^\d{4}[a-z]?$/),
		title: text(2, 400),
		title_en: text(2, 400).optional(),
		container: text(2, 400).optional(),
		publisher: text(2, 200).optional(),
		note: text(2, 400).optional()
	})
	.strict();
export type Reference = z.infer<typeof Reference>;
export const ReferencesFile = z.object({ references: z.array(Reference).min(1) }).strict();

export const PaperLocator = z
	.object({ id: Locator, first_words: z.string().optional(), what: text(3, 400), what_ja: text(2, 400).optional() })
	.strict();
export const PaperFile = z
	.object({
		id: Id,
		author: text(3),
		affiliation: text(3),
		year: year,
		date: z.string().regex(DATE_PATTERN),
		title: text(10),
		event: text(3),
		place: text(2),
		type: text(3),
		sections: z.array(z.object({ id: z.string(), title: text(3) }).strict()),
		locator_scheme: text(10),
		locators: z.array(PaperLocator).min(1)
	})
	.strict();
export type PaperFile = z.infer<typeof PaperFile>;

/**
 * The East–West comparison (compare page): the paper's own dimensions, and one cell per place and
 * dimension. A cell is `stated` (the paper says it of this place), `shared-lesson` (the paper says
 * it only as a lesson common to the Western regions, §2.4–§2.5) or `not-stated`; outside sources
 * may add facts beside it, with their confidence, but never fill a gap the paper leaves.
 */
export const COMPARISON_STATUSES = ['stated', 'shared-lesson', 'not-stated'] as const;
export const ComparisonDimension = z
	.object({
		id: Id,
		label: text(3, 80),
		label_ja: text(2, 80),
		question: text(10, 300),
		question_ja: text(5, 300),
		/** the lessons and weaknesses the paper measures this dimension by */
		items: z.array(Id)
	})
	.strict();
export type ComparisonDimension = z.infer<typeof ComparisonDimension>;

const OutsideFact = z
	.object({
		text: text(10, 600),
		text_ja: text(5, 600).optional(),
		sources: z.array(Id).min(1),
		confidence: Confidence
	})
	.strict();

export const ComparisonCell = z
	.object({
		/** the claim's stable id: its anchor and permalink (never reused; see geodata/claims/) */
		id: Id.optional(),
		place: Id,
		dimension: Id,
		status: z.enum(COMPARISON_STATUSES),
		text: text(10, 600).optional(),
		text_ja: text(5, 600).optional(),
		locators: z.array(Locator).optional(),
		/** not-stated cells: what the paper does say nearby, with its locators */
		note: text(10, 400).optional(),
		note_ja: text(5, 400).optional(),
		outside: OutsideFact.optional()
	})
	.strict()
	.superRefine((c, ctx) => {
		const cited = (c.locators?.length ?? 0) > 0;
		if (c.status === 'not-stated') {
			if (c.text !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['text'],
					message: 'a not-stated cell has no text (say what the paper does say in `note`)'
				});
			if (c.note !== undefined && !cited)
				ctx.addIssue({ code: 'custom', path: ['locators'], message: 'a note needs its locators' });
		} else {
			if (c.text === undefined)
				ctx.addIssue({ code: 'custom', path: ['text'], message: `a ${c.status} cell needs its text` });
			if (!cited)
				ctx.addIssue({ code: 'custom', path: ['locators'], message: `a ${c.status} cell needs paper locators` });
			if (c.note !== undefined)
				ctx.addIssue({ code: 'custom', path: ['note'], message: 'only not-stated cells carry a note' });
		}
		if (c.status === 'shared-lesson' && !c.locators?.some((l) => l.startsWith('§2.5.L')))
			ctx.addIssue({
				code: 'custom',
				path: ['locators'],
				message: 'a shared-lesson cell must cite the lesson (§2.5.L1–L8)'
			});
	});
export type ComparisonCell = z.infer<typeof ComparisonCell>;

/** Why the paper sets two places against each other (shown for that pair, in either order). */
export const ComparisonContrast = z
	.object({
		/** the claim's stable id: its anchor and permalink (never reused; see geodata/claims/) */
		id: Id.optional(),
		places: z.tuple([Id, Id]),
		text: text(20, 800),
		text_ja: text(5, 800).optional(),
		locators: z.array(Locator).min(1)
	})
	.strict();
export type ComparisonContrast = z.infer<typeof ComparisonContrast>;

export const ComparisonFile = z
	.object({
		dimensions: z.array(ComparisonDimension).min(1),
		cells: z.array(ComparisonCell),
		contrasts: z.array(ComparisonContrast)
	})
	.strict();
export type ComparisonFile = z.infer<typeof ComparisonFile>;

/** Everything in geodata/, validated (see validate.ts). */
export interface Atlas {
	paper: PaperFile;
	sectors: Sector[];
	sources: Source[];
	argument: { items: ArgumentItem[]; links: ArgumentLink[] };
	timeline: TimelineEvent[];
	comparison: ComparisonFile;
	references: Reference[];
	regions: RegionFeature[];
	places: PlaceFeature[];
}
