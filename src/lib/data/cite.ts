/** Citations of the paper: anchors on the about page and short in-text forms. */

/** `§4.3` → `loc-s4-3`, `fn4` → `loc-fn4`: the id of the locator's entry on the about page */
export function locatorAnchor(locator: string): string {
	return 'loc-' + locator.replace('§', 's').replace(/\./g, '-');
}

/** `Mitsui 2003, §4.3` */
export function shortCite(locator: string, lang: 'en' | 'ja' = 'en'): string {
	return `${lang === 'ja' ? '三井 2003' : 'Mitsui 2003'}, ${locator}`;
}
