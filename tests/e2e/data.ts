/** The real geodata, read in the test process, so expectations come from the source of truth. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface PlaceProps {
	id: string;
	kind: string;
	name: string;
	name_ja?: string;
	name_romaji?: string;
	sectors: string[];
	region: string;
	case?: string;
}
interface Place extends PlaceProps {
	lon: number;
	lat: number;
}

const dir = join(process.cwd(), 'geodata');
const read = <T>(f: string): T => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;

export const places: Place[] = ['cases', 'firms', 'meti-clusters', 'mext-clusters'].flatMap((f) =>
	read<{ features: { geometry: { coordinates: [number, number] }; properties: PlaceProps }[] }>(
		`places/${f}.geojson`
	).features.map((x) => ({
		...x.properties,
		lon: x.geometry.coordinates[0],
		lat: x.geometry.coordinates[1]
	}))
);
export const sectors = read<{ sectors: { id: string; label: string; label_ja: string }[] }>('sectors.json').sectors;
export const regions = read<{
	features: {
		properties: { id: string; kind: string; case?: string; name: string };
		geometry: { type: string; coordinates: unknown };
	}[];
}>('regions.geojson').features;

export const CASE_IDS = ['glasgow', 'west-midlands', 'shannon', 'hokkaido', 'okinawa', 'kansai'] as const;

export const place = (id: string) => {
	const p = places.find((x) => x.id === id);
	if (!p) throw new Error(`no place ${id} in geodata`);
	return p;
};
export const sectorLabel = (id: string) => sectors.find((s) => s.id === id)!.label;
