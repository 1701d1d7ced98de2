/** Which places are shown, and search over them. Pure: shared by the list, the map and tests. */
import type { PlaceSummary } from './atlas-index';
import { PLACE_KIND, type LayerId, type Period } from './vocabulary';

export interface Filters {
	/** `null` = every sector */
	sectors: readonly string[] | null;
	layers: readonly LayerId[];
	period: Period | null;
}

export type Filterable = Pick<PlaceSummary, 'kind' | 'sectors' | 'start' | 'end'>;

/**
 * A place is active in a period when its known span overlaps it. An unknown start counts as
 * "before", an unknown end as "still running": we never hide a place for lack of a date.
 */
export function activeIn(p: Pick<Filterable, 'start' | 'end'>, period: Period | null): boolean {
	if (!period) return true;
	const start = p.start ?? -Infinity;
	const end = p.end ?? Infinity;
	return start <= period.to && end >= period.from;
}

/** A place with several sectors stays visible while any of its sectors is on. */
export function isVisible(p: Filterable, f: Filters): boolean {
	if (!f.layers.includes(PLACE_KIND[p.kind].layer)) return false;
	if (f.sectors !== null && !p.sectors.some((s) => f.sectors!.includes(s))) return false;
	return activeIn(p, f.period);
}

/** Katakana to hiragana (ァ…ヶ → ぁ…ゖ, ヴ → ゔ); ー and everything else unchanged. */
export function toHiragana(s: string): string {
	return s.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Spaces and punctuation, Latin and Japanese (・、。「」 …): one space in the folded text. */
const SEPARATORS = /[\s\-_'’.,()/·・、。「」『』【】]+/g;

/**
 * Folds text for search so that every way of writing a name meets:
 * - Latin: case, width, diacritics (ō → o) and long vowels written out (ou, oo, uu → o, u), so
 *   `Hokkaido`, `hokkaidou`, `Hokkaidō` and `ＨＯＫＫＡＩＤＯ` are one;
 * - Japanese: half-width katakana to full width (ｷｭｳｼｭｳ → キュウシュウ) and katakana to
 *   hiragana (キュウシュウ → きゅうしゅう); kanji stay as they are (the reading finds them).
 * NFKD takes the diacritics and the width apart; NFC puts kana and their voicing marks back together
 * (ｶﾞ → ガ), so voiced kana compare as one character.
 */
export function fold(s: string): string {
	return toHiragana(
		s
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.normalize('NFC')
	)
		.toLowerCase()
		.replace(/ou|oo/g, 'o')
		.replace(/uu/g, 'u')
		.replace(SEPARATORS, ' ')
		.trim();
}

export type Searchable = Pick<PlaceSummary, 'id' | 'name' | 'name_ja' | 'name_ja_reading' | 'name_romaji'>;

/** What a search looks in, folded: computed once per place, not once per place and keystroke. */
export interface SearchKey {
	hay: string;
	compact: string;
}

/**
 * The names a place is found by: English, Japanese, its hiragana reading (so きゅうしゅう and
 * キュウシュウ find 九州), romaji and the id; `also`: more words (its sectors' names, in both languages).
 */
export function searchKey(p: Searchable, also: readonly string[] = []): SearchKey {
	const names = [
		p.name,
		p.name_ja ?? '',
		p.name_ja_reading ?? '',
		p.name_romaji ?? '',
		p.id.replace(/-/g, ' '),
		...also
	];
	const hay = fold(names.join(' | '));
	return { hay, compact: hay.replace(/ /g, '') };
}

/**
 * A test for one query over search keys; `null` when the query is empty (everything matches). Every
 * word of the query must appear in one of the place's names (English, Japanese, reading, romaji), its id or
 * the other words its key was given (its sectors).
 */
export function matcher(query: string): ((key: SearchKey) => boolean) | null {
	const q = fold(query);
	if (!q) return null;
	const words = q.split(' ');
	return (k) => words.every((w) => k.hay.includes(w) || k.compact.includes(w));
}
