/** Japanese strings of citing (see ./cite.ts), in the Japanese catalogue's chunk. */
import type { en } from './cite';

export const ja: Record<keyof typeof en, string> = {
	citeView: 'この表示を引用',
	copyLink: 'リンクをコピー',
	copyLinkLabel: 'この表示へのリンクをコピー',
	linkCopied: 'リンクをコピーしました：{url}',
	linkCopyFailed: '自動でコピーできませんでした。リンクを選択したので、Ctrl+C（Macでは⌘C）でコピーしてください。',
	citeHeading: '引用',
	citeIntroView:
		'いま表示しているアトラス、すなわちこの地図表示（アドレス）、アトラスの版、今日の日付を引用します。論文の内容を用いる場合は、論文もあわせて引用してください。',
	citeWhat: '引用するもの',
	citeSubjectView: 'この地図表示',
	citeSubjectPlace: 'このページ：{name}',
	citeSubjectPaper: '論文（三井、2003）',
	citeFormat: '形式',
	citeCopy: 'コピー',
	citeDownload: 'ダウンロード',
	citeCopied: 'クリップボードにコピーしました。',
	citeCopyFailed: '自動でコピーできませんでした。文字列を選択したので、Ctrl+C（Macでは⌘C）でコピーしてください。',
	citeLoading: '引用を作成しています…',
	citeFallback:
		'引用スタイルを読み込めなかったため（初回の訪問でオフラインになった可能性があります）、簡易な参考文献表記を示します。一度オンラインでページを開くと、ほかの形式も使えます。',
	citeFormatFailed: 'この形式で引用を作成できなかったため、簡易な参考文献表記を示します。',

	citeClaim: '引用',
	citeClaimHeading: 'この記述を引用',
	citeIntroClaim: 'この記述ひとつを、以後の版でも変わらない固定リンクと、根拠となる論文中の位置とともに引用します。',
	claimPermalink: '固定リンク',

	claimNotHere: 'このページには #{id} がありません。',
	claimOpenPlace: '{name}を開く',
	claimPageTop: 'ページの先頭へ',
	claimElsewhere: '記述 #{id} は別のページにあります：',
	claimRetired: '記述 #{id} は第{edition}版で廃止されました：{note}',
	claimRetiredTo: '現在の場所',

	editionLine: '第{version}版（{date}）・データ {revision}',
	editionLink: '版と正誤表',

	aboutEditionsHeading: '版',
	aboutEditionsText:
		'アトラスの各版には、版番号、公開日、データ版（データファイルのハッシュ）があります。各記述のIDは版が変わっても同じなので、固定リンクは使い続けられます。ある版で移動または削除された記述は、元のアドレスにその旨の注記が残ります。',
	aboutEditionVersion: '第{version}版',
	aboutEditionRevision: 'データ版',
	aboutEditionCorrections: 'この版での訂正：{n}件',
	aboutEditionThis: 'この版',
	aboutErrataLink: '正誤表を見る',
	aboutErrataHeading: '正誤表',
	aboutApiHeading: 'APIとデータパッケージ',
	aboutApiText:
		'各版のデータは、決まったアドレスに置かれたファイルとしても公開しており、以後の版でも同じアドレスです（互換性を損なう変更は v1 と並べて /api/v2/ に置きます）。各ファイルには、もとになった版とデータ版が記されています。',
	aboutApi404: '/api/ の下の存在しないアドレスには、HTTPステータス404とJSON本文で応答します。',
	aboutDataPackage:
		'データパッケージ（Frictionless Data Package）は、すべての表をCSVとGeoJSONで、項目、ライセンス、出典とともに記述しています：',
	aboutLicencesHeading: 'ライセンス',
	aboutLicenceData: 'アトラス自身のデータ（地点の記録、本文、比較、年表、訂正）：',
	aboutLicenceOther: '境界：',
	aboutLicenceCode: 'コード：リポジトリにはまだライセンスの記載がありません。',
	aboutCiteAtlas:
		'アトラスを引用するには、地図の横の「この表示を引用」か、リポジトリ直下のファイル CITATION.cff を使ってください。'
};
