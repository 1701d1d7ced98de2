/** Sizes as people read them: 21 KB, 48.6 MB (decimal units, as file managers show them). */
export function formatBytes(bytes: number, lang: string): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let v = bytes;
	let u = 0;
	while (v >= 1000 && u < units.length - 1) {
		v /= 1000;
		u++;
	}
	const digits = u === 0 || v >= 100 ? 0 : 1;
	return `${v.toLocaleString(lang, { maximumFractionDigits: digits })} ${units[u]}`;
}
