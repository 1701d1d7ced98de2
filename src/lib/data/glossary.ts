/**
 * The glossary (geodata/glossary.json): one Japanese rendering per term, and the typography rules
 * of Japanese text, with the checker that applies both to a string. The validator runs it over
 * every `_ja` field of geodata/, and a unit test over every Japanese UI string, so the data and
 * the interface are held to the same rules. Build-time and test code only (it imports zod).
 */
import { z } from 'zod';
import { HIRAGANA_READING, Id, SOURCE_TIERS } from './schema';

const str = (min = 1, max = 2000) => z.string().trim().min(min).max(max);

export const GlossaryTerm = z
	.object({
		id: Id,
		kind: z.enum(['body', 'programme', 'policy-term', 'place', 'sector']),
		en: str(),
		ja: str(),
		ja_reading: z.string().regex(HIRAGANA_READING, 'must be hiragana (ー and ・ allowed)'),
		/** the short form allowed after the first use in a text */
		ja_short: str().optional(),
		/** the name with its gloss, for the first use in a text */
		ja_gloss: str().optional(),
		/** renderings that must not appear in Japanese text */
		ja_forbidden: z.array(str()),
		/** the same, as regular expressions (Unicode) */
		ja_forbidden_patterns: z.array(str()).optional(),
		/** proper names in which a forbidden string is part of the name (blanked before matching) */
		ja_forbidden_except_in: z.array(str()).optional(),
		/** false: the atlas's own rendering, no Japanese source gives one */
		established: z.boolean(),
		reason_unestablished: str().optional(),
		note: str(1, 4000).optional(),
		sources: z.array(
			z
				.object({
					title: str(),
					url: z.url({ protocol: /^https?$/ }).optional(),
					publisher: str().optional(),
					language: str(2, 10).optional(),
					tier: z.enum(SOURCE_TIERS)
				})
				.strict()
		)
	})
	.strict()
	.superRefine((t, ctx) => {
		if (!t.established && !t.reason_unestablished)
			ctx.addIssue({
				code: 'custom',
				path: ['reason_unestablished'],
				message: 'an unestablished rendering says why (reason_unestablished)'
			});
	});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

/** A rule's pattern must compile as a JavaScript regular expression with its flags. */
const compiles = (pattern: string, flags: string) => {
	try {
		new RegExp(pattern, flags);
		return true;
	} catch {
		return false;
	}
};

export const TypographyRule = z
	.object({
		id: z.string().regex(/^T[0-9]+[a-z]?-[a-z0-9-]+$/i, 'a rule id such as T3a-ascii-parens'),
		title: str(),
		pattern: str(),
		flags: z.string().regex(/^[dgimsuvy]*$/),
		message: str(),
		/** the replacement of a match: one string, or one per matched text */
		fix: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
		/** the match is fixed by Unicode normalisation (half-width katakana, full-width Latin) */
		normalize: z.literal('NFKC').optional(),
		/** which keys the rule applies to (e.g. only `name_ja`); every key when absent */
		applies_to: z.array(str()).optional(),
		/** a match the code exempts: `code-runs` = a space next to code (paths, commands) */
		exempt: z.literal('code-runs').optional(),
		examples_bad: z.array(str()).min(1),
		examples_good: z.array(str()).min(1)
	})
	.strict()
	.refine((r) => compiles(r.pattern, r.flags), { path: ['pattern'], message: 'does not compile' });
export type TypographyRule = z.infer<typeof TypographyRule>;

export const GlossaryFile = z
	.object({
		about: str(10, 4000),
		version: z.number().int().positive(),
		terms: z.array(GlossaryTerm).min(1),
		typography: z.object({ rules: z.array(TypographyRule).min(1) }).strict()
	})
	.strict();
export type Glossary = z.infer<typeof GlossaryFile>;

/** One problem in one Japanese string. */
export interface Finding {
	kind: 'typography' | 'glossary';
	/** the rule's or the term's id */
	id: string;
	/** the offending text */
	match: string;
	index: number;
	/** the words around it */
	fragment: string;
	/** what replaces `match`, where the correction is mechanical */
	replacement?: string;
	/** the words around it, corrected */
	fixed?: string;
	/** what to do */
	message: string;
}

