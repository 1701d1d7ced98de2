import type { Lang } from '$lib/data/vocabulary';
import type { ClaimKind } from '$lib/cite/types';
import { editionPath } from '$lib/i18n/edition-path';

/** `path` (with its query and anchor) in the reader's edition: `/place/x#a` → `/ja/place/x#a` in Japanese. */
export function inEdition(path: string, lang: Lang): string {
	const at = path.search(/[?#]/);
	const [pathname, rest] = at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at)];
	return editionPath(pathname, lang) + rest;
}

/**
 * A claim's permalink (path, query, anchor) as read on page `here`: the page itself, so that a
 * comparison cell is cited from the pair it is read on; an item of the argument with its choice
 * (`/lessons?item=lesson-2#lesson-2`), which is what shows its detail. No filters, no map view.
 */
export function claimHref(lang: Lang, here: string, id: string, kind: ClaimKind): string {
	return inEdition(`${here}${kind === 'argument-item' ? `?item=${encodeURIComponent(id)}` : ''}#${id}`, lang);
}
