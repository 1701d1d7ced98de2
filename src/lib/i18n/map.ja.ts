/** The map room's strings in Japanese (see ./map.ts). */
import type { en } from './map';

export const ja: Record<keyof typeof en, string> = {
	tooltipPlaces: 'この地点に{n}件',
	tooltipMore: 'ほか{n}件',
	tooltipChoose: 'クリックして選択',
	ownPlace: 'あなたの地点',
	inViewButton: '表示範囲の地点（{n}件）',
	inViewHeading: '表示範囲の地点',
	inViewHint: '上下の矢印キーで移動、Enterで開く、Escapeで閉じる。',
	inViewNone: '表示範囲に地点はありません。',
	inViewMore: '最初の{n}件を表示しています。ほかの地点は拡大すると一覧に出ます。',
	inViewAnnounce: '{area}：表示範囲に{n}件',
	inViewAnnounceOne: '{area}：表示範囲に1件',
	inViewAnnounceNone: '{area}：表示範囲に地点はありません',
	inViewArea: '地図',
	frameOffer: 'この{n}件に地図を合わせる',
	frameOfferOne: 'この地点に地図を合わせる',
	frameOfferAnnounce: '地図の横のボタンで、残った{n}件に表示範囲を合わせられます。',
	frameOfferDismiss: '表示範囲を合わせる提案を閉じる',
	zoomToResults: '検索結果に合わせる'
};
