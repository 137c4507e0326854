// How many terminal columns text takes, as terminals draw it. Terminals give every character the
// columns wcwidth gives it (glibc's, which tmux, xterm and VTE follow): East Asian wide and fullwidth
// characters two; combining marks, format characters (joiners, variation selectors, tags) and Hangul's
// joining vowels and finals none; everything else one, a consonant after a virama (the द of न्द) and a
// spacing vowel sign (the ि of हि) included. Where terminals disagree, the widest drawing counts, so a
// line we measure never spills over the screen:
// - a symbol asked to look like an emoji (❤️, 1️⃣) is two columns, as kitty, WezTerm and iTerm2 draw it;
// - emoji joined into one (👨‍👩‍👧, 👍🏽) count as their parts side by side, as xterm and VTE draw them.
// string-width measures grapheme clusters instead, one conjunct as one column, so it undercounts Indic
// text (हिन्दी: 4, terminals draw 5). Ours is also cheap to load and to call: string-width builds an
// Intl.Segmenter and compiles a /\p{RGI_Emoji}/v expression on first use (50-90 ms here).
import {eastAsianWidth} from 'get-east-asian-width';

/** A piece of text that is never cut: a character with what combines with it, a flag, or an emoji sequence. */
export interface Cell {
	/** UTF-16 offset of the cell in the text, and its length. */
	index: number;
	length: number;
	/** Columns: 0 to 2, more for an emoji sequence (its parts side by side). */
	width: number;
}

// Marks that combine (Mn, Me) and format characters (Cf: joiners, bidi marks, tags), but not the soft
// hyphen and the Arabic marks that stand before a number (U+0600…): terminals draw them one column wide.
const ZERO_WIDTH = /^(?![\u00AD\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])[\p{Mn}\p{Me}\p{Cf}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const KEYCAP_BASE = /^[0-9#*]$/;
const ZWJ = 0x20_0d;
const EMOJI_PRESENTATION = 0xfe_0f;
const KEYCAP = 0x20_e3;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

const isSkinTone = (codePoint: number) => codePoint >= 0x1_f3_fb && codePoint <= 0x1_f3_ff;
const isRegionalIndicator = (codePoint: number) => codePoint >= 0x1_f1_e6 && codePoint <= 0x1_f1_ff;
// Hangul medial vowels and final consonants join the leading consonant before them into one syllable.
const isHangulJoiningJamo = (codePoint: number) =>
	(codePoint >= 0x11_60 && codePoint <= 0x11_ff) || (codePoint >= 0xd7_b0 && codePoint <= 0xd7_ff);

function measure(codePoint: number, ambiguousAsWide: boolean): number {
	if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
	if (codePoint < 0x3_00 && !ambiguousAsWide) return 1;
	if (isHangulJoiningJamo(codePoint)) return 0;
	if (ZERO_WIDTH.test(String.fromCodePoint(codePoint))) return 0;
	return eastAsianWidth(codePoint, {ambiguousAsWide});
}

// Columns of the Basic Multilingual Plane's characters, measured once each: plus one, zero unmeasured.
const bmpColumns = new Uint8Array(0x1_00_00);
const bmpAmbiguousWide = new Uint8Array(0x1_00_00);

function columnsOf(codePoint: number, ambiguousAsWide: boolean): number {
	if (codePoint > 0xff_ff) return measure(codePoint, ambiguousAsWide);
	const known = ambiguousAsWide ? bmpAmbiguousWide : bmpColumns;
	if (known[codePoint] === 0) known[codePoint] = measure(codePoint, ambiguousAsWide) + 1;
	return known[codePoint]! - 1;
}

const isPictographic = (codePoint: number) => PICTOGRAPHIC.test(String.fromCodePoint(codePoint));

// A one-column symbol shown as an emoji (❤️, keycaps 1️⃣) is drawn two columns wide.
const showsAsEmoji = (codePoint: number, base: number) =>
	(codePoint === EMOJI_PRESENTATION && isPictographic(base)) || (codePoint === KEYCAP && KEYCAP_BASE.test(String.fromCodePoint(base)));

/** Sets `cell` to where the cell starting at `start` ends and to its columns (one object reused: no garbage). */
function scanCell(text: string, start: number, ambiguousAsWide: boolean, cell: {end: number; width: number}): void {
	let codePoint = text.codePointAt(start)!;
	let width = columnsOf(codePoint, ambiguousAsWide);
	// The last character that takes columns, and how many regional indicators (halves of a flag) there are.
	let base = codePoint;
	let baseWidth = width;
	let flagHalves = isRegionalIndicator(codePoint) ? 1 : 0;
	let index = start + (codePoint > 0xff_ff ? 2 : 1);
	while (index < text.length) {
		const previous = codePoint;
		codePoint = text.codePointAt(index)!;
		const columns = columnsOf(codePoint, ambiguousAsWide);
		if (columns > 0) {
			const flagEnd = flagHalves === 1 && isRegionalIndicator(codePoint);
			if (!flagEnd && !isSkinTone(codePoint) && !(previous === ZWJ && isPictographic(codePoint))) break;
			if (flagEnd) flagHalves = 2;
			base = codePoint;
			baseWidth = columns;
		} else if (baseWidth === 1 && showsAsEmoji(codePoint, base)) {
			width += 1;
			baseWidth = 2;
		}
		width += columns;
		index += codePoint > 0xff_ff ? 2 : 1;
	}
	cell.end = index;
	cell.width = width;
}

/** The cells of `text` in order, to measure it and to cut it between them. */
export function* cells(text: string, {ambiguousIsNarrow = true} = {}): Generator<Cell> {
	const cell = {end: 0, width: 0};
	for (let index = 0; index < text.length; index = cell.end) {
		scanCell(text, index, !ambiguousIsNarrow, cell);
		yield {index, length: cell.end - index, width: cell.width};
	}
}

/** Columns `text` takes; escape codes take none (as string-width, whose options it accepts). */
export default function displayWidth(text: string, {ambiguousIsNarrow = true, countAnsiEscapeCodes = false} = {}): number {
	if (typeof text !== 'string' || text.length === 0) return 0;
	if (PRINTABLE_ASCII.test(text)) return text.length;
	const visible = countAnsiEscapeCodes ? text : text.replace(ANSI, '');
	const cell = {end: 0, width: 0};
	let width = 0;
	for (let index = 0; index < visible.length; index = cell.end) {
		scanCell(visible, index, !ambiguousIsNarrow, cell);
		width += cell.width;
	}
	return width;
}
