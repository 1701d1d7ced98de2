import { serialiseHash, viewHashOf } from '$lib/state/url';
import type { MapContext } from '$lib/map/context.svelte';

/**
 * The address of exactly what is on screen: route, query and the map's current view (the hash is
 * written only after the map moves, so a freshly opened page may not have one yet; a claim's
 * anchor in the hash is not a view and is left out).
 */
export function permalink(map: MapContext): string {
	const view = map.view();
	return (
		location.origin + location.pathname + location.search + (view ? serialiseHash(view) : viewHashOf(location.hash))
	);
}

/**
 * Saving a file the user asked for: a Blob behind a temporary `<a download>`. A blob: URL is
 * same-origin and a download is a navigation, so the strict CSP is not involved.
 */
export function saveBlob(blob: Blob, fileName: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// the download has started from the click; the URL can go once the event loop turns
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `canvas.toBlob` as a promise. */
export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), type)
	);
}
