/**
 * Questions asked of the packed points on the CPU, with the GPU's own filter test: which points
 * are under the pointer, which are in view, how many per sector and kind, and their bounds.
 * Pure (no GL, no DOM); the spatial index (KDBush) is built on the first spatial question.
 */
import KDBush from 'kdbush';
import { KIND_COUNT } from './layout';
import { lngLat, type PackedPoints } from './pack';
import { passes, type FilterUniforms } from './predicate';
import { hitRadius, offsetScaleAt, radiiAt, type SymbolSizes } from './symbols';

/** The map's camera as picking needs it: Mercator ⇄ CSS pixels of the canvas, and the zoom. */
export interface Screen {
	zoom: number;
	project(x: number, y: number): [number, number];
	unproject(px: number, py: number): [number, number];
}

export interface PointCounts {
	/** points that pass the filter */
	visible: number;
	/** passing points per sector (a point counts once for each of its sectors), by sector index */
	bySector: number[];
	/** passing points per kind code */
	byKind: number[];
}

/** [west, south, east, north] in degrees */
export type LngLatBounds = [number, number, number, number];

export class PointQuery {
	private tree: KDBush | null = null;

	constructor(readonly points: PackedPoints) {}

	/** Builds the spatial index now (otherwise the first spatial question builds it). */
	prepare(): this {
		if (this.points.count > 0) this.index();
		return this;
	}

	/** Indices of every point (filtered or not) whose Mercator position lies in the box. */
	range(minX: number, minY: number, maxX: number, maxY: number): number[] {
		return this.points.count === 0 ? [] : this.index().range(minX, minY, maxX, maxY);
	}

	/**
	 * Every point passing the filter whose drawn symbol (offset and halo included) comes within
	 * `radius` CSS px of (px, py), nearest first (the topmost first among equals).
	 */
	pick(screen: Screen, px: number, py: number, radius: number, filter: FilterUniforms, sizes: SymbolSizes): number[] {
		const { points } = this;
		const radii = radiiAt(sizes, screen.zoom);
		const scale = offsetScaleAt(sizes, screen.zoom);
		const reach = radius + hitRadius(Math.max(...radii)) + maxOffset(points) * scale;
		const box = this.screenBox(screen, px - reach, py - reach, px + reach, py + reach);
		const hits: [number, number][] = [];
		for (const i of this.range(...box)) {
			if (!passes(points, i, filter)) continue;
			const [sx, sy] = screen.project(points.merc[2 * i], points.merc[2 * i + 1]);
			const dx = sx + points.offset[2 * i] * scale - px;
			const dy = sy + points.offset[2 * i + 1] * scale - py;
			const d = Math.hypot(dx, dy) - hitRadius(radii[points.kindPrecision[2 * i]]);
			if (d <= radius) hits.push([Math.max(0, d), i]);
		}
		return hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]).map(([, i]) => i);
	}

	/** Points passing the filter whose position is inside the screen rectangle, in draw order. */
	inView(screen: Screen, width: number, height: number, filter: FilterUniforms): number[] {
		const out = this.range(...this.screenBox(screen, 0, 0, width, height)).filter((i) =>
			passes(this.points, i, filter)
		);
		return out.sort((a, b) => a - b);
	}

	/** Per-sector and per-kind counts of the points passing the filter: one pass over the arrays. */
	counts(filter: FilterUniforms): PointCounts {
		const { points } = this;
		const bySector = new Array<number>(points.sectorIds.length).fill(0);
		const byKind = new Array<number>(KIND_COUNT).fill(0);
		let visible = 0;
		for (let i = 0; i < points.count; i++) {
			if (!passes(points, i, filter)) continue;
			visible++;
			byKind[points.kindPrecision[2 * i]]++;
			for (let m = points.mask[i]; m !== 0; m &= m - 1) bySector[31 - Math.clz32(m & -m)]++;
		}
		return { visible, bySector, byKind };
	}

	/** The bounds of some points (e.g. to frame them), or null for none. */
	bounds(indices: Iterable<number>): LngLatBounds | null {
		let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
		for (const i of indices) {
			const x = this.points.merc[2 * i];
			const y = this.points.merc[2 * i + 1];
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		if (minX > maxX) return null;
		const [w, n] = lngLat(minX, minY);
		const [e, s] = lngLat(maxX, maxY);
		return [w, s, e, n];
	}

	/** The Mercator box covering a screen rectangle (its four corners unprojected). */
	private screenBox(screen: Screen, x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
		const corners = [
			screen.unproject(x0, y0),
			screen.unproject(x1, y0),
			screen.unproject(x0, y1),
			screen.unproject(x1, y1)
		];
		const xs = corners.map((c) => c[0]);
		const ys = corners.map((c) => c[1]);
		return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
	}

	private index(): KDBush {
		if (this.tree) return this.tree;
		const { count, merc } = this.points;
		const tree = new KDBush(count);
		for (let i = 0; i < count; i++) tree.add(merc[2 * i], merc[2 * i + 1]);
		return (this.tree = tree.finish());
	}
}

const maxOffsets = new WeakMap<PackedPoints, number>();
/** The largest spot offset of any point, at offset scale 1. */
export function maxOffset(points: PackedPoints): number {
	let m = maxOffsets.get(points);
	if (m === undefined) {
		m = 0;
		for (let i = 0; i < points.count; i++) m = Math.max(m, Math.hypot(points.offset[2 * i], points.offset[2 * i + 1]));
		maxOffsets.set(points, m);
	}
	return m;
}
