/**
 * The glossary (geodata/glossary.json) and its checker: each typography rule against its own
 * examples, a term used with another rendering, the exemptions the code makes, the validator's
 * reports (file, id, field, fragment and fix), all in one run.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodataDir } from '../../src/lib/data/load.server';
import { formatError, validateGeodata } from '../../src/lib/data/validate';
import {
	GlossaryFile,
	corrected,
	describeFinding,
	glossaryProblems,
	japaneseChecker,
	type Glossary
} from '../../src/lib/data/glossary';

const real = readGeodataDir(join(process.cwd(), 'geodata'));
const glossary: Glossary = GlossaryFile.parse(JSON.parse(real['glossary.json']));
const check = japaneseChecker(glossary);
const ids = (text: string, key?: string) => check(text, key).map((f) => f.id);

describe('the glossary file', () => {
	it('holds one rendering per term, with sources, and the typography rules', () => {
		expect(glossary.terms.length).toBeGreaterThanOrEqual(198);
		expect(glossary.typography.rules.length).toBeGreaterThanOrEqual(31);
		expect(new Set(glossary.terms.map((t) => t.id)).size).toBe(glossary.terms.length);
		expect(glossary.terms.filter((t) => t.sources.length > 0).length).toBeGreaterThan(100);
	});

	it('is consistent: no rule fails its examples, no term is written in a form a term forbids', () => {
		expect(glossaryProblems(glossary)).toEqual([]);
	});
});

describe('each typography rule rejects its bad example and accepts its good one', () => {
	for (const rule of glossary.typography.rules) {
		const only = japaneseChecker({ terms: [], typography: { rules: [rule] } });
		const key = rule.applies_to?.[0];
		it(`${rule.id}: ${rule.title}`, () => {
			for (const bad of rule.examples_bad) expect(only(bad, key), bad).not.toEqual([]);
			for (const good of rule.examples_good) expect(only(good, key), good).toEqual([]);
		});
	}
});

describe('glossary terms', () => {
	it('rejects a term used with another rendering, and names the term and its form', () => {
		const [f] = check('論文によれば、経産省は19のプロジェクトを選んだ。');
		expect(f).toMatchObject({ kind: 'glossary', id: 'meti', match: '経産省' });
		expect(f.fixed).toContain('経済産業省は19のプロジェクト');
		expect(describeFinding(f)).toContain('経済産業省');
	});

	it('accepts the glossary form itself', () => {
		expect(check('経済産業省は19のプロジェクトを選んだ。')).toEqual([]);
	});

	it('finds every variant in a text, not just the first', () => {
		const found = ids('シャノン自由区域とシャノン空港開発公社、そしてウェストミッドランズ。');
		expect(found).toEqual(['shannon-free-zone', 'sfadco', 'west-midlands']);
	});

	it('allows a forbidden string inside a proper name that holds it (浜松オプトロニクスクラスター)', () => {
		expect(check('浜松オプトロニクスクラスターは静岡大学を核とする。')).toEqual([]);
		expect(ids('浜松のオプトロニクス企業')).toEqual(['optoelectronics']);
	});

	it('applies a rule limited to a key only to that key (annotations in name_ja)', () => {
		expect(ids('北陸ものづくり創生プロジェクト（仮表記）', 'name_ja')).toEqual(['T9-no-annotation-in-name']);
		expect(ids('北陸ものづくり創生プロジェクト（仮表記）', 'summary_ja')).toEqual([]);
	});
});

describe('exemptions the code makes', () => {
	it('keeps the spaces around code (paths, commands, field names), never around words or numbers', () => {
		expect(check('その後 npm run validate を実行すると')).toEqual([]);
		expect(check('geodata/places/ フォルダー')).toEqual([]);
		expect(check('text_ja には段落の日本語訳を入れます')).toEqual([]);
		expect(check('ファイル CITATION.cff を使う')).toEqual([]);
		// a placeholder's value is not known here (a claim id, a licence): its spaces are the author's call
		expect(check('記述 #{id} は別のページにあります')).toEqual([]);
		expect(ids('三井 2003')).toEqual(['T6c-space-japanese-latin']);
		expect(ids('境界：Natural Earth ・ 地点')).toContain('T6c-space-japanese-latin');
	});

	it('leaves Latin abbreviations and decimals alone', () => {
		expect(check('294億円、2.5倍、Co., Ltd.')).toEqual([]);
	});
});

describe('the fix', () => {
	it('shows the corrected words where the correction is mechanical', () => {
		const [open, close] = check('三井(2003)に見る');
		expect(open.fixed).toBe('三井（2003)に見る');
		expect(close.fixed).toBe('三井(2003）に見る');
	});

	it('corrects a whole text, fixes that reveal further fixes included', () => {
		expect(corrected(check, 'ｸﾗｽﾀｰ政策')).toEqual({ text: 'クラスター政策', unfixed: [] });
		expect(corrected(check, '境界: Natural Earth ・ 地点と記述: 三井(2003)').text).toBe(
			'境界：Natural Earth・地点と記述：三井（2003）'
		);
		expect(corrected(check, '経産省 産業クラスター計画').text).toBe('経済産業省産業クラスター計画');
	});

	it('says what to do where it is not (a dash to rephrase)', () => {
		const [f] = check('国の開発機関 ― 三井はこれを');
		expect(f.fixed).toBeUndefined();
		expect(describeFinding(f)).toMatch(/Rephrase/);
	});
});

describe('the validator with the glossary', () => {
	const edit = (file: string, change: (doc: Record<string, unknown>) => void) => {
		const doc = JSON.parse(real[file]) as Record<string, unknown>;
		change(doc);
		return JSON.stringify(doc);
	};
	type Feature = { properties: Record<string, unknown> };
	const setPlace = (file: string, id: string, key: string, value: string) =>
		edit(file, (doc) => {
			const f = (doc.features as Feature[]).find((x) => x.properties.id === id)!;
			f.properties[key] = value;
		});

	it('rejects a term used with another rendering, naming the file, id, field, fragment and fix', () => {
		const files = {
			...real,
			'places/cases.geojson': setPlace(
				'places/cases.geojson',
				'glasgow',
				'summary_ja',
				'グラスゴー開発庁が率いた戦略。'
			)
		};
		const { errors, atlas } = validateGeodata(files);
		expect(atlas).toBeUndefined();
		expect(errors.map((e) => formatError(e))).toEqual([
			'geodata/places/cases.geojson: glasgow: summary_ja: glossary term gda: "グラスゴー開発庁が率いた戦略。" → "グラスゴー開発公社が率いた戦略。" (the glossary writes "Glasgow Development Agency (GDA)" as グラスゴー開発公社, never グラスゴー開発庁)'
		]);
	});

	it('reports every Japanese problem of every file in one run', () => {
		const files = {
			...real,
			'places/cases.geojson': setPlace('places/cases.geojson', 'okinawa', 'summary_ja', '沖縄(OKINAWA)のICT産業。'),
			'sectors.json': edit('sectors.json', (doc) => {
				(doc.sectors as Record<string, unknown>[])[0].description_ja = 'バイオ:ライフサイエンス';
			}),
			'timeline.json': edit('timeline.json', (doc) => {
				delete (doc.events as Record<string, unknown>[])[0].label_ja;
			})
		};
		const { errors } = validateGeodata(files);
		const seen = errors.map((e) => `${e.file} ${e.id} ${e.field} ${e.message.split(':')[0]}`);
		const firstEvent = (JSON.parse(real['timeline.json']) as { events: { id: string }[] }).events[0].id;
		const firstSector = (JSON.parse(real['sectors.json']) as { sectors: { id: string }[] }).sectors[0].id;
		expect(seen).toEqual(
			expect.arrayContaining([
				'places/cases.geojson okinawa summary_ja T3a-ascii-parens',
				'places/cases.geojson okinawa summary_ja glossary term ict',
				`sectors.json ${firstSector} description_ja T3b-ascii-colon`,
				`timeline.json ${firstEvent} label_ja missing Japanese`
			])
		);
		expect(errors).toHaveLength(5);
	});

	it('does not check quotations: source titles keep the source’s own spelling', () => {
		const files = {
			...real,
			'sources.json': edit('sources.json', (doc) => {
				(doc.sources as Record<string, unknown>[])[0].title = '知的クラスター創生事業（第Ⅱ期）';
			})
		};
		expect(validateGeodata(files).errors).toEqual([]);
	});
});
