/**
 * The English UI strings and the catalogue's types. Content (places, sectors, lessons) is data in
 * geodata/; only the chrome lives here. Features keep their strings in their own module beside this
 * one (`reading.ts`, `export.ts`, each with its `*.ja.ts`), spread in below. English is in every
 * page's JavaScript; the Japanese catalogue (`./ja`) must have every key of it (checked by the type).
 */
import { en as readingEn } from './reading';
import { en as exportEn } from './export';
import { en as faithfulEn } from './faithful';
import { en as explainEn } from './explain';
import { en as citeEn } from './cite';
import { en as ownEn } from './own';
import { en as mapEn } from './map';

const coreEn = {
	siteName: 'Cluster Atlas',
	siteTagline: 'Industrial cluster policy, East and West, after Mitsui (2003)',
	skipToFilters: 'Skip to filters and the list of places',
	skipToContent: 'Skip to the content',
	navExplore: 'Map',
	navLessons: 'Lessons',
	navCompare: 'Compare',
	navTimeline: 'Timeline',
	navAssess: 'Your region',
	navAbout: 'About',
	language: 'Language',
	langEn: 'English',
	langJa: '日本語',
	mainNav: 'Main',
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
	placesShown: '{n, plural, one {# place shown} other {# places shown}}',
	noPlacesShown: 'No places shown',
	listHeading: 'Places',
	search: 'Search places',
	searchHint: 'English, Japanese or romaji',
	noMatch: 'No place matches “{q}” with the current filters.',
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
	locationExact: 'Exact location',
	locationCity: 'Located at city level',
	locationRegion: 'Located at region level (approximate)',
	sourcesDiffer: 'Sources differ',
	paperSays: 'The paper',
	sourcesSay: 'Other sources',
	relatedPlaces: 'Related places',
	firmsOfCase: 'Firms and groups in this case',
	partOfCase: 'Part of the case',
	argumentHeading: 'In the paper’s argument (each tie marked as the paper’s or the atlas’s)',
	sources: 'Sources',
	notes: 'Notes',
	status: 'Status',
	statusImplementation: 'Implementation region',
	statusTrial: 'Trial region',
	statusUnknown: 'Status not established',
	unknownYear: 'unknown',
	notFoundTitle: 'Not found',
	notFoundText: 'There is no page at this address. The place may have been renamed, or the link is mistyped.',
	backToMap: 'Back to the map',
	cite: 'Mitsui 2003',
	pointBasis: 'Point',
	definition: 'Area',
	placesInside: 'Places inside',
	lessonGroup: 'Western lessons (§2.5)',
	weaknessGroup: 'Japanese weaknesses (§5.2)',
	implicationGroup: 'Implications for SMEs (§5.4)',
	japaneseNarrativeMissing: 'This text is not yet available in Japanese; the English is shown.',
	japaneseUiFailed:
		'The Japanese interface could not be loaded (日本語の表示を読み込めませんでした), so it is shown in English.'
};

export const en = { ...coreEn, ...readingEn, ...exportEn, ...mapEn, ...faithfulEn, ...explainEn, ...citeEn, ...ownEn };
export type StringKey = keyof typeof en;
export type CoreKey = keyof typeof coreEn;
export type Catalogue = Record<StringKey, string>;
