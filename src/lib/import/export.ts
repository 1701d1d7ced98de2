/**
 * The bad rows, back as a file to fix: every row that did not load, with its original values and
 * one more column, `problem`, saying what is wrong and how to fix it. UTF-8 with a BOM (so Excel,
 * Japanese Excel included, opens it in the right encoding), the file's own delimiter (a semicolon
 * file stays one, for the Excel that wrote it), CRLF line ends.
 */
import Papa from 'papaparse';
import { problemText } from './messages';
import { packedGet } from './packed';
import type { ImportSession } from './pipeline';
import type { SectorMatcher } from './sectors';
import type { RunContext } from './source';
import type { ColumnMapping, Lang, Problem } from './types';
import { runValidation } from './validate';

export interface ExportedFile {
	fileName: string;
	mime: string;
	bytes: Uint8Array;
	/** rows in it */
	rows: number;
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '') || 'data';

/** The rejected rows as CSV with a `problem` column (a GeoJSON's rejected features as their properties). */
export async function exportBadRows(
	session: ImportSession,
	mapping: ColumnMapping,
	lang: Lang,
	options: { sectors?: SectorMatcher } = {},
	ctx: RunContext = {}
): Promise<ExportedFile> {
	const byRecord = new Map<number, Problem[]>();
	const { rejected } = await runValidation(
		session.table,
		mapping,
		{ land: session.land, sectors: options.sectors },
		(record, p) => {
			if (record < 0) return;
			const list = byRecord.get(record);
			if (list) list.push(p);
			else byRecord.set(record, [p]);
		},
		ctx
	);
	const t = session.table;
	const header = [...t.columns, t.columns.includes('problem') ? 'problem (import)' : 'problem'];
	const rows: string[][] = [];
	for (let r = 0; r < t.rowCount; r++) {
		if (!rejected[r]) continue;
		const values = t.cells.map((c) => packedGet(c, r));
		const problems = (byRecord.get(r) ?? []).filter((p) => p.severity !== 'info');
		values.push(problems.map((p) => problemText(p, lang)).join(' / '));
		rows.push(values);
	}
	const delimiter = session.source.delimiter ?? ',';
	const csv = Papa.unparse({ fields: header, data: rows }, { delimiter, newline: '\r\n', quotes: false });
	const body = new TextEncoder().encode(`\uFEFF${csv}\r\n`);
	return {
		fileName: `${stem(session.source.name)}-problems.csv`,
		mime: 'text/csv;charset=utf-8',
		bytes: body,
		rows: rows.length
	};
}
