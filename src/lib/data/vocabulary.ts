/**
 * The words of the domain, in one place: the UI languages, the layer toggles, periods and map
 * views, the countries, and one catalogue of place kinds and one of region kinds. Pure (no Svelte,
 * no MapLibre, no zod): the schema, the URL codec, the map and the components all import from here.
 *
 * A new kind of place is its id in PLACE_KINDS (the order of lists, legends and filters) and one
 * row of PLACE_KIND; the type checker then asks for everything else it needs (its strings).
 */
import type { StringKey } from '../i18n/en';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** The layer toggles, in the order the URL writes them (`?layers=cases,meti`). */
export const LAYER_IDS = ['case-regions', 'bureau-regions', 'cases', 'firms', 'meti', 'mext'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export const DEFAULT_LAYERS: readonly LayerId[] = ['case-regions', 'cases', 'firms', 'meti', 'mext'];

/** The years a period may span (the timeline's and the URL's bounds). */
export const PERIOD_MIN = 1950;
export const PERIOD_MAX = 2030;

/** Years `from` to `to`, both included. */
export interface Period {
	from: number;
	to: number;
}

/** A map view, as the URL's hash writes it (`#zoom/lat/lon`). */
export interface View {
	zoom: number;
	lat: number;
	lon: number;
}

/** A place's or region's names: English, Japanese, Hepburn romaji. */
export const NAME_FIELDS = ['name', 'name_ja', 'name_romaji'] as const;

/** What kind of document an outside source is, primary first (the order the reading views list them in). */
export const SOURCE_TIERS = ['official', 'scholarly', 'press', 'reference', 'copy'] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

export const COUNTRIES = ['GB', 'IE', 'JP'] as const;
export type Country = (typeof COUNTRIES)[number];
/** The paper's two sides: the Western cases (Scotland, England, Ireland) and Japan. */
export const WEST: readonly Country[] = ['GB', 'IE'];

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

export const PLACE_KINDS = ['case', 'firm', 'meti-cluster', 'mext-cluster'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceKindRow {
	/** the toggle that shows it */
	layer: LayerId;
	/** the map layer drawing its points */
	mapLayer: string;
	/** its symbol, on the map, in the legends and beside its name (so colour is never the only cue) */
	shape: Shape;
	/** the symbol's size on the map at zoom 6 (icon-size) */
	iconSize: number;
	/** one of it ("Paper case"), and the toggle and list group ("Paper cases") */
	label: StringKey;
	layerLabel: StringKey;
	/** the geodata file that holds the places of this kind */
	file: string;
	/** a national cluster programme's place (METI, MEXT): a place's panel lists those in its regions */
	programme: boolean;
}

export const PLACE_KIND = {
	case: {
		layer: 'cases',
		mapLayer: 'points-cases',
		shape: 'circle',
		iconSize: 0.8,
		label: 'kindCase',
		layerLabel: 'layerCases',
		file: 'places/cases.geojson',
		programme: false
	},
	firm: {
		layer: 'firms',
		mapLayer: 'points-firms',
		shape: 'square',
		iconSize: 0.45,
		label: 'kindFirm',
		layerLabel: 'layerFirms',
		file: 'places/firms.geojson',
		programme: false
	},
	'meti-cluster': {
		layer: 'meti',
		mapLayer: 'points-meti',
		shape: 'triangle',
		iconSize: 0.5,
		label: 'kindMeti',
		layerLabel: 'layerMeti',
		file: 'places/meti-clusters.geojson',
		programme: true
	},
	'mext-cluster': {
		layer: 'mext',
		mapLayer: 'points-mext',
		shape: 'diamond',
		iconSize: 0.5,
		label: 'kindMext',
		layerLabel: 'layerMext',
		file: 'places/mext-clusters.geojson',
		programme: true
	}
} as const satisfies Record<PlaceKind, PlaceKindRow>;

export const REGION_KINDS = ['case-region', 'bureau-region'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export interface RegionKindRow {
	layer: LayerId;
	/** the map layers drawing its area and its outline */
	fillLayer: string;
	lineLayer: string;
	label: StringKey;
	layerLabel: StringKey;
	/** how it looks wherever it is drawn: the map, the PNG's legend, the icon beside its name */
	colour: string;
	/** the fill's opacity in legends (the map's own varies with hover and selection) */
	legendOpacity: number;
	lineColour: string;
	dashed: boolean;
}

export const REGION_KIND = {
	'case-region': {
		layer: 'case-regions',
		fillLayer: 'case-regions-fill',
		lineLayer: 'case-regions-line',
		label: 'kindCaseRegion',
		layerLabel: 'layerCaseRegions',
		colour: '#d08c2a',
		legendOpacity: 0.35,
		lineColour: '#8a5400',
		dashed: false
	},
	'bureau-region': {
		layer: 'bureau-regions',
		fillLayer: 'bureau-regions-fill',
		lineLayer: 'bureau-regions-line',
		label: 'kindBureauRegion',
		layerLabel: 'layerBureauRegions',
		colour: '#7b6aa8',
		legendOpacity: 0.2,
		lineColour: '#5b4b8a',
		dashed: true
	}
} as const satisfies Record<RegionKind, RegionKindRow>;

/** The three lists of the paper's argument: the Western lessons, the Japanese weaknesses, the implications for SMEs. */
export const ARGUMENT_GROUPS = ['lesson', 'weakness', 'implication'] as const;
export type ArgumentGroup = (typeof ARGUMENT_GROUPS)[number];

export const ARGUMENT_GROUP = {
	lesson: { label: 'lessonGroup', item: 'itemLesson' },
	weakness: { label: 'weaknessGroup', item: 'itemWeakness' },
	implication: { label: 'implicationGroup', item: 'itemImplication' }
} as const satisfies Record<ArgumentGroup, { label: StringKey; item: StringKey }>;

/** A layer toggle, as the filters list it: what it shows and what it is called. */
export type Toggle =
	{ id: LayerId; label: StringKey; kind: PlaceKind } | { id: LayerId; label: StringKey; kind: RegionKind };

/** Every toggle in the order the filters show it: the kinds of place, then the kinds of region. */
export const TOGGLES: readonly Toggle[] = [
	...PLACE_KINDS.map((kind) => ({ id: PLACE_KIND[kind].layer, label: PLACE_KIND[kind].layerLabel, kind })),
	...REGION_KINDS.map((kind) => ({ id: REGION_KIND[kind].layer, label: REGION_KIND[kind].layerLabel, kind }))
];

/** The kind of place a toggle shows, if it shows places. */
export const kindOfLayer = (layer: LayerId): PlaceKind | undefined =>
	PLACE_KINDS.find((k) => PLACE_KIND[k].layer === layer);

export const isRegionKind = (kind: string): kind is RegionKind => (REGION_KINDS as readonly string[]).includes(kind);
