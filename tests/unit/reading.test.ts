/** The reading views' pure helpers: lesson pairing, timeline order and groups, comparison lookups. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas, readGeodataDir } from '../../src/lib/data/load.server';
import { validateGeodata } from '../../src/lib/data/validate';
import {
	cellOf,
	comparePairs,
	comparedPlaces,
	contrastOf,
	decades,
	firstDay,
	isAfter,
	pairRows,
	periodOf,
	timelineEntries
} from '../../src/lib/data/reading';

const atlas = loadAtlas();

describe('pairRows', () => {
	it('sets each lesson beside the weakness the atlas pairs with it, and lists every lesson and weakness once', () => {
		const rows = pairRows(atlas.argument.items, atlas.argument.pairs);
		const pairs = rows.map((r) => `${r.lesson?.id ?? '-'}|${r.weakness?.id ?? '-'}`);
		expect(pairs).toContain('lesson-2|weakness-d');
		expect(pairs).toContain('lesson-5|weakness-e');
		expect(pairs).toContain('lesson-7|-');
		const ids = rows.flatMap((r) => [r.lesson?.id, r.weakness?.id]).filter(Boolean);
		const expected = atlas.argument.items.filter((i) => i.group !== 'implication').map((i) => i.id);
		expect([...ids].sort()).toEqual([...expected].sort());
		// lessons first, in printed order; the unpaired weaknesses after them
		expect(rows.slice(0, 8).map((r) => r.lesson?.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
		expect(rows.slice(8).every((r) => !r.lesson && r.weakness)).toBe(true);
		// each row that pairs names its pair, and every pair is the atlas's (the paper lists the groups apart)
		for (const r of rows.filter((x) => x.lesson && x.weakness))
			expect(r.pair?.items).toEqual([r.lesson!.id, r.weakness!.id]);
		expect(atlas.argument.pairs.map((p) => p.basis.by)).toEqual(atlas.argument.pairs.map(() => 'atlas'));
	});

	it('never pairs one weakness with two lessons', () => {
		const items = [
			{ id: 'l1', group: 'lesson' as const },
			{ id: 'l2', group: 'lesson' as const },
			{ id: 'w1', group: 'weakness' as const },
			{ id: 'w2', group: 'weakness' as const }
		];
		const basis = { by: 'atlas' as const, locators: ['§2.5.L1'], why: 'a test pair' };
		const pairs = [
			{ id: 'p1', items: ['l1', 'w1'] as [string, string], note: 'first pair', basis },
			{ id: 'p2', items: ['l2', 'w1'] as [string, string], note: 'second pair', basis }
		];
		expect(pairRows(items, pairs).map((r) => [r.lesson?.id, r.weakness?.id])).toEqual([
			['l1', 'w1'],
			['l2', undefined],
			[undefined, 'w2']
		]);
	});
});

describe('dates', () => {
	it('reads a partial date as its first day', () => {
		expect(firstDay('1999')).toBe('1999-01-01');
		expect(firstDay('1999-04')).toBe('1999-04-01');
		expect(firstDay('2002-04-15')).toBe('2002-04-15');
	});

	it('marks as later context only what cannot fall on or before the paper', () => {
		expect(isAfter('2003', '2003-09-22')).toBe(false);
		expect(isAfter('2003-09', '2003-09-22')).toBe(false);
		expect(isAfter('2003-09-22', '2003-09-22')).toBe(false);
		expect(isAfter('2003-09-29', '2003-09-22')).toBe(true);
		expect(isAfter('2004', '2003-09-22')).toBe(true);
	});

	it('turns an event into the years it covers', () => {
		expect(periodOf({ date: '1980', end: '1989' })).toEqual({ from: 1980, to: 1989 });
		expect(periodOf({ date: '2002-04-15' })).toEqual({ from: 2002, to: 2002 });
	});

	it('lists the decades the events span', () => {
		expect(
			decades([{ date: '1959' }, { date: '1980', end: '1989' }, { date: '2003-09-22' }]).map((d) => d.from)
		).toEqual([1950, 1960, 1970, 1980, 1990, 2000]);
		expect(decades([])).toEqual([]);
	});
});

describe('timelineEntries', () => {
	const ev = (id: string, date: string, differs?: string, end?: string) => ({ id, date, differs, end });

	it('orders events by date, keeps equal dates in file order, and gathers a "sources differ" group at its earliest member', () => {
		const entries = timelineEntries(
			[ev('c', '2003', 'g'), ev('a', '1999'), ev('b', '2002-04-15', 'g'), ev('d', '1999'), ev('e', '2004')],
			'2003-09-22'
		);
		expect(
			entries.map((e) => (e.kind === 'event' ? e.event.id : `${e.group}:${e.events.map((x) => x.event.id).join(',')}`))
		).toEqual(['a', 'd', 'g:b,c', 'e']);
		expect(entries.map((e) => (e.kind === 'event' ? e.later : e.events.map((x) => x.later)))).toEqual([
			false,
			false,
			[false, false],
			true
		]);
	});

	it('shows every event of the real timeline exactly once, and the three disagreements the paper has with sources', () => {
		const entries = timelineEntries(atlas.timeline, atlas.paper.date);
		const ids = entries.flatMap((e) => (e.kind === 'event' ? [e.event.id] : e.events.map((x) => x.event.id)));
		expect([...ids].sort()).toEqual(atlas.timeline.map((e) => e.id).sort());
		const groups = entries.filter((e) => e.kind === 'differs').map((e) => (e.kind === 'differs' ? e.group : ''));
		expect(groups).toEqual(expect.arrayContaining(['mext-start', 'meti-start']));
		const mext = entries.find((e) => e.kind === 'differs' && e.group === 'mext-start');
		expect(mext?.kind === 'differs' && mext.events.map((x) => x.event.id)).toEqual([
			'ev-mext-designation',
			'ev-mext-start-paper'
		]);
	});
});

describe('comparison', () => {
	const c = atlas.comparison;

	it('covers the six cases, every one on every dimension', () => {
		expect(comparedPlaces(c).sort()).toEqual(['glasgow', 'hokkaido', 'kansai', 'okinawa', 'shannon', 'west-midlands']);
		for (const p of comparedPlaces(c))
			for (const d of c.dimensions) expect(cellOf(c, p, d.id), `${p}:${d.id}`).toBeDefined();
	});

	it('offers every ordered pair of two different places: 30 compare pages', () => {
		const pairs = comparePairs(c);
		expect(pairs).toHaveLength(30);
		expect(pairs).toContainEqual({ a: 'glasgow', b: 'hokkaido' });
		expect(pairs).toContainEqual({ a: 'hokkaido', b: 'glasgow' });
		expect(pairs.some((p) => p.a === p.b)).toBe(false);
	});

	it('finds why two places are contrasted in either order', () => {
		expect(contrastOf(c, 'glasgow', 'hokkaido')).toBeDefined();
		expect(contrastOf(c, 'hokkaido', 'glasgow')).toBe(contrastOf(c, 'glasgow', 'hokkaido'));
		expect(contrastOf(c, 'shannon', 'okinawa')).toBeUndefined();
	});

	it('says "not stated" for the West Midlands and Shannon wherever the paper has no shared lesson to offer', () => {
		for (const p of ['west-midlands', 'shannon']) {
			expect(cellOf(c, p, 'smes')?.status).toBe('not-stated');
			expect(cellOf(c, p, 'core-body')?.status).toBe('shared-lesson');
		}
	});
});

describe('comparison validation', () => {
	const real = readGeodataDir(join(process.cwd(), 'geodata'));
	const withCells = (edit: (cells: Record<string, unknown>[]) => void) => {
		const doc = JSON.parse(real['comparison.json']) as { cells: Record<string, unknown>[] };
		edit(doc.cells);
		return validateGeodata({ ...real, 'comparison.json': JSON.stringify(doc) }).errors.filter(
			(e) => e.file === 'comparison.json'
		);
	};

	it('reports a cell that fails its own checks once, not again as a missing cell', () => {
		const errors = withCells((cells) => {
			cells[1].locators = [];
		});
		expect(errors.map((e) => e.field)).toEqual(['locators']);
	});

	it('reports a place missing a dimension, and a second cell for the same place and dimension', () => {
		const errors = withCells((cells) => {
			const i = cells.findIndex((c) => c.place === 'okinawa' && c.dimension === 'budget');
			cells.splice(i, 1);
			cells.push({ ...cells[0] });
		});
		expect(errors.map((e) => `${e.id} ${e.message}`)).toEqual([
			'glasgow:initiative duplicate cell (one per place and dimension)',
			'okinawa no cell for dimension "budget" (use status "not-stated" if the paper is silent)'
		]);
	});
});
