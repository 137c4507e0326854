// Bytes to text in the character set they were served in: a byte-order mark first, then the
// Content-Type's charset, then what the document says of itself (an XML declaration, an HTML
// <meta>), else the plain-text guess (UTF-8, else Windows-1252).
import {decodeText, decodeWindows1252, type Decoded} from '../decode.js';

const CHARSET_PARAMETER = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i;
// <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">, in the
// first bytes, as browsers look for it.
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i;
const SNIFF_BYTES = 4096;

/** The charset named by a Content-Type header, if any. */
export function headerCharset(contentType: string | undefined): string | undefined {
	return contentType ? CHARSET_PARAMETER.exec(contentType)?.[1] : undefined;
}

/** The first bytes as Latin-1: enough to read the ASCII a document declares itself with. */
export function asciiHead(bytes: Uint8Array, length = SNIFF_BYTES): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.byteLength)).toString('latin1');
}

function declaredCharset(head: string): string | undefined {
	return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
	try {
		return new TextDecoder(label);
	} catch {
		return undefined; // a charset no one knows: fall back to the guess
	}
}

const hasBom = (bytes: Uint8Array) =>
	(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Decodes a fetched or read document; `contentType` is the server's header, when there was one. */
export function decodeDocument(bytes: Uint8Array, contentType?: string): Decoded {
	if (hasBom(bytes)) return decodeText(bytes);
	const label = headerCharset(contentType) ?? declaredCharset(asciiHead(bytes));
	const decoder = label ? decoderFor(label) : undefined;
	if (!decoder || decoder.encoding === 'utf-8') return decodeText(bytes);
	if (bytes.subarray(0, 8192).includes(0) && !decoder.encoding.startsWith('utf-16')) return {ok: false, reason: 'binary file, not text'};
	// The WHATWG labels latin1, iso-8859-1 and us-ascii all mean Windows-1252, which Node 20's decoder gets wrong (decode.ts).
	if (decoder.encoding === 'windows-1252') return {ok: true, text: decodeWindows1252(bytes)};
	return {ok: true, text: decoder.decode(bytes)};
}
