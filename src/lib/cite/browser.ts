/**
 * Copy and download of a formatted citation (browser only). The caller saves the Blob with
 * `saveBlob` (src/lib/components/download.ts), the one download helper of the app.
 */
import type { CitationOutput } from './index';

/** The citation as a file, with its MIME type (BibTeX, RIS, CSL-JSON, or plain text). */
export function citationBlob(c: Pick<CitationOutput, 'text' | 'mime'>): Blob {
	return new Blob([c.text], { type: c.mime });
}

/**
 * Puts the citation on the clipboard: styles as plain text and HTML (a word processor keeps the
 * italics), data formats as plain text. Resolves false when there is no usable clipboard, so the
 * caller can select the text for the user to copy instead.
 */
export async function copyCitation(
	c: Pick<CitationOutput, 'text' | 'html'>,
	clipboard: Clipboard | undefined = globalThis.navigator?.clipboard
): Promise<boolean> {
	if (!clipboard) return false;
	try {
		if (c.html && typeof ClipboardItem !== 'undefined' && clipboard.write)
			await clipboard.write([
				new ClipboardItem({
					'text/plain': new Blob([c.text], { type: 'text/plain' }),
					'text/html': new Blob([c.html], { type: 'text/html' })
				})
			]);
		else await clipboard.writeText(c.text);
		return true;
	} catch {
		// permissions, an insecure context, an old browser
		return false;
	}
}
