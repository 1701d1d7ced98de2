/**
 * Universal hooks (https://svelte.dev/docs/kit/hooks#Universal-hooks-reroute): the Japanese edition
 * lives under `/ja/` without a second set of route files. `reroute` hands the router the path
 * without its edition prefix, on the server (prerendering) and in the browser (client-side
 * navigation) alike; `page.url` keeps the address as visited, so the language is read from it
 * (`langOfPath`). Prerendering finds the `/ja/` pages by crawling: every page links its other
 * edition (the language switch and the `hreflang` alternates in src/routes/+layout.svelte).
 */
import type { Reroute } from '@sveltejs/kit';
import { langOfPath, routePath } from '$lib/i18n/edition-path';

export const reroute: Reroute = ({ url }) => (langOfPath(url.pathname) === 'en' ? undefined : routePath(url.pathname));
