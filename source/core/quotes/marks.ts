// Finds the quoted stretches of one paragraph: real quotation marks of every style, never apostrophes, in one linear pass.

export interface QuoteSpan {
	/** UTF-16 offsets of the words between the marks, trimmed of spaces. */
	start: number;
	end: number;
	/** Offsets of the marks themselves (`close` is the paragraph's length when the quote runs on). */
	open: number;
	close: number;
	/** The quote runs on past the end of the paragraph (no closing mark). */
	unclosed: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const SINGLE = new Set(["'", '‘', '’', '‚', '‹', '›', '‛']);
// Marks that can only open or only close a quotation, whatever surrounds them.
const ONLY_OPEN = new Set(['„', '«', '‚', '‹', '‟', '‛']);
const ONLY_CLOSE = new Set(['»', '›']);
const ANY_MARK = /["“”„«»‟'‘’‚‹›‛]/gu;
const BEFORE_OPEN = /[\s([{\-–—/:;,]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}\-–—/…]/u;
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

const isMark = (c: string | undefined): boolean => c !== undefined && (DOUBLE.has(c) || SINGLE.has(c));

function canOpen(text: string, i: number): boolean {
	const mark = text[i]!;
	if (ONLY_CLOSE.has(mark)) return false;
	const next = text[i + 1];
	if (next === undefined || /\s/u.test(next)) return false;
	const prev = text[i - 1];
	return prev === undefined || BEFORE_OPEN.test(prev) || isMark(prev);
}

function canClose(text: string, i: number): boolean {
	const mark = text[i]!;
	if (ONLY_OPEN.has(mark)) return false;
	const prev = text[i - 1];
	if (prev === undefined || /\s/u.test(prev)) return false;
	const next = text[i + 1];
	return next === undefined || AFTER_CLOSE.test(next) || isMark(next);
}

/** A single mark used as an apostrophe: `don't`, `Lavrov's`, `'90s`, `parents' house`. */
function isApostrophe(text: string, i: number, singleOpen: boolean): boolean {
	const prev = text[i - 1];
	const next = text[i + 1];
	const letterBefore = prev !== undefined && WORD.test(prev);
	const letterAfter = next !== undefined && WORD.test(next);
	if (letterBefore && letterAfter) return true;
	if (!letterBefore && next !== undefined && /\d/u.test(next) && /\d/u.test(text[i + 2] ?? '') && !/\d/u.test(text[i + 3] ?? '')) return true;
	// A plural possessive (`the parents' house`) only closes a quotation that is open.
	return !singleOpen && prev === 's' && (next === undefined || next === ' ');
}

function span(text: string, open: number, close: number, unclosed: boolean): QuoteSpan | undefined {
	let start = open + 1;
	let end = close;
	while (start < end && /\s/u.test(text[start]!)) start++;
	while (end > start && /\s/u.test(text[end - 1]!)) end--;
	for (let i = start; i < end; i++) if (LETTER.test(text[i]!) || /\d/u.test(text[i]!)) return {start, end, open, close, unclosed};
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
	let singleOpen = -1;
	const push = (found: QuoteSpan | undefined): void => {
		if (found) spans.push(found);
	};
	ANY_MARK.lastIndex = 0;
	for (let found = ANY_MARK.exec(text); found; found = ANY_MARK.exec(text)) {
		const i = found.index;
		const c = found[0];
		if (DOUBLE.has(c)) {
			const opens = canOpen(text, i);
			const closes = canClose(text, i);
			if (doubleOpen >= 0) {
				if (closes || !opens) {
					push(span(text, doubleOpen, i, false));
					doubleOpen = -1;
				} else {
					// A fresh opening mark while one is open: the earlier one was never closed.
					doubleOpen = i;
				}
			} else if (opens || (!closes && c !== '”')) {
				doubleOpen = i;
				singleOpen = -1;
			}
		} else if (SINGLE.has(c) && doubleOpen < 0) {
			if (isApostrophe(text, i, singleOpen >= 0)) continue;
			if (singleOpen >= 0) {
				if (canClose(text, i)) {
					push(span(text, singleOpen, i, false));
					singleOpen = -1;
				} else if (canOpen(text, i)) singleOpen = i;
			} else if (canOpen(text, i)) singleOpen = i;
		}
	}
	if (doubleOpen >= 0) push(span(text, doubleOpen, text.length, true));
	return spans;
}
