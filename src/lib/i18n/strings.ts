/**
 * The UI string catalogue, English and Japanese. Content (places, sectors, lessons) is data in
 * geodata/; only the chrome lives here. `ja` must have every key of `en` (checked by the type).
 *
 * Features keep their strings in their own module beside this one (`{ en, ja }`), spread in below.
 * Only English is in every page's JavaScript: the Japanese catalogue (`./ja`) is a chunk of its
 * own, loaded when the UI switches to Japanese (`loadJapanese`); until it is in, `t()` answers in
 * English rather than with keys.
 */
import { en as readingEn } from './reading';
import { en as exportEn } from './export';

const coreEn = {
	siteName: 'Cluster Atlas',
	siteTagline: 'Industrial cluster policy, East and West, after Mitsui (2003)',
	skipToFilters: 'Skip to filters and the list of places',
	skipToMap: 'Skip to the map',
	skipToContent: 'Skip to the content',
	navExplore: 'Map',
	navLessons: 'Lessons',
	navCompare: 'Compare',
	navTimeline: 'Timeline',
	navAbout: 'About',
	language: 'Language',
	langEn: 'English',
	langJa: '日本語',
	mainNav: 'Main',
	introHeading: 'Explore the places of the paper',
	introText:
		'Mitsui (2003) compares cluster policy in Western Scotland, the West Midlands and Shannon with Japan’s METI and MEXT cluster programmes and SME cases in Hokkaido, Okinawa and Kansai. Choose a place on the map or in the list to read its case, with every claim cited to the paper or to an outside source.',
	quickViews: 'Quick views',
	viewEurope: 'Europe',
	viewJapan: 'Japan',
	viewAll: 'All',
	filters: 'Filters',
	programmes: 'Layers',
	sectors: 'Sectors',
	all: 'All',
	none: 'None',
	only: 'only',
	onlySector: 'Show only {label}',
	placesShown: '{n} places shown',
	placeShown: '1 place shown',
	noPlacesShown: 'No places shown',
	listHeading: 'Places',
	search: 'Search places',
	searchHint: 'English, Japanese or romaji',
	noMatch: 'No place matches “{q}” with the current filters.',
	showMore: 'Show {n} more (of {total} not listed yet)',
	layerCaseRegions: 'Case regions',
	layerBureauRegions: 'METI bureau regions',
	layerCases: 'Paper cases',
	layerFirms: 'Firms and SME groups',
	layerMeti: 'METI cluster plans',
	layerMext: 'MEXT knowledge clusters',
	kindCase: 'Paper case',
	kindFirm: 'Firm or SME group',
	kindMeti: 'METI industrial cluster plan',
	kindMext: 'MEXT knowledge cluster',
	kindCaseRegion: 'Case region',
	kindBureauRegion: 'METI bureau region',
	map: 'Map',
	mapLabel: 'Map of the places of the paper',
	mapCanvas: 'Interactive map: arrow keys move it, plus and minus zoom. Every place on it is also in the list.',
	mapLoading: 'Loading the map…',
	noWebGL:
		'The map cannot be shown: this browser has WebGL turned off or does not support it. The list, search and place pages below work without it.',
	mapError: 'The map failed to start ({message}). The list, search and place pages still work.',
	close: 'Close',
	closePanel: 'Close the panel',
	notices: 'Notices',
	dismiss: 'Dismiss',
	chooserHeading: '{n} places here',
	chooserHint: 'Choose one',
	period: 'Period',
	sectorsOfPlace: 'Sectors',
	summary: 'Summary',
	narrative: 'Case',
	provenance: 'Provenance',
	fromPaper: 'From the paper',
	confirmed: 'Confirmed by sources',
	likely: 'Likely',
	unconfirmed: 'Unconfirmed',
	approximate: 'Approximate location',
	locationExact: 'Exact location',
	locationCity: 'Located at city level',
	locationRegion: 'Located at region level (approximate)',
	sourcesDiffer: 'Sources differ',
	paperSays: 'The paper',
	sourcesSay: 'Other sources',
	relatedPlaces: 'Related places',
	firmsOfCase: 'Firms and groups in this case',
	inRegion: 'Cluster programmes in {region}',
	partOfCase: 'Part of the case',
	argumentHeading: 'In the paper’s argument',
	sources: 'Sources',
	notes: 'Notes',
	status: 'Status',
	statusImplementation: 'Implementation region',
	statusTrial: 'Trial region',
	statusUnknown: 'Status not established',
	unknownYear: 'unknown',
	since: 'since {year}',
	notFoundTitle: 'Not found',
	notFoundText: 'There is no page at this address. The place may have been renamed, or the link is mistyped.',
	backToMap: 'Back to the map',
	errorTitle: 'Something went wrong',
	cite: 'Mitsui 2003',
	pointBasis: 'Point',
	definition: 'Area',
	placesInside: 'Places inside',
	lessonGroup: 'Western lessons (§2.5)',
	weaknessGroup: 'Japanese weaknesses (§5.2)',
	implicationGroup: 'Implications for SMEs (§5.4)',
	confidenceNote: 'Confidence',
	japaneseNarrativeMissing: 'This text is not yet available in Japanese; the English is shown.',
	japaneseUiFailed:
		'The Japanese interface could not be loaded (日本語の表示を読み込めませんでした), so it is shown in English.'
};

export const en = { ...coreEn, ...readingEn, ...exportEn };
export type StringKey = keyof typeof en;
export type CoreKey = keyof typeof coreEn;
export type Catalogue = Record<StringKey, string>;

/** The Japanese catalogue, as its own chunk. */
export const loadJapanese = (): Promise<Catalogue> => import('./ja').then((m) => m.ja);

/** `t('placesShown', { n: 3 })` → "3 places shown"; `catalogue` is the language's (English when absent). */
export function translate(catalogue: Catalogue | null, key: StringKey, vars?: Record<string, string | number>): string {
	let s = catalogue?.[key] ?? en[key];
	if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
	return s;
}
