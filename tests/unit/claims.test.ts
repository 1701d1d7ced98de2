/**
 * Claim ids: every claim of the atlas has one, unique and readable; ids are stable against the
 * previous editions' lists (geodata/claims/<version>.json) unless retired with a note; the
 * id-writing script (scripts/claim-ids.ts), run on a copy of geodata/, writes exactly the ids the
 * rules derive and is idempotent.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/data/load.server';
import {
	assignClaimIds,
	checkClaimHistory,
	claimList,
	claimPermalink,
	collectClaims,
	lookupClaim
} from '../../src/lib/cite/claims';
import { loadEditionRecords } from '../../src/lib/cite/load.server';
import type { ClaimList, RetiredClaim } from '../../src/lib/cite/types';

const atlas = loadAtlas();
const claims = collectClaims(atlas);
const records = loadEditionRecords();

describe('the claims of this edition', () => {
	it('every claim id is unique', () => {
		const seen = new Map<string, string>();
		const dupes = claims.filter((c) => seen.has(c.id) || !seen.set(c.id, c.at));
		expect(dupes.map((c) => c.id)).toEqual([]);
	});

	it('covers every paragraph, "sources differ" entry, argument item and link, cell, contrast and event', () => {
		const count = (kind: string) => claims.filter((c) => c.kind === kind).length;
		expect(count('paragraph')).toBe(atlas.places.reduce((n, p) => n + p.properties.narrative.length, 0));
		expect(count('conflict')).toBe(atlas.places.reduce((n, p) => n + (p.properties.conflicts?.length ?? 0), 0));
		expect(count('argument-item')).toBe(atlas.argument.items.length);
		expect(count('argument-link')).toBe(atlas.argument.links.length);
		expect(count('comparison-cell')).toBe(atlas.comparison.cells.length);
		expect(count('comparison-contrast')).toBe(atlas.comparison.contrasts.length);
		expect(count('timeline-event')).toBe(atlas.timeline.length);
		expect(count('timeline-differs')).toBe(new Set(atlas.timeline.flatMap((e) => (e.differs ? [e.differs] : []))).size);
	});

	it('ids are readable: what they name is in them', () => {
		const byKind = (kind: string) => claims.filter((c) => c.kind === kind);
		for (const c of byKind('paragraph')) expect(c.id).toMatch(new RegExp(`^${c.place}-p\\d+$`));
		for (const c of byKind('conflict')) expect(c.id).toMatch(new RegExp(`^${c.place}-differs-\\d+$`));
		for (const c of byKind('comparison-cell')) expect(c.id).toMatch(new RegExp(`^cell-${c.place}-[a-z0-9-]+$`));
		for (const c of byKind('argument-link')) expect(c.id).toMatch(new RegExp(`^link-[a-z0-9-]+-${c.place}$`));
		expect(claims.map((c) => c.id)).toEqual(
			expect.arrayContaining(['hokkaido-p2', 'cell-glasgow-initiative', 'link-lesson-1-glasgow'])
		);
	});

	it('every claim names its page and what it rests on', () => {
		// a "not stated in the paper" cell is a claim of absence: it may rest on nothing
		const notStated = new Set(
			atlas.comparison.cells.filter((c) => c.status === 'not-stated').map((c) => `cell-${c.place}-${c.dimension}`)
		);
		for (const c of claims) {
			expect(c.path, c.id).toMatch(/^\/(place|lessons|compare|timeline)/);
			if (!notStated.has(c.id))
				expect(c.locators.length + c.sources.length, `${c.id} has no support`).toBeGreaterThan(0);
		}
		expect(
			claimPermalink(
				claims.find((c) => c.id === 'hokkaido-p2')!,
				'https://a.example'
			)
		).toBe('https://a.example/place/hokkaido#hokkaido-p2');
		// a cell cited from another compare pair keeps that pair's page
		expect(
			claimPermalink(
				{ id: 'cell-glasgow-initiative', path: '/compare/glasgow/west-midlands' },
				'',
				'/compare/glasgow/okinawa'
			)
		).toBe('/compare/glasgow/okinawa#cell-glasgow-initiative');
	});

	it('the committed list of this edition is exactly its claims (npm run edition writes it)', () => {
		const list = records.claimLists.find((l) => l.edition === records.current.version);
		expect(
			list,
			`geodata/claims/${records.current.version}.json is missing: run npm run edition -- --replace`
		).toBeDefined();
		expect(list!.claims).toEqual(claimList(records.current.version, claims).claims);
	});

	it('no claim id of an earlier edition has vanished without a moved/removed note', () => {
		expect(checkClaimHistory(claims, records.claimLists, records.retired)).toEqual([]);
	});
});

describe('id rules', () => {
	it('keeps stored ids and gives new records the next free number, whatever their position', () => {
		const slot = (stored: string | undefined, index: number) => ({
			stored,
			candidate: (n: number) => `x-p${index + 1 + n}`
		});
		// p1 and p2 were written; a paragraph inserted first must not take p1 from its owner
		expect(assignClaimIds([slot(undefined, 0), slot('x-p1', 1), slot('x-p2', 2)])).toEqual(['x-p3', 'x-p1', 'x-p2']);
		const once = assignClaimIds([slot(undefined, 0), slot(undefined, 1)]);
		expect(once).toEqual(['x-p1', 'x-p2']);
		expect(assignClaimIds(once.map((id, i) => slot(id, i)))).toEqual(once);
	});

	it('a vanished id is reported; retired, it resolves to its note and where it went', () => {
		const previous: ClaimList[] = [
			{ edition: '1.0.0', claims: [{ id: 'old-p1', kind: 'paragraph', path: '/place/old' }] }
		];
		const problems = checkClaimHistory([{ id: 'new-p1' }], previous, []);
		expect(problems).toHaveLength(1);
		expect(problems[0].message).toMatch(/has vanished: add it to geodata\/claims\/retired.json/);
		const retired: RetiredClaim[] = [
			{ id: 'old-p1', status: 'moved', to: 'new-p1', note: 'Merged into the new place page.', edition: '1.1.0' }
		];
		expect(checkClaimHistory([{ id: 'new-p1' }], previous, retired)).toEqual([]);
		expect(lookupClaim('old-p1', [{ id: 'new-p1', path: '/place/new' }], retired)).toEqual({
			status: 'retired',
			retired: retired[0],
			claim: { id: 'new-p1', path: '/place/new' }
		});
		expect(lookupClaim('nope', [], retired)).toEqual({ status: 'unknown' });
	});

	it('duplicate ids, a moved claim without `to`, and a retired id still in use are errors', () => {
		const r = (x: Partial<RetiredClaim>): RetiredClaim => ({
			id: 'a',
			status: 'removed',
			note: 'gone for good now',
			edition: '1.1.0',
			...x
		});
		const msgs = checkClaimHistory([{ id: 'a' }, { id: 'a' }], [], [r({}), r({ id: 'b', status: 'moved' })]).map(
			(p) => p.message
		);
		expect(msgs).toEqual([
			'duplicate claim id',
			'is retired but is still a claim of this edition',
			'a moved claim needs `to` (its new id or page)'
		]);
	});
});

describe('scripts/claim-ids.ts on a copy of geodata/', () => {
	const dir = mkdtempSync(join(tmpdir(), 'claim-ids-'));
	cpSync(join(process.cwd(), 'geodata'), dir, { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const run = (...args: string[]) =>
		execFileSync(process.execPath, ['--import', 'tsx', 'scripts/claim-ids.ts', '--dir', dir, ...args], {
			encoding: 'utf8'
		});

	it('writes back exactly the ids the records had, and nothing else, when their id lines are taken out', () => {
		// the claim ids the script derives (paragraphs, sources-differ entries, cells, contrasts, links),
		// not the records' own ids (places, items, events)
		const derivedId =
			/^\t*"id": "(?:[a-z0-9-]+-(?:p|differs-)\d+|cell-[a-z0-9-]+|contrast-[a-z0-9-]+|link-[a-z0-9-]+)",$/;
		const files = ['places/cases.geojson', 'argument.json', 'comparison.json'];
		const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
		let removed = 0;
		for (const f of files) {
			const lines = before[f].split('\n');
			const kept = lines.filter((l) => !derivedId.test(l));
			removed += lines.length - kept.length;
			writeFileSync(join(dir, f), kept.join('\n'));
		}
		expect(removed).toBeGreaterThan(100);
		expect(run()).toMatch(new RegExp(`^wrote ${removed} claim ids`));
		for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(before[f]);
		const cases = JSON.parse(before['places/cases.geojson']);
		expect(cases.features[0].properties.narrative[0].id).toBe('glasgow-p1');
		const comparison = JSON.parse(before['comparison.json']);
		expect(comparison.cells[0].id).toBe(`cell-${comparison.cells[0].place}-${comparison.cells[0].dimension}`);
		expect(claims.filter((c) => files.includes(c.file) && !c.stored)).toEqual([]);
	});

	it('is idempotent: a second run writes nothing, and --check passes', () => {
		expect(run()).toMatch(/nothing written/);
		expect(run('--check')).toMatch(/every claim record has its id/);
	});
});
