// The one place untrusted article text is made safe: after this, no byte of an article can
// drive the terminal (move the cursor, set the title, write the clipboard, ring the bell).

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC strings up to BEL or ST,
// and two-byte escapes. Their 8-bit C1 forms (U+009B CSI, U+009D OSC, …) are covered too.
// Each alternative consumes a bounded, non-overlapping class so matching stays linear.
const ESCAPE_SEQUENCE = new RegExp(
	[
		'(?:\\u001B\\[|\\u009B)[\\u0030-\\u003F]*[\\u0020-\\u002F]*[\\u0040-\\u007E]?', // CSI
		'(?:\\u001B[\\]PX^_]|[\\u0090\\u0098\\u009D\\u009E\\u009F])[^\\u0007\\u001B\\u009C]*(?:\\u0007|\\u001B\\\\|\\u009C)?', // OSC, DCS, SOS, PM, APC
		'\\u001B[\\u0020-\\u002F]*[\\u0030-\\u007E]?', // other escapes (ESC c, ESC ( B, lone ESC)
	].join('|'),
	'g',
);

// C0 controls except tab and newline, DEL, C1 controls; bidi overrides and isolates (they can
// make the terminal show text in an order other than the bytes'); the BOM and other invisible
// format characters that break width measurement. Zero-width joiners inside emoji are kept.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u2060\uFEFF]/g;

// A zero-width joiner means something only inside an emoji sequence; elsewhere (the corpus puts one
// before translated quotes) it is an invisible character that confuses width measurement.
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

export function stripControls(text: string): string {
	return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(STRAY_JOINER, '');
}

// Whitespace as a reader shows it: tabs and exotic spaces become plain spaces, runs collapse.
export function normalizeSpaces(line: string): string {
	return line.replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/ {2,}/g, ' ').trim();
}
