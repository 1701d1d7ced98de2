/**
 * Every Japanese string of the interface follows the glossary and its typography (the rules the
 * validator holds geodata/ to): each value of the Japanese catalogue (ja.ts and every feature's
 * *.ja.ts, so strings other features add are checked too), and the Japanese the code builds
 * (dates and ranges, claim titles, citation labels and notes). A failure names the file and key and
 * gives the corrected string to paste.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryFile, corrected, describeFinding, japaneseChecker } from '../../src/lib/data/glossary';
import { loadAtlas } from '../../src/lib/data/load.server';
import { collectClaims } from '../../src/lib/cite/claims';
import { FORMATS } from '../../src/lib/cite/formats';
import { locatorNote } from '../../src/lib/cite/csl';
import { shortCite } from '../../src/lib/data/cite';
import { formatEventDate, formatPeriod, formatYears } from '../../src/lib/i18n/format';
import { ja } from '../../src/lib/i18n/ja';

const glossary = GlossaryFile.parse(JSON.parse(readFileSync(join(process.cwd(), 'geodata/glossary.json'), 'utf8')));
const check = japaneseChecker(glossary);

/** What to change, per string: the corrected text where every fix is mechanical, and the rest by rule. */
function problems(strings: [where: string, text: string][]): string[] {
	const out: string[] = [];
	for (const [where, text] of strings) {
		const found = check(text);
		if (found.length === 0) continue;
		const fix = corrected(check, text);
		const lines = [`${where}: ${found.length} problem(s)`, ...found.map((f) => `  - ${describeFinding(f)}`)];
		if (fix.text !== text) lines.push(`  write: ${JSON.stringify(fix.text)}`);
		if (fix.unfixed.length > 0) lines.push('  and rewrite by hand what the rules above say');
		out.push(lines.join('\n'));
	}
	return out;
}

// each feature's *.ja.ts, to name the file a key lives in
const modules = import.meta.glob<{ ja: Record<string, string> }>('../../src/lib/i18n/*.ja.ts', { eager: true });
const fileOf = (key: string) => {
	for (const [path, m] of Object.entries(modules)) if (key in m.ja) return path.replace('../../', '');
	return 'src/lib/i18n/ja.ts';
};

describe('the Japanese catalogue', () => {
	it('reads the feature modules (so their strings are checked too)', () => {
		expect(Object.keys(modules).length).toBeGreaterThanOrEqual(2);
		expect(Object.keys(ja).length).toBeGreaterThan(150);
	});

	it('follows the glossary and its typography in every value', () => {
		const found = problems(Object.entries(ja).map(([key, text]) => [`${fileOf(key)} › ${key}`, text]));
		expect(found, `\n${found.join('\n\n')}\n`).toEqual([]);
	});

	it('would name the file and key and give the corrected string', () => {
		const [report] = problems([['src/lib/i18n/legend.ja.ts › legendTitle', '凡例(地図) ― 経産省']]);
		expect(report).toContain('src/lib/i18n/legend.ja.ts › legendTitle: 4 problem(s)');
		expect(report).toContain('write: "凡例（地図） ― 経済産業省"');
		expect(report).toContain('rewrite by hand');
	});
});

describe('the Japanese the code builds', () => {
	const atlas = loadAtlas();

	it('dates, fiscal years and ranges follow the typography (one range mark, 年度 once)', () => {
		const strings: [string, string][] = [
			...atlas.timeline.map((e): [string, string] => [`timeline ${e.id}`, formatEventDate(e, 'ja')]),
			...atlas.places.map((f): [string, string] => [
				`period of ${f.properties.id}`,
				formatPeriod(f.properties.start, f.properties.end, 'ja', ja.unknownYear) ?? ''
			]),
			['formatYears', formatYears({ from: 1990, to: 1999 }, 'ja')],
			['fiscal span', formatEventDate({ date: '2001', end: '2006', fiscal: true }, 'ja')]
		];
		expect(problems(strings)).toEqual([]);
		expect(formatEventDate({ date: '2001', end: '2006', fiscal: true }, 'ja')).toBe('2001〜2006年度');
	});

	it('claim titles, citation labels and notes follow it too', () => {
		const strings: [string, string][] = [
			...collectClaims(atlas).map((c): [string, string] => [`claim ${c.kind} ${c.at}`, c.title_ja]),
			...Object.entries(FORMATS).map(([id, f]): [string, string] => [`format ${id}`, f.label_ja]),
			['locatorNote', locatorNote(atlas.paper, ['§4.3', '§5.2.e'], 'ja')],
			['shortCite', shortCite('§4.3', ja.cite)]
		];
		expect(problems(strings)).toEqual([]);
	});
});
