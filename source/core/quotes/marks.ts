// Finds the quoted stretches of one paragraph: real quotation marks of every style, never apostrophes, in one linear pass.

export interface QuoteSpan {
	/** UTF-16 offsets of the words between the marks, trimmed of spaces. */
	start: number;
	end: number;
	/** Offsets of the marks themselves (`close` is the paragraph's length when the quote runs on). */
	open: number;
	close: number;
	/** Just past the closing mark: a mark may be two characters (`''`). */
	closeEnd: number;
	/** The quote runs on past the end of the paragraph (no closing mark). */
	unclosed: boolean;
}

// Quotation marks by character code: double ones, single ones (also apostrophes), and those that only open or close.
const DOUBLE = new Set([0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x201f]);
const SINGLE = new Set([0x27, 0x2018, 0x2019, 0x201a, 0x2039, 0x203a, 0x201b]);
const ONLY_OPEN = new Set([0x201e, 0xab, 0x201a, 0x2039, 0x201f, 0x201b]);
const ONLY_CLOSE = new Set([0xbb, 0x203a]);
const RIGHT_DOUBLE = 0x201d;
// What may stand before an opening mark, or after a closing one, besides spaces and other marks.
const BEFORE_OPEN = new Set([...'([{-–—/:;,'].map(c => c.charCodeAt(0)));
const AFTER_CLOSE = new Set([...'.,;:!?)]}-–—/…'].map(c => c.charCodeAt(0)));
const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;
const NONE = -1;

const isMark = (code: number): boolean => DOUBLE.has(code) || SINGLE.has(code);
const isSpace = (code: number): boolean =>
	code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || (code > 127 && SPACE.test(String.fromCharCode(code)));
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isWordChar = (code: number): boolean =>
	code < 128 ? isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : code !== NONE && WORD.test(String.fromCharCode(code));

const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : NONE);

// What never follows an opening mark: a quotation does not start with a comma (`… a drummer' ", he recalled`).
const NEVER_OPENS = new Set([...',;:!?)]}'].map(c => c.charCodeAt(0)));

// `''It's not about that,'' said Autor`: two apostrophes in a row, as some papers and most plain-text archives write
// a double quotation mark, are one.
const isDoubledApostrophe = (text: string, i: number): boolean => text.charCodeAt(i) === 0x27 && text.charCodeAt(i + 1) === 0x27;

function canOpen(text: string, i: number, width = 1): boolean {
	if (ONLY_CLOSE.has(text.charCodeAt(i))) return false;
	const next = codeAt(text, i + width);
	if (next === NONE || isSpace(next) || NEVER_OPENS.has(next)) return false;
	const prev = codeAt(text, i - 1);
	return prev === NONE || isSpace(prev) || BEFORE_OPEN.has(prev) || isMark(prev);
}

function canClose(text: string, i: number, width = 1): boolean {
	if (ONLY_OPEN.has(text.charCodeAt(i))) return false;
	const prev = codeAt(text, i - 1);
	if (prev === NONE || isSpace(prev)) return false;
	const next = codeAt(text, i + width);
	return next === NONE || isSpace(next) || AFTER_CLOSE.has(next) || isMark(next);
}

/** A single mark used as an apostrophe: `don't`, `Lavrov's`, `'90s`, `parents' house`. */
function isApostrophe(text: string, i: number, singleOpen: boolean): boolean {
	const prev = codeAt(text, i - 1);
	const next = codeAt(text, i + 1);
	const letterBefore = isWordChar(prev);
	if (letterBefore && isWordChar(next)) return true;
	if (!letterBefore && isDigit(next) && isDigit(codeAt(text, i + 2)) && !isDigit(codeAt(text, i + 3))) return true;
	// A plural possessive (`the parents' house`) only closes a quotation that is open.
	return !singleOpen && prev === 115 /* s */ && (next === NONE || next === 32);
}

function span(text: string, open: number, close: number, unclosed: boolean, openWidth = 1, closeWidth = 1): QuoteSpan | undefined {
	let start = open + openWidth;
	let end = close;
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	const closeEnd = unclosed ? close : close + closeWidth;
	for (let i = start; i < end; i++) if (isWordChar(text.charCodeAt(i))) return {start, end, open, close, closeEnd, unclosed};
	return undefined;
}

/**
 * Quotations in reading order. Double marks pair with double marks of any shape (`"…”` is fine); single marks
 * quote only outside double ones (inside they are nested quotes, part of the text). An unclosed double quotation
 * runs to the end of the paragraph; an unclosed single one is taken for an apostrophe.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let doubleOpen = -1;
	let doubleOpenWidth = 1;
	let singleOpen = -1;
	const push = (found: QuoteSpan | undefined): void => {
		if (found) spans.push(found);
	};
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== 0x22 && code !== 0x27 && (code < 0xab || !isMark(code))) continue;
		const width = isDoubledApostrophe(text, i) ? 2 : 1;
		if (DOUBLE.has(code) || width === 2) {
			const opens = canOpen(text, i, width);
			const closes = canClose(text, i, width);
			// (two apostrophes with spaces on both sides mark nothing, as a lone one would not)
			if (width === 2 && !opens && !closes) {
				i++;
				continue;
			}
			if (doubleOpen >= 0) {
				if (closes || !opens) {
					push(span(text, doubleOpen, i, false, doubleOpenWidth, width));
					doubleOpen = -1;
				} else {
					// A fresh opening mark while one is open: the earlier one was never closed.
					doubleOpen = i;
					doubleOpenWidth = width;
				}
			} else if (opens || (!closes && code !== RIGHT_DOUBLE)) {
				doubleOpen = i;
				doubleOpenWidth = width;
				singleOpen = -1;
			}
			i += width - 1;
		} else if (doubleOpen < 0) {
			if (isApostrophe(text, i, singleOpen >= 0)) continue;
			if (singleOpen >= 0) {
				if (canClose(text, i)) {
					push(span(text, singleOpen, i, false));
					singleOpen = -1;
				} else if (canOpen(text, i)) singleOpen = i;
			} else if (canOpen(text, i)) singleOpen = i;
		}
	}
	if (doubleOpen >= 0) push(span(text, doubleOpen, text.length, true, doubleOpenWidth));
	return spans;
}
