/**
 * The map view as a picture to take away: the map's canvas with a legend column beside it — the
 * title, the sectors shown (colour swatches), the programme shapes, the regions, the credits, the
 * permalink of the view and the date. Canvas 2D only (no MapLibre): the caller hands in the map's
 * canvas from the map context's `snapshot()`. It draws the kinds' shapes from the visual spec
 * (./symbology.ts), never from the map's style or layer lists (it is in the page's first
 * JavaScript, with the take-away panel).
 */
import { REGION_KIND, type PlaceKind, type RegionKind } from '../data/vocabulary';
import { EDGE, SHAPE, shapePath } from './symbology';

export interface LegendSpec {
	title: string;
	subtitle: string;
	sectorsHeading: string;
	sectors: { label: string; colour: string }[];
	placesHeading: string;
	kinds: { kind: PlaceKind; label: string }[];
	regionsHeading: string;
	regions: { kind: RegionKind; label: string }[];
	attribution: string;
	url: string;
	date: string;
}

/** Width of the legend column, in CSS pixels (multiplied by the canvas's pixel ratio). */
export const LEGEND_WIDTH = 300;
const PAD = 16;
const ROW = 21;
const FONT = '"Noto Sans JP", system-ui, sans-serif';

type Item =
	| { type: 'text'; text: string; size: number; weight: number; colour: string; gap: number; before: number }
	| { type: 'swatch'; label: string; colour: string }
	| { type: 'shape'; label: string; kind: PlaceKind }
	| { type: 'region'; label: string; kind: RegionKind };

function items(spec: LegendSpec): Item[] {
	const text = (t: string, size: number, weight = 400, gap = 4, colour = '#1d1b18', before = 0): Item => ({
		type: 'text',
		text: t,
		size,
		weight,
		colour,
		gap,
		before
	});
	const heading = (t: string) => text(t, 13, 700, 4, '#1d1b18', 10);
	const out: Item[] = [text(spec.title, 18, 700, 2), text(spec.subtitle, 13, 400, 2, '#4a463f')];
	if (spec.sectors.length)
		out.push(
			heading(spec.sectorsHeading),
			...spec.sectors.map((s) => ({ type: 'swatch' as const, label: s.label, colour: s.colour }))
		);
	if (spec.kinds.length)
		out.push(heading(spec.placesHeading), ...spec.kinds.map((k) => ({ type: 'shape' as const, ...k })));
	if (spec.regions.length)
		out.push(heading(spec.regionsHeading), ...spec.regions.map((r) => ({ type: 'region' as const, ...r })));
	out.push(
		text(spec.attribution, 11, 400, 6, '#4a463f', 14),
		text(spec.url, 11, 400, 4, '#1a4f8a'),
		text(spec.date, 11, 400, 0, '#4a463f')
	);
	return out;
}

