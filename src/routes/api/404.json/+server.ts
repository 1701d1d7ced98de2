import { notFoundBody } from '$lib/cite/api';
import { json } from '$lib/cite/build.server';

// The JSON body a static host serves, with status 404, for any unknown path under /api/
// (scripts/serve.mjs does; the README says how on other hosts).
export const prerender = true;

export const GET = () => json(notFoundBody());
