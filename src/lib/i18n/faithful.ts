/**
 * Strings of what the paper says and what the atlas reads into it: the basis of every tie
 * (links, pairs, contrasts), the sources' tiers, the corrections list, and the guided reading
 * (/read). Spread into the catalogue in en.ts; `faithful.ja.ts` has every key.
 */
export const en = {
	// the basis of a tie
	basisPaper: 'Stated in the paper',
	basisAtlasLink: 'Linked by the atlas',
	basisAtlasPair: 'Paired by the atlas',
	basisAtlasContrast: 'Set side by side by the atlas',
	basisPaperHelp: 'The paper itself makes this tie; the locators give the passages that state it.',
	basisAtlasHelp:
		'The atlas’s reading: the paper says each side, but does not tie them; the locators give what the reading rests on.',
	basisWhy: 'Why',
	basisStatedAt: 'Stated at',
	basisRestsOn: 'Rests on',

	// sources: what kind of document each is
	tierOfficial: 'Official or primary',
	tierScholarly: 'Scholarly',
	tierPress: 'Press',
	tierReference: 'Reference work',
	tierCopy: 'Stored copy',
	sourceCopyOf: 'A copy standing in for:',
	sourceTierLabel: 'Kind of source',
	sourcesOrder: 'Official and primary sources first.',

	// the Japanese name's note (a provisional rendering is never shown as the official name)
	nameJaNote: 'About the Japanese name',

	// about: the paper's ties and the atlas's, and the corrections
	aboutBasisHeading: 'What the paper says and what the atlas reads into it',
	aboutBasisText:
		'The paper lists eight Western lessons (§2.5), nine weaknesses of the Japanese approach (§5.2) and ten implications for SMEs (§5.4). It draws the lessons from Western Scotland and Glasgow, the West Midlands and Shannon together, but it never pairs a lesson with a weakness, and it never ties a weakness or an implication to a named place or firm. The atlas does both, because these readings help to follow the argument on the map. Wherever it does, the screen says so (“linked by the atlas”, “paired by the atlas”, “the atlas’s reading”) and the locators give the passages the reading rests on; “stated in the paper” means the paper itself makes the tie. The exports carry the same basis beside every tie.',
	aboutErrataHeading: 'Corrections',
	aboutErrataText:
		'This edition corrects {n} fields of the atlas’s account of the paper and of its outside facts. Each correction says what the field said, what it says now and why, and links to the record.',
	aboutErrataKinds: 'By kind of correction',
	aboutErrataAll: 'Read all {n} corrections',
	errataTitle: 'Corrections',
	errataIntro:
		'Every field this edition corrected, grouped by the kind of error, each with what it said, what it says now, why, and the passages or sources the correction rests on. The list ships with the data (geodata/corrections.json, and corrections.csv in the data package).',
	errataReasonsEnglish: 'The reasons are given in English.',
	errataKindAdds: 'Said more than the passage says',
	errataKindSharpensReverses: 'Sharpened or reversed the paper’s judgement',
	errataKindPaperVsAtlas: 'Gave the atlas’s reading as the paper’s',
	errataKindWrongLocator: 'Wrong or missing locator',
	errataKindJapanese: 'Japanese meaning something else than the English',
	errataKindOutsideFact: 'Outside fact corrected',
	errataWas: 'Was',
	errataNow: 'Now',
	errataWhy: 'Why',
	errataNothing: '(nothing)',
	errataRecord: '{record}, {field}',
	errataCount: '{n} corrections',

	// the guided reading
	navRead: 'Read',
	readHeading: 'A guided reading of the paper',
	readIntro:
		'Mitsui’s argument in the paper’s own order, in {n} steps, about {minutes} minutes in all, with the map following. Every sentence is the atlas’s paraphrase with its locator in the paper; a sentence that is the atlas’s own framing is marked “the atlas’s reading”.',
	readStart: 'Start reading',
	readAll: 'The whole reading on one page, to print',
	readSteps: 'The steps',
	readStepOf: 'Step {n} of {total}',
	readPrev: 'Previous',
	readNext: 'Next',
	readNextStep: 'Next step: {title}',
	readKeys: 'The left and right arrow keys move between steps.',
	readAtlas: 'The atlas’s reading',
	readLinks: 'Read on',
	readOverview: 'All steps',
	readEnd: 'The end of the reading.',
	readSectionP: 'Preface',
	readSection: 'Section {n}',
	readFilters:
		'The map shows what this step is about: it frames its places and marks {n}, and sets the filters below (change them freely).',
	readFiltersNone:
		'The map shows what this step is about: it frames its area and sets the filters below (change them freely).',
	readIntroduced: 'In the guided reading: step {n}, {title}',
	readLinkLesson: 'The eight Western lessons',
	readLinkWeakness: 'The nine Japanese weaknesses',
	readLinkImplication: 'The ten implications for SMEs',
	readLinkPeriod: 'Timeline: places active in {years}',
	readLinkEvent: 'Timeline: {label}',
	readLinkAboutPaper: 'About: the paper',
	readLinkAboutLocators: 'About: locators',
	readLinkAboutReferences: 'About: the paper’s references',
	readLinkAboutSources: 'About: outside sources',
	readLinkAboutBasis: 'About: the paper’s ties and the atlas’s',
	readLinkAboutCorrections: 'About: corrections',
	readLinkStep: 'Back to step {n}: {title}',
	readPrintNote:
		'Printed from Cluster Atlas: a guided reading of Mitsui (2003). Locators such as §4.3 point into the paper.'
};
