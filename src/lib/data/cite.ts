/** Citations of the paper: anchors on the about page and short in-text forms. */

/** `§4.3` → `loc-s4-3`, `fn4` → `loc-fn4`: the id of the locator's entry on the about page */
export function locatorAnchor(locator: string): string {
	return 'loc-' + locator.replace('§', 's').replace(/\./g, '-');
}

/**
 * `Mitsui 2003, §4.3` / `三井（2003）、§4.3`: `paper` is the catalogue's short name of the paper
 * (`cite`); after Japanese the comma is 、 (the glossary's typography, rule T3d).
 */
export function shortCite(locator: string, paper: string): string {
	return /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\uFF09]$/u.test(paper) ? `${paper}、${locator}` : `${paper}, ${locator}`;
}

/**
 * A source's URL as a link, or null. The schema admits only http(s) URLs; this is the second line
 * for data that did not come through it (a tampered `__data.json`, a hostile proxy): a
 * `javascript:` or `data:` URL never becomes a link, and a malformed one never throws while rendering.
 */
export function externalLink(url: string | undefined | null): { href: string; host: string } | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? { href: u.href, host: u.hostname } : null;
	} catch {
		return null;
	}
}
