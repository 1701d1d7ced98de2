/**
 * The corrections list that ships with the data (geodata/corrections.json): every erratum names a
 * record that exists, by the id it has now, and says what that record's field holds in this
 * edition (unless a later erratum of the same field supersedes it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/data/load.server';
import { asText, correctionHref, fieldAt, recordsOf } from '../../src/lib/data/corrections';
import { collectClaims } from '../../src/lib/cite/claims';
import { loadEditionRecords } from '../../src/lib/cite/load.server';
import { CORRECTION_KINDS } from '../../src/lib/cite/types';

const atlas = loadAtlas();
const { corrections, current } = loadEditionRecords();

describe('geodata/corrections.json', () => {
	it('holds the errata of the paper audit, the facts audit and the lead, each with a kind, once', () => {
		const prefixes = new Set(corrections.map((c) => c.id.replace(/-\d+$/, '')));
		expect([...prefixes].sort()).toEqual(['err', 'errf', 'errl']);
		expect(new Set(corrections.map((c) => c.id)).size).toBe(corrections.length);
		for (const c of corrections) expect(CORRECTION_KINDS, c.id).toContain(c.kind);
		// every kind of error the audit found is there
		expect(new Set(corrections.map((c) => c.kind))).toEqual(new Set(CORRECTION_KINDS));
		expect(corrections.every((c) => c.edition === current.version)).toBe(true);
	});

	it('names each record by the id it has now', () => {
		for (const c of corrections) {
			const records = recordsOf(atlas, c.file);
			expect(records, `${c.id}: ${c.file}`).not.toBeNull();
			expect(records!.has(c.record), `${c.id}: ${c.file} ${c.record}`).toBe(true);
		}
	});

	it('says what the field holds in this edition, unless a later erratum changed it again', () => {
		const last = new Map(corrections.map((c) => [`${c.file}|${c.record}|${c.field}`, c.id]));
		const stale = corrections
			.filter((c) => !c.field.startsWith('(') && last.get(`${c.file}|${c.record}|${c.field}`) === c.id)
			.filter((c) => asText(fieldAt(recordsOf(atlas, c.file)!.get(c.record), c.field)) !== c.now)
			.map((c) => `${c.id}: ${c.record} ${c.field}`);
		expect(stale).toEqual([]);
	});

	it('never records a change that changed nothing, and gives a reason and its support', () => {
		for (const c of corrections) {
			expect(c.was, c.id).not.toBe(c.now);
			expect((c.locators?.length ?? 0) + (c.sources?.length ?? 0), `${c.id} rests on nothing`).toBeGreaterThan(0);
		}
	});

	it('reads field paths the way validation errors write them', () => {
		const glasgow = atlas.places.find((f) => f.properties.id === 'glasgow')!;
		expect(fieldAt(glasgow, 'narrative[0].text')).toBe(glasgow.properties.narrative[0].text);
		expect(fieldAt(glasgow, 'conflicts[0].paper.value')).toBe(glasgow.properties.conflicts![0].paper.value);
		expect(fieldAt(glasgow, 'geometry.coordinates')).toEqual(glasgow.geometry.coordinates);
		expect(fieldAt(glasgow, 'narrative[99].text')).toBeUndefined();
		expect(asText(['§3.1', '§3.2'])).toBe('["§3.1","§3.2"]');
	});

	it('is valid JSON as committed (prettier-formatted, tabs)', () => {
		const text = readFileSync(join(process.cwd(), 'geodata', 'corrections.json'), 'utf8');
		expect(text.startsWith('{\n\t"corrections": [')).toBe(true);
	});
});

describe('where a reader finds a corrected record', () => {
	const claims = collectClaims(atlas);
	const href = (record: string, file: string, field = 'text') => correctionHref(atlas, claims, { file, record, field });

	it('is the record’s page and its claim anchor, for every erratum', () => {
		for (const c of corrections) expect(correctionHref(atlas, claims, c), c.id).toMatch(/^\/[a-z]/);
		expect(href('link-lesson-1-glasgow', 'argument.json')).toBe('/place/glasgow#link-lesson-1-glasgow');
		expect(href('pair-lesson-1-weakness-a', 'argument.json')).toBe('/lessons#pair-lesson-1-weakness-a');
		expect(href('lesson-6', 'argument.json')).toBe('/lessons?item=lesson-6#lesson-6');
		expect(href('contrast-glasgow-okinawa', 'comparison.json')).toBe(
			'/compare/glasgow/okinawa#contrast-glasgow-okinawa'
		);
		expect(href('universities', 'comparison.json')).toMatch(/^\/compare\/[a-z-]+\/[a-z-]+#dim-universities$/);
		expect(href('ev-paper-presented', 'timeline.json')).toBe('/timeline#ev-paper-presented');
		expect(href('§P.0', 'paper.json')).toBe('/about#loc-sP-0');
	});

	it('points into a place’s paragraph or "sources differ" entry where the field is one', () => {
		const glasgow = atlas.places.find((f) => f.properties.id === 'glasgow')!.properties;
		expect(href('glasgow', 'places/cases.geojson', 'narrative[1].text')).toBe(
			`/place/glasgow#${glasgow.narrative[1].id}`
		);
		expect(href('glasgow', 'places/cases.geojson', 'conflicts[0].note')).toBe(
			`/place/glasgow#${glasgow.conflicts![0].id}`
		);
		expect(href('glasgow', 'places/cases.geojson', 'summary')).toBe('/place/glasgow');
		expect(href('glasgow-region', 'regions.geojson', 'summary')).toBe('/place/glasgow-region');
		expect(href('atlantis', 'places/cases.geojson')).toBeNull();
	});
});
