import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/lib/data/load.server';
import { isVisible, type Filters } from '../../src/lib/data/filter';
import { PLACE_KIND } from '../../src/lib/data/vocabulary';
import { LAYER_IDS } from '../../src/lib/data/vocabulary';
import { mercator, packPoints, type PointInput } from '../../src/lib/map/points/pack';
import { filterUniforms, type PointFilters } from '../../src/lib/map/points/predicate';
import { PointQuery, type Screen } from '../../src/lib/map/points/query';
import { DEFAULT_SIZES, hitRadius, offsetScaleAt, radiiAt } from '../../src/lib/map/points/symbols';
import { KIND, KIND_NAMES } from '../../src/lib/map/points/layout';

const SECTORS = ['biotech', 'ict', 'health'];
const ALL: PointFilters = { sectors: null, layers: ['cases', 'firms', 'meti', 'mext', 'own'], period: null };

/** a flat (unpitched) Web Mercator view of width × height CSS px centred on (lon, lat) */
function view(lon: number, lat: number, zoom: number, width = 1000, height = 800): Screen {
	const [cx, cy] = mercator(lon, lat);
	const world = 512 * 2 ** zoom;
	return {
		zoom,
		project: (x, y) => [(x - cx) * world + width / 2, (y - cy) * world + height / 2],
		unproject: (px, py) => [cx + (px - width / 2) / world, cy + (py - height / 2) / world]
	};
}

const place = (id: string, lon: number, lat: number, over: Partial<PointInput> = {}): PointInput => ({
	id,
	kind: 'meti-cluster',
	sectors: ['ict'],
	start: null,
	end: null,
	lon,
	lat,
	...over
});

// Osaka at zoom 10: 1° of longitude is ~1456 px, so 0.01° is ~14.6 px
const Z = 10;
const screen = view(135.5, 34.7, Z);
const at = (q: PointQuery, id: string) => {
	const i = q.points.indexOf.get(id)!;
	const [x, y] = screen.project(q.points.merc[2 * i], q.points.merc[2 * i + 1]);
	return [
		x + q.points.offset[2 * i] * offsetScaleAt(DEFAULT_SIZES, Z),
		y + q.points.offset[2 * i + 1] * offsetScaleAt(DEFAULT_SIZES, Z)
	];
};
const pick = (q: PointQuery, x: number, y: number, radius = 3, f: PointFilters = ALL) =>
	q.pick(screen, x, y, radius, filterUniforms(f, SECTORS), DEFAULT_SIZES).map((i) => q.points.ids[i]);

