/** A small RFC 4180 parser, written independently of the exporter, to read its output back. */
export function parseCSV(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
		else field += ch;
	}
	if (quoted) throw new Error('unterminated quote');
	if (field !== '' || row.length) throw new Error('last row not terminated by CRLF');
	return rows;
}
