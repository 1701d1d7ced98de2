import { error } from '@sveltejs/kit';
import { TABLE_NAMES, buildDataPackage } from '$lib/cite/datapackage';
import { buildInput } from '$lib/cite/build.server';
import type { EntryGenerator, RequestHandler } from './$types';

// Each table of the data package as CSV (RFC 4180, UTF-8), written at build time.
export const prerender = true;

export const entries: EntryGenerator = () => TABLE_NAMES.map((table) => ({ table }));

export const GET: RequestHandler = ({ params }) => {
	const body = buildDataPackage(buildInput()).files[`${params.table}.csv`];
	if (body === undefined) error(404, 'no such table');
	return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