/** Greedy line breaking that also breaks inside long words (URLs) and between Japanese characters. */
export function wrap(measure: (s: string) => number, text: string, width: number): string[] {
	const tokens = text.split(/(?<=[\s/?&#=,.、。・:;])|(?=[\u3000-\u9fff\uff00-\uffef])/u).filter(Boolean);
	// a token wider than the column (a long URL) is cut into pieces that fit
	const pieces: string[] = [];
	for (const token of tokens) {
		let rest = token;
		while (rest.length > 1 && measure(rest) > width) {
			let n = rest.length - 1;
			while (n > 1 && measure(rest.slice(0, n)) > width) n--;
			pieces.push(rest.slice(0, n));
			rest = rest.slice(n);
		}
		pieces.push(rest);
	}
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		if (line && measure((line + piece).trimEnd()) > width) {
			lines.push(line.trimEnd());
			line = piece.trimStart();
		} else line += piece;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** Every font face the legend's text needs, loaded before drawing (Japanese subsets load on demand). */
async function loadFonts(spec: LegendSpec) {
	if (typeof document === 'undefined' || !document.fonts) return;
	const text = JSON.stringify(spec);
	await Promise.all([
		document.fonts.load(`400 13px ${FONT}`, text),
		document.fonts.load(`700 13px ${FONT}`, text)
	]).catch(() => {});
}

/**
 * Draws the map and its legend on a new canvas: `map.width + LEGEND_WIDTH × scale` wide, as tall
 * as the map or the legend, whichever is taller. `scale` is the canvas's pixel ratio.
 */
export async function composeMapImage(
	map: HTMLCanvasElement,
	spec: LegendSpec,
	scale: number
): Promise<HTMLCanvasElement> {
	await loadFonts(spec);
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d')!;
	const width = LEGEND_WIDTH - 2 * PAD;
	const font = (size: number, weight: number) => `${weight} ${size}px ${FONT}`;

	// lay out first (in CSS pixels), to know the height
	const laid: { item: Item; lines: string[]; height: number }[] = [];
	for (const item of items(spec)) {
		if (item.type === 'text') {
			ctx.font = font(item.size, item.weight);
			const lines = wrap((s) => ctx.measureText(s).width, item.text, width);
			laid.push({ item, lines, height: item.before + lines.length * item.size * 1.35 + item.gap });
		} else {
			ctx.font = font(12.5, 400);
			const lines = wrap((s) => ctx.measureText(s).width, item.label, width - 28);
			laid.push({ item, lines, height: Math.max(ROW, lines.length * 17 + 4) });
		}
	}
	const legendHeight = PAD * 2 + laid.reduce((h, l) => h + l.height, 0);
	out.width = map.width + Math.round(LEGEND_WIDTH * scale);
	out.height = Math.max(map.height, Math.ceil(legendHeight * scale));

	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, out.width, out.height);
	ctx.drawImage(map, 0, 0);
	ctx.fillStyle = '#d9d3c7';
	ctx.fillRect(map.width, 0, Math.max(1, scale), out.height);

	ctx.save();
	ctx.translate(map.width, 0);
	ctx.scale(scale, scale);
	ctx.textBaseline = 'top';
	let y = PAD;
	for (const { item, lines, height } of laid) {
		if (item.type === 'text') {
			ctx.font = font(item.size, item.weight);
			ctx.fillStyle = item.colour;
			lines.forEach((line, i) => ctx.fillText(line, PAD, y + item.before + i * item.size * 1.35));
		} else {
			const cx = PAD + 8;
			const cy = y + 9;
			if (item.type === 'swatch') {
				ctx.fillStyle = item.colour;
				ctx.fillRect(cx - 7, cy - 7, 14, 14);
				ctx.strokeStyle = '#1a1a1a';
				ctx.lineWidth = 1;
				ctx.strokeRect(cx - 7, cy - 7, 14, 14);
			} else if (item.type === 'shape') {
				const shape = new Path2D(shapePath(SHAPE[item.kind], cx, cy, 6));
				ctx.fillStyle = '#8a8a8a';
				ctx.fill(shape);
				ctx.strokeStyle = EDGE.colour;
				ctx.lineWidth = 1.5;
				ctx.stroke(shape);
			} else {
				const look = REGION_KIND[item.kind];
				ctx.globalAlpha = look.legendOpacity;
				ctx.fillStyle = look.colour;
				ctx.fillRect(cx - 8, cy - 6, 16, 12);
				ctx.globalAlpha = 1;
				ctx.strokeStyle = look.lineColour;
				ctx.setLineDash(look.dashed ? [3, 2] : []);
				ctx.lineWidth = 1.5;
				ctx.strokeRect(cx - 8, cy - 6, 16, 12);
				ctx.setLineDash([]);
			}
			ctx.font = font(12.5, 400);
			ctx.fillStyle = '#1d1b18';
			lines.forEach((line, i) => ctx.fillText(line, PAD + 28, y + 2 + i * 17));
		}
		y += height;
	}
	ctx.restore();
	return out;
}
