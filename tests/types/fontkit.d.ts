// fontkit 2 ships no types; the font coverage test reads only a face's character set
declare module 'fontkit' {
	export function openSync(path: string): unknown;
}
