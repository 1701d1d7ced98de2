/**
 * Types of the citation module: CSL-JSON (the subset the atlas writes), the atlas's editions and
 * corrections (geodata/editions.json, geodata/corrections.json) and its claims. Types only: the
 * validators are in `schema.ts` (zod, build time), so importing this costs the browser nothing.
 */

/** A CSL name: a person (`family`, `given`) or an organisation or group (`literal`). */
export type CslName = { family: string; given?: string } | { literal: string };

/** A CSL date: `{ 'date-parts': [[2003, 9, 22]] }` (month and day optional). */
export interface CslDate {
	'date-parts': [[number, number?, number?]];
}

/**
 * One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), limited
 * to the variables the atlas fills. `speech` is a paper presented at a meeting, `map` the atlas
 * view, `entry-encyclopedia` a record in it (a place, a claim).
 */
export interface CslItem {
	id: string;
	type: 'speech' | 'paper-conference' | 'map' | 'entry-encyclopedia' | 'dataset' | 'webpage';
	title: string;
	author?: CslName[];
	issued?: CslDate;
	accessed?: CslDate;
	'container-title'?: string;
	'event-title'?: string;
	'event-place'?: string;
	'publisher-place'?: string;
	publisher?: string;
	genre?: string;
	medium?: string;
	version?: string;
	URL?: string;
	language?: string;
	note?: string;
	abstract?: string;
}

/** A person or group credited with the atlas (CITATION.cff `authors`). */
export interface AtlasAuthor {
	/** a group or organisation */
	name?: string;
	'family-names'?: string;
	'given-names'?: string;
	orcid?: string;
	affiliation?: string;
}

export interface Licence {
	/** SPDX identifier (`CC-BY-4.0`) or `PDDL`/`ODC-*` where SPDX has none */
	id: string;
	title: string;
	url: string;
	/** what the licence covers */
	scope: string;
}

/** The atlas as a work: what every citation, meta tag and the data package say about it. */
export interface AtlasMeta {
	title: string;
	title_ja: string;
	/** a sentence saying what the atlas is */
	description: string;
	description_ja: string;
	authors: AtlasAuthor[];
	/** the atlas's own data (texts, points, links, comparisons) */
	data_licence: Licence;
	/** third-party data shipped with it (boundaries) */
	other_licences: Licence[];
	/** the code's licence, or null: the repository states none */
	code_licence: Licence | null;
	keywords: string[];
}

export interface Edition {
	/** semantic version: a release bumps it (`npm run edition`) */
	version: string;
	/** release date, `YYYY-MM-DD` */
	date: string;
	/** content hash of geodata/ at the release (`sha256:<hex>`, see `revision.ts`) */
	data_revision: string;
	notes: string;
	notes_ja?: string;
}

export interface EditionsFile {
	atlas: AtlasMeta;
	/** oldest first */
	editions: Edition[];
}

/**
 * What kind of error an erratum corrects: a claim that says more than its passage (`adds`), one
 * that sharpens or reverses the paper's judgement, the atlas's reading put in the paper's mouth
 * (`paper-vs-atlas`), a wrong or missing locator, a Japanese text that means something else than
 * its English (`japanese`), or an outside fact (`outside-fact`).
 */
export const CORRECTION_KINDS = [
	'adds',
	'sharpens-reverses',
	'paper-vs-atlas',
	'wrong-locator',
	'japanese',
	'outside-fact'
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** One erratum: a field of a record that an edition changed, and why (geodata/corrections.json). */
export interface Correction {
	id: string;
	kind: CorrectionKind;
	/** geodata file, relative to geodata/ (`places/cases.geojson`) */
	file: string;
	/** the record's id (or claim id) */
	record: string;
	/** the field, as validation errors name it (`narrative[1].text`) */
	field: string;
	was: string;
	now: string;
	why: string;
	/** the passages of the paper the correction rests on */
	locators?: string[];
	/** the outside sources it rests on (sources.json ids) */
	sources?: string[];
	/** the edition that made the correction */
	edition: string;
}

export const CLAIM_KINDS = [
	'paragraph',
	'conflict',
	'argument-item',
	'argument-pair',
	'argument-link',
	'comparison-cell',
	'comparison-contrast',
	'timeline-event',
	'timeline-differs'
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** An addressable claim of the atlas: what it is, where it is shown and what it rests on. */
export interface Claim {
	id: string;
	kind: ClaimKind;
	/** the page that shows it (its anchor is `#<id>` there) */
	path: string;
	/** where the record is: geodata file and a JSON path (`features[3].properties.narrative[1]`) */
	file: string;
	at: string;
	/** the id is written in the record (true) or derived by the rule the script would write (false) */
	stored: boolean;
	/** a short title in English and Japanese, for citations and notices */
	title: string;
	title_ja: string;
	/** the place it is about, where there is one */
	place?: string;
	locators: string[];
	sources: string[];
}

/** One entry of a claims list (geodata/claims/<version>.json). */
export interface ClaimListEntry {
	id: string;
	kind: ClaimKind;
	path: string;
}

export interface ClaimList {
	edition: string;
	claims: ClaimListEntry[];
}

/** A claim id that an edition removed: its anchor resolves to this note. */
export interface RetiredClaim {
	id: string;
	status: 'moved' | 'removed';
	/** moved: the claim id (or page path) that holds it now */
	to?: string;
	note: string;
	note_ja?: string;
	/** the edition that retired it */
	edition: string;
}

/** A `<meta name content>` tag of a page's head (meta.ts writes them). */
export interface MetaTag {
	name: string;
	content: string;
}

/** What a citation needs of the atlas (the browser receives only this much of editions.json). */
export type AtlasRef = Pick<AtlasMeta, 'title' | 'title_ja' | 'authors'>;

/** The citing data every page has (root layout; src/lib/cite/head.server.ts builds it). */
export interface SiteCite {
	atlas: AtlasRef;
	edition: { version: string; date: string; data_revision: string; revision: string };
	paper: CslItem;
	/** `<script type="application/ld+json">` with the Dataset, for `{@html}` */
	jsonLd: string;
	/** the meta tags of a page that has none of its own */
	meta: MetaTag[];
	/**
	 * the plain reference of a view of the atlas in each language, with `urlSlot` where the view's
	 * address goes: what "Cite this view" shows when its box cannot load
	 */
	plainView: Record<'en' | 'ja', { text: string; italic?: boolean }[]>;
	urlSlot: string;
}

/** A claim as the page's "Cite this claim" needs it (its page is `path`). */
export type PageClaim = Pick<Claim, 'kind' | 'path' | 'title' | 'title_ja' | 'locators'>;

export interface PageCite {
	meta: MetaTag[];
	/** JSON-LD beyond the Dataset, or '' */
	jsonLd: string;
	claims: Record<string, PageClaim>;
}
