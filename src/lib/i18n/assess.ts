/**
 * Strings of the self-assessment (/assess): your region held against the paper's lessons and
 * weaknesses, beside its six cases (issue 14). Not in the site's catalogue (en.ts): only the
 * /assess page carries them, through `assessT` (../assess/strings.ts); `assess.ja.ts` has every key.
 */
export const en = {
	assessTitle: 'Your region beside the paper',
	assessHeading: 'Your region beside the paper’s cases',
	assessIntro:
		'Describe a region you know on the paper’s own terms: its eight Western lessons and nine Japanese weaknesses. The atlas then sets your answers beside Glasgow, the West Midlands, Shannon, Hokkaido, Okinawa and Kansai, as far as the paper describes them.',
	assessAtlasNoteTitle: 'The atlas’s reading, not the paper’s verdict.',
	assessAtlasNote:
		'Mitsui (2003) never saw your region. Everything below compares your own answers with what the paper ties to each case, by a rule the atlas states at the end; the paper is not its author.',
	assessToResult: 'Go to the result',
	assessPrivacy: 'Your answers are kept in this browser only, and leave it only in a file you download.',
	assessRegionHeading: 'The region',
	assessRegionName: 'Its name',
	assessRegionHint: 'A prefecture, a city region, a cluster: the region you answer for.',
	assessPickArea: 'Or one of your imported areas',
	assessPickAreaNone: '(choose an area)',
	assessAreaUnnamed: 'Unnamed area ({file}, feature {row})',
	assessQuestionsHeading: 'The 17 questions',
	assessQuestionsHint:
		'Each item in the atlas’s words, with its place in the paper. Answer for your region as it is now; a note says why.',
	assessAnswered: '{n} of {total} answered',
	assessMeaning: 'In the paper, as the atlas reads it:',
	assessPromptLesson: 'Does this hold for your region?',
	assessPromptWeakness: 'Does your region show this weakness?',
	assessYes: 'Yes',
	assessPartly: 'Partly',
	assessNo: 'No',
	assessUnknown: 'Don’t know',
	assessUnanswered: 'not answered',
	assessNote: 'Note (optional)',
	assessYourRegion: 'Your region',
	assessResultHeading: '{region} beside the six cases',
	assessReadingNote:
		'The atlas’s reading of your answers beside the paper’s cases, not a finding of the paper, which does not know your region.',
	assessMostHeading: 'The cases it resembles most',
	assessSharedOf: 'shares {n} of the {of} items the paper ties to it',
	assessNet: '{net} more shared than differing',
	assessDiffersOn: 'differs on {items}',
	assessTie: 'These cases are equal by the rule.',
	assessTieWest:
		'The paper draws its lessons from the three Western regions together, so on lessons alone they cannot be told apart.',
	assessNoneYet:
		'None yet: the atlas names a case once your region shares more of the items the paper ties to it (Yes, Partly) than it differs on (No).',
	assessCasesCaption: 'Every case: the items the paper ties to it, and how your answers meet them',
	assessColCase: 'Case',
	assessColTied: 'Items the paper ties to it',
	assessColShared: 'Shared (Yes, Partly)',
	assessColDiffers: 'Differs (No)',
	assessColOpen: 'Open (Don’t know, not answered)',
	assessSilent:
		'The paper ties none of the 17 items to {case}: it is silent here, and the atlas does not set your region beside it.',
	assessProfileHeading: 'A profile on the paper’s own dimensions',
	assessProfileCaption:
		'Your answers and the six cases on the dimensions of the comparison view, each measured by the lessons and weaknesses the atlas ties to it',
	assessColDimension: 'Dimension',
	assessStatusStated: 'described',
	assessStatusShared: 'shared lesson',
	assessStatusNotStated: 'not stated',
	assessProfileKey:
		'L: a Western lesson (§2.5); W: a Japanese weakness (§5.2). In a case’s column: the dimension’s items the paper ties to that case, then whether the comparison view finds the case described on it, named only in a lesson shared by the three Western regions (shared lesson), or not stated in the paper.',
	assessUnmeasured: ' No question measures “{dimension}”, so it is left out.',
	assessShortLesson: 'L{n}',
	assessShortWeakness: 'W-{n}',
	assessImplicationsHeading: 'Implications for SMEs (§5.4)',
	assessImplicationsNote:
		'The paper addresses all ten to small and medium-sized firms in general. The atlas marks those the paper draws from the firms of the cases your region resembles most.',
	assessApplies: 'From a case your region resembles',
	assessDrawnFrom: 'The paper draws it from the SME cases of {cases}.',
	assessDrawnFromNone: 'The paper ties it to no case’s firms.',
	assessRuleHeading: 'How the atlas compares (its rule)',
	assessRule1:
		'What the paper ties to a case: an item counts for a case when the paper links it to the case itself, to one of the case’s firms, or to a place inside the case’s region (the links of the paper’s argument, each with its locators; the lessons page lists them).',
	assessRule2:
		'Shared, differing, open: an item the paper ties to a case is shared when you answer Yes or Partly, differs when you answer No, and stays open when you answer Don’t know or leave it. An item the paper does not tie to a case counts for nothing there: the paper is silent, and the atlas does not guess.',
	assessRule3:
		'Resembles most: the cases where your region agrees with more of the paper’s ties than it contradicts, by the most (shared items less differing ones, above zero); among equals, those with more shared items. These are counts of the paper’s own ties, not scores or weights.',
	assessRule4:
		'A case the paper ties none of the questions to is not compared at all: the page says the paper is silent on it.',
	assessActionsHeading: 'Keep, share, print',
	assessSaved: 'Kept in this browser ({time}).',
	assessSavedHint: 'Your answers are kept in this browser as you go.',
	assessDownload: 'Download as a file (JSON)',
	assessOpen: 'Open a file…',
	assessPrint: 'Print (one A4 page)',
	assessReset: 'Start again',
	assessResetConfirm: 'Clear the region and every answer from this browser?',
	assessResetYes: 'Yes, clear it',
	assessResetNo: 'Keep it',
	assessCleared: 'Cleared. The answers are gone from this browser.',
	assessOpened: 'Opened {file}: the assessment of {region}.',
	assessKeptDamaged: 'The assessment kept in this browser could not be read, so a new one has started.',
	assessBadFile: '{file} cannot be opened as an assessment:',
	assessBadNothingChanged: 'Nothing was changed: your current answers are as they were.',
	assessBadTooLarge: 'It is larger than an assessment can be ({limit} at most).',
	assessBadJson: 'It is not valid JSON.',
	assessBadJsonLine: 'It is not valid JSON (the error is near line {line}).',
	assessBadNotAssessment:
		'It is JSON, but not an assessment saved by the atlas (its “format” is not cluster-atlas-assessment).',
	assessBadVersion:
		'It was saved by a newer version of the atlas (version {version}); this one reads version 1. Open it where it was made.',
	assessBadQuestion: '{path}: the atlas has no such question.',
	assessBadType: '{path}: missing, or of the wrong kind.',
	assessBadTooLong: '{path}: too long.',
	assessBadNotAllowed: '{path}: must be one of {values}.',
	assessBadUnknownField: '{path}: a field the atlas does not know.',
	assessBadDate: '{path}: not a date and time (ISO 8601).',
	assessBadRange: '{path}: out of range.',
	assessCiteLead: 'The paper:',
	assessPrintTitle: '{region} beside the cases of Mitsui (2003): the atlas’s reading',
	assessPrintMeta:
		'Cluster Atlas, {date}. {answered} of {total} questions answered. Answers by the user; the comparison is the atlas’s, by its rule, not the paper’s.',
	assessPrintFooter:
		'Cluster Atlas, edition {edition}: the questions paraphrase the paper in the atlas’s words; the locators (§) point into it. Notes are cut to one line on paper; the JSON file holds them in full.'
};
