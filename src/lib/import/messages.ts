/**
 * What each problem says, in English and Japanese: a message (what is wrong) and a hint (what to
 * do). Self-contained on purpose: the app's i18n is being reorganised, and this catalogue moves
 * into it as it is (`{ en, ja }` per key, like the feature catalogues beside src/lib/i18n/strings).
 * Both languages must have every code (checked by the type and by a unit test).
 */
import type { Lang, Problem, ProblemCode } from './types';

type Params = Record<string, string | number>;
interface Ctx {
	column: string | null;
	value: string | null;
	row: number | null;
}
type Text = (p: Params, c: Ctx) => string;
interface Entry {
	message: Text;
	hint: Text;
}
type Catalogue = Record<ProblemCode, Entry>;

const col = (c: Ctx, fallback: string) => (c.column ? `“${c.column}”` : fallback);
const colJa = (c: Ctx, fallback: string) => (c.column ? `「${c.column}」` : fallback);
const axisEn = (p: Params) => (p.axis === 'lat' ? 'latitude' : p.axis === 'lon' ? 'longitude' : 'coordinates');
const axisJa = (p: Params) => (p.axis === 'lat' ? '緯度' : p.axis === 'lon' ? '経度' : '座標');

const KIND_EN: Record<string, string> = {
	xlsx: 'an Excel workbook (.xlsx)',
	xls: 'an Excel 97–2003 workbook (.xls)',
	ods: 'a LibreOffice / OpenDocument spreadsheet (.ods)',
	docx: 'a Word document',
	kmz: 'a zipped KML file (.kmz)',
	shapefile: 'a shapefile',
	zip: 'a compressed archive',
	image: 'an image',
	pdf: 'a PDF document',
	gzip: 'a gzip-compressed file (.gz)',
	sqlite: 'a SQLite database or GeoPackage',
	parquet: 'a Parquet file',
	utf32: 'text in UTF-32',
	binary: 'a binary file (it contains NUL bytes)'
};
const KIND_JA: Record<string, string> = {
	xlsx: 'Excel ブック(.xlsx)',
	xls: 'Excel 97–2003 ブック(.xls)',
	ods: 'LibreOffice/OpenDocument の表計算ファイル(.ods)',
	docx: 'Word 文書',
	kmz: '圧縮された KML ファイル(.kmz)',
	shapefile: 'シェープファイル',
	zip: '圧縮アーカイブ',
	image: '画像',
	pdf: 'PDF 文書',
	gzip: 'gzip 圧縮ファイル(.gz)',
	sqlite: 'SQLite データベースまたは GeoPackage',
	parquet: 'Parquet ファイル',
	utf32: 'UTF-32 のテキスト',
	binary: 'バイナリファイル(NUL バイトを含む)'
};
const SPREADSHEETS = ['xlsx', 'xls', 'ods'];
const GIS = ['kmz', 'shapefile', 'sqlite', 'parquet'];
const ARCHIVES = ['zip', 'gzip'];

const XML_EN: Record<string, string> = {
	spreadsheetml: 'an Excel 2003 XML spreadsheet',
	kml: 'a KML file',
	gpx: 'a GPX track',
	osm: 'OpenStreetMap XML',
	xml: 'an XML file'
};
const XML_JA: Record<string, string> = {
	spreadsheetml: 'Excel 2003 XML スプレッドシート',
	kml: 'KML ファイル',
	gpx: 'GPX トラック',
	osm: 'OpenStreetMap の XML',
	xml: 'XML ファイル'
};

const SAVE_CSV_EN =
	'In Excel choose File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)” (in LibreOffice: File › Save As › Text CSV), then drop that file here.';
const SAVE_CSV_JA =
	'Excel で［ファイル］›［名前を付けて保存］›「CSV UTF-8 (コンマ区切り) (*.csv)」を選んで保存し(LibreOffice では「テキスト CSV」)、そのファイルをここにドロップしてください。';
const EXPORT_GEOJSON_EN =
	'Export it from your GIS as GeoJSON in longitude/latitude (in QGIS: Export › Save Features As…, format GeoJSON, CRS EPSG:4326).';
const EXPORT_GEOJSON_JA =
	'GIS から経緯度の GeoJSON として書き出してください(QGIS では［エクスポート］›［新しいファイルに地物を保存］、形式 GeoJSON、CRS は EPSG:4326)。';

