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

// C0 controls except tab and newline, DEL, C1 controls; bidi overrides, isolates and marks (the
// Arabic letter mark U+061C too: they can make the terminal show text in an order other than the
// bytes'); the BOM and other invisible format characters that break width measurement; interlinear
// annotation marks (U+FFF9–FFFB) and tag characters (U+E0000–E007F), which hide text a reader never
// sees (tags also spell subdivision flags: those show as the black flag they are built on); line and
// paragraph separators left over where text was not broken at them (normalizeBreaks); the soft
// hyphen, a hint for hyphenating that the reader never uses (it breaks lines at spaces) and that
// terminals draw as a hyphen or as nothing, so a word would read "infor-mation" or measure wrong.
// The zero-width non-joiner stays: Persian, Hindi and other scripts need it to spell words right,
// and terminals give it no column. Zero-width joiners inside emoji are kept.
const CONTROL =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u2028\u2029\u2060\uFEFF\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

// A zero-width joiner means something only inside an emoji sequence; elsewhere (the corpus puts one
// before translated quotes) it is an invisible character that confuses width measurement.
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** Every way of ending a line as a newline; a paragraph separator as the blank line between paragraphs. */
export function normalizeBreaks(text: string): string {
	return text.replace(/\r\n?|[\u0085\u2028]/g, '\n').replace(/\u2029/g, '\n\n');
}

export function stripControls(text: string): string {
	return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(STRAY_JOINER, '');
}

// What printable() shows by name rather than as \xNN.
const NAMED_CONTROLS: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'};
const escapeCharacter = (character: string): string => {
	const code = character.codePointAt(0)!;
	return NAMED_CONTROLS[character] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
};
const UNPRINTABLE = new RegExp(`[\\t\\n]|${CONTROL.source}`, 'g');

/**
 * A name, query or message from outside (a path, a --search query, an error quoting them) as one
 * line that is safe to print: every control and invisible character is shown as an escape (`\x1b`,
 * `\n`, `\u{202e}`), so it can neither act on the terminal nor hide, and the name stays recognisable.
 */
export function printable(text: string): string {
	return text.replace(UNPRINTABLE, escapeCharacter);
}

// Whitespace as a reader shows it: tabs and exotic spaces become plain spaces, runs collapse. A non-breaking
// space stays as written (`10\u00A0km`, `Mr.\u00A0Smith`): it is one column wide, and no line breaks there;
// beside a plain space it holds nothing together, and the run is one plain space.
export function normalizeSpaces(line: string): string {
	return line.replace(/[\t\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ').replace(/\u00A0+ [ \u00A0]*| [ \u00A0]+/g, ' ').trim();
}
