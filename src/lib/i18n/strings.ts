/**
 * The UI string catalogue at run time. Only English (`./en`) is in every page's JavaScript: the
 * Japanese catalogue (`./ja`) is a chunk of its own, loaded when the UI switches to Japanese
 * (`loadJapanese`); until it is in, `t()` answers in English rather than with keys.
 */
import { en, type Catalogue, type StringKey } from './en';
import type { Lang } from '../data/vocabulary';

/** The Japanese catalogue, as its own chunk. */
export const loadJapanese = (): Promise<Catalogue> => import('./ja').then((m) => m.ja);

// `{n, plural, one {# place} other {# places}}`: the ICU MessageFormat subset the catalogue uses
// (categories and `=N`, `#` for the number, plain `{name}` placeholders inside). A library such as
// intl-messageformat would be ~10 KB gzip in every page for this one construct.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;
const rules = new Map<Lang, Intl.PluralRules>();

/** The branch of a plural a number takes in a language (`=N` first, then its CLDR category, then `other`). */
export function pluralBranch(lang: Lang, n: number, branches: Record<string, string>): string {
	if (`=${n}` in branches) return branches[`=${n}`];
	const rule = rules.get(lang) ?? rules.set(lang, new Intl.PluralRules(lang)).get(lang)!;
	return branches[rule.select(n)] ?? branches.other ?? '';
}

/**
 * `t('placesShown', { n: 3 })` → "3 places shown"; `catalogue` is the Japanese one, or null for
 * English (also the fallback for a missing key). Plurals choose their branch by the string's language.
 */
export function translate(catalogue: Catalogue | null, key: StringKey, vars?: Record<string, string | number>): string {
	// the only catalogue ever passed is the Japanese one
	const lang: Lang = catalogue?.[key] ? 'ja' : 'en';
	let s = catalogue?.[key] ?? en[key];
	if (!vars) return s;
	s = s.replace(PLURAL, (whole, name: string, body: string) => {
		const n = Number(vars[name]);
		if (!Number.isFinite(n)) return whole;
		const branches = Object.fromEntries([...body.matchAll(BRANCH)].map((m) => [m[1], m[2]]));
		return pluralBranch(lang, n, branches).replaceAll('#', String(n));
	});
	for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
	return s;
}
