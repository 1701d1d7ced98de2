/**
 * Take the data away: the places a user has on screen as GeoJSON (RFC 7946) and CSV (RFC 4180),
 * each place with its provenance — where the paper discusses it (locators), the outside sources,
 * how sure we are (confidence) and how exact its point is (precision) — and its ties to the
 * paper's argument, each with its basis (stated in the paper, or the atlas's reading).
 *
 * The full records are built at build time (`exportRecords`, from the validated atlas) into
 * `/data/places.geojson`; the browser fetches that file on demand, keeps the places listed and
 * writes them out with `toGeoJSON` / `toCSV`. A record says what its ids mean: the kind's and the
 * sectors' labels beside the ids (English in the file; the download writes the UI's language), and
 * each "sources differ" entry in full. Pure: no DOM, no Svelte.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Atlas, BasisBy, Conflict, PlaceProperties, Source } from './schema';
import { sourceIdsOf } from './atlas-index';
import { pick } from './pick';
import { NAME_FIELDS } from './vocabulary';

const SOURCE_FIELDS = ['id', 'title', 'url', 'publisher', 'date'] as const;
export type ExportSource = Pick<Source, (typeof SOURCE_FIELDS)[number]>;

/** A place's own fields in the export, in the order of the published file (the CSV's is CSV_COLUMNS). */
const WHAT = ['id', 'kind', ...NAME_FIELDS, 'country', 'region', 'case', 'status', 'sectors', 'start', 'end'] as const;
const TEXT = ['summary', 'summary_ja'] as const;
const GRADES = ['confidence', 'precision', 'point_basis'] as const;

/** What a place's kind is called (English; the UI has it in both languages). */
export const KIND_LABELS: Record<string, string> = {
	case: 'Paper case',
	firm: 'Firm or SME group',
	'meti-cluster': 'METI industrial cluster plan',
	'mext-cluster': 'MEXT knowledge cluster',
	'case-region': 'Case region',
	'bureau-region': 'METI bureau region'
};

/** A "sources differ" entry in full: `Topic — paper: … (§2.2); sources: … (id, id; likely). Note` */
export function conflictText(c: Conflict): string {
	const paper = `paper: ${c.paper.value} (${c.paper.locators.join(', ')})`;
	const sources = `sources: ${c.sources.value} (${c.sources.sources.join(', ')}; ${c.sources.confidence})`;
	return `${c.topic} — ${paper}; ${sources}${c.note ? `. Note: ${c.note}` : ''}`;
}

/**
 * One place with its provenance: its own fields (`region` is the polygon its point lies in, `case`
 * a firm's paper case, `status` a MEXT region's), flat except `sources` (resolved) and the lists.
 */
export type ExportPlace = Pick<
	PlaceProperties,
	(typeof WHAT)[number] | (typeof TEXT)[number] | (typeof GRADES)[number]
> & {
	lon: number;
	lat: number;
	/** what `kind` and `sectors` are called (English in /data/places.geojson) */
	kind_label: string;
	sector_labels: string[];
	/** where the paper discusses the place and what is said of it (place and narrative locators) */
	locators: string[];
	sources: ExportSource[];
	/**
	 * the items of the paper's argument tied to the place, each with who makes the tie: `paper`
	 * (the paper states it, at `basis_locators`) or `atlas` (the atlas's reading, resting on them)
	 */
	argument: ExportTie[];
	/** where the paper and outside sources disagree about this place, each entry in full */
	conflicts: Conflict[];
	/** path of the place's page in the explorer */
	path: string;
};

