/** The self-hosted label font for MapLibre; no maplibre-gl import, so it can start before the engine loads. */

/**
 * MapLibre's `font-faces` from the manifest the font plugin writes (file names relative to it,
 * made absolute here); null when it cannot be read (labels then fall back to local fonts).
 */
export async function loadFontFaces(url: string): Promise<Record<string, unknown> | null> {
	try {
		const res = await fetch(url);
		if (!res.ok) return null;
		const faces = (await res.json()) as Record<string, { url: string; 'unicode-range': string[] }[]>;
		const base = new URL(url, document.baseURI).href;
		for (const list of Object.values(faces)) for (const f of list) f.url = new URL(f.url, base).href;
		return faces;
	} catch {
		return null;
	}
}
