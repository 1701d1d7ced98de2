/**
 * What the build-time routes of the data package and the API need, read once per build: the
 * validated atlas, the edition records and the site's address.
 */
import { loadAtlas } from '../data/load.server';
import type { ApiInput } from './api';
import type { PackageInput } from './datapackage';
import { loadEditionRecords, siteOrigin } from './load.server';

let cached: (PackageInput & ApiInput) | undefined;

export function buildInput(): PackageInput & ApiInput {
	if (cached) return cached;
	const editions = loadEditionRecords();
	cached = {
		atlas: loadAtlas(),
		editions,
		meta: editions.atlas,
		edition: editions.current,
		corrections: editions.corrections,
		retired: editions.retired,
		origin: siteOrigin()
	};
	return cached;
}

export const json = (body: unknown, status = 200) =>
	new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
