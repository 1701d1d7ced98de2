import { atlasGeoJson } from '$lib/cite/datapackage';
import { buildInput } from '$lib/cite/build.server';

// Every place (Point) and region (polygon) with all their fields, written at build time.
export const prerender = true;

export const GET = () =>
	new Response(JSON.stringify(atlasGeoJson(buildInput())), {
		headers: { 'Content-Type': 'application/geo+json; charset=utf-8' }
	});
