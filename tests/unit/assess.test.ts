/**
 * The self-assessment's rule for "resembles" (src/lib/assess/resemble.ts) on the paper's own
 * ties, and the assessment file (src/lib/assess/model.ts): written, read back, and every kind of
 * bad file named field by field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSESS_CATALOGUES, assessT, type AssessKey } from '../../src/lib/assess/strings';
import { GlossaryFile, describeFinding, japaneseChecker } from '../../src/lib/data/glossary';
import { en as siteEn } from '../../src/lib/i18n/en';
import { loadAtlas, loadIndex } from '../../src/lib/data/load.server';
import {
	caseTies,
	dimensionProfile,
	implicationReadings,
	mostResembled,
	resemblances,
	unmeasuredDimensions,
	type Answers
} from '../../src/lib/assess/resemble';
import {
	emptyAssessment,
	parseAssessment,
	serialiseAssessment,
	setAnswer,
	MAX_ASSESSMENT_BYTES
} from '../../src/lib/assess/model';

const atlas = loadAtlas();
const index = loadIndex();
const CASES = ['glasgow', 'west-midlands', 'shannon', 'hokkaido', 'okinawa', 'kansai'];
const cases = CASES.map((id) => ({ id, region: index.places.find((p) => p.id === id)!.region }));
const ties = caseTies(cases, atlas.argument.links, index.places);
const QUESTIONS = atlas.argument.items.filter((i) => i.group !== 'implication').map((i) => i.id);
const IMPLICATIONS = atlas.argument.items.filter((i) => i.group === 'implication').map((i) => i.id);
const tiedTo = (c: string) => QUESTIONS.filter((q) => ties.get(c)!.has(q));
const answers = (entries: Record<string, 'yes' | 'partly' | 'no' | 'unknown'>): Answers =>
	Object.fromEntries(Object.entries(entries).map(([k, answer]) => [k, { answer, note: '' }]));
const LESSONS = QUESTIONS.filter((q) => q.startsWith('lesson-'));

describe('what the paper ties to each case (rule 1)', () => {
	it('asks the 17 questions: 8 lessons and 9 weaknesses', () => {
		expect(QUESTIONS).toHaveLength(17);
		expect(LESSONS).toHaveLength(8);
	});

	it('ties all eight lessons to each Western case, and no weakness', () => {
		for (const c of ['glasgow', 'west-midlands', 'shannon']) expect(tiedTo(c)).toEqual(LESSONS);
	});

	it('ties to Hokkaido the weaknesses its case, and the METI plan inside its region, are linked to', () => {
		expect(tiedTo('hokkaido')).toEqual(['weakness-a', 'weakness-e', 'weakness-f', 'weakness-h']);
		// weakness e comes from the bureau's plan for the island, a place inside Hokkaido's region
		expect(
			ties
				.get('hokkaido')!
				.get('weakness-e')!
				.map((l) => l.place)
		).toEqual(['meti-hokkaido-super-cluster']);
		expect(tiedTo('okinawa')).toEqual(['weakness-e']);
	});

	it('ties none of the 17 items to Kansai: the paper is silent there', () => {
		expect(tiedTo('kansai')).toEqual([]);
	});

	it('ties implications through a case’s firms', () => {
		expect([...ties.get('hokkaido')!.keys()].filter((k) => k.startsWith('implication-')).sort()).toEqual([
			'implication-1',
			'implication-2',
			'implication-4',
			'implication-6'
		]);
		expect(ties.get('glasgow')!.has('implication-1')).toBe(false);
	});
});

describe('resemblances (rules 2 and 3)', () => {
	it('counts an item shared when the answer is yes or partly, differing when no, open otherwise', () => {
		const r = resemblances(
			answers({ 'weakness-a': 'yes', 'weakness-e': 'partly', 'weakness-f': 'no', 'weakness-h': 'unknown' }),
			ties,
			QUESTIONS,
			CASES
		);
		const hokkaido = r.find((x) => x.case === 'hokkaido')!;
		expect(hokkaido.shared).toEqual([
			{ item: 'weakness-a', answer: 'yes' },
			{ item: 'weakness-e', answer: 'partly' }
		]);
		expect(hokkaido.differs).toEqual(['weakness-f']);
		expect(hokkaido.open).toEqual(['weakness-h']);
	});

	it('ranks by shared less differing items, then by shared ones, and puts the silent case last', () => {
		const r = resemblances(
			answers({ 'weakness-a': 'yes', 'weakness-e': 'yes', 'weakness-h': 'yes', 'lesson-1': 'yes' }),
			ties,
			QUESTIONS,
			CASES
		);
		expect(r[0].case).toBe('hokkaido');
		expect(r.at(-1)!.case).toBe('kansai');
		expect(mostResembled(r).map((x) => x.case)).toEqual(['hokkaido']);
	});

	it('finds the three Western cases equally near when only lessons are answered (the paper draws them from all three)', () => {
		const r = resemblances(
			answers({ 'lesson-2': 'yes', 'lesson-6': 'partly', 'lesson-8': 'no' }),
			ties,
			QUESTIONS,
			CASES
		);
		expect(mostResembled(r).map((x) => x.case)).toEqual(['glasgow', 'west-midlands', 'shannon']);
		expect(r.find((x) => x.case === 'glasgow')!.differs).toEqual(['lesson-8']);
	});

	it('sets a case the region agrees with on 3 of 4 ties above one it agrees with on 4 but contradicts on 3', () => {
		// a Japanese region much like Hokkaido that also half-shares some lessons
		const r = resemblances(
			answers({
				'lesson-1': 'partly',
				'lesson-3': 'yes',
				'lesson-4': 'partly',
				'lesson-6': 'partly',
				'lesson-2': 'no',
				'lesson-5': 'no',
				'lesson-8': 'no',
				'weakness-a': 'yes',
				'weakness-e': 'yes',
				'weakness-f': 'partly',
				'weakness-h': 'no'
			}),
			ties,
			QUESTIONS,
			CASES
		);
		expect(mostResembled(r).map((x) => x.case)).toEqual(['hokkaido']);
		expect(r.find((x) => x.case === 'glasgow')!.shared).toHaveLength(4);
	});

	it('names no case while nothing tied is shared', () => {
		expect(mostResembled(resemblances({}, ties, QUESTIONS, CASES))).toEqual([]);
		const allNo = answers(Object.fromEntries(QUESTIONS.map((q) => [q, 'no'])));
		expect(mostResembled(resemblances(allNo, ties, QUESTIONS, CASES))).toEqual([]);
	});

	it('never ranks Kansai, whatever the answers', () => {
		const allYes = answers(Object.fromEntries(QUESTIONS.map((q) => [q, 'yes'])));
		const r = resemblances(allYes, ties, QUESTIONS, CASES);
		const kansai = r.find((x) => x.case === 'kansai')!;
		expect(kansai.tied).toEqual([]);
		expect(kansai.shared).toEqual([]);
		expect(mostResembled(r).map((x) => x.case)).not.toContain('kansai');
	});

	it('prefers the case the region contradicts less among equals in shared items', () => {
		// Okinawa and Hokkaido share weakness e; Hokkaido also differs on a
		const r = resemblances(answers({ 'weakness-e': 'yes', 'weakness-a': 'no' }), ties, QUESTIONS, CASES);
		expect(mostResembled(r).map((x) => x.case)).toEqual(['okinawa']);
	});
});

describe('the profile on the comparison’s dimensions', () => {
	const rows = dimensionProfile(
		answers({ 'lesson-1': 'yes', 'weakness-a': 'partly' }),
		atlas.comparison.dimensions,
		atlas.comparison.cells,
		ties,
		QUESTIONS,
		CASES
	);

	it('profiles every dimension a question measures, and lists the one none does', () => {
		expect(rows.map((r) => r.dimension.id)).not.toContain('outcome');
		expect(unmeasuredDimensions(atlas.comparison.dimensions, QUESTIONS).map((d) => d.id)).toEqual(['outcome']);
	});

	it('sets the region’s answers beside each case’s cell status and tied items', () => {
		const initiative = rows.find((r) => r.dimension.id === 'initiative')!;
		expect(initiative.answers).toEqual([
			{ item: 'lesson-1', answer: 'yes' },
			{ item: 'lesson-4', answer: null },
			{ item: 'weakness-a', answer: 'partly' },
			{ item: 'weakness-c', answer: null }
		]);
		const glasgow = initiative.cases.find((c) => c.case === 'glasgow')!;
		expect(glasgow).toEqual({ case: 'glasgow', status: 'stated', tied: ['lesson-1', 'lesson-4'] });
		const hokkaido = initiative.cases.find((c) => c.case === 'hokkaido')!;
		expect(hokkaido.tied).toEqual(['weakness-a']);
		const community = rows.find((r) => r.dimension.id === 'community')!;
		expect(community.cases.find((c) => c.case === 'hokkaido')!.status).toBe('not-stated');
	});
});

describe('the SME implications beside the result', () => {
	it('lists all ten and marks those drawn from the cases resembled most', () => {
		const r = implicationReadings(IMPLICATIONS, ties, ['hokkaido']);
		expect(r).toHaveLength(10);
		expect(r.filter((x) => x.applies).map((x) => x.item)).toEqual([
			'implication-1',
			'implication-2',
			'implication-4',
			'implication-6'
		]);
		expect(r.find((x) => x.item === 'implication-7')!.from).toEqual(['kansai']);
	});

	it('marks none when the region resembles only Western cases (the paper draws its implications from Japanese SMEs)', () => {
		expect(implicationReadings(IMPLICATIONS, ties, ['glasgow']).some((x) => x.applies)).toBe(false);
	});
});

describe('the assessment file', () => {
	const filled = setAnswer(
		setAnswer(
			{ ...emptyAssessment(new Date('2026-12-01T09:00:00Z')), region: { name: '熊本県', from: 'typed' } },
			'lesson-1',
			{
				answer: 'partly',
				note: 'Prefecture-led since 2001'
			}
		),
		'weakness-d',
		{ answer: 'yes' }
	);

	it('reads back what it writes', () => {
		const text = serialiseAssessment(filled, QUESTIONS);
		const r = parseAssessment(text, QUESTIONS);
		expect(r.ok && r.assessment).toEqual(filled);
		// the same answers give the same bytes
		expect(serialiseAssessment(JSON.parse(text), QUESTIONS)).toBe(text);
	});

	it('refuses text that is not JSON, saying so', () => {
		expect(parseAssessment('{"format": "cluster-atlas-assessment",', QUESTIONS)).toEqual({
			ok: false,
			problems: [{ code: 'not-json', line: expect.toSatisfy((v) => v === null || typeof v === 'number') }]
		});
	});

	it('refuses JSON that is not an assessment (a GeoJSON dropped by mistake)', () => {
		expect(parseAssessment('{"type":"FeatureCollection","features":[]}', QUESTIONS)).toEqual({
			ok: false,
			problems: [{ code: 'not-assessment' }]
		});
	});

	it('refuses a file from a newer atlas rather than misreading it', () => {
		const text = JSON.stringify({ ...filled, version: 2 });
		expect(parseAssessment(text, QUESTIONS)).toEqual({ ok: false, problems: [{ code: 'newer-version', version: 2 }] });
	});

	it('names every bad field at once', () => {
		const bad = {
			...filled,
			region: { name: 'x'.repeat(300), from: 'typed', colour: 'red' },
			answers: { 'lesson-1': { answer: 'maybe', note: '' }, 'lesson-99': { answer: 'yes', note: '' } },
			updated: 'yesterday'
		};
		const r = parseAssessment(JSON.stringify(bad), QUESTIONS);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems).toEqual(
			expect.arrayContaining([
				{ code: 'field', path: 'region.name', reason: 'too-long' },
				{ code: 'field', path: 'region.colour', reason: 'unknown-field' },
				{ code: 'field', path: 'answers.lesson-1.answer', reason: 'not-allowed', detail: 'yes, partly, no, unknown' },
				{ code: 'field', path: 'updated', reason: 'date' },
				{ code: 'unknown-question', path: 'answers.lesson-99' }
			])
		);
		expect(r.problems).toHaveLength(5);
	});

	it('refuses a file too big to be an assessment before parsing it', () => {
		const r = parseAssessment(' '.repeat(MAX_ASSESSMENT_BYTES + 1), QUESTIONS);
		expect(r).toEqual({
			ok: false,
			problems: [{ code: 'too-large', bytes: MAX_ASSESSMENT_BYTES + 1, limit: MAX_ASSESSMENT_BYTES }]
		});
	});

	it('accepts a file saved with a byte-order mark (Windows Notepad)', () => {
		expect(parseAssessment('\uFEFF' + serialiseAssessment(filled, QUESTIONS), QUESTIONS).ok).toBe(true);
	});
});

describe('the self-assessment’s strings, kept out of the site’s catalogue', () => {
	const keys = Object.keys(ASSESS_CATALOGUES.en) as AssessKey[];

	it('has a Japanese string for every key, never a copy of the English, with the same placeholders', () => {
		const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		expect(Object.keys(ASSESS_CATALOGUES.ja).sort()).toEqual([...keys].sort());
		expect(keys.filter((k) => ASSESS_CATALOGUES.ja[k].trim() === ASSESS_CATALOGUES.en[k].trim())).toEqual([]);
		expect(keys.filter((k) => holes(ASSESS_CATALOGUES.ja[k]).join() !== holes(ASSESS_CATALOGUES.en[k]).join())).toEqual(
			[]
		);
		// no key is both here and in the site's catalogue, where it would be answered differently
		expect(keys.filter((k) => k in siteEn)).toEqual([]);
	});

	it('follows the glossary and its typography in Japanese', () => {
		const glossary = GlossaryFile.parse(JSON.parse(readFileSync('geodata/glossary.json', 'utf8')));
		const check = japaneseChecker(glossary);
		const found = keys.flatMap((k) => check(ASSESS_CATALOGUES.ja[k]).map((f) => `${k}: ${describeFinding(f)}`));
		expect(found).toEqual([]);
	});

	it('has no key that the page and its parts do not read', () => {
		const code = [
			'src/routes/assess/+page.svelte',
			...readdirSync('src/lib/components/assess').map((f) => `src/lib/components/assess/${f}`)
		]
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		expect(keys.filter((k) => !code.includes(`'${k}'`))).toEqual([]);
	});

	it('answers assess keys in the explorer’s language and hands the others to the explorer', () => {
		const explorer = { lang: 'ja' as const, t: (key: string) => `site:${key}` };
		const t = assessT(explorer);
		expect(t('assessSharedOf', { n: 3, of: 4 })).toBe(
			ASSESS_CATALOGUES.ja.assessSharedOf.replace('{n}', '3').replace('{of}', '4')
		);
		expect(t('siteName')).toBe('site:siteName');
	});
});
