/**
 * Strings of the way in and of the map's own explanations: the landing (the six cases, the
 * argument in brief), the search at the top of the sidebar, the keyboard hints of the filters,
 * the map key, the related places of a panel, and the notes behind the provenance badges and
 * the locators. Spread into the catalogue in en.ts; `explain.ja.ts` has every key.
 */
export const en = {
	skipToSearch: 'Skip to the search',
	// the landing
	landingCasesHeading: 'The paper’s six cases',
	landingRead: 'Read the whole argument, step by step, with the map following',
	landingAssess: 'hold your own region against the paper’s lessons and weaknesses',
	landingArgumentHeading: 'The argument in brief',
	caseLineGlasgow: 'The main Western example: inward investment first, then a home-grown cluster strategy for Glasgow.',
	caseLineWestMidlands: 'Named with Shannon as a Western region whose experience resembled Glasgow’s.',
	caseLineShannon: 'Ireland’s Shannon district, the other Western region the paper finds similar.',
	caseLineHokkaido: 'Local leaders studied Finland before METI’s plan began; three local SMEs are profiled.',
	caseLineOkinawa: 'Remote islands trying the cluster idea through ICT, call centres and applied biotechnology.',
	caseLineKansai: 'Four METI cluster plans, and a plating subcontractor that now helps make DNA chips.',
	argumentCompare:
		'Mitsui sets the cluster policies of Western Scotland and Glasgow, the West Midlands and Shannon against Japan’s national programmes: the 19 cluster plans METI drew up bureau by bureau, and MEXT’s knowledge clusters.',
	argumentLessons:
		'The Western cases share eight lessons, from firm commitment and a strong, self-governing lead body to local partnership and a wide range of target industries.',
	argumentWeaknesses:
		'Against them, Japan’s approach looks thin on local initiative and partnership, divided between ministries and fixed on high technology; left that way, a policy meant for local growth risks being steered from the centre.',
	argumentConclusion: 'The conclusion: clusters can serve SMEs, but only where entrepreneurs take the lead.',
	// the search
	searchMatches: '{n, plural, =0 {No place matches} one {# place matches} other {# places match}}',
	searchAllInList: 'All {n} in the list of places',
	// the filters
	filterKeys: 'Arrow keys move between the filters of this group; Space turns one on or off.',
	// the map key
	keyHeading: 'Map key',
	keyShape: 'Shape: what kind of place',
	keyColour: 'Colour: its sector',
	keyAreas: 'Areas',
	keyReading: 'Reading a symbol',
	keySeveral: 'Several sectors: one slice each (up to four)',
	keyExact: 'Exact location: no outer ring',
	keyCity: 'Located at city level: a dashed ring around it',
	keyRegion: 'Stands for a whole region (approximate): a dotted ring and a paler fill',
	keySelected: 'The open place: dark ring',
	keyEmphasised: 'Marked by this page (a lesson, a comparison): red ring',
	keyShown: '{n} shown',
	keyNothing: 'Nothing is shown: every layer or sector is off.',
	keyChange: 'Change what is shown',
	// a panel's related places
	relatedInRegion: '{kinds} in {region}',
	relatedAlso: 'Also linked: {kinds}',
	relatedCount: '({n})',
	// provenance in place
	badgeAboutGrades: 'How the atlas grades its statements (About)',
	badgeAboutPrecision: 'How the atlas places its points (About)',
	badgeAboutDiffer: 'Why both versions are shown (About)',
	badgeDifferHere: 'Both versions are set out below, under “Sources differ”.',
	locatorWhat: 'What this passage of the paper covers',
	locatorLoading: 'Loading the note…',
	locatorFailed: 'The note could not be loaded; About lists every locator.',
	locatorAbout: 'The locator scheme and the paper’s reference (About)',
	locatorNoNote: 'No note is recorded for this locator.',
	notTranslated: '(not translated)'
};
