// How many terminal columns text takes: East Asian wide and fullwidth characters and emoji two,
// combining marks, joiners and other invisible characters none, everything else one. A drop-in for
// string-width that is cheap to load and to call: string-width builds an Intl.Segmenter and compiles
// a /\p{RGI_Emoji}/v expression on first use (50-90 ms here), once per start-up of the reader.
import {eastAsianWidth} from 'get-east-asian-width';

/** One character as a terminal draws it: a base and whatever combines with it. */
export interface Cell {
	/** UTF-16 offset of the cell in the text, and its length. */
	index: number;
	length: number;
	width: 0 | 1 | 2;
}

// Marks that combine, format characters (joiners, bidi marks, soft hyphen, tags) and controls.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const KEYCAP_BASE = /^[0-9#*]$/;
const ZWJ = 0x20_0d;
const EMOJI_PRESENTATION = 0xfe_0f;
const KEYCAP = 0x20_e3;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

// A virama joins the consonants around it into one conjunct (Devanagari न्द), as graphemes do.
const VIRAMAS = new Set([0x9_4d, 0x9_cd, 0xa_4d, 0xa_cd, 0xb_4d, 0xb_cd, 0xc_4d, 0xc_cd, 0xd_4d]);
const isSkinTone = (codePoint: number) => codePoint >= 0x1_f3_fb && codePoint <= 0x1_f3_ff;
// Hangul medial vowels and final consonants join the leading consonant before them into one syllable.
const isHangulJoiningJamo = (codePoint: number) =>
	(codePoint >= 0x11_60 && codePoint <= 0x11_ff) || (codePoint >= 0xd7_b0 && codePoint <= 0xd7_ff);

function baseWidth(codePoint: number, character: string, ambiguousAsWide: boolean): 0 | 1 | 2 {
	if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
	if (codePoint === 0xad) return 0; // soft hyphen
	if (codePoint < 0x3_00 && !ambiguousAsWide) return 1;
	if (ZERO_WIDTH.test(character)) return 0;
	return eastAsianWidth(codePoint, {ambiguousAsWide}) as 1 | 2;
}

/** The cells of `text` in order: close to grapheme clusters, enough to measure and to cut between. */
export function* cells(text: string, {ambiguousIsNarrow = true} = {}): Generator<Cell> {
	let cell: Cell | undefined;
	let base = '';
	let joined = false;
	for (let index = 0; index < text.length; ) {
		const codePoint = text.codePointAt(index)!;
		const character = String.fromCodePoint(codePoint);
		const width = baseWidth(codePoint, character, !ambiguousIsNarrow);
		const combines =
			cell !== undefined &&
			(joined ||
				width === 0 ||
				(isSkinTone(codePoint) && cell.width === 2) ||
				(isHangulJoiningJamo(codePoint) && cell.width === 2));
		if (combines) {
			cell!.length += character.length;
			// A text-style symbol asked to look like an emoji (❤️, keycaps 1️⃣) is drawn two columns wide.
			if ((codePoint === EMOJI_PRESENTATION && PICTOGRAPHIC.test(base)) || (codePoint === KEYCAP && KEYCAP_BASE.test(base))) cell!.width = 2;
		} else {
			if (cell) yield cell;
			cell = {index, length: character.length, width};
			base = character;
		}
		joined = codePoint === ZWJ || VIRAMAS.has(codePoint);
		index += character.length;
	}
	if (cell) yield cell;
}

/** Columns `text` takes; escape codes take none (as string-width, whose options it accepts). */
export default function displayWidth(text: string, {ambiguousIsNarrow = true, countAnsiEscapeCodes = false} = {}): number {
	if (typeof text !== 'string' || text.length === 0) return 0;
	if (PRINTABLE_ASCII.test(text)) return text.length;
	const visible = countAnsiEscapeCodes ? text : text.replace(ANSI, '');
	let width = 0;
	for (const cell of cells(visible, {ambiguousIsNarrow})) width += cell.width;
	return width;
}
