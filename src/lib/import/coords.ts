/**
 * Reading a coordinate as people write it: `35.6895`, `35,6895` (decimal comma), `3.56895E1`,
 * `35°41′22″N`, `N 35 41 22`, `北緯35度41分22秒`, full-width `３５．６８９５`, `35.6895N`. Each
 * reading other than a plain decimal is flagged, so the importer can say how it read the value.
 */

export const FLAG_DECIMAL_COMMA = 1;
export const FLAG_DMS = 2;
export const FLAG_HEMISPHERE = 4;
export const FLAG_FULLWIDTH = 8;
export const FLAG_STRING = 16;

export type Hemisphere = 'N' | 'S' | 'E' | 'W';

export interface ParsedCoordinate {
	value: number;
	flags: number;
	hemisphere: Hemisphere | null;
}

export type CoordinateReading = ParsedCoordinate | 'empty' | 'unparseable';

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** what spreadsheets and databases write for "no value" */
const PLACEHOLDER = /^(?:-+|—|–|n\/?a|#n\/a|null|none|nan|\?|なし|不明|未定|該当なし)$/i;

const HEMISPHERE_PREFIX = /^(北緯|南緯|東経|西経|[NSEWnsew])\s*/;
const HEMISPHERE_SUFFIX = /\s*([NSEWnsew])$/;
const JA_HEMISPHERE: Record<string, Hemisphere> = { 北緯: 'N', 南緯: 'S', 東経: 'E', 西経: 'W' };

// what may follow the degrees, the minutes and the seconds (or stand between them)
const DEG_MARK = /^\s*(?:[°º˚度]|deg|d|:)?\s*$/i;
const MIN_MARK = /^\s*(?:['′’‘]|分|min|m|:)?\s*$/i;
const SEC_MARK = /^\s*(?:["″”“]|''|′′|’’|秒|sec|s)?\s*$/i;
const MARKS = [DEG_MARK, MIN_MARK, SEC_MARK];

/** `[-]D[°][ M[′][ S[″]]]`: numbers alternate with marks, each mark in its place (`52.4 m` is not 52.4°). */
function parseDms(s: string): { sign: string; parts: string[]; marked: boolean } | null {
	const tokens = s.match(/\d+(?:[.,]\d+)?|[^\d]+/g) ?? [];
	let i = 0;
	let sign = '';
	if (tokens[0] !== undefined && !/^\d/.test(tokens[0])) {
		const m = /^\s*([+-]?)\s*$/.exec(tokens[0]);
		if (!m) return null;
		sign = m[1];
		i = 1;
	}
	const parts: string[] = [];
	let marked = false;
	while (i < tokens.length) {
		const n = tokens[i++];
		if (!/^\d/.test(n) || parts.length === 3) return null;
		parts.push(n);
		const mark = tokens[i] !== undefined && !/^\d/.test(tokens[i]) ? tokens[i++] : '';
		if (!MARKS[parts.length - 1].test(mark)) return null;
		if (mark.trim() !== '') marked = true;
		// between two numbers there must be something: `3541` is one number, not 35°41′
		if (i < tokens.length && mark === '') return null;
	}
	return parts.length ? { sign, parts, marked } : null;
}

const num = (s: string) => Number(s.replace(',', '.'));

/** Full-width digits and signs (Japanese input), the minus sign and dashes Excel and Word write. */
function normaliseText(s: string): { text: string; fullwidth: boolean } {
	let fullwidth = false;
	if (/[\uFF01-\uFF5E\u3000]/.test(s)) {
		fullwidth = true;
		s = s.normalize('NFKC');
	}
	s = s.replace(/[\u2212\u2010-\u2015\uFE63]/g, '-');
	return { text: s.trim(), fullwidth };
}

/** Reads one coordinate value. */
export function parseCoordinate(raw: string): CoordinateReading {
	let s = raw.trim();
	if (s === '') return 'empty';
	if (PLAIN.test(s)) return { value: Number(s), flags: 0, hemisphere: null };
	let flags = 0;
	const norm = normaliseText(s);
	s = norm.text;
	if (norm.fullwidth) flags |= FLAG_FULLWIDTH;
	if (s === '' || PLACEHOLDER.test(s)) return 'empty';
	if (PLAIN.test(s)) return { value: Number(s), flags, hemisphere: null };
	if (DECIMAL_COMMA.test(s)) return { value: num(s), flags: flags | FLAG_DECIMAL_COMMA, hemisphere: null };

	let hemisphere: Hemisphere | null = null;
	const pre = HEMISPHERE_PREFIX.exec(s);
	if (pre) {
		hemisphere = JA_HEMISPHERE[pre[1]] ?? (pre[1].toUpperCase() as Hemisphere);
		s = s.slice(pre[0].length);
	} else {
		const post = HEMISPHERE_SUFFIX.exec(s);
		// `1.2E1` is exponent notation, not 1.2° east: PLAIN has already taken it above
		// `35d41m22s`: that s is seconds, not south
		if (post && !(post[1] === 's' && /\d\s*m\s*\d/i.test(s))) {
			hemisphere = post[1].toUpperCase() as Hemisphere;
			s = s.slice(0, s.length - post[0].length);
		}
	}
	const dms = parseDms(s.trim());
	if (!dms) return 'unparseable';
	const [d, min, sec] = dms.parts;
	const sign = dms.sign;
	const deg = num(d);
	const minutes = min === undefined ? 0 : num(min);
	const seconds = sec === undefined ? 0 : num(sec);
	if (minutes >= 60 || seconds >= 60) return 'unparseable';
	// only the last part may have decimals: 35.5°30′ says two things at once
	if ((min !== undefined && /[.,]/.test(d)) || (sec !== undefined && /[.,]/.test(min!))) return 'unparseable';
	if (/,/.test(d) && min === undefined) flags |= FLAG_DECIMAL_COMMA;
	if (min !== undefined || dms.marked) flags |= FLAG_DMS;
	if (hemisphere) flags |= FLAG_HEMISPHERE;
	let value = deg + minutes / 60 + seconds / 3600;
	if (sign === '-' || hemisphere === 'S' || hemisphere === 'W') value = -value;
	if (sign === '-' && (hemisphere === 'S' || hemisphere === 'W')) return 'unparseable';
	return { value, flags, hemisphere };
}

export interface ParsedPair {
	lat: ParsedCoordinate;
	lon: ParsedCoordinate;
}

const WKT_POINT = /^\s*POINT\s*(?:ZM|Z|M)?\s*\(\s*(\S+)\s+(\S+)(?:\s+\S+)*\s*\)\s*$/i;

/**
 * Both coordinates from one cell. `POINT (lon lat)` (WKT) and `[lon, lat]` (JSON, GeoJSON order)
 * are longitude first; `35.68, 139.76` and `35.68 139.76` (what Google Maps copies) latitude first.
 */
export function parseCombined(raw: string): ParsedPair | 'empty' | 'unparseable' {
	const s = normaliseText(raw).text;
	if (s === '' || PLACEHOLDER.test(s)) return 'empty';
	let first: string;
	let second: string;
	let lonFirst: boolean;
	const wkt = WKT_POINT.exec(s);
	if (wkt) {
		[first, second] = [wkt[1], wkt[2]];
		lonFirst = true;
	} else {
		lonFirst = s.startsWith('[');
		const inner = s.replace(/^[[(]\s*|\s*[\])]$/g, '');
		const parts = inner.split(/\s*[,;:/]\s*|\s+/).filter((p) => p !== '');
		if (parts.length !== 2) return 'unparseable';
		[first, second] = parts;
	}
	const a = parseCoordinate(first);
	const b = parseCoordinate(second);
	if (typeof a === 'string' || typeof b === 'string') return 'unparseable';
	return lonFirst ? { lon: a, lat: b } : { lat: a, lon: b };
}

const R = 6378137;
/** the Web Mercator square's half side, metres */
export const MERCATOR_MAX = Math.PI * R;

/** EPSG:3857 metres → longitude/latitude in degrees (the spherical formula; exact for this CRS). */
export function mercatorToLonLat(x: number, y: number): [number, number] {
	const lon = (x / R) * (180 / Math.PI);
	const lat = (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI);
	return [lon, lat];
}
