/**
 * The self-hosted font covers every character the atlas writes: each code point of geodata/ and of
 * the UI catalogues is claimed by a shipped subset (the @font-face unicode-ranges the page and the
 * map use) whose file really has the glyph, and no subset can make the browser take a letter apart
 * (the macron bug: "Sangyō Purojekuto" drawn as "Sangyo¯Purojekuto").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { fontDir, parseRange, readFaces, withoutMarks } from '../../scripts/vite-fonts';

const faces = readFaces();
const files = join(fontDir(), 'files');
const glyphs = new Map<string, Set<number>>();
const has = (file: string, cp: number) => {
	let set = glyphs.get(file);
	if (!set) {
		const font = fontkit.openSync(join(files, file)) as unknown as { characterSet: number[] };
		glyphs.set(file, (set = new Set(font.characterSet)));
	}
	return set.has(cp);
};
const covers = (ranges: string[], cp: number) =>
	ranges.some((r) => {
		const [a, b] = parseRange(r);
		return cp >= a && cp <= b;
	});

/**
 * Characters Noto Sans JP has no glyph for in any subset: Roman numerals in Japanese source titles
 * quoted as published (第Ⅱ期). The browser draws them in a system font; a new character missing
 * from the font fails the test instead of joining this list unseen.
 */
const NOT_IN_THE_FONT = new Set([0x2160, 0x2161]);

/** Every code point of the data and of the UI strings (both languages), with where it was seen. */
function textCodePoints(): Map<number, string> {
	const out = new Map<number, string>();
	const read = (dir: string, test: RegExp) => {
		for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
			if (entry.isFile() && test.test(entry.name)) {
				const path = join(entry.parentPath, entry.name);
				for (const c of readFileSync(path, 'utf8')) {
					const cp = c.codePointAt(0)!;
					// controls and line breaks are not drawn
					if (cp >= 0x20 && !out.has(cp)) out.set(cp, path);
				}
			}
	};
	// the glossary is the validator's rules, never drawn: it names the look-alike characters it forbids (⁓, ∼)
	read('geodata', /^(?!glossary\.json$).*\.(geo)?json$/);
	read('src/lib/i18n', /\.ts$/);
	return out;
}

describe('the self-hosted font covers the atlas’s text', () => {
	const points = textCodePoints();

	it('every character of the data and the UI strings has a subset that claims it and draws it', () => {
		expect(points.size).toBeGreaterThan(1000);
		const missing: string[] = [];
		for (const [cp, where] of points) {
			if (NOT_IN_THE_FONT.has(cp)) continue;
			const claimed = faces.filter((f) => covers(f.ranges, cp));
			if (!claimed.some((f) => has(f.file, cp)))
				missing.push(`U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)} (${where})`);
		}
		expect(missing).toEqual([]);
	});

	it('the characters the font lacks are still used (else they leave the list)', () => {
		for (const cp of NOT_IN_THE_FONT) {
			expect(points.has(cp)).toBe(true);
			expect(faces.some((f) => has(f.file, cp))).toBe(false);
		}
	});

	it('the romaji with macrons are among them (ō, ū, ā, Ō: 32 names of the data)', () => {
		for (const c of 'ōūāŌ') expect(points.has(c.codePointAt(0)!)).toBe(true);
	});

	it('no subset can take a letter apart: one that claims its base and its mark also has it whole (ō, not o + ¯)', () => {
		const traps: string[] = [];
		for (const [cp] of points) {
			const parts = [...String.fromCodePoint(cp).normalize('NFD')].map((c) => c.codePointAt(0)!);
			if (parts.length < 2) continue;
			const [base, ...marks] = parts;
			for (const f of faces)
				if (covers(f.ranges, base) && marks.every((m) => covers(f.ranges, m)) && !has(f.file, cp))
					traps.push(`${f.file}: ${String.fromCodePoint(cp)}`);
		}
		expect(traps).toEqual([]);
	});

	it('withoutMarks cuts U+0300–U+036F out of a Latin subset’s ranges and leaves the rest', () => {
		expect(withoutMarks(['U+0000-00FF', 'U+0304', 'U+0308', 'U+2000-206F'])).toEqual(['U+0000-00FF', 'U+2000-206F']);
		expect(withoutMarks(['U+0100-02BA', 'U+02BD-0390'])).toEqual(['U+0100-02BA', 'U+02BD-02FF', 'U+0370-0390']);
		// a subset without Latin letters keeps its marks
		expect(withoutMarks(['U+3041-307F', 'U+0304'])).toEqual(['U+3041-307F', 'U+0304']);
	});
});