/** A place's tie to an item of the argument, with its basis. */
export interface ExportTie {
	item: string;
	basis: BasisBy;
	basis_locators: string[];
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Every place of the atlas as an export record (build time). */
export function exportRecords(atlas: Atlas): ExportPlace[] {
	const sourceById = new Map(atlas.sources.map((s) => [s.id, s]));
	const sectorLabel = new Map(atlas.sectors.map((s) => [s.id, s.label]));
	return atlas.places.map((f) => {
		const p = f.properties;
		const [lon, lat] = f.geometry.coordinates;
		const record: ExportPlace = {
			...pick(p, WHAT),
			lon,
			lat,
			kind_label: KIND_LABELS[p.kind],
			sector_labels: p.sectors.map((s) => sectorLabel.get(s) ?? s),
			...pick(p, TEXT),
			locators: unique([
				...p.locators,
				...p.narrative.flatMap((n) => n.locators ?? []),
				...(p.conflicts ?? []).flatMap((c) => c.paper.locators)
			]),
			sources: unique(sourceIdsOf(p)).flatMap((id) => {
				const s = sourceById.get(id);
				return s ? [pick(s, SOURCE_FIELDS)] : [];
			}),
			...pick(p, GRADES),
			argument: atlas.argument.links
				.filter((l) => l.place === p.id)
				.map((l) => ({ item: l.item, basis: l.basis.by, basis_locators: l.basis.locators })),
			conflicts: p.conflicts ?? [],
			path: `/place/${p.id}`
		};
		// optional fields absent rather than `undefined`, so the JSON is the same however it was built
		return JSON.parse(JSON.stringify(record)) as ExportPlace;
	});
}

export type ExportProperties = Omit<ExportPlace, 'lon' | 'lat'>;

export interface ExportMeta {
	/** what the file is, for a person opening it */
	title: string;
	/** the view it was taken from */
	url?: string;
	/** `YYYY-MM-DD` */
	accessed?: string;
	/** the search the list was narrowed by, if any */
	search?: string;
}

/** GeoJSON FeatureCollection of Points `[lon, lat]`; `metadata` is a foreign member (RFC 7946 §6.1). */
export function toGeoJSON(
	places: readonly ExportPlace[],
	meta?: ExportMeta
): FeatureCollection<Point, ExportProperties> & { metadata?: ExportMeta } {
	return {
		type: 'FeatureCollection',
		...(meta ? { metadata: meta } : {}),
		features: places.map(({ lon, lat, ...properties }) => ({
			type: 'Feature',
			id: properties.id,
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties
		}))
	};
}

/** The inverse of `toGeoJSON`: records back from a FeatureCollection. */
export function fromGeoJSON(fc: FeatureCollection<Point, ExportProperties>): ExportPlace[] {
	return fc.features.map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
}

/**
 * The CSV's columns, in order. Lists are joined with `;`. The argument's ties are split by basis:
 * `argument_paper` lists the items the paper ties to the place, `argument_atlas` those the atlas links.
 */
export const CSV_COLUMNS = [
	...WHAT.flatMap((c) =>
		c === 'kind' ? (['kind', 'kind_label'] as const) : c === 'sectors' ? (['sectors', 'sector_labels'] as const) : [c]
	),
	'lon',
	'lat',
	...TEXT,
	'locators',
	'sources',
	'source_urls',
	...GRADES,
	'argument_paper',
	'argument_atlas',
	'conflicts',
	'url'
] as const;

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. */
export function csvField(v: string): string {
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * RFC 4180 CSV with a header and CRLF line ends. `origin` (e.g. `https://host`) turns each
 * place's path into a full `url`. No byte-order mark: the download adds one for spreadsheets.
 */
export function toCSV(places: readonly ExportPlace[], origin = ''): string {
	const cell = (p: ExportPlace, c: (typeof CSV_COLUMNS)[number]): string => {
		switch (c) {
			case 'sectors':
			case 'sector_labels':
			case 'locators':
				return p[c].join(';');
			case 'sources':
				return p.sources.map((s) => s.id).join(';');
			case 'source_urls':
				return p.sources.flatMap((s) => (s.url ? [s.url] : [])).join(';');
			case 'url':
				return origin + p.path;
			case 'argument_paper':
			case 'argument_atlas': {
				const by = c === 'argument_paper' ? 'paper' : 'atlas';
				return p.argument
					.filter((t) => t.basis === by)
					.map((t) => t.item)
					.join(';');
			}
			case 'conflicts':
				// entries hold semicolons of their own: they are set apart by " | "
				return p.conflicts.map(conflictText).join(' | ');
			default: {
				const v = p[c];
				return v === undefined || v === null ? '' : String(v);
			}
		}
	};
	const rows = [CSV_COLUMNS.join(','), ...places.map((p) => CSV_COLUMNS.map((c) => csvField(cell(p, c))).join(','))];
	return rows.join('\r\n') + '\r\n';
}

/** `cluster-atlas-places-2026-05-12.csv` */
export function exportFileName(ext: 'geojson' | 'csv' | 'png', date: string): string {
	return `cluster-atlas-${ext === 'png' ? 'map' : 'places'}-${date}.${ext}`;
}
