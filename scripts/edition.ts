/**
 * Records a release of the atlas: a new edition in geodata/editions.json with the data revision
 * (the content hash of geodata/ now), the edition's claims list (geodata/claims/<version>.json),
 * and the version and date in CITATION.cff. A release does this deliberately, after the data is
 * final; `tests/unit/editions.test.ts` fails when geodata/ has changed since the last edition.
 *
 *   npm run edition -- --version 1.1.0 --notes "What changed" [--notes-ja "…"] [--date 2027-01-15]
 *   npm run edition -- --replace [--notes …]  re-records the newest edition (only before it is published)
 *   npm run edition -- --check                 says whether geodata/ matches the newest edition
 *   (--dir <geodata copy> --cff <CITATION.cff copy>: work on copies, as the tests do)
 *
 * Claim ids that vanished since an earlier edition must be listed in geodata/claims/retired.json
 * first (moved or removed, with a note); the script refuses otherwise.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { formatError, validateGeodata } from '../src/lib/data/validate';
import { readGeodataDir } from '../src/lib/data/load.server';
import { checkClaimHistory, claimList, collectClaims } from '../src/lib/cite/claims';
import { loadEditionRecords } from '../src/lib/cite/load.server';
import { dataRevision, readDataFiles } from '../src/lib/cite/revision';
import { compareVersions } from '../src/lib/cite/schema';
import type { EditionsFile } from '../src/lib/cite/types';

const args = process.argv.slice(2);
const opt = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const root = join(import.meta.dirname, '..');
// --dir and --cff: a copy of geodata/ and CITATION.cff (the tests')
const dir = resolve(opt('--dir') ?? join(root, 'geodata'));
const cffPath = resolve(opt('--cff') ?? join(root, 'CITATION.cff'));
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};

const revision = dataRevision(readDataFiles(dir));
const records = loadEditionRecords(dir);
const newest = records.current;

if (args.includes('--check')) {
	if (newest.data_revision === revision) console.log(`geodata/ is edition ${newest.version} (${revision})`);
	else
		fail(
			`geodata/ has changed since edition ${newest.version}: recorded ${newest.data_revision}, now ${revision}.\n` +
				'A release records it: npm run edition -- --version <next> --notes "<what changed>"'
		);
	process.exit(0);
}

const replace = args.includes('--replace');
const version = replace ? newest.version : (opt('--version') ?? fail('--version MAJOR.MINOR.PATCH is required'));
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`--version ${version}: must be MAJOR.MINOR.PATCH`);
if (!replace && compareVersions(version, newest.version) <= 0)
	fail(`--version ${version} must be greater than the newest edition, ${newest.version}`);
const date = opt('--date') ?? (replace ? newest.date : new Date().toISOString().slice(0, 10));
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date ${date}: must be YYYY-MM-DD`);
const notes = opt('--notes') ?? (replace ? newest.notes : fail('--notes "<what changed>" is required'));
const notesJa = opt('--notes-ja') ?? (replace ? newest.notes_ja : undefined);

const editionsPath = join(dir, 'editions.json');
const file = JSON.parse(readFileSync(editionsPath, 'utf8')) as EditionsFile;
const entry = { version, date, data_revision: revision, notes, ...(notesJa ? { notes_ja: notesJa } : {}) };
if (replace) file.editions[file.editions.length - 1] = entry;
else file.editions.push(entry);

// validated with the new edition in place: corrections of this release name it already
const { errors, atlas } = validateGeodata({ ...readGeodataDir(dir), 'editions.json': JSON.stringify(file) });
if (!atlas) fail(`geodata/ is invalid, fix it first:\n${errors.map((e) => formatError(e)).join('\n')}`);
const claims = collectClaims(atlas!);

const previous = records.claimLists.filter((l) => l.edition !== version);
const problems = checkClaimHistory(claims, previous, records.retired);
if (problems.length)
	fail(`claim ids would break:\n${problems.map((p) => `  ${p.id} (${p.edition}): ${p.message}`).join('\n')}`);

const config = (await resolveConfig(join(root, 'geodata', 'editions.json'))) ?? {};
const writeJson = async (path: string, value: unknown) =>
	writeFileSync(path, await format(JSON.stringify(value, null, '\t'), { ...config, parser: 'json' }));
await writeJson(editionsPath, file);
mkdirSync(join(dir, 'claims'), { recursive: true });
await writeJson(join(dir, 'claims', `${version}.json`), claimList(version, claims));

const cff = readFileSync(cffPath, 'utf8');
const updated = cff
	.replace(/^version: .*$/m, `version: '${version}'`)
	.replace(/^date-released: .*$/m, `date-released: '${date}'`);
if (!/^version: /m.test(cff) || !/^date-released: /m.test(cff))
	fail('CITATION.cff lacks its version or date-released line');
writeFileSync(cffPath, await format(updated, { ...config, parser: 'yaml' }));

console.log(
	`${replace ? 're-recorded' : 'recorded'} edition ${version} (${date}): data revision ${revision}, ` +
		`${claims.length} claims in geodata/claims/${version}.json; CITATION.cff updated`
);
