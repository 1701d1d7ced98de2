import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/lib/map/style';

const { sectors } = JSON.parse(readFileSync('geodata/sectors.json', 'utf8')) as {
	sectors: { id: string; colour: string }[];
};

/** WCAG 2 relative luminance and contrast ratio */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
};

describe('sector colours', () => {
	it.each(sectors.map((s) => [s.id, s.colour]))(
		'%s (%s) keeps 3:1 non-text contrast on land, water and the list',
		(_id, colour) => {
			for (const background of [PALETTE.land, PALETTE.landJapanUkIreland, PALETTE.water, '#ffffff'])
				expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
		}
	);

	it('are distinct', () => {
		expect(new Set(sectors.map((s) => s.colour.toLowerCase())).size).toBe(sectors.length);
	});
});
