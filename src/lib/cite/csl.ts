/**
 * CSL-JSON from the atlas's own data, without Citation.js: the paper, the atlas (a view of it),
 * a place and a claim. Pure, so the tests, the data package and the build use the same records
 * the citation dialog formats; and `plainReference`, the text shown when Citation.js cannot load.
 *
 * Choices the styles depend on:
 * - the paper is a CSL `speech` (a paper presented at a meeting, not published in proceedings),
 *   genre "Paper presentation" (APA 7's bracket), with the congress as `event-title`;
 * - the atlas view is a `map` with medium "Interactive map" and its edition as `version`;
 * - a place or a claim is an entry of the atlas as of a reference work (`entry-encyclopedia`, with
 *   the atlas as `container-title`), with its permalink: RIS writes it `ENCYC` with the atlas as
 *   `T2`, which Zotero imports as an encyclopedia article in "Cluster Atlas" (a plain `entry`
 *   becomes RIS `CTLG`, a magazine article to Zotero, and loses the atlas).
 */
import type { PaperFile, PlaceProperties } from '../data/schema';
import type { AtlasAuthor, AtlasRef, Claim, CslDate, CslItem, CslName, Edition } from './types';

/** `2003-09-22` → `{ 'date-parts': [[2003, 9, 22]] }` (at the date's own precision). */
export function cslDate(iso: string): CslDate {
	const [y, m, d] = iso.split('-').map(Number);
	const parts: [number, number?, number?] = [y];
	if (m) parts.push(m);
	if (m && d) parts.push(d);
	return { 'date-parts': [parts] };
}

/** `Mitsui, Itsutomo` → `{ family: 'Mitsui', given: 'Itsutomo' }`; a name without a comma is a group. */
export function cslName(name: string): CslName {
	const [family, given] = name.split(',').map((s) => s.trim());
	return given ? { family, given } : { literal: family };
}

function authorName(a: AtlasAuthor): CslName {
	if (a['family-names']) return { family: a['family-names'], ...(a['given-names'] ? { given: a['given-names'] } : {}) };
	return { literal: a.name ?? 'Cluster Atlas contributors' };
}

/** The paper (geodata/paper.json) as CSL. */
export function paperCsl(paper: PaperFile): CslItem {
	return {
		id: paper.id,
		type: 'speech',
		title: paper.title,
		author: [cslName(paper.author)],
		issued: cslDate(paper.date),
		genre: 'Paper presentation',
		'event-title': paper.event,
		'event-place': paper.place,
		language: 'en'
	};
}

export type EditionRef = Pick<Edition, 'version' | 'date'>;

/** What every citation of the atlas needs to know about it. */
export interface AtlasContext {
	atlas: AtlasRef;
	edition: EditionRef;
	/** `https://host`, or '' when the site's address is not known (a build without PUBLIC_SITE_URL) */
	origin: string;
	/**
	 * the edition being cited, English or Japanese: the atlas's, a place's and a claim's titles are
	 * given in it (the paper's reference stays as printed)
	 */
	lang?: 'en' | 'ja';
}

export interface ViewInput {
	/** the exact view: path with query and hash (`/place/hokkaido?sectors=ict#6/43/141`), or a full URL */
	url: string;
	/** `YYYY-MM-DD` */
	accessed: string;
	/** what the view shows, e.g. the page's heading (`Hokkaido`); the title is the atlas's alone without it */
	label?: string;
}