describe('picking points on the CPU', () => {
	const q = new PointQuery(
		packPoints(
			[
				place('a', 135.5, 34.7),
				place('b', 135.52, 34.7, { sectors: ['health'] }),
				place('top', 135.7, 34.7, { kind: 'case' }),
				place('under', 135.7002, 34.7),
				place('c', 135.6, 34.75, { kind: 'case', start: 2000, end: 2002 }),
				// three places sharing one spot, spread by their offsets as the index gives them
				place('s1', 135.45, 34.65, { offset: [0, -9] }),
				place('s2', 135.45, 34.65, { offset: [7.8, 4.5], kind: 'firm' }),
				place('s3', 135.45, 34.65, { offset: [-7.8, 4.5], kind: 'mext-cluster' })
			],
			SECTORS
		)
	);

	it('a click on a point finds it, and only it', () => {
		const [x, y] = at(q, 'a');
		expect(pick(q, x, y)).toEqual(['a']);
		const [cx, cy] = at(q, 'c');
		expect(pick(q, cx + 2, cy - 1)).toEqual(['c']);
	});

	it('a click just outside a symbol (its halo and the tolerance) misses', () => {
		const [x, y] = at(q, 'a');
		const reach = hitRadius(radiiAt(DEFAULT_SIZES, Z)[KIND['meti-cluster']]);
		expect(pick(q, x, y - reach - 2.9)).toEqual(['a']);
		expect(pick(q, x, y - reach - 3.1)).toEqual([]);
		expect(pick(q, x, y - 200)).toEqual([]);
	});

	it('places sharing a spot all answer a click on the spot, nearest first', () => {
		const [x, y] = at(q, 's1');
		const centre = [x, y + 9 * offsetScaleAt(DEFAULT_SIZES, Z)];
		expect(pick(q, centre[0], centre[1], 7).sort()).toEqual(['s1', 's2', 's3']);
		expect(pick(q, x, y, 0)).toEqual(['s1']);
		const hits = pick(q, x, y + 2, 12);
		expect(hits[0]).toBe('s1');
	});

	it('two close points both answer when the click is between them, the nearer first', () => {
		const [ax, ay] = at(q, 'a');
		const [bx] = at(q, 'b');
		expect(pick(q, ax + (bx - ax) * 0.4, ay, 10)).toEqual(['a', 'b']);
		expect(pick(q, ax + (bx - ax) * 0.6, ay, 10)).toEqual(['b', 'a']);
	});

	it('under overlapping symbols the one drawn on top comes first', () => {
		const [x, y] = at(q, 'under');
		expect(pick(q, x, y)).toEqual(['top', 'under']);
	});

	it('filtered-out points are never picked: sector, programme or period off', () => {
		const [bx, by] = at(q, 'b');
		expect(pick(q, bx, by, 3, { ...ALL, sectors: ['ict'] })).toEqual([]);
		const [ax, ay] = at(q, 'a');
		expect(pick(q, ax, ay, 3, { ...ALL, layers: ['cases', 'firms'] })).toEqual([]);
		const [cx, cy] = at(q, 'c');
		expect(pick(q, cx, cy, 3, { ...ALL, period: { from: 2003, to: 2010 } })).toEqual([]);
		expect(pick(q, cx, cy, 3, { ...ALL, period: { from: 2002, to: 2010 } })).toEqual(['c']);
		expect(pick(q, cx, cy, 3, { ...ALL, sectors: [] })).toEqual([]);
	});

	it('the points in view are the shown ones inside the canvas', () => {
		const all = q.inView(screen, 1000, 800, filterUniforms(ALL, SECTORS)).map((i) => q.points.ids[i]);
		expect(all.sort()).toEqual(['a', 'b', 'c', 's1', 's2', 's3', 'top', 'under']);
		const narrow = view(135.5, 34.7, 14);
		const ict = q.inView(narrow, 1000, 800, filterUniforms({ ...ALL, sectors: ['ict'] }, SECTORS));
		expect(ict.map((i) => q.points.ids[i])).toEqual(['a']);
	});

	it('bounds frame the given points', () => {
		const b = q.bounds(['a', 'c'].map((id) => q.points.indexOf.get(id)!))!;
		expect(b[0]).toBeCloseTo(135.5, 9);
		expect(b[1]).toBeCloseTo(34.7, 9);
		expect(b[2]).toBeCloseTo(135.6, 9);
		expect(b[3]).toBeCloseTo(34.75, 9);
		expect(q.bounds([])).toBeNull();
	});

	it('an empty dataset answers nothing and does not fail', () => {
		const empty = new PointQuery(packPoints([], SECTORS));
		expect(empty.pick(screen, 10, 10, 5, filterUniforms(ALL, SECTORS), DEFAULT_SIZES)).toEqual([]);
		expect(empty.counts(filterUniforms(ALL, SECTORS)).visible).toBe(0);
	});
});

describe('counts per sector and programme from one pass', () => {
	const index = loadIndex();
	const sectorIds = index.sectors.map((s) => s.id);
	const q = new PointQuery(packPoints(index.places, sectorIds));

	/** the way the legend counts today (Filters.svelte): over the places isVisible shows */
	function expected(f: Filters) {
		const bySector = sectorIds.map(() => 0);
		const byKind = KIND_NAMES.map(() => 0);
		let visible = 0;
		for (const p of index.places)
			if (isVisible(p, f)) {
				visible++;
				byKind[KIND[p.kind]]++;
				for (const s of p.sectors) bySector[sectorIds.indexOf(s)]++;
			}
		return { visible, bySector, byKind };
	}

	const filters: Filters[] = [
		{ sectors: null, layers: [...LAYER_IDS], period: null },
		{ sectors: ['ict', 'biotech'], layers: [...LAYER_IDS], period: null },
		{
			sectors: null,
			layers: [PLACE_KIND.case.layer, PLACE_KIND['meti-cluster'].layer],
			period: { from: 2001, to: 2003 }
		},
		{ sectors: [], layers: [...LAYER_IDS], period: null }
	];
	for (const f of filters)
		it(`match the legend's counts for ${JSON.stringify(f)}`, () => {
			const got = q.counts(filterUniforms(f, sectorIds));
			expect(got).toEqual(expected(f));
		});

	it('the unfiltered count is every place', () => {
		expect(q.counts(filterUniforms(filters[0], sectorIds)).visible).toBe(index.places.length);
	});
});