const SWAP_EN = (p: Params) =>
	p.reason === 'hemisphere'
		? `The ${axisEn(p)} carries the letter ${p.hemisphere}, which belongs to the other axis: latitude and longitude look swapped.`
		: p.reason === 'sea'
			? `Read as written (${p.lon}, ${p.lat}: latitude, longitude) the place is in the sea; swapped it falls in ${countryEn(String(p.country))}. Latitude and longitude look swapped.`
			: `A latitude of ${p.lon} is impossible (latitudes run from −90 to 90); swapped, the place would be at latitude ${p.lat}, longitude ${p.lon}. Latitude and longitude look swapped.`;
const SWAP_JA = (p: Params) =>
	p.reason === 'hemisphere'
		? `${axisJa(p)}に、もう一方の軸の記号「${p.hemisphere}」が付いています。緯度と経度が入れ替わっているようです。`
		: p.reason === 'sea'
			? `記載どおり(緯度 ${p.lon}、経度 ${p.lat})だと海上になり、入れ替えると${countryJa(String(p.country))}に入ります。緯度と経度が入れ替わっているようです。`
			: `緯度 ${p.lon} はありえない値です(緯度は −90〜90)。入れ替えると緯度 ${p.lat}、経度 ${p.lon} になります。緯度と経度が入れ替わっているようです。`;

const countryEn = (c: string) =>
	({ japan: 'Japan', 'united-kingdom': 'the United Kingdom', ireland: 'Ireland' })[c] ?? c;
const countryJa = (c: string) => ({ japan: '日本', 'united-kingdom': 'イギリス', ireland: 'アイルランド' })[c] ?? c;

