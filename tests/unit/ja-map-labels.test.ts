/**
 * The Japanese map labels: a place is labelled with its `name_ja`, the bare name, and its
 * `name_ja_note` (the atlas's annotation, e.g. a placeholder name) is never drawn: it is not in
 * what the map receives at all.
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas, loadIndex } from '../../src/lib/data/load.server';
import { appLayers, labelsCollection, LABELS_SOURCE } from '../../src/lib/map/features';

const atlas = loadAtlas();
const index = loadIndex();
const notes = atlas.places.flatMap((f) => (f.properties.name_ja_note ? [f.properties.name_ja_note] : []));

describe('Japanese map labels', () => {
	it('some places carry an annotation (the test has something to find)', () => {
		expect(notes.length).toBeGreaterThanOrEqual(10);
	});

	it('label every place with its name_ja, exactly as in the data', () => {
		const byId = new Map(atlas.places.map((f) => [f.properties.id, f.properties]));
		for (const f of labelsCollection(index.places).features)
			expect(f.properties.name_ja, f.properties.id).toBe(byId.get(f.properties.id)!.name_ja);
	});

	it('never give the map a name_ja_note, nor the summary the map is built from', () => {
		const drawn = JSON.stringify([labelsCollection(index.places), index.places, index.regions]);
		for (const note of notes) expect(drawn).not.toContain(note);
		expect(index.places.some((p) => 'name_ja_note' in p)).toBe(false);
	});

	it('in Japanese, the place labels read name_ja (the English name only where there is none)', () => {
		const labels = appLayers('ja')
			.filter((l) => l.type === 'symbol' && l.source === LABELS_SOURCE)
			.flatMap((l) => {
				const field = (l.layout as Record<string, unknown> | undefined)?.['text-field'];
				return field === undefined ? [] : [JSON.stringify(field)];
			});
		expect(labels.length).toBeGreaterThan(0);
		const nameJa = JSON.stringify(['case', ['!=', ['get', 'name_ja'], ''], ['get', 'name_ja'], ['get', 'name']]);
		for (const l of labels) expect(l).toBe(nameJa);
	});
});
