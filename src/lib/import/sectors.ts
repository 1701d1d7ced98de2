/**
 * Matching a user's sector or category values onto the atlas's sectors (geodata/sectors.json): by
 * id, by English or Japanese label, by the parts of a label (`Biotechnology and life science` →
 * `life science`), and by a short list of everyday synonyms. A value that matches nothing stays the
 * user's own category, reported as a note, never dropped.
 */
import sectorsFile from '../../../geodata/sectors.json';

export interface SectorDef {
	id: string;
	label: string;
	label_ja: string;
}

/** The atlas's sectors as the file lists them. */
export const ATLAS_SECTORS: SectorDef[] = sectorsFile.sectors.map(({ id, label, label_ja }) => ({
	id,
	label,
	label_ja
}));

/**
 * Everyday words for the sectors, in English and Japanese: the atlas's inference of what a user
 * most likely means, not the paper's classification.
 */
const SYNONYMS: Record<string, string[]> = {
	biotech: [
		'bio',
		'biotechnology',
		'biotech',
		'bioscience',
		'life sciences',
		'genomics',
		'バイオ',
		'生命科学',
		'ライフサイエンス'
	],
	ict: [
		'it',
		'ict',
		'software',
		'information technology',
		'telecommunications',
		'call centre',
		'call center',
		'情報',
		'情報通信',
		'ソフトウェア',
		'コールセンター',
		'通信'
	],
	electronics: [
		'electronic',
		'electronics',
		'semiconductor',
		'semiconductors',
		'chips',
		'半導体',
		'電子',
		'電子部品',
		'エレクトロニクス',
		'電機'
	],
	optoelectronics: ['photonics', 'optics', 'optical', 'opto', '光', '光学', '光技術', 'オプトエレクトロニクス'],
	health: [
		'medical',
		'healthcare',
		'health care',
		'medicine',
		'pharma',
		'pharmaceutical',
		'pharmaceuticals',
		'医療',
		'健康',
		'医薬',
		'医薬品',
		'医療機器'
	],
	manufacturing: [
		'manufacturing',
		'manufacture',
		'monozukuri',
		'machinery',
		'metalworking',
		'precision',
		'ものづくり',
		'製造',
		'製造業',
		'機械',
		'金属',
		'金属加工',
		'精密',
		'精密加工'
	],
	automotive: [
		'automotive',
		'automobile',
		'auto',
		'car',
		'cars',
		'transport',
		'自動車',
		'自動車部品',
		'輸送',
		'輸送機器'
	],
	energy: ['energy', 'renewable', 'renewables', 'solar', 'wind', 'エネルギー', '新エネルギー', '太陽光', '風力'],
	environment: ['environment', 'environmental', 'recycling', 'ecology', 'cleantech', '環境', 'リサイクル', 'エコ'],
	food: ['food', 'foods', 'agri-food', 'food processing', '食品', '食料品', '食品加工'],
	nanotech: ['nanotechnology', 'nano', 'materials', 'advanced materials', 'ナノ', 'ナノテク', '材料', '素材'],
	fdi: ['fdi', 'foreign direct investment', 'multinational', 'inward investment', '外資', '外資系', '対内直接投資'],
	aviation: ['aviation', 'aerospace', 'aircraft', '航空', '航空宇宙', '航空機']
};

/** The form values are compared in: NFKC, lower case, no spaces or punctuation. */
export const sectorKey = (s: string): string =>
	s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\-_.,'’"()[\]（）「」・/&+]/g, '');

/** Separators between several sectors in one cell: `ICT; biotech`, `IT／バイオ`. */
const LIST_SEPARATOR = /\s*[;,|/、，；／]\s*|\s+&\s+|\s+and\s+|\s*・\s*/;

export interface SectorMatch {
	sectors: string[];
	/** parts of the value that matched no sector */
	unmatched: string[];
}

export interface SectorMatcher {
	match(value: string): SectorMatch;
}

export function createSectorMatcher(defs: SectorDef[] = ATLAS_SECTORS): SectorMatcher {
	const table = new Map<string, string>();
	const add = (word: string, id: string) => {
		const k = sectorKey(word);
		if (k && !table.has(k)) table.set(k, id);
	};
	for (const d of defs) {
		add(d.id, d.id);
		add(d.label, d.id);
		add(d.label_ja, d.id);
	}
	for (const d of defs) {
		for (const part of d.label.replace(/\(.*?\)/g, '').split(/,|\band\b/)) add(part, d.id);
		for (const part of d.label_ja.replace(/[(（].*?[)）]/g, '').split(/・/)) add(part, d.id);
		for (const s of SYNONYMS[d.id] ?? []) add(s, d.id);
	}
	const one = (v: string) => table.get(sectorKey(v));
	return {
		match(value) {
			const whole = one(value);
			if (whole) return { sectors: [whole], unmatched: [] };
			const parts = value.split(LIST_SEPARATOR).filter((p) => p.trim() !== '');
			const sectors: string[] = [];
			const unmatched: string[] = [];
			for (const p of parts) {
				const id = one(p);
				if (id) {
					if (!sectors.includes(id)) sectors.push(id);
				} else unmatched.push(p.trim());
			}
			return { sectors, unmatched };
		}
	};
}