export const en: Catalogue = {
	'file-empty': {
		message: () => 'The file is empty: it has no rows at all.',
		hint: () => 'Check that you chose the right file, and that it was saved after the data was entered.'
	},
	'file-too-large': {
		message: (p) => `The file is ${p.size}; a ${p.format} file can be at most ${p.limit} here.`,
		hint: () =>
			'A browser tab has too little memory for more. Split the file, or keep only the columns the map needs (name, latitude, longitude, sector).'
	},
	'file-binary': {
		message: (p) => `This is ${KIND_EN[String(p.kind)] ?? KIND_EN.binary}, not a CSV or GeoJSON text file.`,
		hint: (p) =>
			SPREADSHEETS.includes(String(p.kind))
				? SAVE_CSV_EN
				: GIS.includes(String(p.kind))
					? EXPORT_GEOJSON_EN
					: ARCHIVES.includes(String(p.kind))
						? 'Unpack it first, then drop the CSV or GeoJSON file that was inside.'
						: 'The map reads a table of places (CSV or TSV) or GeoJSON.'
	},
	'file-html': {
		message: () => 'This file is a web page (HTML), not a CSV: a browser probably saved the page instead of the data.',
		hint: () =>
			'Download the data itself (a “CSV” or “Export” link rather than the page), or copy the table into a spreadsheet and save it as CSV.'
	},
	'file-xml': {
		message: (p) => `This is ${XML_EN[String(p.kind)] ?? XML_EN.xml}, which this importer does not read.`,
		hint: (p) => (p.kind === 'spreadsheetml' ? SAVE_CSV_EN : EXPORT_GEOJSON_EN)
	},
	'file-unknown-format': {
		message: (p) =>
			p.kind === 'rtf'
				? 'This is a rich-text (RTF) document, not plain text.'
				: 'The format of this file is not one the importer reads.',
		hint: () => 'Save it as plain text (in TextEdit: Format › Make Plain Text) or, better, as CSV from a spreadsheet.'
	},
	'too-many-columns': {
		message: (p) => `The file has ${p.count} columns; the most a spreadsheet (and this importer) takes is ${p.limit}.`,
		hint: () =>
			'Keep only the columns you need, or check the delimiter: a wrong one can split every value into its own column.'
	},
	'no-rows': {
		message: (p) => `The file has a header (${p.columns}) but no rows of data.`,
		hint: () =>
			'Add at least one row below the header, or check that you exported the data and not only the column names.'
	},
	'geojson-invalid-json': {
		message: (p) =>
			p.line
				? `The file is not valid JSON: the error is at line ${p.line}, column ${p.column}.`
				: 'The file is not valid JSON.',
		hint: () =>
			'Common causes: a comma after the last item of a list, a missing closing bracket, or single quotes. A JSON validator shows the exact place.'
	},
	'geojson-not-geojson': {
		message: (p) =>
			`This JSON is not GeoJSON: its top level (${p.keys}) has no “type” of FeatureCollection, Feature or a geometry.`,
		hint: () => 'Export the places as GeoJSON, or as a CSV with latitude and longitude columns.'
	},
	'geojson-projected': {
		message: (p) => `This GeoJSON is in a projected coordinate system (${p.crs}), not longitude/latitude.`,
		hint: () =>
			'Only Web Mercator (EPSG:3857) is converted here. Reproject the file to EPSG:4326 (in QGIS: Export › Save Features As…, CRS EPSG:4326) and drop it again.'
	},
	'geojson-no-features': {
		message: () => 'The GeoJSON has no features.',
		hint: () => 'Check that the export contained the layer with your places.'
	},
	'encoding-detected': {
		message: (p) => `The text was read as ${p.encoding}.`,
		hint: (p) =>
			p.encoding === 'Shift_JIS'
				? 'This is how Japanese Excel saves CSV. If names look garbled, choose another encoding.'
				: 'If names look garbled, choose another encoding.'
	},
	'encoding-invalid-bytes': {
		message: (p) => `The file is UTF-8 but has ${p.count} invalid byte(s); they are shown as �.`,
		hint: () => 'Part of the file was probably pasted from a file in another encoding. Check the names that show �.'
	},
	'bom-removed': {
		message: (p) =>
			`The file starts with a byte-order mark (${p.encoding}); it was removed so the first column keeps its name.`,
		hint: () => 'Nothing to do.'
	},
	'sep-line': {
		message: (p) => `The first line (“sep=”) names the delimiter (${p.delimiter}); it was used and not read as data.`,
		hint: () => 'Nothing to do. Rows are numbered as Excel shows them, without that line.'
	},
	'header-duplicate': {
		message: (p) => `Two columns are named “${p.name}”; the one in column ${p.letter} is called “${p.renamed}” here.`,
		hint: () => 'Rename one of them in the file if they hold different things.'
	},
	'header-empty': {
		message: (p) =>
			`Column(s) ${p.letters} have no name in the header; they are called “column ${String(p.letters).split(', ')[0]}”… here.`,
		hint: () => 'Give them names in the file if you need them.'
	},
	'header-missing': {
		message: (p) =>
			`The first row holds numbers, not column names: it is read as data, and the ${p.count} columns are called column A, B…`,
		hint: () => 'Choose the latitude and longitude columns in the mapping.'
	},
	'rows-empty': {
		message: (p) =>
			`${p.count} empty row(s) were skipped${Number(p.trailing) > 0 ? ` (${p.trailing} at the end of the file)` : ''}.`,
		hint: () => 'Nothing to do: rows with no values carry nothing.'
	},
	'decimal-comma': {
		message: (p, c) =>
			`${p.count} value(s) in ${col(c, 'a coordinate column')} use a decimal comma (e.g. 35,68); they were read as 35.68 (first in row ${p.first}).`,
		hint: () => 'Nothing to do. A coordinate never has a thousands separator, so the comma can only be a decimal one.'
	},
	'dms-converted': {
		message: (p, c) =>
			`${p.count} value(s) in ${col(c, 'a coordinate column')} are in degrees, minutes and seconds; they were converted to decimal degrees (first in row ${p.first}).`,
		hint: () => 'Nothing to do; check one place on the map to be sure.'
	},
	'hemisphere-letters': {
		message: (p, c) =>
			`${p.count} value(s) in ${col(c, 'a coordinate column')} carry N/S/E/W letters; S and W were read as negative (first in row ${p.first}).`,
		hint: () => 'Nothing to do.'
	},
	'fullwidth-converted': {
		message: (p, c) =>
			`${p.count} value(s) in ${col(c, 'a coordinate column')} are written in full-width characters; they were read as ordinary digits (first in row ${p.first}).`,
		hint: () => 'Nothing to do.'
	},
	'crs-reprojected': {
		message: (p) =>
			`The GeoJSON names ${p.crs} (Web Mercator, in metres); its coordinates were converted to longitude/latitude.`,
		hint: () => 'Nothing to do. The conversion is exact for this coordinate system.'
	},
	'topojson-converted': {
		message: (p) => `The file is TopoJSON; its ${p.count} feature(s) were converted to GeoJSON.`,
		hint: () => 'Nothing to do.'
	},
	'geojson-lines': {
		message: (p) => `The file has one GeoJSON object per line (${p.count} lines); each was read as a feature.`,
		hint: () => 'Nothing to do.'
	},
	'unknown-sector': {
		message: (p, c) =>
			p.partly
				? `In ${col(c, 'the sector column')}, “${p.unmatched}” (in “${c.value}”) is not one of the atlas’s sectors; the rest matched (${p.count} row(s), first ${p.first}).`
				: `“${c.value}” in ${col(c, 'the sector column')} is not one of the atlas’s sectors; it is kept as your own category (${p.count} row(s), first ${p.first}).`,
		hint: () => 'Nothing to do, or rename it to one of the atlas’s sectors (see the legend) to filter it with them.'
	},
	'mapping-no-coordinates': {
		message: (p) => `No columns were recognised as latitude and longitude (columns: ${p.columns}).`,
		hint: () => 'Choose the latitude and the longitude column in the mapping (or one column holding both).'
	},
	'mapping-swapped': {
		message: (p) =>
			`The values under the headers say latitude and longitude the other way round: “${p.lat}” is read as latitude and “${p.lon}” as longitude.`,
		hint: () => 'Check a few places on the map; switch the columns back in the mapping if this guess is wrong.'
	},
	'projected-coordinates': {
		message: (p) =>
			p.lat === 'geometry'
				? 'The coordinates of the geometries are far beyond ±180: they look like metres in a projected system, not degrees, and the file has no crs member saying which.'
				: `The values in “${p.lat}” and “${p.lon}” are far beyond ±180: they look like metres in a projected system, not degrees.`,
		hint: () =>
			'If they are Web Mercator (EPSG:3857), choose it in the mapping; otherwise convert the file to longitude/latitude (EPSG:4326) first.'
	},
	'swap-check-unavailable': {
		message: () =>
			'The country outlines could not be loaded, so points in the sea were not checked for swapped coordinates.',
		hint: () => 'Points with a latitude over 90 are still caught. Look for points in the sea on the map.'
	},
	'coord-empty': {
		message: (p, c) =>
			`The ${axisEn(p)} is empty${c.value ? ` (“${c.value}”)` : ''}${c.column ? ` in column “${c.column}”` : ''}.`,
		hint: () => 'Fill it in (or look the place up), or remove the row.'
	},
	'coord-unparseable': {
		message: (p, c) =>
			`“${c.value}” in ${col(c, 'this row')} cannot be read as a ${axisEn(p) === 'coordinates' ? 'pair of coordinates' : axisEn(p)}.`,
		hint: (p) =>
			p.axis === 'both'
				? 'Write both as decimal degrees, latitude first: 35.6812, 139.7671.'
				: 'Write it in decimal degrees (35.6812) or as degrees, minutes and seconds (35°40′52″N).'
	},
	'lat-out-of-range': {
		message: (p, c) => `The latitude ${p.value} in ${col(c, 'this row')} is outside −90 to 90.`,
		hint: (p) =>
			p.projected
				? 'This looks like metres in a projected system: see the note on projected coordinates.'
				: 'Check the value (a typo, a missing decimal point?).'
	},
	'lon-out-of-range': {
		message: (p, c) => `The longitude ${p.value} in ${col(c, 'this row')} is outside −180 to 180.`,
		hint: (p) =>
			p.projected
				? 'This looks like metres in a projected system: see the note on projected coordinates.'
				: 'Check the value (a typo, a missing decimal point?).'
	},
	'swapped-suspected': {
		message: (p) => SWAP_EN(p),
		hint: () => 'Swap the two values in this row (or the two columns in the mapping, if every row is like this).'
	},
	'null-island': {
		message: () =>
			'The position is 0, 0 (in the Atlantic off Africa): almost always a missing location written as zeros.',
		hint: () => 'Fill in the real coordinates, or leave both empty.'
	},
	'duplicate-id': {
		message: (p, c) => `The id “${c.value}” is already used in row ${p.first}; ids must be unique.`,
		hint: () => 'Give this row its own id, or remove it if it repeats the other.'
	},
	'name-empty': {
		message: (_p, c) => `The name in ${col(c, 'this row')} is empty; the place is shown by its row number.`,
		hint: () => 'Fill in a name if you want to find it in the list.'
	},
	'row-extra-fields': {
		message: (p) =>
			`This row has ${p.count} values but the header names ${p.expected}; the extra values are kept in extra columns.`,
		hint: () =>
			'Usually a value contains the delimiter (a comma in a name) without quotes. Put such values in double quotes.'
	},
	'row-truncated': {
		message: (p) => `This row has ${p.count} values; only the first ${p.limit} were kept.`,
		hint: () => 'Check the delimiter of the file.'
	},
	'quote-malformed': {
		message: () =>
			'A double quote in this row is not closed or not where quotes may be; the row was read with its quotes kept as text.',
		hint: () =>
			'Check the values: a quote inside a value must be doubled (""), and a quoted value must end with a quote.'
	},
	'feature-not-feature': {
		message: (p) => `This item of “features” is not a Feature (its type is “${p.type}”).`,
		hint: () => 'Remove it, or wrap its geometry in a Feature.'
	},
	'geometry-missing': {
		message: () => 'This feature has no geometry (null).',
		hint: () => 'Add a point, or map latitude and longitude properties instead.'
	},
	'geometry-unsupported': {
		message: (p) =>
			p.type === 'MultiPoint'
				? `This feature is a MultiPoint of ${p.count} points; places are single points.`
				: `This feature is a ${p.type}; only points (places) and polygons (your regions) are read.`,
		hint: (p) =>
			p.type === 'MultiPoint'
				? 'Split it into one feature per point.'
				: 'Convert it to points or polygons, or remove it.'
	},
	'geometry-invalid': {
		message: (p) =>
			`This feature’s ${p.type ?? 'geometry'} is not valid GeoJSON (${p.reason === 'too-few' ? 'a ring needs at least 4 positions' : p.reason === 'position' ? 'a position is not a pair of numbers' : p.reason === 'empty' ? 'it has no coordinates' : 'its type or coordinates are wrong'}).`,
		hint: () => 'Fix or remove it in your GIS (in QGIS: Vector › Geometry Tools › Check Validity).'
	},
	'ring-unclosed': {
		message: () => 'A polygon ring does not end where it starts; it was closed.',
		hint: () => 'Nothing to do; the first position was added at its end.'
	},
	'coordinates-as-strings': {
		message: () => 'The coordinates are written as strings ("139.7"), not numbers; they were read as numbers.',
		hint: () => 'Nothing to do; the exporter that wrote the file should write numbers.'
	}
};

