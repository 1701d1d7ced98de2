/**
 * CSL-JSON from the atlas's own data, without Citation.js: the paper, the atlas (a view of it),
 * a place and a claim. Pure, so the tests, the data package and the build use the same records
 * the citation dialog formats; and `plainReference`, the text shown when Citation.js cannot load.
 *
 * Choices the styles depend on:
 * - the paper is a CSL `speech` (a paper presented at a meeting, not published in proceedings),
 *   genre "Paper presentation" (APA 7's bracket), with the congress as `event-title`;
 * - the atlas view is a `map` with medium "Interactive map" and its edition as `version`;
 * - a place or a claim is an `entry` in the atlas (`container-title`), with its permalink.
 */
import type { PaperFile, PlaceFeature } from '../data/schema';
import type { AtlasAuthor, AtlasMeta, Claim, CslDate, CslItem, CslName, Edition } from './types';

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

/** What every citation of the atlas needs to know about it. */
export interface AtlasContext {
	atlas: AtlasMeta;
	edition: Edition;
	/** `https://host`, or '' when the site's address is not known (a build without PUBLIC_SITE_URL) */
	origin: string;
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

function atlasItem(ctx: AtlasContext) {
	return {
		author: ctx.atlas.authors.map(authorName),
		issued: cslDate(ctx.edition.date),
		version: ctx.edition.version,
		language: 'en'
	};
}

/** The atlas as seen in one view: its edition, the view's address and the access date. */
export function viewCsl(ctx: AtlasContext, view: ViewInput): CslItem {
	return {
		id: 'cluster-atlas-view',
		type: 'map',
		title: view.label ? `${ctx.atlas.title}: ${view.label}` : ctx.atlas.title,
		...atlasItem(ctx),
		medium: 'Interactive map',
		URL: absolute(ctx.origin, view.url),
		accessed: cslDate(view.accessed)
	};
}

/** A place's page in the atlas. */
export function placeCsl(ctx: AtlasContext, place: PlaceFeature, accessed: string): CslItem {
	const p = place.properties;
	return {
		id: `cluster-atlas-${p.id}`,
		type: 'entry',
		title: p.name,
		'container-title': ctx.atlas.title,
		...atlasItem(ctx),
		URL: absolute(ctx.origin, `/place/${p.id}`),
		accessed: cslDate(accessed),
		abstract: p.summary
	};
}

/** `Mitsui (2003), §4.3, §5.2.e`: where in the paper a claim rests (empty when it rests on other sources only). */
export function locatorNote(paper: PaperFile, locators: readonly string[], lang: 'en' | 'ja' = 'en'): string {
	if (locators.length === 0) return '';
	const family = paper.author.split(',')[0];
	return lang === 'ja'
		? `典拠：${family}（${paper.year}）${locators.join('、')}`
		: `Rests on ${family} (${paper.year}), ${locators.join(', ')}`;
}

/**
 * One claim, by its permalink (`path` overrides the claim's own page, e.g. the compare pair it is
 * read on). The paper locators it rests on go in `note` (BibTeX `note`, RIS `N1`).
 */
export function claimCsl(
	ctx: AtlasContext,
	paper: PaperFile,
	claim: Claim,
	accessed: string,
	path: string = claim.path
): CslItem {
	const note = locatorNote(paper, claim.locators);
	return {
		id: `cluster-atlas-${claim.id}`,
		type: 'entry',
		title: claim.title,
		'container-title': ctx.atlas.title,
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
	if (item.type === 'entry' && item['container-title']) {
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
