/**
 * Guessing which column is which: latitude, longitude (or one column with both), name, id, sector.
 * From the headers first, in English and Japanese and the spellings tools write (`lat`, `y_lat`,
 * `Latitude (WGS84)`, `緯度`); from the values when no header says it. The guess is data: the UI
 * shows it, the user corrects it, and validation runs again on it.
 */
import { parseCombined, parseCoordinate } from './coords';
import { packedGet } from './packed';
import { swappedLandsInCase, type LandIndex } from './land';
import type { RawTable } from './table';
import type { ColumnMapping, MappingField, MappingGuess, MappingReason, Problem } from './types';

/** A header in the form it is compared in: NFKC, lower case, no units in brackets, words split. */
export function headerWords(h: string): { compact: string; words: string[] } {
	const norm = h
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[([【「].*?[)\]】」]/g, ' ')
		.replace(/([a-z])([0-9])/g, '$1 $2')
		.replace(/[\s_\-.:/#]+/g, ' ')
		.trim();
	return { compact: norm.replace(/ /g, ''), words: norm.split(' ').filter(Boolean) };
}

interface NameRule {
	/** whole header, compacted */
	exact: string[];
	/** one of the header's words */
	word: string[];
	/** weak evidence: only when nothing better is there (`x`, `y`, `type`) */
	weak?: string[];
}

const RULES: Record<MappingField, NameRule> = {
	lat: {
		exact: [
			'lat',
			'latitude',
			'latitud',
			'latitudine',
			'breite',
			'breitengrad',
			'decimallatitude',
			'latdd',
			'latdeg',
			'ylat',
			'laty',
			'緯度',
			'ido',
			'geolat',
			'geolatitude',
			'gpslat',
			'gpslatitude',
			'北緯'
		],
		word: ['lat', 'latitude', 'latitud', '緯度'],
		weak: ['y', 'ycoord', 'ycoordinate', 'y座標', 'pointy', 'northing']
	},
	lon: {
		exact: [
			'lon',
			'lng',
			'long',
			'longitude',
			'longitud',
			'longitudine',
			'länge',
			'laenge',
			'längengrad',
			'decimallongitude',
			'londd',
			'londeg',
			'lngdd',
			'xlon',
			'xlng',
			'lonx',
			'経度',
			'keido',
			'geolon',
			'geolng',
			'geolongitude',
			'gpslon',
			'gpslng',
			'gpslongitude',
			'東経'
		],
		word: ['lon', 'lng', 'long', 'longitude', 'longitud', '経度'],
		weak: ['x', 'xcoord', 'xcoordinate', 'x座標', 'pointx', 'easting']
	},
	combined: {
		exact: [
			'coordinates',
			'coordinate',
			'coords',
			'latlng',
			'latlon',
			'latlong',
			'latitudelongitude',
			'location',
			'position',
			'geolocation',
			'point',
			'wkt',
			'geom',
			'thegeom',
			'geometry',
			'gps',
			'座標',
			'位置',
			'緯度経度',
			'位置情報'
		],
		word: ['coordinates', 'latlng', 'latlon', 'wkt']
	},
	name: {
		exact: [
			'name',
			'名称',
			'名前',
			'title',
			'label',
			'企業名',
			'会社名',
			'事業所名',
			'施設名',
			'社名',
			'商号',
			'団体名',
			'組織名',
			'機関名',
			'拠点名',
			'名',
			'company',
			'companyname',
			'firm',
			'firmname',
			'organisation',
			'organization',
			'business',
			'businessname',
			'placename',
			'sitename',
			'facility',
			'nom',
			'nombre',
			'bezeichnung'
		],
		word: ['name', '名称', '名前', 'title'],
		weak: ['place', 'site']
	},
	id: {
		exact: [
			'id',
			'fid',
			'uid',
			'key',
			'code',
			'no',
			'number',
			'番号',
			'コード',
			'識別子',
			'id番号',
			'ref',
			'identifier',
			'objectid',
			'gid',
			'placeid',
			'firmid',
			'companyid',
			'企業id',
			'企業コード',
			'会社コード',
			'事業所番号',
			'管理番号'
		],
		word: ['id', 'code', 'コード', '番号']
	},
	sector: {
		exact: [
			'sector',
			'sectors',
			'category',
			'categories',
			'industry',
			'industries',
			'業種',
			'分野',
			'産業',
			'業界',
			'カテゴリ',
			'カテゴリー',
			'種別',
			'分類',
			'cluster',
			'クラスター',
			'産業分類',
			'業種分類',
			'事業分野',
			'branch',
			'branche',
			'secteur',
			'industrysector'
		],
		word: ['sector', 'category', 'industry', '業種', '分野', '産業'],
		weak: ['type', 'kind', 'class', '種類']
	}
};

/** how well a header names a field: 3 exact, 2 a word, 1 weak, 0 not at all */
export function headerScore(header: string, field: MappingField): number {
	const { compact, words } = headerWords(header);
	const r = RULES[field];
	if (r.exact.includes(compact)) return 3;
	if (words.some((w) => r.word.includes(w))) return 2;
	if (r.exact.some((e) => e.length >= 2 && /[^\u0020-\u007e]/.test(e) && compact.includes(e))) return 2;
	if (r.weak?.includes(compact)) return 1;
	return 0;
}

const SAMPLE = 500;

/** the first non-empty values of a column (up to SAMPLE) */
function sample(table: RawTable, column: number): string[] {
	const out: string[] = [];
	const cells = table.cells[column];
	for (let r = 0; r < table.rowCount && out.length < SAMPLE; r++) {
		const v = packedGet(cells, r).trim();
		if (v !== '') out.push(v);
	}
	return out;
}

interface NumericProfile {
	/** share of the sampled values read as a coordinate */
	parsed: number;
	maxAbs: number;
	values: number[];
}

function numericProfile(values: string[]): NumericProfile {
	const nums: number[] = [];
	for (const v of values) {
		const p = parseCoordinate(v);
		if (typeof p !== 'string') nums.push(p.value);
	}
	return {
		parsed: values.length ? nums.length / values.length : 0,
		maxAbs: nums.reduce((m, x) => Math.max(m, Math.abs(x)), 0),
		values: nums
	};
}

const none = (): ColumnMapping => ({
	coordinates: 'columns',
	lat: null,
	lon: null,
	combined: null,
	name: null,
	id: null,
	sector: null,
	crs: 'EPSG:4326'
});

const note = (code: Problem['code'], severity: Problem['severity'], params?: Problem['params']): Problem => ({
	code,
	severity,
	row: null,
	column: null,
	value: null,
	params
});

/**
 * Guesses the mapping of a parsed table. `geometry` is true for GeoJSON (positions come from the
 * geometry unless the user maps columns); `land` lets the guess notice columns swapped wholesale.
 */
export function guessMapping(
	table: RawTable,
	options: { land?: LandIndex | null; crs?: ColumnMapping['crs'] } = {}
): MappingGuess {
	const mapping = none();
	if (options.crs) mapping.crs = options.crs;
	const reasons: Partial<Record<MappingField, MappingReason>> = {};
	const notes: Problem[] = [];
	const cols = table.columns;
	const taken = new Set<number>();

	const best = (field: MappingField, min = 1): number | null => {
		let bestCol: number | null = null;
		let bestScore = 0;
		cols.forEach((c, i) => {
			if (taken.has(i)) return;
			const s = headerScore(c, field);
			if (s >= min && s > bestScore) {
				bestCol = i;
				bestScore = s;
			}
		});
		return bestCol;
	};
	const take = (
		field: 'lat' | 'lon' | 'combined' | 'name' | 'id' | 'sector',
		col: number | null,
		reason: MappingReason
	) => {
		if (col === null) return;
		mapping[field] = col;
		reasons[field] = reason;
		taken.add(col);
	};

	if (table.geometry) {
		mapping.coordinates = 'geometry';
		reasons.lat = reasons.lon = 'geometry';
		// metres rather than degrees, and no `crs` to say so
		const g = table.geometry;
		let points = 0;
		let far = 0;
		for (let r = 0; r < table.rowCount && points < SAMPLE; r++) {
			if (Number.isNaN(g.lon[r])) continue;
			points++;
			if (Math.abs(g.lon[r]) > 1000 || Math.abs(g.lat[r]) > 1000) far++;
		}
		if (mapping.crs === 'EPSG:4326' && points > 0 && far > points / 2)
			notes.push(note('projected-coordinates', 'warning', { lat: 'geometry', lon: 'geometry' }));
	} else {
		// strong names first for both, so `x_lat` is latitude before `x` could be longitude
		let lat = best('lat', 2);
		if (lat !== null) taken.add(lat);
		let lon = best('lon', 2);
		if (lon !== null) taken.add(lon);
		if (lat === null) lat = best('lat', 1);
		if (lat !== null) taken.add(lat);
		if (lon === null) lon = best('lon', 1);
		if (lon !== null) taken.add(lon);
		if (lat !== null && lon !== null) {
			take('lat', lat, 'header');
			take('lon', lon, 'header');
		} else {
			if (lat !== null) taken.delete(lat);
			if (lon !== null) taken.delete(lon);
			// one column with both?
			const combined = best('combined', 2);
			const values = combined === null ? [] : sample(table, combined);
			const readable = values.filter((v) => typeof parseCombined(v) !== 'string').length;
			if (combined !== null && values.length && readable / values.length >= 0.5) {
				mapping.coordinates = 'combined';
				take('combined', combined, 'header');
			} else guessFromValues(table, mapping, reasons, taken);
		}
	}

	take('name', best('name'), 'header');
	take('id', best('id', 2), 'header');
	take('sector', best('sector'), 'header');

	if (mapping.coordinates === 'columns' && mapping.lat !== null && mapping.lon !== null) {
		const latValues = numericProfile(sample(table, mapping.lat));
		const lonValues = numericProfile(sample(table, mapping.lon));
		if (latValues.maxAbs > 1000 && lonValues.maxAbs > 1000 && mapping.crs === 'EPSG:4326')
			notes.push(note('projected-coordinates', 'warning', { lat: cols[mapping.lat], lon: cols[mapping.lon] }));
		else if (looksSwapped(latValues.values, lonValues.values, options.land ?? null)) {
			notes.push(note('mapping-swapped', 'info', { lat: cols[mapping.lon], lon: cols[mapping.lat] }));
			[mapping.lat, mapping.lon] = [mapping.lon, mapping.lat];
		}
	}
	if (mapping.coordinates === 'columns' && (mapping.lat === null || mapping.lon === null)) {
		notes.push(note('mapping-no-coordinates', 'error', { columns: cols.slice(0, 12).join(', ') }));
	}
	return { mapping, reasons, notes };
}

/** Most sampled rows read better swapped: latitudes over 90 with longitudes under, or sea that swapped is a case country. */
function looksSwapped(lat: number[], lon: number[], land: LandIndex | null): boolean {
	const n = Math.min(lat.length, lon.length);
	if (n === 0) return false;
	let swapped = 0;
	for (let i = 0; i < n; i++) {
		const [a, o] = [lat[i], lon[i]];
		if (Math.abs(a) > 90 && Math.abs(a) <= 180 && Math.abs(o) <= 90) swapped++;
		else if (land && Math.abs(a) <= 90 && Math.abs(o) <= 180 && swappedLandsInCase(land, o, a)) swapped++;
	}
	return swapped > n / 2;
}

/**
 * No header names the coordinates: a pair of numeric columns may still be them, if exactly one
 * has values beyond ±90 (longitude) and exactly one other stays within ±90 (latitude).
 */
function guessFromValues(
	table: RawTable,
	mapping: ColumnMapping,
	reasons: Partial<Record<MappingField, MappingReason>>,
	taken: Set<number>
): void {
	const lonLike: number[] = [];
	const latLike: number[] = [];
	table.columns.forEach((_, i) => {
		if (taken.has(i)) return;
		const values = sample(table, i);
		if (values.length === 0) return;
		const p = numericProfile(values);
		if (p.parsed < 0.9) return;
		// integers only (ids, counts, years) are not coordinates
		if (p.values.every((v) => Number.isInteger(v))) return;
		if (p.maxAbs > 90 && p.maxAbs <= 180) lonLike.push(i);
		else if (p.maxAbs <= 90) latLike.push(i);
	});
	if (lonLike.length === 1 && latLike.length === 1) {
		mapping.lat = latLike[0];
		mapping.lon = lonLike[0];
		reasons.lat = reasons.lon = 'values';
		taken.add(latLike[0]);
		taken.add(lonLike[0]);
	}
}
