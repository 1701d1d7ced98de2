import type { BBox } from './membership';

/** The quick views: the cases sit at both ends of Eurasia. [west, south, east, north] */
export const QUICK_VIEWS: Record<'europe' | 'japan' | 'all', BBox> = {
	europe: [-11.5, 49.5, 3, 59.5],
	japan: [122.5, 23.5, 147, 46],
	all: [-12, 22, 150, 61]
};
