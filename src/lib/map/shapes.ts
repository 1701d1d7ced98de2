/**
 * The shape of each kind of place, shared by the map's icons and the UI's legend icons. Its own
 * module so that the page's first JavaScript (the legend) does not pull in the map's style and
 * layer lists, which load with the map engine.
 */
import type { PlaceKind } from '../data/schema';

export const SHAPES: Record<PlaceKind, 'circle' | 'square' | 'triangle' | 'diamond'> = {
	case: 'circle',
	firm: 'square',
	'meti-cluster': 'triangle',
	'mext-cluster': 'diamond'
};
