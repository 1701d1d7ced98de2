import { apiClaims } from '$lib/cite/api';
import { buildInput, json } from '$lib/cite/build.server';

export const prerender = true;

export const GET = () => json(apiClaims(buildInput()));
