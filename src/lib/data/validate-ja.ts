/**
 * The Japanese edition's rules over geodata/ (issue 12; issue 11 §3): every English text of a
 * place, region, argument item, comparison cell, event, sector and paper locator has its Japanese
 * (`<field>_ja`); every Japanese name has its hiragana reading (`name_ja_reading`, for search);
 * and every Japanese text follows the glossary and its typography rules. Reads the files as parsed
 * JSON, before their schemas, so a record that fails elsewhere still gets these errors in the same run.
 */
import { describeFinding, japaneseChecker, type Glossary } from './glossary';
import { toHiragana } from './filter';
import { HIRAGANA_READING } from './schema';

type Push = (file: string, id: string, field: string, message: string) => void;
type Json = Record<string, unknown>;

/**
 * The English text fields that need their Japanese, per kind of record: `a[].b` is field `b` of
 * every element of list `a`, `a.b` a field of a nested object. A field the record does not have
 * needs nothing (an optional note absent in English is absent in Japanese too).
 */
const PLACE_TEXT = [
	'name',
	'summary',
	'narrative[].text',
	'period_note',
	'status_note',
	'point_basis',
	'notes',
	'conflicts[].topic',
	'conflicts[].paper.value',
	'conflicts[].sources.value',
	'conflicts[].note'
];
const REGION_TEXT = ['name', 'summary', 'definition'];

/** Files of records in lists: file → list → text fields of each record. */
const LISTS: Record<string, Record<string, string[]>> = {
	'argument.json': {
		items: ['title', 'text', 'pair_note'],
		links: ['note'],
		// the pairs as records of their own (an item's `pairs` ids + `pair_note` are the older shape)
		pairs: ['note']
	},
	'comparison.json': {
		dimensions: ['label', 'question'],
		cells: ['text', 'note', 'outside.text'],
		contrasts: ['text']
	},
	'timeline.json': { events: ['label', 'text'] },
	'sectors.json': { sectors: ['label', 'description'] },
	'paper.json': { locators: ['what'] }
};

/** Feature files: file → text fields of each feature's properties. */
function featureFiles(placeFiles: readonly string[], regionsFile: string): Record<string, string[]> {
	return { ...Object.fromEntries(placeFiles.map((f) => [f, PLACE_TEXT])), [regionsFile]: REGION_TEXT };
}

/**
 * Files whose Japanese is not checked: source titles, publishers and notes quote the source, and
 * the glossary's bad examples are bad on purpose (glossaryProblems checks them).
 */
