// Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 (a superset of
// Latin-1). Decoding is strict first so a valid UTF-8 file is never misread as Latin-1.

export type Decoded = {ok: true; text: string} | {ok: false; reason: string};

const utf8 = new TextDecoder('utf-8', {fatal: true});

// Node 20's TextDecoder('windows-1252') decodes 0x80-0x9F as C1 controls (ISO-8859-1), but text
// in the wild uses them for curly quotes, dashes and the euro sign. Undefined bytes stay as they are.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
	return text;
}

export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return {ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2))};
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return {ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2))};
	// A NUL byte never occurs in text of these encodings: it is a binary file.
	if (bytes.subarray(0, 8192).includes(0)) return {ok: false, reason: 'binary file, not text'};
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return {ok: true, text: utf8.decode(body)};
	} catch {
		return {ok: true, text: decodeWindows1252(body)};
	}
}
