/** Japanese strings of the self-assessment (see ./assess.ts), in the /assess page's chunk. */
import type { en } from './assess';

export const ja: Record<keyof typeof en, string> = {
	assessTitle: 'あなたの地域と論文',
	assessHeading: 'あなたの地域を論文の事例と並べる',
	assessIntro:
		'よく知っている地域を、論文自身の尺度である西欧の八つの教訓と日本の九つの弱点で描いてください。アトラスはその回答を、論文が描く範囲で、グラスゴー、ウェスト・ミッドランズ、シャノン、北海道、沖縄、関西と並べます。',
	assessAtlasNoteTitle: 'これはアトラスの読みであり、論文の判定ではありません。',
	assessAtlasNote:
		'三井（2003）はあなたの地域を見ていません。以下はすべて、あなた自身の回答を、論文が各事例と結びつける項目と、最後に示すアトラスの規則で比べたものです。論文が書いたものではありません。',
	assessToResult: '結果へ移動',
	assessPrivacy: '回答はこのブラウザの中だけに保存され、ダウンロードしたファイルとしてのみ外に出ます。',
	assessRegionHeading: '地域',
	assessRegionName: '地域の名前',
	assessRegionHint: '県、都市圏、クラスターなど、回答の対象とする地域。',
	assessPickArea: 'または、読み込んだ独自の区域から選ぶ',
	assessPickAreaNone: '（区域を選ぶ）',
	assessAreaUnnamed: '名前のない区域（「{file}」の{row}番目の地物）',
	assessQuestionsHeading: '17の問い',
	assessQuestionsHint:
		'各項目をアトラスの言葉で示し、論文中の位置を添えています。いまのあなたの地域について答え、理由をメモに書いてください。',
	assessAnswered: '{total}問中{n}問に回答',
	assessMeaning: 'アトラスの読む論文の趣旨：',
	assessPromptLesson: 'あなたの地域に当てはまりますか。',
	assessPromptWeakness: 'あなたの地域にこの弱点は見られますか。',
	assessYes: 'はい',
	assessPartly: '一部',
	assessNo: 'いいえ',
	assessUnknown: 'わからない',
	assessUnanswered: '未回答',
	assessNote: 'メモ（任意）',
	assessYourRegion: 'あなたの地域',
	assessResultHeading: '{region}と六つの事例',
	assessReadingNote:
		'あなたの回答を論文の事例と並べたアトラスの読みです。あなたの地域を知らない論文による判定ではありません。',
	assessMostHeading: '最も似ている事例',
	assessSharedOf: '論文がこの事例と結びつける{of}項目のうち{n}項目を共有',
	assessNet: '共有が相違より{net}項目多い',
	assessDiffersOn: '{items}で異なる',
	assessTie: 'これらの事例は規則の上では同等です。',
	assessTieWest: '論文は教訓を西欧の三つの地域からまとめて引き出しているため、教訓だけではこれらを区別できません。',
	assessNoneYet:
		'まだありません。論文がある事例と結びつける項目のうち、あなたの地域が共有する項目（「はい」「一部」）が相違する項目（「いいえ」）より多くなると、アトラスはその事例を挙げます。',
	assessCasesCaption: '各事例：論文が結びつける項目と、あなたの回答との関係',
	assessColCase: '事例',
	assessColTied: '論文が結びつける項目',
	assessColShared: '共有（はい・一部）',
	assessColDiffers: '相違（いいえ）',
	assessColOpen: '未定（わからない・未回答）',
	assessSilent:
		'論文は17項目のどれも{case}と結びつけていません。論文はここで何も述べておらず、アトラスもあなたの地域をこの事例と並べません。',
	assessProfileHeading: '論文自身の観点によるプロフィール',
	assessProfileCaption:
		'比較ビューの観点ごとの、あなたの回答と六つの事例。各観点は、アトラスが結びつける教訓と弱点で測ります',
	assessColDimension: '観点',
	assessStatusStated: '記述あり',
	assessStatusShared: '共通の教訓',
	assessStatusNotStated: '記述なし',
	assessProfileKey:
		'「教訓」に続く番号は西欧の教訓（§2.5）、「弱点」に続く番号は日本の弱点（§5.2）です。各事例の列には、その観点の項目のうち論文がその事例と結びつけるものと、比較ビューでその事例がこの観点について記述されているか（記述あり）、西欧の三つの地域に共通の教訓としてのみ挙げられているか（共通の教訓）、論文に記述がないか（記述なし）を示します。',
	assessUnmeasured: '「{dimension}」を測る問いはないため、プロフィールから外しています。',
	assessShortLesson: '教訓{n}',
	assessShortWeakness: '弱点{n}',
	assessImplicationsHeading: '中小企業への示唆（§5.4）',
	assessImplicationsNote:
		'論文は10の示唆すべてを中小企業一般に向けています。アトラスは、あなたの地域が最も似ている事例の企業から論文が引き出した示唆に印をつけています。',
	assessApplies: 'あなたの地域が似ている事例から',
	assessDrawnFrom: '論文はこれを{cases}の中小企業の事例から引き出しています。',
	assessDrawnFromNone: '論文はこれをどの事例の企業とも結びつけていません。',
	assessRuleHeading: 'アトラスの比べ方（規則）',
	assessRule1:
		'論文が事例と結びつけるもの：論文がある項目をその事例そのもの、その事例の企業、またはその事例の地域内の地点と結びつけているとき、その項目はその事例に数えます（論文の議論の結びつきで、それぞれにロケーターがあります。教訓のページに一覧があります）。',
	assessRule2:
		'共有・相違・未定：論文がある事例と結びつける項目は、あなたが「はい」か「一部」と答えれば共有、「いいえ」なら相違、「わからない」か未回答なら未定です。論文が事例と結びつけていない項目は、その事例では数えません。論文は何も述べておらず、アトラスも推測しません。',
	assessRule3:
		'最も似ている：論文の結びつきのうち、あなたの地域が共有する項目が相違する項目を上回り、その差が最も大きい事例（差が0より大きいもの）。同じなら、共有する項目が多い事例を先にします。これは論文自身の結びつきを数えたもので、点数や重みづけではありません。',
	assessRule4:
		'論文がどの問いとも結びつけていない事例は比べません。論文がその事例について何も述べていないことを示します。',
	assessActionsHeading: '保存・共有・印刷',
	assessSaved: 'このブラウザに保存しました（{time}）。',
	assessSavedHint: '回答は入力するたびにこのブラウザに保存されます。',
	assessDownload: 'ファイル（JSON）としてダウンロード',
	assessOpen: 'ファイルを開く…',
	assessPrint: '印刷（A4で1ページ）',
	assessReset: '最初からやり直す',
	assessResetConfirm: '地域とすべての回答を、このブラウザから消しますか。',
	assessResetYes: 'はい、消します',
	assessResetNo: '残す',
	assessCleared: '消しました。回答はこのブラウザから削除されました。',
	assessOpened: '「{file}」を開きました。{region}についての自己評価です。',
	assessKeptDamaged: 'このブラウザに保存されていた自己評価を読めなかったため、新しく始めました。',
	assessBadFile: '「{file}」は自己評価として開けません：',
	assessBadNothingChanged: '何も変えていません。いまの回答はそのままです。',
	assessBadTooLarge: '自己評価としては大きすぎます（最大{limit}）。',
	assessBadJson: 'JSONとして正しくありません。',
	assessBadJsonLine: 'JSONとして正しくありません（{line}行目付近に誤り）。',
	assessBadNotAssessment:
		'JSONですが、アトラスが保存した自己評価ではありません（「format」がcluster-atlas-assessmentではありません）。',
	assessBadVersion:
		'新しい版のアトラスで保存されたものです（版{version}）。この版が読めるのは版1です。作成した環境で開いてください。',
	assessBadQuestion: '{path}：アトラスにはこの問いはありません。',
	assessBadType: '{path}：値がないか、種類が違います。',
	assessBadTooLong: '{path}：長すぎます。',
	assessBadNotAllowed: '{path}：{values}のいずれかでなければなりません。',
	assessBadUnknownField: '{path}：アトラスの知らない項目です。',
	assessBadDate: '{path}：日時（ISO 8601）ではありません。',
	assessBadRange: '{path}：範囲外です。',
	assessCiteLead: '論文：',
	assessPrintTitle: '{region}と三井（2003）の事例：アトラスの読み',
	assessPrintMeta:
		'クラスター・アトラス、{date}。{total}問中{answered}問に回答。回答は利用者によるもので、比較は論文ではなくアトラスの規則によるものです。',
	assessPrintFooter:
		'クラスター・アトラス、版{edition}。問いは論文をアトラスの言葉で言い換えたもので、ロケーター（§）は論文中の位置を示します。印刷ではメモを1行に縮めています。JSONファイルには全文が残ります。'
};