const UNCHECKED = new Set(['sources.json', 'references.json', 'glossary.json']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/** A record's id for messages (as the schema errors give it), and the prefix its fields need. */
function recordName(list: string, record: unknown, index: number): { id: string; prefix: string } {
	const r = record as { id?: unknown; properties?: { id?: unknown } } | null;
	const own = r?.properties?.id ?? r?.id;
	return typeof own === 'string' && own ? { id: own, prefix: '' } : { id: `#${index}`, prefix: `${list}[${index}].` };
}

/** Calls `missing(field)` for each text at `path` in `record` whose `_ja` sibling is absent or blank. */
function eachMissing(record: Json, path: string, field: string, missing: (field: string) => void) {
	const [head, ...rest] = path.split('.');
	if (head.endsWith('[]')) {
		const key = head.slice(0, -2);
		const list = record[key];
		if (!Array.isArray(list)) return;
		list.forEach((el, i) => {
			if (isObject(el)) eachMissing(el, rest.join('.'), `${field}${key}[${i}].`, missing);
		});
	} else if (rest.length > 0) {
		const next = record[head];
		if (isObject(next)) eachMissing(next, rest.join('.'), `${field}${head}.`, missing);
	} else if (hasText(record[head]) && !hasText(record[`${head}_ja`])) missing(`${field}${head}_ja`);
}

function completeness(raw: (file: string) => unknown, push: Push, features: Record<string, string[]>) {
	const need = (file: string, id: string) => (field: string) =>
		push(
			file,
			id,
			field,
			`missing Japanese: add ${field.split('.').pop()} (the atlas's Japanese of ${field.replace(/_ja$/, '')}, following geodata/glossary.json)`
		);
	for (const [file, paths] of Object.entries(features)) {
		const list = (raw(file) as { features?: unknown } | undefined)?.features;
		if (!Array.isArray(list)) continue;
		list.forEach((f, i) => {
			const p = (f as { properties?: unknown } | null)?.properties;
			if (!isObject(p)) return;
			const { id, prefix } = recordName('features', f, i);
			for (const path of paths) eachMissing(p, path, prefix, need(file, id));
			reading(p, (field, message) => push(file, id, prefix + field, message));
		});
	}
	for (const [file, lists] of Object.entries(LISTS)) {
		const doc = raw(file);
		if (!isObject(doc)) continue;
		for (const [key, paths] of Object.entries(lists)) {
			const list = doc[key];
			if (!Array.isArray(list)) continue;
			list.forEach((record, i) => {
				if (!isObject(record)) return;
				const { id, prefix } = recordName(key, record, i);
				for (const path of paths) eachMissing(record, path, prefix, need(file, id));
			});
		}
	}
}

const KANA_RUN = /[\u3041-\u3096\u30A1-\u30FA\u30FC]+/gu;

/**
 * A Japanese name has its reading, and the reading holds the kana the name is written in (in
 * order), so a reading copied onto the wrong place does not pass. The schema checks it is hiragana.
 */
function reading(p: Json, fail: (field: string, message: string) => void) {
	if (!hasText(p.name_ja)) return;
	const r = p.name_ja_reading;
	if (!hasText(r)) {
		fail(
			'name_ja_reading',
			'missing reading: add name_ja_reading, the hiragana reading of name_ja (search finds the place by it)'
		);
		return;
	}
	// a reading that is not hiragana is the schema's error
	if (typeof r !== 'string' || !HIRAGANA_READING.test(r)) return;
	const plain = r.replace(/・/g, '');
	let from = 0;
	for (const run of String(p.name_ja).match(KANA_RUN) ?? []) {
		const kana = toHiragana(run);
		const at = plain.indexOf(kana, from);
		if (at === -1) {
			fail('name_ja_reading', `does not read name_ja "${p.name_ja}": the reading lacks its kana "${kana}"`);
			return;
		}
		from = at + kana.length;
	}
}

/** Every `_ja` string (and `name_ja_note`) in a file, with its record's id and field path. */
function eachJapanese(doc: unknown, visit: (id: string, field: string, key: string, text: string) => void) {
	const walk = (v: unknown, id: string, field: string) => {
		if (Array.isArray(v)) v.forEach((x, i) => walk(x, id, `${field}[${i}]`));
		else if (isObject(v))
			for (const [k, x] of Object.entries(v)) {
				const at = field ? `${field}.${k}` : k;
				if (typeof x === 'string' && (k.endsWith('_ja') || k === 'name_ja_note')) visit(id, at, k, x);
				else walk(x, id, at);
			}
	};
	if (!isObject(doc)) return;
	for (const [key, value] of Object.entries(doc)) {
		if (Array.isArray(value))
			value.forEach((record, i) => {
				const { id, prefix } = recordName(key, record, i);
				const inner = key === 'features' && isObject(record) ? record.properties : record;
				walk(inner, id, prefix.slice(0, -1));
			});
		else if (typeof value === 'string') {
			if (key.endsWith('_ja')) visit('-', key, key, value);
		} else walk(value, '-', key);
	}
}

/**
 * Runs the Japanese rules. `glossary` is undefined when glossary.json failed its schema: then
 * only completeness runs (the glossary's errors say what is wrong with it).
 */
export function checkJapanese(
	files: readonly string[],
	raw: (file: string) => unknown,
	push: Push,
	glossary: Glossary | undefined,
	layout: { places: readonly string[]; regions: string }
) {
	completeness(raw, push, featureFiles(layout.places, layout.regions));
	if (!glossary) return;
	const check = japaneseChecker(glossary);
	for (const file of files) {
		if (UNCHECKED.has(file)) continue;
		eachJapanese(raw(file), (id, field, key, text) => {
			for (const f of check(text, key)) push(file, id, field, describeFinding(f));
		});
	}
}
