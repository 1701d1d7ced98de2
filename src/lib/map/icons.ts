/**
 * Point symbols drawn on a canvas at start-up: one shape per programme (so colour is never the
 * only cue) filled with the sector's colour, with a white halo and a dark edge for contrast on
 * any basemap; and the hollow rings for selection and emphasis.
 */
import { PLACE_KIND, PLACE_KINDS, type PlaceKind, type Shape } from '../data/vocabulary';

export const ICON_PIXEL_RATIO = 2;
const SIZE = 40; // device pixels

/** The image of a place's point: its kind's shape in its first sector's colour. */
export function iconName(kind: PlaceKind, sector: string): string {
	return `${PLACE_KIND[kind].shape}-${sector}`;
}

/** The outline of a programme's shape centred on (c, c); also drawn by the PNG legend. */
export function path(ctx: CanvasRenderingContext2D, shape: Shape, c: number, r: number) {
	ctx.beginPath();
	if (shape === 'circle') ctx.arc(c, c, r, 0, Math.PI * 2);
	else if (shape === 'square') ctx.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
	else if (shape === 'triangle') {
		ctx.moveTo(c, c - r * 1.05);
		ctx.lineTo(c + r * 1.05, c + r * 0.8);
		ctx.lineTo(c - r * 1.05, c + r * 0.8);
		ctx.closePath();
	} else {
		ctx.moveTo(c, c - r * 1.1);
		ctx.lineTo(c + r * 1.1, c);
		ctx.lineTo(c, c + r * 1.1);
		ctx.lineTo(c - r * 1.1, c);
		ctx.closePath();
	}
}

function canvas(): CanvasRenderingContext2D {
	const el = document.createElement('canvas');
	el.width = SIZE;
	el.height = SIZE;
	return el.getContext('2d', { willReadFrequently: true })!;
}

function shapeIcon(shape: Shape, colour: string, isCase: boolean): ImageData {
	const ctx = canvas();
	const c = SIZE / 2;
	const r = SIZE * 0.3;
	path(ctx, shape, c, r);
	ctx.lineJoin = 'round';
	ctx.strokeStyle = '#ffffff';
	ctx.lineWidth = 7;
	ctx.stroke();
	ctx.fillStyle = colour;
	ctx.fill();
	ctx.strokeStyle = '#1a1a1a';
	ctx.lineWidth = isCase ? 3.5 : 2;
	ctx.stroke();
	if (isCase) {
		// a white core marks the paper's own cases even at small sizes
		ctx.beginPath();
		ctx.arc(c, c, r * 0.32, 0, Math.PI * 2);
		ctx.fillStyle = '#ffffff';
		ctx.fill();
	}
	return ctx.getImageData(0, 0, SIZE, SIZE);
}

function ringIcon(colour: string, width: number): ImageData {
	const ctx = canvas();
	const c = SIZE / 2;
	ctx.beginPath();
	ctx.arc(c, c, SIZE / 2 - width / 2 - 1, 0, Math.PI * 2);
	ctx.strokeStyle = '#ffffff';
	ctx.lineWidth = width + 3;
	ctx.stroke();
	ctx.strokeStyle = colour;
	ctx.lineWidth = width;
	ctx.stroke();
	return ctx.getImageData(0, 0, SIZE, SIZE);
}

/** Every image the app layers use, by name. */
export function makeIcons(sectors: readonly { id: string; colour: string }[]): Map<string, ImageData> {
	const out = new Map<string, ImageData>();
	for (const kind of PLACE_KINDS)
		for (const s of sectors)
			out.set(iconName(kind, s.id), shapeIcon(PLACE_KIND[kind].shape, s.colour, kind === 'case'));
	out.set('ring-selected', ringIcon('#111111', 4));
	out.set('ring-emph', ringIcon('#b0004a', 4));
	return out;
}
