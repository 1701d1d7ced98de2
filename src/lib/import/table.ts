/**
 * The parsed file as it is, before any mapping: columns of packed strings, one entry per record,
 * with the row number the user sees. The worker keeps it so a corrected mapping is validated again
 * without reading the file again.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { PackedBuilder, type PackedStrings } from './packed';
import type { Problem } from './types';

export const GEOMETRY_NONE = 0;
export const GEOMETRY_POINT = 1;
export const GEOMETRY_POLYGON = 2;
/** the feature's geometry was refused while reading; its problem is in `readProblems` */
export const GEOMETRY_REFUSED = 3;

export interface RawGeometry {
	kind: Uint8Array;
	lon: Float64Array;
	lat: Float64Array;
	polygons: Map<number, Polygon | MultiPolygon>;
	/** problems of a record's geometry (missing, unsupported, repaired): reported only when the mapping reads the geometry */
	problems: Map<number, Problem[]>;
}

/** A problem found while reading, tied to its record. */
export interface ReadProblem {
	record: number;
	problem: Problem;
}

export interface RawTable {
	columns: string[];
	cells: PackedStrings[];
	rowCount: number;
	/** the row (or feature) number the user sees, per record */
	sourceRow: Uint32Array;
	geometry: RawGeometry | null;
	/** problems found while reading, in record order; an error rejects its record */
	readProblems: ReadProblem[];
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let s = '';
	let n = index + 1;
	while (n > 0) {
		const r = (n - 1) % 26;
		s = String.fromCharCode(65 + r) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

export const unnamedColumn = (index: number) => `column ${columnLetter(index)}`;

export class TableBuilder {
	readonly columns: string[];
	private builders: PackedBuilder[];
	private rows = new Uint32Array(1024);
	count = 0;
	readonly readProblems: ReadProblem[] = [];

	constructor(columns: string[]) {
		this.columns = [...columns];
		this.builders = columns.map(() => new PackedBuilder());
	}

	/** adds a column (all earlier records get an empty value); returns its index */
	addColumn(name: string): number {
		const b = new PackedBuilder();
		b.pushEmpty(this.count);
		this.builders.push(b);
		this.columns.push(name);
		return this.columns.length - 1;
	}

	/** appends a record; fields beyond the known columns must have been given columns first */
	add(fields: readonly string[], row: number): number {
		const n = this.builders.length;
		for (let i = 0; i < n; i++) {
			const v = fields[i];
			if (v === undefined) this.builders[i].pushEmpty(1);
			else this.builders[i].push(v);
		}
		if (this.count === this.rows.length) {
			const next = new Uint32Array(this.rows.length * 2);
			next.set(this.rows);
			this.rows = next;
		}
		this.rows[this.count] = row;
		return this.count++;
	}

	problem(record: number, problem: Problem): void {
		this.readProblems.push({ record, problem });
	}

	finish(geometry: RawGeometry | null = null): RawTable {
		return {
			columns: this.columns,
			cells: this.builders.map((b) => b.finish()),
			rowCount: this.count,
			sourceRow: this.rows.slice(0, this.count),
			geometry,
			readProblems: this.readProblems
		};
	}
}
