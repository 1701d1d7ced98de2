/**
 * The self-assessment's strings (../i18n/assess.ts, assess.ja.ts) for the /assess page only: they
 * stay out of the site's catalogue, which every page carries. `assessT(explorer)` answers assess
 * keys in the explorer's language and hands every other key to the explorer's own `t`.
 */
import type { StringKey } from '../i18n/en';
import { en } from '../i18n/assess';
import { ja } from '../i18n/assess.ja';
import type { Lang } from '../data/vocabulary';

export type AssessKey = keyof typeof en;
type Vars = Record<string, string | number>;

export const ASSESS_CATALOGUES: Record<Lang, Record<AssessKey, string>> = { en, ja };

const isAssessKey = (key: string): key is AssessKey => Object.hasOwn(en, key);

export function assessT(explorer: { lang: Lang; t: (key: StringKey, vars?: Vars) => string }) {
	return (key: AssessKey | StringKey, vars?: Vars): string => {
		if (!isAssessKey(key)) return explorer.t(key, vars);
		let s = ASSESS_CATALOGUES[explorer.lang][key];
		if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
		return s;
	};
}
