// Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 (a superset of
// Latin-1). Decoding is strict first so a valid UTF-8 file is never misread as Latin-1.

export type Decoded = {ok: true; text: string} | {ok: false; reason: string};

const utf8 = new TextDecoder('utf-8', {fatal: true});

// Node 20's TextDecoder('windows-1252') decodes 0x80-0x9F as C1 controls (ISO-8859-1), but text
// in the wild uses them for curly quotes, dashes and the euro sign. Undefined bytes stay as they are.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
	const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	return latin1.replace(/[\u0080-\u009F]/g, c1 => CP1252_HIGH[c1.charCodeAt(0) - 0x80]!);
}

const isUtf16 = (bytes: Uint8Array): boolean => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

export const BINARY = 'binary file, not text';
/** How many of a file's first bytes tell whether it is binary. */
export const BINARY_HEAD = 8192;

/** Whether a file's first bytes are not text: a NUL byte never occurs in UTF-8 or Windows-1252 text. */
export function looksBinary(head: Uint8Array): boolean {
	return !isUtf16(head) && head.subarray(0, BINARY_HEAD).includes(0);
}

export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return {ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2))};
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return {ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2))};
	if (looksBinary(bytes)) return {ok: false, reason: BINARY};
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return {ok: true, text: utf8.decode(body)};
	} catch {
		return {ok: true, text: decodeWindows1252(body)};
	}
}
