/**
 * Types of the import core: what a file turns into, what went wrong with it, and how its columns
 * map onto places. Everything here is plain data (structured-cloneable), so it crosses the worker
 * boundary and goes into IndexedDB unchanged.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { PackedStrings } from './packed';

export type Lang = 'en' | 'ja';
export type Severity = 'error' | 'warning' | 'info';

/** Every problem the importer can report. Messages for each are in ./messages (English and Japanese). */
export type ProblemCode =
	// the whole file, fatal: nothing is loaded
	| 'file-empty'
	| 'file-too-large'
	| 'file-binary'
	| 'file-html'
	| 'file-xml'
	| 'file-unknown-format'
	| 'too-many-columns'
	| 'no-rows'
	| 'geojson-invalid-json'
	| 'geojson-not-geojson'
	| 'geojson-projected'
	| 'geojson-no-features'
	// the whole file, notes: something was read in a way the user should know about
	| 'encoding-detected'
	| 'encoding-invalid-bytes'
	| 'bom-removed'
	| 'sep-line'
	| 'header-duplicate'
	| 'header-empty'
	| 'header-missing'
	| 'rows-empty'
	| 'decimal-comma'
	| 'dms-converted'
	| 'hemisphere-letters'
	| 'fullwidth-converted'
	| 'crs-reprojected'
	| 'topojson-converted'
	| 'geojson-lines'
	| 'unknown-sector'
	| 'mapping-no-coordinates'
	| 'mapping-swapped'
	| 'projected-coordinates'
	| 'swap-check-unavailable'
	// one row (or feature)
	| 'coord-empty'
	| 'coord-unparseable'
	| 'lat-out-of-range'
	| 'lon-out-of-range'
	| 'swapped-suspected'
	| 'null-island'
	| 'duplicate-id'
	| 'name-empty'
	| 'row-extra-fields'
	| 'row-truncated'
	| 'quote-malformed'
	| 'feature-not-feature'
	| 'geometry-missing'
	| 'geometry-unsupported'
	| 'geometry-invalid'
	| 'ring-unclosed'
	| 'coordinates-as-strings';

export interface Problem {
	code: ProblemCode;
	severity: Severity;
	/** the row as a spreadsheet shows it (header = row 1), or the 1-based feature number; null: the whole file */
	row: number | null;
	/** the column's name as shown in the mapping, `geometry` for a GeoJSON geometry; null: none in particular */
	column: string | null;
	/** the offending value as it is in the file (cut to 200 characters); null: none */
	value: string | null;
	/** values the message interpolates (counts, a detected encoding, the swapped position…) */
	params?: Record<string, string | number>;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';
export type SourceFormat = 'delimited' | 'geojson';

/** What the file turned out to be, shown to the user beside the mapping. */
export interface SourceInfo {
	name: string;
	bytes: number;
	format: SourceFormat;
	encoding: Encoding;
	/** a byte-order mark was present (and removed) */
	bom: boolean;
	delimiter: Delimiter | null;
	/** whether `Problem.row` counts spreadsheet rows (header = 1) or GeoJSON features (first = 1) */
	rowUnit: 'row' | 'feature';
	/** the first non-empty record named the columns (delimited files only) */
	header: boolean;
}

/** How a place's position is read. */
export type CoordinateSource = 'columns' | 'combined' | 'geometry';
export type Crs = 'EPSG:4326' | 'EPSG:3857';

/**
 * The user's reading of the columns: indexes into `columns`, null for "none". The importer guesses
 * one (`guessMapping`); the UI shows it and the user corrects it; validation runs again on the kept
 * table without parsing the file again.
 */
export interface ColumnMapping {
	coordinates: CoordinateSource;
	lat: number | null;
	lon: number | null;
	/** one column holding both, e.g. `35.68, 139.76` or `POINT (139.76 35.68)` */
	combined: number | null;
	name: number | null;
	id: number | null;
	sector: number | null;
	/** EPSG:3857 metres are converted to longitude/latitude (a closed formula); nothing else is reprojected */
	crs: Crs;
}

export type MappingField = 'lat' | 'lon' | 'combined' | 'name' | 'id' | 'sector';
/** why a column was chosen: its header matched a known name, or (lat/lon only) its values looked like it */
export type MappingReason = 'header' | 'values' | 'geometry';

export interface MappingGuess {
	mapping: ColumnMapping;
	reasons: Partial<Record<MappingField, MappingReason>>;
	/** notes on the guess (swapped columns, no coordinates found), shown with the mapping */
	notes: Problem[];
}

/** A category: one distinct value of the sector column, matched onto the atlas's sectors or kept as the user's own. */
export interface Category {
	/** the value as written in the file */
	key: string;
	/** atlas sector ids it matched (a cell may name several: `ICT; biotech`) */
	sectors: string[];
	/** no atlas sector matched: the user's own category */
	own: boolean;
	/** loaded places in it */
	count: number;
}

/**
 * The loaded points, column-wise: typed arrays for what the map needs (cheap to transfer from the
 * worker and to store), packed UTF-8 strings for the rest. Index i is the i-th loaded place.
 */
export interface PlaceTable {
	count: number;
	/** the record's index in the parsed file (all records, loaded or not) */
	record: Uint32Array;
	/** the row the user sees (see `Problem.row`) */
	row: Uint32Array;
	lon: Float64Array;
	lat: Float64Array;
	/** index into `ImportedDataset.categories`, -1 when the place has none */
	category: Int32Array;
	/** the mapped name ('' when none) */
	name: PackedStrings;
	/** the mapped id ('' when none) */
	id: PackedStrings;
}

/** A polygon of the user's own (from GeoJSON), kept as a region to assess against the paper's lessons. */
export interface UserRegion {
	row: number;
	name: string;
	id: string;
	category: number;
	geometry: Polygon | MultiPolygon;
	/** [west, south, east, north] */
	bbox: [number, number, number, number];
}

export interface ImportSummary {
	/** data records in the file (header and empty rows not counted) */
	records: number;
	/** places loaded (points) */
	loaded: number;
	/** regions loaded (polygons) */
	regions: number;
	/** records not loaded, each with at least one error */
	rejected: number;
	/** problems by severity, all of them (the listed page may be shorter) */
	bySeverity: Record<Severity, number>;
	byCode: Partial<Record<ProblemCode, number>>;
}

/** Everything an import yields; the problems themselves are read page by page (`ProblemPage`). */
export interface ImportedDataset {
	source: SourceInfo;
	columns: string[];
	mapping: ColumnMapping;
	guess: MappingGuess;
	places: PlaceTable;
	/** every column's value for the loaded places, aligned with `places` */
	attributes: PackedStrings[];
	regions: UserRegion[];
	categories: Category[];
	summary: ImportSummary;
	/** the first records as read, loaded or not (for the mapping preview): their rows and cells */
	preview: { rows: number[]; cells: string[][] };
}

export interface ProblemPage {
	offset: number;
	total: number;
	/** the importer keeps this many problems in full; beyond, only the counts (and the bad-rows download) */
	listed: number;
	problems: Problem[];
}

/** Knobs the UI may turn. Every field is optional; the defaults are the detected ones. */
export interface ImportOptions {
	/** override the size limit (bytes); the UI never needs this, tests do */
	maxBytes?: number;
	/** override the detected encoding (when the preview shows mojibake) */
	encoding?: Encoding;
	/** override the detected delimiter */
	delimiter?: Delimiter;
	/** the first record is data, not a header (default: detected) */
	header?: boolean;
	/** start from this mapping instead of the guess (a re-import of a file the user mapped before) */
	mapping?: Partial<ColumnMapping>;
}
