// Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 / Latin-1.
// Decoding is strict first so a valid UTF-8 file is never misread as Latin-1.

export type Decoded = {ok: true; text: string} | {ok: false; reason: string};

const utf8 = new TextDecoder('utf-8', {fatal: true});

export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return {ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2))};
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return {ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2))};
	// A NUL byte never occurs in text of these encodings: it is a binary file.
	if (bytes.subarray(0, 8192).includes(0)) return {ok: false, reason: 'binary file, not text'};
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return {ok: true, text: utf8.decode(body)};
	} catch {
		return {ok: true, text: new TextDecoder('windows-1252').decode(body)};
	}
}
