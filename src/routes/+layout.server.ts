import { loadIndex } from '$lib/data/load.server';
import { siteOrigin } from '$lib/cite/load.server';
import type { LayoutServerLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

// Runs at build time only (every page is prerendered): geodata is validated here, so broken
// data fails the build with every error listed. `origin` (PUBLIC_SITE_URL, or '') makes the
// canonical and hreflang links absolute when the site's address is known.
export const load: LayoutServerLoad = () => ({ index: loadIndex(), origin: siteOrigin() });
