import { citePage } from '$lib/cite/head.server';
import type { PageServerLoad } from './$types';

// The home page: the atlas itself is what a reference manager finds here.
export const load: PageServerLoad = ({ url }) => ({ citePage: citePage(url) });
