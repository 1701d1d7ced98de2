/**
 * What the floor, the peer and the limit pages share with each other (not with the app): the dataset, the
 * sector checkboxes, the panel, and the "map idle" signal the bench reads
 * (`document.documentElement.dataset.map`, as the app sets it).
 */
import type { AtlasIndex, PlaceSummary } from '../src/lib/data/atlas-index';

/** `?data=10k` (or `?n=10000`; `?n=1000000` is `1m`), as the app's bench page reads it. */
export function datasetName(): string {
	const params = new URLSearchParams(location.search);
	const n = params.get('n');
	const size = (x: number) => (x % 1e6 === 0 ? `${x / 1e6}m` : x % 1000 === 0 ? `${x / 1000}k` : String(x));
	const raw = params.get('data') ?? (n && /^\d+$/.test(n) ? size(Number(n)) : n) ?? 'real';
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw)) throw new Error(`bad dataset name ${raw}`);
	return raw;
}

export async function loadDataset(): Promise<AtlasIndex> {
	const name = datasetName();
	const res = await fetch(`/bench-data/${name}.json`);
	if (!res.ok) {
		document.getElementById('status')!.textContent = 'Benchmark data not present: run npm run bench.';
		throw new Error(`no dataset ${name}`);
	}
	return (await res.json()) as AtlasIndex;
}

export function setMapState(state: 'loading' | 'idle') {
	document.documentElement.dataset.map = state;
}

/** Checkboxes like the app's (`input[name=sector][value=id]`); `onChange` gets the active ids. */
export function sectorControls(index: AtlasIndex, onChange: (active: string[]) => void) {
	const ul = document.getElementById('sectors')!;
	for (const s of index.sectors) {
		const li = document.createElement('li');
		const label = document.createElement('label');
		const input = document.createElement('input');
		input.type = 'checkbox';
		input.name = 'sector';
		input.value = s.id;
		input.checked = true;
		const swatch = document.createElement('span');
		swatch.className = 'swatch';
		swatch.style.background = s.colour;
		label.append(input, ' ', swatch, ` ${s.label}`);
		li.append(label);
		ul.append(li);
	}
	ul.addEventListener('change', () => {
		const active = [...ul.querySelectorAll<HTMLInputElement>('input[name=sector]')]
			.filter((i) => i.checked)
			.map((i) => i.value);
		onChange(active);
	});
}

export function showPanel(p: PlaceSummary) {
	const panel = document.getElementById('panel')!;
	panel.hidden = false;
	const h = document.getElementById('panel-title')!;
	h.textContent = p.name;
	document.getElementById('panel-sectors')!.textContent = p.sectors.join(', ');
	h.focus();
}

export const colourMap = (index: AtlasIndex) => new Map(index.sectors.map((s) => [s.id, s.colour]));
