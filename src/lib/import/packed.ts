/**
 * Strings packed end to end as UTF-8 in one byte array, with an array of end offsets: a million
 * cells cost two typed arrays instead of a million string objects, move between the worker and the
 * page by transfer (no copy), and go into IndexedDB as they are.
 */

export interface PackedStrings {
	/** UTF-8 bytes of all strings, end to end */
	bytes: Uint8Array;
	/** ends[i] is the end offset of string i; it starts at ends[i - 1] (0 for the first) */
	ends: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Appends strings; `finish()` trims the arrays to size. */
export class PackedBuilder {
	private bytes: Uint8Array;
	private ends: Uint32Array;
	private used = 0;
	length = 0;

	constructor(capacityStrings = 16, capacityBytes = 64) {
		this.bytes = new Uint8Array(capacityBytes);
		this.ends = new Uint32Array(capacityStrings);
	}

	push(s: string): void {
		if (this.length === this.ends.length) this.ends = grow(this.ends, this.length + 1);
		const n = s.length;
		if (n > 0) {
			// a UTF-16 unit is at most 3 UTF-8 bytes
			if (this.used + n * 3 > this.bytes.length) this.bytes = grow(this.bytes, this.used + n * 3);
			let i = 0;
			let p = this.used;
			const b = this.bytes;
			// ASCII fast path: most cells (numbers, ids, Latin names) never leave it
			for (; i < n; i++) {
				const c = s.charCodeAt(i);
				if (c >= 0x80) break;
				b[p++] = c;
			}
			if (i < n) p += encoder.encodeInto(i === 0 ? s : s.slice(i), b.subarray(p)).written;
			this.used = p;
		}
		this.ends[this.length++] = this.used;
	}

	/** appends `count` empty strings */
	pushEmpty(count: number): void {
		if (count <= 0) return;
		if (this.length + count > this.ends.length) this.ends = grow(this.ends, this.length + count);
		this.ends.fill(this.used, this.length, this.length + count);
		this.length += count;
	}

	finish(): PackedStrings {
		return { bytes: this.bytes.slice(0, this.used), ends: this.ends.slice(0, this.length) };
	}
}

function grow<T extends Uint8Array | Uint32Array>(a: T, min: number): T {
	let size = Math.max(16, a.length * 2);
	while (size < min) size *= 2;
	const b = new (a.constructor as { new (n: number): T })(size);
	b.set(a);
	return b;
}

export const packedLength = (p: PackedStrings): number => p.ends.length;

/** string i */
export function packedGet(p: PackedStrings, i: number): string {
	const start = i === 0 ? 0 : p.ends[i - 1];
	const end = p.ends[i];
	if (end === start) return '';
	// short ASCII strings: building them by hand is cheaper than a TextDecoder call
	if (end - start <= 32) {
		let s = '';
		for (let k = start; k < end; k++) {
			const c = p.bytes[k];
			if (c >= 0x80) return decoder.decode(p.bytes.subarray(start, end));
			s += String.fromCharCode(c);
		}
		return s;
	}
	return decoder.decode(p.bytes.subarray(start, end));
}

const POW10 = [
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
	1e21, 1e22
];

/**
 * String i read as a plain decimal (`-4.2518`, spaces around allowed) straight from its bytes, or
 * NaN when it is anything else (then the caller reads the string). Exact: at most 15 significant
 * digits, so the digits are an exact integer and one division by an exact power of ten rounds once.
 */
export function packedNumber(p: PackedStrings, i: number): number {
	let k = i === 0 ? 0 : p.ends[i - 1];
	let end = p.ends[i];
	const b = p.bytes;
	while (k < end && (b[k] === 0x20 || b[k] === 0x09)) k++;
	while (end > k && (b[end - 1] === 0x20 || b[end - 1] === 0x09)) end--;
	if (k === end) return NaN;
	let negative = false;
	if (b[k] === 0x2d || b[k] === 0x2b) {
		negative = b[k] === 0x2d;
		k++;
	}
	let mantissa = 0;
	let digits = 0;
	let any = false;
	let fraction = -1;
	for (; k < end; k++) {
		const c = b[k];
		if (c >= 0x30 && c <= 0x39) {
			any = true;
			if (digits > 0 || c !== 0x30) digits++;
			mantissa = mantissa * 10 + (c - 0x30);
			if (fraction >= 0) fraction++;
		} else if (c === 0x2e && fraction < 0) fraction = 0;
		else return NaN;
	}
	if (!any || digits > 15 || fraction > 22) return NaN;
	const v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
	return negative ? -v : v;
}

/** string i is empty or only spaces (checked on the bytes) */
export function packedBlank(p: PackedStrings, i: number): boolean {
	const start = i === 0 ? 0 : p.ends[i - 1];
	for (let k = start; k < p.ends[i]; k++) if (p.bytes[k] !== 0x20 && p.bytes[k] !== 0x09) return false;
	return true;
}

/** Packs an array of strings (tests, small tables). */
export function pack(strings: readonly string[]): PackedStrings {
	const b = new PackedBuilder(strings.length, 64);
	for (const s of strings) b.push(s);
	return b.finish();
}

/** Unpacks all strings (tests, small tables). */
export function unpack(p: PackedStrings): string[] {
	const out: string[] = new Array(p.ends.length);
	for (let i = 0; i < p.ends.length; i++) out[i] = packedGet(p, i);
	return out;
}

/** The strings at the given indexes, packed anew (the loaded rows' cells out of all rows'). */
export function packedSelect(p: PackedStrings, indexes: Uint32Array, count: number): PackedStrings {
	if (count === p.ends.length) {
		let identity = true;
		for (let i = 0; i < count && identity; i++) identity = indexes[i] === i;
		if (identity) return { bytes: p.bytes.slice(), ends: p.ends.slice() };
	}
	let total = 0;
	for (let i = 0; i < count; i++) {
		const r = indexes[i];
		total += p.ends[r] - (r === 0 ? 0 : p.ends[r - 1]);
	}
	const bytes = new Uint8Array(total);
	const ends = new Uint32Array(count);
	let pos = 0;
	for (let i = 0; i < count; i++) {
		const r = indexes[i];
		const start = r === 0 ? 0 : p.ends[r - 1];
		const end = p.ends[r];
		if (end - start < 64) for (let k = start; k < end; k++) bytes[pos++] = p.bytes[k];
		else {
			bytes.set(p.bytes.subarray(start, end), pos);
			pos += end - start;
		}
		ends[i] = pos;
	}
	return { bytes, ends };
}

/** The buffers to list as transferables when posting packed strings. */
export const packedBuffers = (p: PackedStrings): ArrayBuffer[] => [
	p.bytes.buffer as ArrayBuffer,
	p.ends.buffer as ArrayBuffer
];