const absolute = (origin: string, url: string) => (/^https?:\/\//.test(url) ? url : origin + url);

const ja = (ctx: AtlasContext) => ctx.lang === 'ja';
const atlasTitle = (ctx: AtlasContext) => (ja(ctx) ? ctx.atlas.title_ja : ctx.atlas.title);

function atlasItem(ctx: AtlasContext) {
	return {
		author: ctx.atlas.authors.map(authorName),
		issued: cslDate(ctx.edition.date),
		version: ctx.edition.version,
		language: ctx.lang ?? 'en'
	};
}

/** The atlas as seen in one view: its edition, the view's address and the access date. */
export function viewCsl(ctx: AtlasContext, view: ViewInput): CslItem {
	return {
		id: 'cluster-atlas-view',
		type: 'map',
		title: view.label ? `${atlasTitle(ctx)}: ${view.label}` : atlasTitle(ctx),
		...atlasItem(ctx),
		medium: 'Interactive map',
		URL: absolute(ctx.origin, view.url),
		accessed: cslDate(view.accessed)
	};
}

/** What a citation needs of a place or region: its id and names, and its summary where there is one. */
export type PlaceRef = Pick<PlaceProperties, 'id' | 'name'> & { name_ja?: string; summary?: string };

/**
 * A place's (or region's) page in the atlas. `path` is the page it is read on when that is not
 * `/place/<id>` (the Japanese edition's `/ja/place/<id>`).
 */
export function placeCsl(ctx: AtlasContext, p: PlaceRef, accessed: string, path = `/place/${p.id}`): CslItem {
	return {
		id: `cluster-atlas-${p.id}`,
		type: 'entry-encyclopedia',
		title: ja(ctx) && p.name_ja ? p.name_ja : p.name,
		'container-title': atlasTitle(ctx),
		...atlasItem(ctx),
		URL: absolute(ctx.origin, path),
		accessed: cslDate(accessed),
		...(p.summary ? { abstract: p.summary } : {})
	};
}

type PaperRef = Pick<PaperFile, 'author' | 'year'>;

/** `Mitsui (2003), §4.3, §5.2.e`: where in the paper a claim rests (empty when it rests on other sources only). */
export function locatorNote(paper: PaperRef, locators: readonly string[], lang: 'en' | 'ja' = 'en'): string {
	if (locators.length === 0) return '';
	const family = paper.author.split(',')[0];
	return lang === 'ja'
		? `典拠：${family}（${paper.year}）${locators.join('、')}`
		: `Rests on ${family} (${paper.year}), ${locators.join(', ')}`;
}

/** What a citation needs of a claim. */
export type ClaimRef = Pick<Claim, 'id' | 'path' | 'title' | 'locators'> & { title_ja?: string };

/**
 * One claim, by its permalink (`path` overrides the claim's own page, e.g. the compare pair it is
 * read on). The paper locators it rests on go in `note` (BibTeX `note`, RIS `N1`).
 */
export function claimCsl(
	ctx: AtlasContext,
	paper: PaperRef,
	claim: ClaimRef,
	accessed: string,
	path: string = claim.path
): CslItem {
	const note = locatorNote(paper, claim.locators, ctx.lang);
	return {
		id: `cluster-atlas-${claim.id}`,
		type: 'entry-encyclopedia',
		title: ja(ctx) && claim.title_ja ? claim.title_ja : claim.title,
		'container-title': atlasTitle(ctx),
		...atlasItem(ctx),
		URL: absolute(ctx.origin, `${path.replace(/#.*$/, '')}#${claim.id}`),
		accessed: cslDate(accessed),
		...(note ? { note } : {})
	};
}

export interface Segment {
	text: string;
	italic?: boolean;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function plainName(n: CslName): string {
	if ('literal' in n) return n.literal;
	const initials = (n.given ?? '')
		.split(/\s+/)
		.filter(Boolean)
		.map((g) => `${g[0].toUpperCase()}.`)
		.join(' ');
	return initials ? `${n.family}, ${initials}` : n.family;
}

function plainDate(d: CslDate | undefined): string {
	if (!d) return 'n.d.';
	const [y, m, day] = d['date-parts'][0];
	if (!m) return String(y);
	return `${y}, ${MONTHS[m - 1]}${day ? ` ${day}` : ''}`;
}

/**
 * A reference in the shape of APA 7, written without Citation.js: what the page shows before (or
 * instead of) the formatted citation, so a failed load never leaves the dialog blank. Segments let
 * the title be set in italics.
 */
export function plainReference(item: CslItem): Segment[] {
	const names = (item.author ?? []).map(plainName);
	const who = names.length > 1 ? `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}` : (names[0] ?? '');
	const when = `(${plainDate(item.issued)})`;
	const bracket = item.genre ?? item.medium;
	const version = item.version ? ` (Version ${item.version})` : '';
	const head = `${who ? `${who.replace(/\.$/, '')}. ` : ''}${when}. `;
	const title = item.title.replace(/[.\s]+$/, '');
	const segments: Segment[] = [{ text: head }];
	if (item.type === 'entry-encyclopedia' && item['container-title']) {
		segments.push({ text: `${title}. In ` }, { text: item['container-title'], italic: true });
		segments.push({ text: `${version}.` });
	} else {
		segments.push({ text: title, italic: true });
		segments.push({ text: `${version}${bracket ? ` [${bracket}]` : ''}.` });
	}
	const where = [item['event-title'], item['event-place']].filter(Boolean).join(', ');
	if (where) segments.push({ text: ` ${where}.` });
	if (item.URL) segments.push({ text: ` ${item.URL}` });
	return segments;
}

export const plainText = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

/** CSL-JSON as a file holds it: an array of items. */
export const cslJson = (items: readonly CslItem[]) => JSON.stringify(items, null, 2) + '\n';
