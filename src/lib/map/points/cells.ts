/**
 * Which index ranges a frame draws: the points whose grid cell meets the view (padded by the
 * largest symbol and offset). Every point still goes through the vertex shader at world zoom,
 * but zoomed in a frame touches a few thousand instead of all of them — under SwiftShader the
 * vertex work of 100k points outside the view was most of a zoomed-in frame. Pure.
 */
import { CELL_LEVEL, cellOf, type PackedPoints } from './pack';

const CELLS = 1 << CELL_LEVEL;
/** More rows than this and each kind is drawn as one band of rows (fewer, longer draw calls). */
export const MAX_ROWS = 16;

/** First index in [lo, hi) whose cell is ≥ key. */
function lowerBound(cells: Uint32Array, key: number, lo: number, hi: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (cells[mid] < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** [start, count] ranges, in draw order, covering every point whose cell meets the Mercator box. */
export function drawRanges(
	points: PackedPoints,
	minX: number,
	minY: number,
	maxX: number,
	maxY: number
): [number, number][] {
	const [x0, x1, y0, y1] = [cellOf(minX), cellOf(maxX), cellOf(minY), cellOf(maxY)];
	const out: [number, number][] = [];
	const push = (start: number, end: number) => {
		if (end <= start) return;
		const last = out[out.length - 1];
		if (last && last[0] + last[1] === start) last[1] += end - start;
		else out.push([start, end - start]);
	};
	const wholeRows = y1 - y0 + 1 > MAX_ROWS || (x0 === 0 && x1 === CELLS - 1);
	for (const g of points.groups) {
		if (wholeRows) {
			push(
				lowerBound(points.cell, y0 * CELLS, g.start, g.end),
				lowerBound(points.cell, (y1 + 1) * CELLS, g.start, g.end)
			);
			continue;
		}
		for (let y = y0; y <= y1; y++)
			push(
				lowerBound(points.cell, y * CELLS + x0, g.start, g.end),
				lowerBound(points.cell, y * CELLS + x1 + 1, g.start, g.end)
			);
	}
	return out;
}
