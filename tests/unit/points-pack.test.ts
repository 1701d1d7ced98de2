import { describe, expect, it } from 'vitest';
import { packPoints, mercator, lngLat, type PointInput } from '../../src/lib/map/points/pack';
import { KIND, NO_END, NO_SEGMENT, NO_START, PRECISION } from '../../src/lib/map/points/layout';

const SECTORS = ['biotech', 'ict', 'electronics', 'health', 'tourism'];

const place = (id: string, over: Partial<PointInput> = {}): PointInput => ({
	id,
	kind: 'meti-cluster',
	sectors: ['ict'],
	start: 2001,
	end: 2005,
	lon: 135.5,
	lat: 34.7,
	...over
});

describe('packing places into the points layer arrays', () => {
	it('orders points as the map stacks them (MEXT, METI, firms, own, cases on top), stable within a kind', () => {
		const p = packPoints(
			[
				place('c1', { kind: 'case' }),
				place('m1'),
				place('x1', { kind: 'mext-cluster' }),
				place('f1', { kind: 'firm' }),
				place('m2'),
				place('o1', { kind: 'own' }),
				place('c2', { kind: 'case' })
			],
			SECTORS
		);
		expect(p.ids).toEqual(['x1', 'm1', 'm2', 'f1', 'o1', 'c1', 'c2']);
		for (const [id, i] of p.indexOf) expect(p.ids[i]).toBe(id);
		expect([...p.ids.map((id) => p.kindPrecision[2 * p.indexOf.get(id)!])]).toEqual([
			KIND['mext-cluster'],
			KIND['meti-cluster'],
			KIND['meti-cluster'],
			KIND.firm,
			KIND.own,
			KIND.case,
			KIND.case
		]);
	});

	it('gives each sector its own bit and keeps the first four sectors as segments', () => {
		const p = packPoints([place('a', { sectors: ['tourism', 'biotech', 'ict', 'health', 'electronics'] })], SECTORS);
		expect(p.mask[0]).toBe(0b11111);
		expect([...p.segments.slice(0, 4)]).toEqual([4, 0, 1, 3]);
		const one = packPoints([place('b', { sectors: ['health'] })], SECTORS);
		expect(one.mask[0]).toBe(1 << 3);
		expect([...one.segments.slice(0, 4)]).toEqual([3, NO_SEGMENT, NO_SEGMENT, NO_SEGMENT]);
	});

	it('supports 32 sectors: the last one is bit 31 of an unsigned mask', () => {
		const many = Array.from({ length: 32 }, (_, i) => `s${i}`);
		const p = packPoints([place('a', { sectors: ['s31', 's0'] })], many);
		expect(p.mask[0]).toBe(2 ** 31 + 1);
		expect(() => packPoints([place('a', { sectors: ['s0'] })], [...many, 's32'])).toThrow(/at most 32/);
	});

	it('writes unknown start and end years as before-everything and still-running', () => {
		const p = packPoints([place('a', { start: null, end: null }), place('b', { start: 1999, end: 2003 })], SECTORS);
		expect([...p.years]).toEqual([NO_START, NO_END, 1999, 2003]);
	});

	it('records precision (missing = exact) and the spot offset', () => {
		const p = packPoints(
			[place('a', { precision: 'city', offset: [7.8, -4.5] }), place('b'), place('c', { precision: 'region' })],
			SECTORS
		);
		expect([p.kindPrecision[1], p.kindPrecision[3], p.kindPrecision[5]]).toEqual([
			PRECISION.city,
			PRECISION.exact,
			PRECISION.region
		]);
		expect(p.offset[0]).toBeCloseTo(7.8, 5);
		expect(p.offset[1]).toBeCloseTo(-4.5, 5);
		expect([p.offset[2], p.offset[3]]).toEqual([0, 0]);
	});

	it('splits positions into float32 high and low parts that stay within a millipixel at zoom 14', () => {
		const worldPx = 512 * 2 ** 14;
		const places = [
			place('kyoto', { lon: 135.76803, lat: 35.01163 }),
			place('glasgow', { lon: -4.25181, lat: 55.86424 })
		];
		const p = packPoints(places, SECTORS);
		places.forEach((pl) => {
			const i = p.indexOf.get(pl.id)!;
			const [x, y] = mercator(pl.lon, pl.lat);
			const hiOnlyError = Math.abs(p.pos[4 * i] - x) * worldPx;
			const splitError = Math.abs(p.pos[4 * i] + p.pos[4 * i + 2] - x) * worldPx;
			expect(splitError).toBeLessThan(1e-3);
			expect(Math.abs(p.pos[4 * i + 1] + p.pos[4 * i + 3] - y) * worldPx).toBeLessThan(1e-3);
			// the reason for the split: float32 alone is a tenth of a pixel off here (more beyond zoom 14)
			expect(hiOnlyError).toBeGreaterThan(0.05);
		});
	});

	it('mercator and lngLat are inverse (as MapLibre MercatorCoordinate)', () => {
		expect(mercator(0, 0)).toEqual([0.5, 0.5]);
		const [x, y] = mercator(135.5, 34.7);
		const [lon, lat] = lngLat(x, y);
		expect(lon).toBeCloseTo(135.5, 10);
		expect(lat).toBeCloseTo(34.7, 10);
	});

	it('reports every bad place at once, by id and field, and packs nothing', () => {
		let message = '';
		try {
			packPoints(
				[place('a', { sectors: ['nope'] }), place('b', { lat: 123 }), place('a'), place('c', { kind: 'x' as never })],
				SECTORS
			);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).toContain('a: sectors: unknown sector nope');
		expect(message).toContain('b: lat: not a latitude (123)');
		expect(message).toContain('a: id: appears twice');
		expect(message).toContain('c: kind: unknown kind "x"');
	});

	it('within a kind, points are sorted by grid cell, and each kind is one range', () => {
		const p = packPoints(
			[
				place('south', { lat: 30 }),
				place('case', { kind: 'case' }),
				place('north', { lat: 45 }),
				place('mid', { lat: 35 })
			],
			SECTORS
		);
		expect(p.ids).toEqual(['north', 'mid', 'south', 'case']);
		expect(p.groups).toEqual([
			{ kind: 'meti-cluster', start: 0, end: 3 },
			{ kind: 'case', start: 3, end: 4 }
		]);
		for (let i = 1; i < 3; i++) expect(p.cell[i]).toBeGreaterThanOrEqual(p.cell[i - 1]);
	});

	it('packs an empty dataset', () => {
		const p = packPoints([], SECTORS);
		expect(p.count).toBe(0);
		expect(p.pos.length).toBe(0);
	});
});
