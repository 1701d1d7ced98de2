/**
 * The user's places back out, as CSV or GeoJSON: the columns of their file as they were, plus what
 * the atlas read (`atlas_lat`, `atlas_lon`, `atlas_category`, `atlas_sectors`, `atlas_file`,
 * `atlas_row`). Written in slices of text parts (a Blob is made of them), so a million places never
 * become one string or one long task on the main thread. Loaded on demand (it brings Papa Parse).
 */
import Papa from 'papaparse';
import { ownAttributes, ownColumns, ownRow, type OwnTable } from './table';

export const ATLAS_COLUMNS = ['atlas_lat', 'atlas_lon', 'atlas_category', 'atlas_sectors', 'atlas_file', 'atlas_row'];

export interface ExportOptions {
	/** places written between two yields */
	slice?: number;
	pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));

function atlasValues(t: OwnTable, i: number): string[] {
	const c = t.categories[t.category[i]];
	return [
		String(t.lat[i]),
		String(t.lon[i]),
		c?.key ?? '',
		c ? c.sectors.join(';') : '',
		t.sources[t.source[i]].dataset.source.name,
		String(ownRow(t, i))
	];
}

/** The file's columns of place i, aligned on `columns` (a column another file has is empty here). */
function rowValues(t: OwnTable, i: number, columns: string[]): string[] {
	const own = new Map(ownAttributes(t, i));
	return columns.map((c) => own.get(c) ?? '');
}

/** CSV (UTF-8 with a BOM, so Excel opens it right; CRLF) of the places `indexes`. */
export async function ownCsv(t: OwnTable, indexes: ArrayLike<number>, o: ExportOptions = {}): Promise<Blob> {
	const slice = o.slice ?? 10_000;
	const pause = o.pause ?? macrotask;
	const columns = ownColumns(t);
	// a user's column that happens to be called atlas_lat keeps its name; ours step aside
	const ours = ATLAS_COLUMNS.map((c) => (columns.includes(c) ? `${c} (atlas)` : c));
	const parts: string[] = ['\uFEFF', Papa.unparse([[...columns, ...ours]], { newline: '\r\n' }), '\r\n'];
	for (let start = 0; start < indexes.length; start += slice) {
		if (start > 0) await pause();
		const rows: string[][] = [];
		for (let k = start; k < Math.min(indexes.length, start + slice); k++) {
			const i = indexes[k];
			rows.push([...rowValues(t, i, columns), ...atlasValues(t, i)]);
		}
		parts.push(Papa.unparse(rows, { newline: '\r\n' }), '\r\n');
	}
	return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** GeoJSON FeatureCollection (RFC 7946: longitude, latitude) of the places `indexes`. */
export async function ownGeoJson(t: OwnTable, indexes: ArrayLike<number>, o: ExportOptions = {}): Promise<Blob> {
	const slice = o.slice ?? 10_000;
	const pause = o.pause ?? macrotask;
	const parts: string[] = ['{"type":"FeatureCollection","features":['];
	for (let start = 0; start < indexes.length; start += slice) {
		if (start > 0) await pause();
		const features: string[] = [];
		for (let k = start; k < Math.min(indexes.length, start + slice); k++) {
			const i = indexes[k];
			const properties: Record<string, string | number | string[]> = Object.fromEntries(ownAttributes(t, i));
			const c = t.categories[t.category[i]];
			const [, , , , file, row] = atlasValues(t, i);
			Object.assign(properties, {
				atlas_category: c?.key ?? '',
				atlas_sectors: c ? c.sectors : [],
				atlas_file: file,
				atlas_row: Number(row)
			});
			features.push(
				JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [t.lon[i], t.lat[i]] }, properties })
			);
		}
		parts.push((start > 0 ? ',' : '') + features.join(','));
	}
	parts.push(']}');
	return new Blob(parts, { type: 'application/geo+json' });
}
