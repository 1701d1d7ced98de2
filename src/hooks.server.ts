/**
 * Server hooks (run while prerendering): the page's language on its root element, from the edition
 * its path is in, so that `<html lang>` is right before any JavaScript runs (src/app.html has
 * `lang="%lang%"`; the layout keeps it in step on client-side navigation).
 */
import type { Handle } from '@sveltejs/kit';
import { langOfPath } from '$lib/i18n/edition-path';

export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
