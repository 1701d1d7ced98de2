import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/lib/map/legend';

// a monospace measure: one unit per character
const mono = (s: string) => s.length;

describe('wrap (the PNG legend’s line breaking)', () => {
	it('breaks between words and never exceeds the width', () => {
		const lines = wrap(mono, 'Boundaries: Natural Earth and the sources cited', 16);
		expect(lines.join(' ').replace(/\s+/g, ' ')).toBe('Boundaries: Natural Earth and the sources cited');
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(16);
		expect(lines[0]).toBe('Boundaries:');
	});

	it('cuts a URL longer than the column, keeping every character', () => {
		const url = 'http://127.0.0.1:4173/place/hokkaido?sectors=biotech,ict&lang=ja#6.2/43.1/141.3';
		const lines = wrap(mono, url, 20);
		expect(lines.join('')).toBe(url);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
	});

	it('breaks Japanese between characters', () => {
		const lines = wrap(mono, '境界: Natural Earth ・ 地点と記述: 三井(2003)およびクラスター・アトラスに記載の出典', 12);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(12);
		expect(lines.join('').replace(/\s/g, '')).toBe(
			'境界:NaturalEarth・地点と記述:三井(2003)およびクラスター・アトラスに記載の出典'
		);
	});
});
