/**
 * The downloads of "Cite and download", loaded when one is asked for (the first view's code holds
 * only the buttons): the places listed as GeoJSON (with the polygons of their regions) or CSV, each
 * kind and sector named in the UI's language beside its id, and the map as a PNG with its legend.
 * Each returns the name of the file it saved.
 */
import { resolve } from '$app/paths';
import type { Explorer } from '$lib/state/explorer.svelte';
import type { MapContext } from '$lib/map/context.svelte';
import {
	exportFileName,
	fromGeoJSON,
	toCSV,
	toGeoJSON,
	type ExportPlace,
	type ExportProperties
} from '$lib/data/export';
import { composeMapImage, type LegendSpec } from '$lib/map/legend';
import { formatDate, todayIso } from '$lib/i18n/format';
import { editionPath } from '$lib/i18n/edition-path';
import { PLACE_KIND, PLACE_KINDS, REGION_KIND, REGION_KINDS, type RegionKind } from '$lib/data/vocabulary';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import regionsUrl from '$geodata/regions.geojson?url';
import { canvasBlob, permalink, saveBlob } from './download';

const once = <T>(load: () => Promise<T>) => {
	let p: Promise<T> | null = null;
	return () => {
		p ??= load();
		// a failed fetch is tried again next time
		p.catch(() => (p = null));
		return p;
	};
};
const getJson = async <T>(url: string): Promise<T> => {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	return res.json() as Promise<T>;
};

// every place with its provenance, written at build time
const allPlaces = once(() =>
	getJson<FeatureCollection<Point, ExportProperties>>(resolve('/data/places.geojson')).then(fromGeoJSON)
);
type RegionProps = { id: string; kind: RegionKind } & Record<string, unknown>;
// the region polygons: the file the map draws, so usually in the browser's cache already
const allRegions = once(() => getJson<FeatureCollection<Geometry, RegionProps>>(regionsUrl).then((fc) => fc.features));

/** The listed places' records, their kinds and sectors named in the UI's language. */
async function listedRecords(explorer: Explorer): Promise<ExportPlace[]> {
	const byId = new Map((await allPlaces()).map((p) => [p.id, p]));
	return explorer.listed.flatMap((p) => {
		const r = byId.get(p.id);
		return r
			? [
					{
						...r,
						// each place's page in the edition the download is made in (`/ja/place/…` in Japanese)
						path: editionPath(r.path, explorer.lang),
						kind_label: explorer.t(PLACE_KIND[r.kind].label),
						sector_labels: r.sectors.map((s) => explorer.sectorLabel(s))
					}
				]
			: [];
	});
}

export async function downloadGeoJSON(explorer: Explorer, map: MapContext): Promise<string> {
	const date = todayIso();
	const places = await listedRecords(explorer);
	const search = explorer.search.trim();
	const fc = toGeoJSON(places, {
		title: explorer.t('downloadTitle'),
		url: permalink(map),
		accessed: date,
		...(search ? { search } : {})
	});
	// the polygons the listed places lie in: each place's region, so a case comes with its area
	const wanted = new Set(places.map((p) => p.region));
	const polygons: Feature<Geometry, RegionProps>[] = (await allRegions())
		.filter((f) => wanted.has(f.properties.id))
		.map((f) => ({
			type: 'Feature',
			id: f.properties.id,
			geometry: f.geometry,
			properties: {
				...f.properties,
				kind_label: explorer.t(REGION_KIND[f.properties.kind].label),
				// a region has its own page, like a place: the permalink in the download's edition
				path: editionPath(`/place/${f.properties.id}`, explorer.lang)
			}
		}));
	const file = exportFileName('geojson', date);
	const out = { ...fc, features: [...fc.features, ...polygons] };
	saveBlob(new Blob([JSON.stringify(out, null, 1)], { type: 'application/geo+json' }), file);
	return file;
}

export async function downloadCSV(explorer: Explorer): Promise<string> {
	const file = exportFileName('csv', todayIso());
	// the byte-order mark makes spreadsheet programs read the file as UTF-8 (Japanese names)
	const csv = toCSV(await listedRecords(explorer), location.origin);
	saveBlob(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), file);
	return file;
}

/** What the map shows, as a legend: only sectors and kinds with places on the map. */
function legend(explorer: Explorer, map: MapContext): LegendSpec {
	const t = explorer.t;
	const shown = explorer.visible;
	const active = explorer.query.sectors ?? explorer.known.sectors;
	const layers = explorer.query.layers;
	return {
		title: t('siteName'),
		subtitle: t('legendHeading'),
		sectorsHeading: t('sectors'),
		sectors: explorer.index.sectors
			.filter((s) => active.includes(s.id) && shown.some((p) => p.sectors.includes(s.id)))
			.map((s) => ({ label: explorer.sectorLabel(s.id), colour: s.colour })),
		placesHeading: t('legendPlaces'),
		kinds: PLACE_KINDS.filter((kind) => shown.some((p) => p.kind === kind)).map((kind) => ({
			kind,
			label: t(PLACE_KIND[kind].layerLabel)
		})),
		regionsHeading: t('legendRegions'),
		// a case region is drawn only while its case passes the filters
		regions: REGION_KINDS.filter(
			(kind) => layers.includes(REGION_KIND[kind].layer) && (kind !== 'case-region' || explorer.visibleCases.length)
		).map((kind) => ({ kind, label: t(REGION_KIND[kind].layerLabel) })),
		attribution: t('legendAttribution'),
		url: permalink(map),
		date: t('legendSaved', { date: formatDate(todayIso(), explorer.lang) })
	};
}

export async function downloadPNG(explorer: Explorer, map: MapContext): Promise<string> {
	const canvas = map.snapshot();
	if (!canvas) throw new Error(explorer.t('downloadMapNotReady'));
	const scale = canvas.width / (canvas.clientWidth || canvas.width);
	const image = await composeMapImage(canvas, legend(explorer, map), scale);
	const file = exportFileName('png', todayIso());
	saveBlob(await canvasBlob(image), file);
	return file;
}
