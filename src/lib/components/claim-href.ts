import type { Lang } from '$lib/data/vocabulary';
import type { ClaimKind } from '$lib/cite/types';

/** `path` in the UI language: `?lang=ja` added in Japanese, unless the path is already the Japanese edition's. */
export function withLang(path: string, lang: Lang): string {
	const [rest, hash = ''] = path.split('#');
	const [pathname, search = ''] = rest.split('?');
	const q = new URLSearchParams(search);
	if (lang === 'ja' && !/^\/ja(\/|$)/.test(pathname)) q.set('lang', 'ja');
	const query = q.toString();
	return `${pathname}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/**
 * A claim's permalink (path, query, anchor) as read on page `here`: the page itself, so that a
 * comparison cell is cited from the pair it is read on; an item of the argument with its choice
 * (`/lessons?item=lesson-2#lesson-2`), which is what shows its detail. No filters, no map view.
 */
export function claimHref(lang: Lang, here: string, id: string, kind: ClaimKind): string {
	return withLang(`${here}${kind === 'argument-item' ? `?item=${encodeURIComponent(id)}` : ''}#${id}`, lang);
}
