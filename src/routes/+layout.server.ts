import { loadIndex } from '$lib/data/load.server';
import { citeSite } from '$lib/cite/head.server';
import type { LayoutServerLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

// Runs at build time only (every page is prerendered): geodata is validated here, so broken
// data fails the build with every error listed. Nothing here reads the URL, so the browser loads
// this data once and keeps it across navigations.
export const load: LayoutServerLoad = () => ({ index: loadIndex(), citeSite: citeSite() });
