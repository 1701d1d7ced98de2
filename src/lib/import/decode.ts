/**
 * Streaming text decoders: bytes in chunks → text, never splitting a character across chunks.
 *
 * Shift_JIS and EUC-JP are decoded by the runtime's TextDecoder where it has them (every browser,
 * as the Encoding Standard requires; Node with full ICU), which streams natively and is about five
 * times faster; otherwise by encoding-japanese, which is also what detects them (./sniff). Both map
 * Windows-31J (the Shift_JIS Japanese Excel writes: ①, ㈱, 髙…) the same way; a unit test holds them
 * to identical output. The library is loaded only when it is needed (it is half the worker's size).
 */

type EncodingLib = typeof EncodingJapanese;
import type EncodingJapanese from 'encoding-japanese';
import type { Encoding as TextEncoding } from './types';

export interface StreamDecoder {
	/** decodes the next chunk; `last` flushes whatever a previous chunk left incomplete */
	decode(bytes: Uint8Array, last: boolean): string;
	readonly via: 'native' | 'encoding-japanese';
}

function nativeDecoder(encoding: TextEncoding): StreamDecoder | null {
	let d: TextDecoder;
	try {
		// ignoreBOM: the BOM is skipped by the caller, who knows whether there was one
		d = new TextDecoder(encoding, { ignoreBOM: true });
	} catch {
		return null;
	}
	return { via: 'native', decode: (bytes, last) => d.decode(bytes, { stream: !last }) };
}

/** Length of the prefix of `b` that ends on a character boundary, for Shift_JIS or EUC-JP. */
export function completePrefix(b: Uint8Array, encoding: 'shift_jis' | 'euc-jp'): number {
	const sjis = encoding === 'shift_jis';
	const n = b.length;
	let i = 0;
	let lastStart = 0;
	while (i < n) {
		lastStart = i;
		const c = b[i];
		if (sjis) i += (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc) ? 2 : 1;
		else i += c === 0x8f ? 3 : c === 0x8e || (c >= 0xa1 && c <= 0xfe) ? 2 : 1;
	}
	// the scan overshot: the last character is cut, keep it for the next chunk
	return i > n ? lastStart : n;
}

function japaneseDecoder(encoding: 'shift_jis' | 'euc-jp', Encoding: EncodingLib): StreamDecoder {
	const from = encoding === 'shift_jis' ? 'SJIS' : 'EUCJP';
	let carry = new Uint8Array(0);
	return {
		via: 'encoding-japanese',
		decode(bytes, last) {
			let all = bytes;
			if (carry.length) {
				all = new Uint8Array(carry.length + bytes.length);
				all.set(carry);
				all.set(bytes, carry.length);
			}
			const cut = last ? all.length : completePrefix(all, encoding);
			carry = all.slice(cut);
			if (cut === 0) return '';
			return Encoding.convert(all.subarray(0, cut), { to: 'UNICODE', from, type: 'string' });
		}
	};
}

/**
 * A streaming decoder for the encoding: the runtime's, or encoding-japanese's when `prefer` asks
 * for it (tests compare the two) or the runtime has none; `lib` is encoding-japanese, when loaded.
 */
export function createDecoder(
	encoding: TextEncoding,
	prefer: 'native' | 'encoding-japanese' = 'native',
	lib?: EncodingLib
): StreamDecoder {
	const japanese = encoding === 'shift_jis' || encoding === 'euc-jp';
	if (japanese && prefer === 'encoding-japanese' && lib) return japaneseDecoder(encoding, lib);
	const native = nativeDecoder(encoding);
	if (native) return native;
	if (japanese && lib) return japaneseDecoder(encoding, lib);
	throw new Error(`no decoder for ${encoding}`);
}

/** The runtime's decoder, or encoding-japanese's, loaded on demand, where the runtime has none. */
export async function decoderFor(encoding: TextEncoding): Promise<StreamDecoder> {
	const native = nativeDecoder(encoding);
	if (native) return native;
	return createDecoder(encoding, 'encoding-japanese', await loadEncodingJapanese());
}

export const loadEncodingJapanese = async (): Promise<EncodingLib> => (await import('encoding-japanese')).default;