export const ja: Catalogue = {
	'file-empty': {
		message: () => 'ファイルが空です（行がひとつもありません）。',
		hint: () => '選んだファイルが正しいか、データを入力したあとに保存したかを確認してください。'
	},
	'file-too-large': {
		message: (p) => `ファイルは ${p.size} です。${p.format} ファイルはここでは ${p.limit} までです。`,
		hint: () =>
			'ブラウザのタブのメモリが足りません。ファイルを分けるか、地図に必要な列（名称・緯度・経度・業種）だけにしてください。'
	},
	'file-binary': {
		message: (p) =>
			`このファイルは${KIND_JA[String(p.kind)] ?? KIND_JA.binary}で、CSV や GeoJSON のテキストではありません。`,
		hint: (p) =>
			SPREADSHEETS.includes(String(p.kind))
				? SAVE_CSV_JA
				: GIS.includes(String(p.kind))
					? EXPORT_GEOJSON_JA
					: ARCHIVES.includes(String(p.kind))
						? '先に展開し、中の CSV か GeoJSON ファイルをドロップしてください。'
						: '地図が読めるのは場所の表（CSV・TSV）か GeoJSON です。'
	},
	'file-html': {
		message: () =>
			'このファイルは CSV ではなくウェブページ（HTML）です。ブラウザがデータではなくページを保存したようです。',
		hint: () =>
			'データそのもの（「CSV」「エクスポート」などのリンク）をダウンロードするか、表を表計算ソフトに貼り付けて CSV で保存してください。'
	},
	'file-xml': {
		message: (p) => `このファイルは${XML_JA[String(p.kind)] ?? XML_JA.xml}で、この読み込み機能では読めません。`,
		hint: (p) => (p.kind === 'spreadsheetml' ? SAVE_CSV_JA : EXPORT_GEOJSON_JA)
	},
	'file-unknown-format': {
		message: (p) =>
			p.kind === 'rtf'
				? 'このファイルはリッチテキスト（RTF）文書で、プレーンテキストではありません。'
				: 'このファイルの形式は読み込めません。',
		hint: () => 'プレーンテキストとして保存するか、表計算ソフトから CSV で保存してください。'
	},
	'too-many-columns': {
		message: (p) =>
			`ファイルには ${p.count} 列あります。表計算ソフト（とこの機能）が扱えるのは ${p.limit} 列までです。`,
		hint: () => '必要な列だけにするか、区切り文字を確認してください（区切り文字を誤ると値がすべて別の列に分かれます）。'
	},
	'no-rows': {
		message: (p) => `見出し行（${p.columns}）はありますが、データの行がありません。`,
		hint: () => '見出しの下に少なくとも 1 行を加えるか、列名だけでなくデータを書き出したかを確認してください。'
	},
	'geojson-invalid-json': {
		message: (p) =>
			p.line
				? `JSON として正しくありません。${p.line} 行目 ${p.column} 文字目に誤りがあります。`
				: 'JSON として正しくありません。',
		hint: () =>
			'よくある原因は、リストの最後の要素のあとのカンマ、閉じかっこの不足、シングルクォートです。JSON の検証ツールで正確な場所がわかります。'
	},
	'geojson-not-geojson': {
		message: (p) =>
			`この JSON は GeoJSON ではありません。最上位（${p.keys}）に FeatureCollection・Feature・ジオメトリの「type」がありません。`,
		hint: () => '場所を GeoJSON として、または緯度・経度の列をもつ CSV として書き出してください。'
	},
	'geojson-projected': {
		message: (p) => `この GeoJSON は経緯度ではなく投影座標系（${p.crs}）です。`,
		hint: () =>
			'ここで変換できるのはウェブメルカトル（EPSG:3857）だけです。EPSG:4326 に変換してから（QGIS では［新しいファイルに地物を保存］で CRS を EPSG:4326 に）もう一度ドロップしてください。'
	},
	'geojson-no-features': {
		message: () => 'GeoJSON に地物がありません。',
		hint: () => '場所のレイヤーを書き出したかを確認してください。'
	},
	'encoding-detected': {
		message: (p) => `文字コードを ${p.encoding} として読みました。`,
		hint: (p) =>
			p.encoding === 'Shift_JIS'
				? '日本語版 Excel が CSV を保存するときの文字コードです。名称が文字化けしている場合は、別の文字コードを選んでください。'
				: '名称が文字化けしている場合は、別の文字コードを選んでください。'
	},
	'encoding-invalid-bytes': {
		message: (p) => `UTF-8 のファイルですが、不正なバイトが ${p.count} 個あります（� と表示されます）。`,
		hint: () => '別の文字コードのファイルから一部を貼り付けたようです。� が表示される名称を確認してください。'
	},
	'bom-removed': {
		message: (p) =>
			`ファイルの先頭にバイト順マーク（${p.encoding}）がありました。最初の列名が崩れないよう取り除きました。`,
		hint: () => '対応は不要です。'
	},
	'sep-line': {
		message: (p) =>
			`1 行目（「sep=」）が区切り文字（${p.delimiter}）を指定していたので、それを使い、データとしては読みませんでした。`,
		hint: () => '対応は不要です。行番号は Excel の表示どおり（この行を数えない）です。'
	},
	'header-duplicate': {
		message: (p) => `「${p.name}」という列が 2 つあります。${p.letter} 列のほうをここでは「${p.renamed}」と呼びます。`,
		hint: () => '内容が違うなら、ファイルでどちらかの名前を変えてください。'
	},
	'header-empty': {
		message: (p) =>
			`${p.letters} 列には見出しがありません。ここでは「column ${String(p.letters).split(', ')[0]}」などと呼びます。`,
		hint: () => '必要ならファイルで名前を付けてください。'
	},
	'header-missing': {
		message: (p) => `1 行目は列名ではなく数値なので、データとして読みました。${p.count} 列は column A、B… と呼びます。`,
		hint: () => '対応付けで緯度と経度の列を選んでください。'
	},
	'rows-empty': {
		message: (p) =>
			`空の行を ${p.count} 行飛ばしました${Number(p.trailing) > 0 ? `（うちファイル末尾に ${p.trailing} 行）` : ''}。`,
		hint: () => '対応は不要です（値のない行には何も含まれません）。'
	},
	'decimal-comma': {
		message: (p, c) =>
			`${colJa(c, '座標の列')}の ${p.count} 個の値が小数点にカンマを使っています（例: 35,68）。35.68 として読みました（最初は ${p.first} 行目）。`,
		hint: () => '対応は不要です。座標には桁区切りがないので、カンマは小数点としか読めません。'
	},
	'dms-converted': {
		message: (p, c) =>
			`${colJa(c, '座標の列')}の ${p.count} 個の値が度分秒で書かれていたので、十進の度に変換しました（最初は ${p.first} 行目）。`,
		hint: () => '対応は不要です。念のため地図で 1 か所確かめてください。'
	},
	'hemisphere-letters': {
		message: (p, c) =>
			`${colJa(c, '座標の列')}の ${p.count} 個の値に N/S/E/W が付いていたので、S と W を負の値として読みました（最初は ${p.first} 行目）。`,
		hint: () => '対応は不要です。'
	},
	'fullwidth-converted': {
		message: (p, c) =>
			`${colJa(c, '座標の列')}の ${p.count} 個の値が全角で書かれていたので、半角の数字として読みました（最初は ${p.first} 行目）。`,
		hint: () => '対応は不要です。'
	},
	'crs-reprojected': {
		message: (p) =>
			`GeoJSON が ${p.crs}（ウェブメルカトル、メートル単位）を指定していたので、座標を経緯度に変換しました。`,
		hint: () => '対応は不要です。この座標系の変換は厳密です。'
	},
	'topojson-converted': {
		message: (p) => `TopoJSON のファイルなので、${p.count} 個の地物を GeoJSON に変換しました。`,
		hint: () => '対応は不要です。'
	},
	'geojson-lines': {
		message: (p) =>
			`1 行に 1 つの GeoJSON オブジェクトが書かれたファイルなので（${p.count} 行）、それぞれを地物として読みました。`,
		hint: () => '対応は不要です。'
	},
	'unknown-sector': {
		message: (p, c) =>
			p.partly
				? `${colJa(c, '業種の列')}の「${c.value}」のうち「${p.unmatched}」はアトラスの業種にありません。残りは対応付けました（${p.count} 行、最初は ${p.first} 行目）。`
				: `${colJa(c, '業種の列')}の「${c.value}」はアトラスの業種にないので、独自の分類として残しました（${p.count} 行、最初は ${p.first} 行目）。`,
		hint: () => '対応は不要です。アトラスの業種（凡例を参照）と一緒に絞り込みたい場合は、その名前に変えてください。'
	},
	'mapping-no-coordinates': {
		message: (p) => `緯度・経度と認識できる列がありません（列: ${p.columns}）。`,
		hint: () => '対応付けで緯度の列と経度の列（または両方を含む 1 列）を選んでください。'
	},
	'mapping-swapped': {
		message: (p) =>
			`見出しとは逆に、値からは「${p.lat}」が緯度、「${p.lon}」が経度と読めるので、そのように読みました。`,
		hint: () => '地図でいくつか確かめ、推測が違っていれば対応付けで列を戻してください。'
	},
	'projected-coordinates': {
		message: (p) =>
			p.lat === 'geometry'
				? 'ジオメトリの座標が ±180 を大きく超えています。度ではなく投影座標系のメートル値のようですが、ファイルにはどの座標系かを示す crs がありません。'
				: `「${p.lat}」と「${p.lon}」の値は ±180 を大きく超えています。度ではなく投影座標系のメートル値のようです。`,
		hint: () =>
			'ウェブメルカトル（EPSG:3857）なら対応付けでそれを選び、そうでなければ先に経緯度（EPSG:4326）に変換してください。'
	},
	'swap-check-unavailable': {
		message: () => '国境データを読み込めなかったため、海上の点について緯度・経度の入れ替わりを確認していません。',
		hint: () => '緯度が 90 を超える点は検出しています。地図で海上の点を探してください。'
	},
	'coord-empty': {
		message: (p, c) =>
			`${axisJa(p)}が空です${c.value ? `（「${c.value}」）` : ''}${c.column ? `（列「${c.column}」）` : ''}。`,
		hint: () => '値を入れる（場所を調べる）か、行を削除してください。'
	},
	'coord-unparseable': {
		message: (p, c) =>
			`${colJa(c, 'この行')}の「${c.value}」を${p.axis === 'both' ? '座標の組' : axisJa(p)}として読めません。`,
		hint: (p) =>
			p.axis === 'both'
				? '十進の度で、緯度・経度の順に書いてください（例: 35.6812, 139.7671）。'
				: '十進の度（35.6812）か度分秒（35°40′52″N）で書いてください。'
	},
	'lat-out-of-range': {
		message: (p, c) => `${colJa(c, 'この行')}の緯度 ${p.value} は −90〜90 の範囲外です。`,
		hint: (p) =>
			p.projected
				? '投影座標系のメートル値のようです。投影座標についての注記を見てください。'
				: '値を確認してください（入力ミスや小数点の抜けなど）。'
	},
	'lon-out-of-range': {
		message: (p, c) => `${colJa(c, 'この行')}の経度 ${p.value} は −180〜180 の範囲外です。`,
		hint: (p) =>
			p.projected
				? '投影座標系のメートル値のようです。投影座標についての注記を見てください。'
				: '値を確認してください（入力ミスや小数点の抜けなど）。'
	},
	'swapped-suspected': {
		message: (p) => SWAP_JA(p),
		hint: () =>
			'この行の 2 つの値を入れ替えてください（すべての行がそうなら、対応付けで 2 つの列を入れ替えてください）。'
	},
	'null-island': {
		message: () => '位置が 0, 0（アフリカ沖の大西洋）です。ほとんどの場合、位置がないのを 0 で埋めたものです。',
		hint: () => '正しい座標を入れるか、両方を空にしてください。'
	},
	'duplicate-id': {
		message: (p, c) => `ID「${c.value}」は ${p.first} 行目ですでに使われています。ID は重複できません。`,
		hint: () => 'この行に別の ID を付けるか、重複した行なら削除してください。'
	},
	'name-empty': {
		message: (_p, c) => `${colJa(c, 'この行')}の名称が空なので、行番号で表示します。`,
		hint: () => '一覧で探せるよう、名称を入れてください。'
	},
	'row-extra-fields': {
		message: (p) => `この行の値は ${p.count} 個ですが、見出しは ${p.expected} 列です。余分な値は追加の列に残しました。`,
		hint: () =>
			'多くは、値（名称など）に区切り文字が含まれているのに引用符で囲まれていないためです。そうした値はダブルクォートで囲んでください。'
	},
	'row-truncated': {
		message: (p) => `この行の値は ${p.count} 個あり、最初の ${p.limit} 個だけを残しました。`,
		hint: () => 'ファイルの区切り文字を確認してください。'
	},
	'quote-malformed': {
		message: () =>
			'この行のダブルクォートが閉じていないか、置けない位置にあります。引用符を文字として残して読みました。',
		hint: () => '値の中の引用符は 2 つ重ね（""）、引用符で始めた値は引用符で終えてください。'
	},
	'feature-not-feature': {
		message: (p) => `「features」のこの要素は Feature ではありません（type は「${p.type}」）。`,
		hint: () => '削除するか、そのジオメトリを Feature で包んでください。'
	},
	'geometry-missing': {
		message: () => 'この地物にはジオメトリがありません（null）。',
		hint: () => '点を加えるか、代わりに緯度・経度の属性を対応付けてください。'
	},
	'geometry-unsupported': {
		message: (p) =>
			p.type === 'MultiPoint'
				? `この地物は ${p.count} 点の MultiPoint です。場所は 1 点ずつです。`
				: `この地物は ${p.type} です。読めるのは点（場所）と面（独自の地域）だけです。`,
		hint: (p) =>
			p.type === 'MultiPoint' ? '1 点ごとの地物に分けてください。' : '点か面に変換するか、削除してください。'
	},
	'geometry-invalid': {
		message: (p) =>
			`この地物の${p.type ?? 'ジオメトリ'}は GeoJSON として正しくありません（${p.reason === 'too-few' ? 'リングには 4 点以上が必要です' : p.reason === 'position' ? '座標が数値の組になっていません' : p.reason === 'empty' ? '座標がありません' : 'type か座標が誤っています'}）。`,
		hint: () => 'GIS で修正するか削除してください（QGIS では［ベクタ］›［ジオメトリツール］›［妥当性チェック］）。'
	},
	'ring-unclosed': {
		message: () => '面のリングが始点で終わっていなかったので、閉じました。',
		hint: () => '対応は不要です（始点を終点に加えました）。'
	},
	'coordinates-as-strings': {
		message: () => '座標が数値ではなく文字列（"139.7"）で書かれていたので、数値として読みました。',
		hint: () => '対応は不要です（本来は書き出したソフトが数値で書くべきものです）。'
	}
};

const CATALOGUES: Record<Lang, Catalogue> = { en, ja };

/** The message and the hint of a problem, in the language. */
export function describe(problem: Problem, lang: Lang): { message: string; hint: string } {
	const entry = CATALOGUES[lang][problem.code];
	const c: Ctx = { column: problem.column, value: problem.value, row: problem.row };
	const p = problem.params ?? {};
	return { message: entry.message(p, c), hint: entry.hint(p, c) };
}

/** The problem as one line of text (`problem` column of the bad-rows download). */
export const problemText = (problem: Problem, lang: Lang): string => {
	const d = describe(problem, lang);
	return `${d.message} ${d.hint}`;
};
