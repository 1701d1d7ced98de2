/** Japanese strings of the faithful feature (see ./faithful.ts), in the Japanese catalogue's chunk. */
import type { en } from './faithful';

export const ja: Record<keyof typeof en, string> = {
	basisPaper: '論文が明記',
	basisAtlasLink: 'アトラスによる結びつけ',
	basisAtlasPair: 'アトラスによる対応づけ',
	basisAtlasContrast: 'アトラスによる組み合わせ',
	basisPaperHelp: '論文自身がこの結びつきを述べています。ロケーターはそれを述べている箇所です。',
	basisAtlasHelp:
		'アトラスによる読み取りです。論文はそれぞれの内容を述べていますが、両者を結びつけてはいません。ロケーターは読み取りの根拠となる箇所です。',
	basisWhy: '理由',
	basisStatedAt: '明記している箇所',
	basisRestsOn: '根拠となる箇所',

	tierOfficial: '公式・一次資料',
	tierScholarly: '学術文献',
	tierPress: '報道',
	tierReference: '参考図書',
	tierCopy: '保存された写し',
	sourceCopyOf: '次の文書の代わりとなる写し：',
	sourceTierLabel: '資料の種類',
	sourcesOrder: '公式・一次資料を先に挙げています。',

	nameJaNote: '日本語名について',

	aboutBasisHeading: '論文が述べていることと、アトラスの読み取り',
	aboutBasisText:
		'論文は西欧の八つの教訓（§2.5）、日本のアプローチの九つの弱点（§5.2）、中小企業への10の示唆（§5.4）を挙げています。教訓は西スコットランド・グラスゴー、ウェスト・ミッドランズ、シャノンの3地域からまとめて導かれていますが、論文は教訓と弱点を一対一に対応づけてはおらず、弱点や示唆を特定の地域や企業に結びつけてもいません。アトラスは地図の上で議論を追いやすくするために両方を行っています。その箇所には必ず「アトラスによる結びつけ」「アトラスによる対応づけ」「アトラスの読み」と表示し、読み取りの根拠となる箇所をロケーターで示しています。「論文が明記」は、論文自身がその結びつきを述べていることを意味します。ダウンロードできるデータにも、すべての結びつきに同じ区別を記しています。',
	aboutErrataHeading: '訂正一覧',
	aboutErrataText:
		'この版では、論文についてのアトラスの記述と外部の事実のうち、{n}件の項目を訂正しました。各訂正には、訂正前の内容、訂正後の内容、その理由を示し、該当する記録へのリンクを添えています。',
	aboutErrataKinds: '訂正の種類別',
	aboutErrataAll: '{n}件の訂正をすべて見る',
	errataTitle: '訂正一覧',
	errataIntro:
		'この版で訂正したすべての項目を誤りの種類ごとにまとめ、訂正前、訂正後、理由、訂正の根拠となる論文の箇所や資料を示します。この一覧はデータとともに配布しています（geodata/corrections.json、データパッケージのcorrections.csv）。',
	errataReasonsEnglish: '理由は英語で記しています。',
	errataKindAdds: '該当箇所が述べていないことまで述べていた',
	errataKindSharpensReverses: '論文の判断を強めたり逆にしたりしていた',
	errataKindPaperVsAtlas: 'アトラスの読み取りを論文の主張としていた',
	errataKindWrongLocator: 'ロケーターの誤りまたは欠落',
	errataKindJapanese: '日本語が英語と異なる意味になっていた',
	errataKindOutsideFact: '外部の事実の訂正',
	errataWas: '訂正前',
	errataNow: '訂正後',
	errataWhy: '理由',
	errataNothing: '（なし）',
	errataRecord: '{record}、{field}',
	errataCount: '{n}件の訂正',

	navRead: '通読',
	readHeading: '論文をたどる',
	readIntro:
		'三井の議論を論文の順に、{n}のステップ、全体で約{minutes}分でたどります。地図は各ステップに合わせて動きます。どの文も論文中のロケーターを添えたアトラスによる言い換えで、アトラス自身の見方を述べる文には「アトラスの読み」と表示しています。',
	readStart: '読み始める',
	readAll: '全体を1ページで表示（印刷用）',
	readSteps: 'ステップ一覧',
	readStepOf: 'ステップ{n}（全{total}）',
	readPrev: '前へ',
	readNext: '次へ',
	readNextStep: '次のステップ：{title}',
	readKeys: '左右の矢印キーでステップを移動できます。',
	readAtlas: 'アトラスの読み',
	readLinks: 'さらに読む',
	readOverview: 'ステップ一覧',
	readEnd: '通読はここまでです。',
	readSectionP: '序文',
	readSection: '第{n}節',
	readFilters:
		'地図はこのステップの内容を示しています。関係する地点を表示して{n}件に印を付け、下の絞り込みを設定しています（自由に変更できます）。',
	readFiltersNone:
		'地図はこのステップの内容を示しています。関係する範囲を表示し、下の絞り込みを設定しています（自由に変更できます）。',
	readIntroduced: '通読では：ステップ{n}「{title}」',
	readLinkLesson: '西欧の八つの教訓',
	readLinkWeakness: '日本の九つの弱点',
	readLinkImplication: '中小企業への10の示唆',
	readLinkPeriod: '年表：{years}年に活動していた地点',
	readLinkEvent: '年表：{label}',
	readLinkAboutPaper: 'この地図について：論文',
	readLinkAboutLocators: 'この地図について：ロケーター',
	readLinkAboutReferences: 'この地図について：論文の参考文献',
	readLinkAboutSources: 'この地図について：外部資料',
	readLinkAboutBasis: 'この地図について：論文が述べていることとアトラスの読み取り',
	readLinkAboutCorrections: 'この地図について：訂正一覧',
	readLinkStep: 'ステップ{n}「{title}」に戻る',
	readPrintNote:
		'クラスター・アトラスより印刷：三井（2003）の論文をたどる。§4.3などのロケーターは論文中の位置を示します。'
};
