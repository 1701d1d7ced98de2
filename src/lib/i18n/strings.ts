/**
 * The UI string catalogue at run time. Only English (`./en`) is in every page's JavaScript: the
 * Japanese catalogue (`./ja`) is a chunk of its own, loaded when the UI switches to Japanese
 * (`loadJapanese`); until it is in, `t()` answers in English rather than with keys.
 */
import { en, type Catalogue, type StringKey } from './en';

/** The Japanese catalogue, as its own chunk. */
export const loadJapanese = (): Promise<Catalogue> => import('./ja').then((m) => m.ja);

/** `t('placesShown', { n: 3 })` → "3 places shown"; `catalogue` is the language's (English when absent). */
export function translate(catalogue: Catalogue | null, key: StringKey, vars?: Record<string, string | number>): string {
	let s = catalogue?.[key] ?? en[key];
	if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
	return s;
}
