/**
 * The two editions' addresses: English at `/x`, Japanese at `/ja/x`, one route for both (the
 * `reroute` hook in src/hooks.ts strips the prefix before routing). Pure: used by the hooks on the
 * server and the client, the explorer's links, the service worker's 404 fallback and the tests.
 * Paths here are below the app's base path (`kit.paths.base`, which this app leaves empty).
 */
import { LANGS, type Lang } from '../data/vocabulary';

/** Each language's path prefix: English is the default edition and has none. */
export const EDITION_PREFIX = { en: '', ja: '/ja' } as const satisfies Record<Lang, string>;

/** `/ja` or `/ja/…`, not `/japan` */
const PREFIXED = /^\/(ja)(?=\/|$)/;

/** The edition a path belongs to: `/ja/place/kansai` → `ja`, `/place/kansai` → `en`. */
export function langOfPath(pathname: string): Lang {
	const m = PREFIXED.exec(pathname);
	return m ? (m[1] as Lang) : 'en';
}

/** The route's own path, without the edition's prefix: `/ja/place/kansai` → `/place/kansai`, `/ja` → `/`. */
export function routePath(pathname: string): string {
	return pathname.replace(PREFIXED, '') || '/';
}

/** A route's path in an edition: (`/place/kansai`, `ja`) → `/ja/place/kansai`; (`/`, `ja`) → `/ja` (no trailing slash). */
export function editionPath(path: string, lang: Lang): string {
	const route = routePath(path);
	const prefix = EDITION_PREFIX[lang];
	return prefix && route === '/' ? prefix : prefix + route;
}

/**
 * The language an old link asks for with `?lang=` (before the editions had their own paths), or
 * null when it names none or an unknown one.
 */
export function legacyLang(search: string): Lang | null {
	const lang = new URLSearchParams(search).get('lang');
	return (LANGS as readonly (string | null)[]).includes(lang) ? (lang as Lang) : null;
}

/** The query without its `lang` parameter (`''` when nothing is left), the rest as it was written. */
export function withoutLangParam(search: string): string {
	const parts = search
		.replace(/^\?/, '')
		.split('&')
		.filter((p) => p !== '' && p.split('=')[0] !== 'lang');
	return parts.length ? `?${parts.join('&')}` : '';
}
