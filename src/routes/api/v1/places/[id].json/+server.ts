import { error } from '@sveltejs/kit';
import { apiPlaceFiles } from '$lib/cite/api';
import { buildInput, json } from '$lib/cite/build.server';
import type { EntryGenerator, RequestHandler } from './$types';

// One file per place; an unknown id is not built, so the static host answers 404 (/api/404.json).
export const prerender = true;

export const entries: EntryGenerator = () => buildInput().atlas.places.map((p) => ({ id: p.properties.id }));

export const GET: RequestHandler = ({ params }) => {
	const body = apiPlaceFiles(buildInput())[params.id];
	if (body === undefined) error(404, 'no such place');
	return json(body);
};
