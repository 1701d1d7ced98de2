/**
 * A self-assessment as data: what is kept in this browser (localStorage) and what the JSON file
 * the user downloads, shares and opens again holds. A file is checked before it is used: every
 * problem is reported at once, by field, and a bad file changes nothing. Pure; unit-tested.
 */
import { z } from 'zod';
import { ANSWERS, type Answer } from './resemble';

// zod compiles object parsers with `new Function` when it may; the site's CSP forbids eval (and
// zod's probe for it is reported as a violation), so it runs without, before any schema is made
z.config({ jitless: true });

export const ASSESSMENT_FORMAT = 'cluster-atlas-assessment';
export const ASSESSMENT_VERSION = 1;
/** a shared assessment is a few kilobytes; anything this big is not one */
export const MAX_ASSESSMENT_BYTES = 1_000_000;
export const MAX_NOTE = 2000;
export const MAX_NAME = 200;

const AnswerEntry = z
	.object({
		answer: z.enum(ANSWERS).nullable(),
		note: z.string().max(MAX_NOTE)
	})
	.strict();

const Bbox = z.tuple([
	z.number().min(-180).max(180),
	z.number().min(-90).max(90),
	z.number().min(-180).max(180),
	z.number().min(-90).max(90)
]);

export const AssessmentSchema = z
	.object({
		format: z.literal(ASSESSMENT_FORMAT),
		version: z.literal(ASSESSMENT_VERSION),
		region: z
			.object({
				name: z.string().max(MAX_NAME),
				/** typed by the user, or one of their imported areas (its name and bounds are copied in) */
				from: z.enum(['typed', 'imported']),
				bbox: Bbox.optional()
			})
			.strict(),
		answers: z.record(z.string(), AnswerEntry),
		created: z.iso.datetime(),
		updated: z.iso.datetime(),
		/** the atlas edition the questions came from */
		edition: z.string().max(40).optional()
	})
	.strict();

export type Assessment = z.infer<typeof AssessmentSchema>;
export type AnswerEntry = z.infer<typeof AnswerEntry>;

export function emptyAssessment(now = new Date(), edition?: string): Assessment {
	const iso = now.toISOString();
	return {
		format: ASSESSMENT_FORMAT,
		version: ASSESSMENT_VERSION,
		region: { name: '', from: 'typed' },
		answers: {},
		created: iso,
		updated: iso,
		...(edition ? { edition } : {})
	};
}

/** What is wrong with a file, in terms the page words in either language. */
export type FileProblem =
	| { code: 'too-large'; bytes: number; limit: number }
	| { code: 'not-json'; line: number | null }
	| { code: 'not-assessment' }
	| { code: 'newer-version'; version: number }
	| { code: 'unknown-question'; path: string }
	| {
			code: 'field';
			path: string;
			reason: 'type' | 'too-long' | 'not-allowed' | 'unknown-field' | 'date' | 'range';
			detail?: string;
	  };

export type ParseResult = { ok: true; assessment: Assessment } | { ok: false; problems: FileProblem[] };

const pathOf = (p: readonly PropertyKey[]) => p.map(String).join('.');

/** Reads an assessment file's text: the assessment, or every problem with it. */
export function parseAssessment(text: string, questions: readonly string[]): ParseResult {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_ASSESSMENT_BYTES)
		return { ok: false, problems: [{ code: 'too-large', bytes, limit: MAX_ASSESSMENT_BYTES }] };
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		const m = /line (\d+)/.exec(String((e as Error).message));
		return { ok: false, problems: [{ code: 'not-json', line: m ? Number(m[1]) : null }] };
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== ASSESSMENT_FORMAT)
		return { ok: false, problems: [{ code: 'not-assessment' }] };
	const version = (data as { version?: unknown }).version;
	if (typeof version === 'number' && version > ASSESSMENT_VERSION)
		return { ok: false, problems: [{ code: 'newer-version', version }] };

	const problems: FileProblem[] = [];
	const r = AssessmentSchema.safeParse(data);
	if (!r.success)
		for (const issue of r.error.issues) {
			const path = pathOf(issue.path);
			if (issue.code === 'unrecognized_keys')
				for (const k of issue.keys)
					problems.push({ code: 'field', path: path ? `${path}.${k}` : k, reason: 'unknown-field' });
			else if (issue.code === 'too_big')
				problems.push({ code: 'field', path, reason: issue.origin === 'number' ? 'range' : 'too-long' });
			else if (issue.code === 'too_small') problems.push({ code: 'field', path, reason: 'range' });
			else if (issue.code === 'invalid_value')
				problems.push({ code: 'field', path, reason: 'not-allowed', detail: issue.values.map(String).join(', ') });
			else if (issue.code === 'invalid_format') problems.push({ code: 'field', path, reason: 'date' });
			else problems.push({ code: 'field', path, reason: 'type' });
		}
	const answers = (data as { answers?: unknown }).answers;
	if (answers && typeof answers === 'object')
		for (const k of Object.keys(answers))
			if (!questions.includes(k)) problems.push({ code: 'unknown-question', path: `answers.${k}` });
	if (problems.length || !r.success) return { ok: false, problems };
	return { ok: true, assessment: r.data };
}

/** The file's text: stable key order, indented, so two files of the same answers are the same bytes. */
export function serialiseAssessment(a: Assessment, questions: readonly string[]): string {
	const answers: Record<string, AnswerEntry> = {};
	for (const q of questions) if (a.answers[q]) answers[q] = a.answers[q]!;
	const ordered: Assessment = {
		format: a.format,
		version: a.version,
		region: a.region,
		answers,
		created: a.created,
		updated: a.updated,
		...(a.edition ? { edition: a.edition } : {})
	};
	return JSON.stringify(ordered, null, '\t') + '\n';
}

/** How many questions have an answer (a "don't know" counts: the user answered). */
export const answeredCount = (a: Pick<Assessment, 'answers'>, questions: readonly string[]) =>
	questions.filter((q) => a.answers[q]?.answer != null).length;

export function setAnswer(a: Assessment, item: string, patch: Partial<AnswerEntry>, now = new Date()): Assessment {
	const before: AnswerEntry = a.answers[item] ?? { answer: null, note: '' };
	return { ...a, answers: { ...a.answers, [item]: { ...before, ...patch } }, updated: now.toISOString() };
}

export const isAnswer = (s: string): s is Answer => (ANSWERS as readonly string[]).includes(s);
