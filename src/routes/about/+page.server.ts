import { loadAtlas } from '$lib/data/load.server';
import { citePage } from '$lib/cite/head.server';
import { loadEditionRecords } from '$lib/cite/load.server';
import { CORRECTION_KINDS } from '$lib/cite/types';
import { shortRevision } from '$lib/cite/revision';
import { ENDPOINTS } from '$lib/cite/api';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const { paper, references, sources } = loadAtlas();
	const records = loadEditionRecords();
	const { corrections } = records;
	return {
		paper,
		references,
		sources,
		// the corrections list itself is on /about/corrections (it is 200 KB of text): here, how many of each kind
		errata: {
			total: corrections.length,
			kinds: CORRECTION_KINDS.map((kind) => ({ kind, n: corrections.filter((c) => c.kind === kind).length }))
		},
		// newest first, each with the number of corrections it made (listed on /about/corrections)
		editions: [...records.editions].reverse().map((e) => ({
			...e,
			revision: shortRevision(e.data_revision),
			corrections: corrections.filter((c) => c.edition === e.version).length
		})),
		endpoints: ENDPOINTS.map(({ path, description, description_ja }) => ({ path, description, description_ja })),
		licences: {
			data: records.atlas.data_licence,
			other: records.atlas.other_licences,
			code: records.atlas.code_licence
		},
		citePage: citePage(url, {
			title: { en: en.aboutTitle, ja: ja.aboutTitle },
			description: { en: en.aboutDescription, ja: ja.aboutDescription }
		})
	};
};
