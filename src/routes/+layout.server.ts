import { loadIndex } from '$lib/data/load.server';
import type { LayoutServerLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

// Runs at build time only (every page is prerendered): geodata is validated here, so broken
// data fails the build with every error listed.
export const load: LayoutServerLoad = () => ({ index: loadIndex() });