const JA = '\\p{sc=Han}\\p{sc=Hira}\\p{sc=Kana}\\u30FC\\u3005\\u3001\\u3002\\uFF08\\uFF09';
/** the Latin side of a space next to Japanese: from the space to the next Japanese letter or mark */
const LATIN_AFTER = new RegExp(`^[^${JA}]*`, 'u');
const LATIN_BEFORE = new RegExp(`[^${JA}]*$`, 'u');
/**
 * Code keeps its spaces (`geodata/places/ フォルダー`, `npm run validate を実行`): a run with / _ @ #,
 * a {placeholder} (its value is not known here: a claim id, a licence), a file name (sectors.json,
 * CITATION.cff), or one in lower-case ASCII with a letter in it. Digits alone are not code:
 * `三井 2003` is a typo.
 */
function isCodeRun(run: string): boolean {
	const r = run.trim().replace(/^[()\s]+|[()\s]+$/g, '');
	return /[/_@#]|\{\w+\}|[A-Za-z0-9]\.[a-z]/.test(r) || (/^[a-z0-9][a-z0-9 .-]*$/.test(r) && /[a-z]/.test(r));
}

const AROUND = 12;
const fragmentAt = (s: string, index: number, length: number) =>
	s.slice(Math.max(0, index - AROUND), index + length + AROUND).replace(/\s+/g, ' ');

function fixedFragment(s: string, index: number, match: string, replacement: string): string {
	const start = Math.max(0, index - AROUND);
	const end = index + match.length + AROUND;
	return (s.slice(start, index) + replacement + s.slice(index + match.length, end)).replace(/\s+/g, ' ');
}

function replacementOf(rule: TypographyRule, match: string): string | undefined {
	if (rule.normalize) return match.normalize(rule.normalize);
	if (typeof rule.fix === 'string') return rule.fix;
	if (rule.fix) return [...match].map((c) => rule.fix && (rule.fix as Record<string, string>)[c]).join('') || undefined;
	return undefined;
}

interface CompiledRule {
	rule: TypographyRule;
	re: RegExp;
}
/** Every term's forbidden renderings in one expression (longest first), and the term of each. */
interface CompiledTerms {
	forbidden: RegExp | null;
	termOf: Map<string, GlossaryTerm>;
	patterns: { term: GlossaryTerm; re: RegExp }[];
	/** proper names that legitimately hold a forbidden string (blanked before matching) */
	exceptIn: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Checks one string; `key` is the field it comes from (`name_ja`, `summary_ja`, or a UI key). */
export type JapaneseCheck = (text: string, key?: string) => Finding[];

/** Compiles the glossary once; the returned check is pure. */
export function japaneseChecker(g: Pick<Glossary, 'terms' | 'typography'>): JapaneseCheck {
	const rules: CompiledRule[] = g.typography.rules.map((rule) => ({
		rule,
		re: new RegExp(rule.pattern, rule.flags.includes('g') ? rule.flags : rule.flags + 'g')
	}));
	const termOf = new Map<string, GlossaryTerm>();
	for (const term of g.terms) for (const bad of term.ja_forbidden) if (!termOf.has(bad)) termOf.set(bad, term);
	const alternatives = [...termOf.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
	const terms: CompiledTerms = {
		forbidden: alternatives.length ? new RegExp(alternatives.join('|'), 'gu') : null,
		termOf,
		patterns: g.terms.flatMap((term) =>
			(term.ja_forbidden_patterns ?? []).map((p) => ({ term, re: new RegExp(p, 'gu') }))
		),
		exceptIn: g.terms.flatMap((t) => t.ja_forbidden_except_in ?? [])
	};
	return (text, key) => [...typography(rules, text, key), ...glossary(terms, text)].sort((a, b) => a.index - b.index);
}

function typography(rules: CompiledRule[], text: string, key?: string): Finding[] {
	const out: Finding[] = [];
	for (const { rule, re } of rules) {
		if (rule.applies_to && !(key && rule.applies_to.includes(key))) continue;
		for (const m of text.matchAll(re)) {
			const index = m.index;
			if (rule.exempt === 'code-runs') {
				const before = text.slice(0, index);
				const latinBefore = /[A-Za-z0-9%}]$/.test(before);
				const run = latinBefore ? LATIN_BEFORE.exec(before)![0] : LATIN_AFTER.exec(text.slice(index + m[0].length))![0];
				if (isCodeRun(run)) continue;
			}
			const replacement = replacementOf(rule, m[0]);
			out.push({
				kind: 'typography',
				id: rule.id,
				match: m[0],
				index,
				fragment: fragmentAt(text, index, m[0].length),
				replacement,
				fixed: replacement === undefined ? undefined : fixedFragment(text, index, m[0], replacement),
				message: rule.message
			});
		}
	}
	return out;
}

function glossary(terms: CompiledTerms, text: string): Finding[] {
	const out: Finding[] = [];
	let hay = text;
	for (const name of terms.exceptIn) hay = hay.split(name).join('\u25A1'.repeat(name.length));
	const found = (term: GlossaryTerm, match: string, index: number) =>
		out.push({
			kind: 'glossary',
			id: term.id,
			match,
			index,
			fragment: fragmentAt(text, index, match.length),
			replacement: term.ja,
			fixed: fixedFragment(text, index, match, term.ja),
			message: `the glossary writes "${term.en}" as ${term.ja}, never ${match}`
		});
	if (terms.forbidden) for (const m of hay.matchAll(terms.forbidden)) found(terms.termOf.get(m[0])!, m[0], m.index);
	for (const { term, re } of terms.patterns) for (const m of hay.matchAll(re)) found(term, m[0], m.index);
	return out;
}

/**
 * The text with every mechanical correction applied (a fix can reveal another: `境界: Natural` →
 * `境界： Natural` → `境界：Natural`), and what is left to rewrite by hand.
 */
export function corrected(check: JapaneseCheck, text: string, key?: string): { text: string; unfixed: Finding[] } {
	let s = text;
	for (let pass = 0; pass < 4; pass++) {
		const fixes = check(s, key).filter((f) => f.replacement !== undefined);
		if (fixes.length === 0) break;
		// from the end, so earlier indices stay right; overlapping matches wait for the next pass
		let end = Infinity;
		for (const f of fixes.sort((a, b) => b.index - a.index)) {
			if (f.index + f.match.length > end) continue;
			s = s.slice(0, f.index) + f.replacement + s.slice(f.index + f.match.length);
			end = f.index;
		}
	}
	return { text: s, unfixed: check(s, key) };
}

/** `T3a-ascii-parens: "三井(2003)に見る" → "三井（2003）に見る" (Use （ and ）…)` */
export function describeFinding(f: Finding): string {
	const where = f.fixed === undefined ? `"${f.fragment}"` : `"${f.fragment}" → "${f.fixed}"`;
	return f.kind === 'glossary'
		? `glossary term ${f.id}: ${where} (${f.message})`
		: `${f.id}: "${f.match}" in ${where} (${f.message})`;
}

/**
 * The glossary's own consistency: each rule rejects its bad examples and accepts its good ones,
 * and no term's rendering is forbidden by a term (its own or another's). Returns problems as
 * `[id, field, message]`.
 */
export function glossaryProblems(g: Glossary): [string, string, string][] {
	const problems: [string, string, string][] = [];
	const check = japaneseChecker(g);
	g.typography.rules.forEach((rule, i) => {
		const only = japaneseChecker({ terms: [], typography: { rules: [rule] } });
		const key = rule.applies_to?.[0];
		rule.examples_bad.forEach((s, j) => {
			if (only(s, key).length === 0)
				problems.push([rule.id, `typography.rules[${i}].examples_bad[${j}]`, `"${s}" is not rejected by the rule`]);
		});
		rule.examples_good.forEach((s, j) => {
			const f = only(s, key);
			if (f.length > 0)
				problems.push([
					rule.id,
					`typography.rules[${i}].examples_good[${j}]`,
					`"${s}" is rejected by its own rule: ${describeFinding(f[0])}`
				]);
		});
	});
	const seen = new Set<string>();
	g.terms.forEach((t, i) => {
		if (seen.has(t.id)) problems.push([t.id, `terms[${i}].id`, 'duplicate term id']);
		seen.add(t.id);
		for (const f of check(t.ja))
			problems.push([
				t.id,
				`terms[${i}].ja`,
				f.kind === 'glossary' ? `contains "${f.match}", which term ${f.id} forbids` : describeFinding(f)
			]);
	});
	return problems;
}
