import { loadJapanese } from '$lib/i18n/strings';
import { langOfPath } from '$lib/i18n/edition-path';
import type { LayoutLoad } from './$types';

/**
 * On a Japanese page, the Japanese UI catalogue (a chunk of its own) is awaited here, so that it is
 * in the prerendered HTML and in the browser before hydration: no English flash, no hydration
 * mismatch. Universal loads run again in the browser, and this one reruns when the path changes
 * (the language switch). English pages never request the chunk. If it cannot load (offline, before
 * the service worker has it), `ja` is null and the UI stays English, saying so.
 */
export const load: LayoutLoad = async ({ data, url }) => ({
	...data,
	ja: langOfPath(url.pathname) === 'ja' ? await loadJapanese().catch(() => null) : null
});
