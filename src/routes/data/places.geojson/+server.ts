import { loadAtlas } from '$lib/data/load.server';
import { exportRecords, toGeoJSON } from '$lib/data/export';
import type { RequestHandler } from './$types';

// Written once at build time: every place with its provenance, fetched by the download buttons
// (same origin) so that the index embedded in every page stays slim.
export const prerender = true;

export const GET: RequestHandler = () => {
	const atlas = loadAtlas();
	const body = toGeoJSON(exportRecords(atlas), {
		title: `Cluster Atlas: every place of ${atlas.paper.author.split(',')[0]} (${atlas.paper.year}) with its provenance`
	});
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
