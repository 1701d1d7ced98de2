/**
 * The bit layout shared by the packer, the shaders, the CPU predicate and picking: one set of
 * constants, so that what the GPU hides and what a click can reach never drift apart.
 * Pure (no GL, no DOM).
 */
import type { Precision } from '../../data/schema';
import type { PlaceKind } from '../../data/vocabulary';

/** The four programmes of the paper, plus the user's own imported places (added by a later task). */
export type PointKind = PlaceKind | 'own';

/** Kind codes as the GPU sees them (one bit each in the kinds mask). */
export const KIND: Record<PointKind, number> = { case: 0, firm: 1, 'meti-cluster': 2, 'mext-cluster': 3, own: 4 };
export const KIND_COUNT = 5;
export const KIND_NAMES: readonly PointKind[] = ['case', 'firm', 'meti-cluster', 'mext-cluster', 'own'];

/**
 * Bottom to top, as the app's symbol layers stack today (MEXT, METI, firms, cases): the packer
 * sorts points by this, so one draw call keeps the paper's cases on top.
 */
export const DRAW_ORDER: readonly PointKind[] = ['mext-cluster', 'meti-cluster', 'firm', 'own', 'case'];

/** The layer toggle (`?layers=`) that shows each kind; `own` is the later task's toggle. */
export const KIND_LAYER: Record<PointKind, string> = {
	case: 'cases',
	firm: 'firms',
	'meti-cluster': 'meti',
	'mext-cluster': 'mext',
	own: 'own'
};

export const PRECISION: Record<Precision, number> = { exact: 0, city: 1, region: 2 };

/** A place can be in any of up to 32 sectors (one bit each); the atlas has 13. */
export const MAX_SECTORS = 32;
/** How many of a place's sectors its symbol shows as segments. */
export const MAX_SEGMENTS = 4;
/** A segment slot with no sector. */
export const NO_SEGMENT = 255;

/**
 * Years are int16 on the GPU. An unknown start sorts before every period and an unknown end
 * after every one, exactly like `activeIn` (src/lib/data/filter.ts) treats ±Infinity.
 */
export const NO_START = -32768;
export const NO_END = 32767;
export const clampYear = (y: number) => Math.max(NO_START + 1, Math.min(NO_END - 1, Math.round(y)));

/** Per-point state bits (one byte per point, updated with bufferSubData). */
export const STATE = {
	selected: 1,
	emphasised: 2,
	/** matches the current search (drawn on top, never dimmed) */
	match: 4,
	/** dimmed whatever the search (e.g. not tied to the chosen lesson) */
	dimmed: 8,
	hovered: 16,
	focused: 32
} as const;
export type StateFlag = keyof typeof STATE;

/** Bits that lift a point into the second, on-top pass. */
export const LIFTED = STATE.selected | STATE.emphasised | STATE.hovered | STATE.focused | STATE.match;
