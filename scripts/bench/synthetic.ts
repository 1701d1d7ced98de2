/**
 * Seeded synthetic datasets for the benchmark: N places with random sectors, spread over the land
 * of Japan, the UK and Ireland (inside the basemap's admin-1 units, chosen by area), shaped like
 * the AtlasIndex every page embeds. Deterministic: one seed, one dataset, byte for byte.
 * Never committed: `npm run bench` writes them into build/bench-data/.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AtlasIndex, PlaceSummary } from '../../src/lib/data/atlas-index';
import type { PlaceKind } from '../../src/lib/data/vocabulary';

export type Unit = Feature<Polygon | MultiPolygon, { id: string; name: string; country: string }>;

/** mulberry32: a small, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// programme points only: the paper's six cases keep their regions and labels, synthetic places don't
const KINDS: PlaceKind[] = ['meti-cluster', 'mext-cluster', 'firm'];

/** `syn-000001`…: stable ids, sortable, kebab-case like the real ones. */
export const syntheticId = (i: number) => `syn-${String(i + 1).padStart(6, '0')}`;

export function syntheticIndex(
	n: number,
	seed: number,
	units: FeatureCollection,
	base: Pick<AtlasIndex, 'paper' | 'sectors'>
): AtlasIndex {
	const random = prng(seed);
	const land = (units.features as Unit[])
		.filter((f) => ['JP', 'GB', 'IE'].includes(f.properties.country))
		.map((f) => ({ f, box: bbox(f), weight: area(f) }));
	const total = land.reduce((s, u) => s + u.weight, 0);
	const pickUnit = () => {
		let r = random() * total;
		for (const u of land) if ((r -= u.weight) <= 0) return u;
		return land[land.length - 1];
	};
	const sectorIds = base.sectors.map((s) => s.id);
	const round = (x: number) => Math.round(x * 1e5) / 1e5;
	const places: PlaceSummary[] = [];
	/** a point inside the unit by rejection sampling in its bbox (island units can take many tries) */
	const pointIn = (u: (typeof land)[number]): [number, number] | null => {
		const [w, s, e, nn] = u.box;
		for (let tries = 0; tries < 5000; tries++) {
			const p: [number, number] = [round(w + random() * (e - w)), round(s + random() * (nn - s))];
			if (booleanPointInPolygon(p, u.f)) return p;
		}
		return null;
	};
	for (let i = 0; i < n; i++) {
		let u = pickUnit();
		let at = pointIn(u);
		while (!at) at = pointIn((u = pickUnit()));
		const [lon, lat] = at;
		const k = 1 + Math.floor(random() * 3);
		const sectors: string[] = [];
		while (sectors.length < k) {
			const id = sectorIds[Math.floor(random() * sectorIds.length)];
			if (!sectors.includes(id)) sectors.push(id);
		}
		const start = 1990 + Math.floor(random() * 30);
		places.push({
			id: syntheticId(i),
			kind: KINDS[Math.floor(random() * KINDS.length)],
			name: `Synthetic place ${i + 1} (${u.f.properties.name})`,
			country: u.f.properties.country as PlaceSummary['country'],
			region: u.f.properties.id,
			sectors: sectorIds.filter((id) => sectors.includes(id)),
			start,
			end: random() < 0.5 ? null : start + 1 + Math.floor(random() * 10),
			lon,
			lat,
			precision: 'exact',
			inRegions: [],
			offset: [0, 0]
		});
	}
	return { paper: base.paper, sectors: base.sectors, places, regions: [], itemIds: [] };
}
