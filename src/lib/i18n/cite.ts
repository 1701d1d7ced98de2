/**
 * Strings of citing: "Cite this view" and "Copy link", "Cite this claim", claim anchors that lead
 * nowhere, the edition line, and the About page's editions, API and licences. Spread into the
 * catalogue in en.ts; `cite.ja.ts` has every key.
 */
export const en = {
	// cite this view, copy link
	citeView: 'Cite this view',
	copyLink: 'Copy link',
	copyLinkLabel: 'Copy link to this exact view',
	linkCopied: 'Link copied: {url}',
	linkCopyFailed: 'Could not copy automatically. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
	citeHeading: 'Cite',
	citeIntroView:
		'The atlas as you see it now: this exact view (its address), the atlas’s edition and today’s date. When you use what the paper says, cite the paper as well.',
	citeWhat: 'What to cite',
	citeSubjectView: 'This view of the map',
	citeSubjectPlace: 'This page: {name}',
	citeSubjectPaper: 'The paper (Mitsui 2003)',
	citeFormat: 'Format',
	citeCopy: 'Copy',
	citeDownload: 'Download',
	citeCopied: 'Copied to the clipboard.',
	citeCopyFailed: 'Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
	citeLoading: 'Formatting the citation…',
	citeFallback:
		'The citation styles could not be loaded (perhaps you are offline on a first visit), so this is the plain reference. The other formats work once the page has been opened online.',
	citeFormatFailed: 'The citation could not be written in this format, so this is the plain reference.',

	// cite this claim
	citeClaim: 'Cite',
	citeClaimHeading: 'Cite this claim',
	citeIntroClaim:
		'This one statement by its permalink, which every later edition keeps, with the passages of the paper it rests on.',
	claimPermalink: 'Permalink',

	// a claim anchor (#id) in the address
	claimNotHere: 'This page has nothing called #{id}.',
	claimOpenPlace: 'Go to {name}',
	claimPageTop: 'Go to the top of the page',
	claimElsewhere: 'The claim #{id} is on another page:',
	claimRetired: 'The claim #{id} was retired in edition {edition}: {note}',
	claimRetiredTo: 'Where it is now',

	// the edition every page shows
	editionLine: 'Edition {version}, {date} · data {revision}',
	editionLink: 'Editions and errata',

	// about: editions, API, licences
	aboutEditionsHeading: 'Editions',
	aboutEditionsText:
		'Each edition of the atlas has a version, a release date and a data revision (a hash of its data files). The id of every claim stays the same from one edition to the next, so a permalink keeps working; a claim that an edition moves or removes leaves a note at its old address.',
	aboutEditionVersion: 'Edition {version}',
	aboutEditionRevision: 'Data revision',
	aboutEditionCorrections: 'Corrections in this edition: {n}',
	aboutEditionThis: 'this edition',
	aboutErrataLink: 'See the errata',
	aboutErrataHeading: 'Errata',
	aboutApiHeading: 'API and data package',
	aboutApiText:
		'The data of each edition are also plain files at fixed addresses, the same in every later edition (a change that breaks them would go to /api/v2/, beside v1). Each file names the edition and the data revision it was built from.',
	aboutApi404: 'An unknown address under /api/ answers with HTTP status 404 and a JSON body.',
	aboutDataPackage:
		'The data package (Frictionless Data Package) describes every table, as CSV and GeoJSON, with its fields, licences and sources:',
	aboutLicencesHeading: 'Licences',
	aboutLicenceData: 'The atlas’s own data (place records, texts, comparisons, timeline, corrections):',
	aboutLicenceOther: 'Boundaries:',
	aboutLicenceCode: 'The code: the repository states no licence yet.',
	aboutCiteAtlas:
		'To cite the atlas, use “Cite this view” beside the map, or the file CITATION.cff at the root of the repository.'
};
