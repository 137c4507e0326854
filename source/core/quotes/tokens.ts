// Cuts a sentence into words, punctuation and whole quotations, the units attribution rules look at.
import type {Pos, Word} from '../language/index.js';
import type {QuoteSpan} from './marks.js';
import type {Range} from './sentences.js';

export interface Token {
	kind: 'word' | 'punct' | 'quote';
	/** The word or mark (a quotation's words for `quote`). */
	text: string;
	/** Lower case, except acronyms, which keep their capitals. */
	lower: string;
	start: number;
	end: number;
	/** For `quote`: its index among the paragraph's quotations. */
	quote?: number;
	/** Starts with a capital letter. */
	upper: boolean;
	/** A capitalised sentence opener the article never capitalises elsewhere (`Fitness was …`): not a name. */
	common?: boolean;
	/** A capitalised sentence opener the article also capitalises inside sentences (`Boeing`): a name, whatever its ending. */
	named?: boolean;
	/** The tagger's part of speech for the word this token starts with (`X` for a quotation). */
	pos: Pos;
}

/**
 * Every token is made with all its fields, in one order: the attribution rules read tokens everywhere, and
 * objects of one shape keep those reads fast where `quote`, `common` and `named` added later would not.
 */
const makeToken = (kind: Token['kind'], text: string, lower: string, upper: boolean, start: number, end: number, quote: number | undefined, pos: Pos): Token =>
	({kind, text, lower, start, end, quote, upper, common: false, named: false, pos});

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|ibn|bin|abu)-\p{Lu}/u;
const SPACE = /\s/u;
const STRAY_MARKS = new Set([...'"“”„«»‟\'‘’‚‹›‛'].map(c => c.charCodeAt(0)));
const APOSTROPHES = new Set([0x27, 0x2019]);
// Joiners inside a word: `don't`, `U.S`, `Rhys-Davies`, `AT&T`.
const JOINERS = new Set([...'\'’.-&'].map(c => c.charCodeAt(0)));

const isWordCode = (code: number): boolean =>
	code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : !Number.isNaN(code) && LETTER_OR_DIGIT.test(String.fromCharCode(code));
const isSpaceCode = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && SPACE.test(String.fromCharCode(code)));

const startsUpper = (word: string): boolean => {
	const code = word.charCodeAt(0);
	return code < 128 ? code >= 65 && code <= 90 : UPPER.test(word);
};

/** End of the token starting at `i` (not a space): a word with its joiners, a run of stray marks, or one character. */
function tokenEnd(text: string, i: number, limit: number): {end: number; word: boolean} {
	const code = text.charCodeAt(i);
	if (isWordCode(code)) {
		let k = i + 1;
		for (;;) {
			while (k < limit && isWordCode(text.charCodeAt(k))) k++;
			if (k + 1 < limit && JOINERS.has(text.charCodeAt(k)) && isWordCode(text.charCodeAt(k + 1))) k += 2;
			// A plural possessive keeps its apostrophe: `Windsor Locks' first selectman`.
			else if (k < limit && APOSTROPHES.has(text.charCodeAt(k)) && text.charCodeAt(k - 1) === 115 && (k + 1 === limit || isSpaceCode(text.charCodeAt(k + 1)))) return {end: k + 1, word: true};
			else return {end: k, word: true};
		}
	}
	// Stray quotation marks (outside any quotation) make one token however many there are.
	if (STRAY_MARKS.has(code)) {
		let k = i + 1;
		while (k < limit && STRAY_MARKS.has(text.charCodeAt(k))) k++;
		return {end: k, word: false};
	}
	const surrogate = code >= 0xd800 && code <= 0xdbff && i + 1 < limit;
	return {end: i + (surrogate ? 2 : 1), word: false};
}

/** Whether `text` from `start` to `end` may change when lower-cased: an ASCII capital or any non-ASCII character. */
function hasCapitals(text: string, start: number, end: number): boolean {
	for (let k = start; k < end; k++) {
		const code = text.charCodeAt(k);
		if ((code >= 65 && code <= 90) || code > 127) return true;
	}
	return false;
}

function firstSpanFrom(spans: QuoteSpan[], offset: number): number {
	let low = 0;
	let high = spans.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (spans[mid]!.open < offset) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Gives tokens[from, to) the part of speech of the tagged word each starts in; a quotation stays `X`. */
export function tagTokens(tokens: Token[], from: number, to: number, words: Word[]): void {
	let w = firstWordFrom(words, tokens[from]!.start);
	for (let k = from; k < to; k++) {
		const token = tokens[k]!;
		if (token.kind === 'quote') continue;
		while (w < words.length && words[w]!.end <= token.start) w++;
		const word = words[w];
		if (word && word.start < token.end) token.pos = word.pos;
		// `according to` is a preposition: what follows is its object, never an infinitive (`according to polls`).
		if (k >= 2 && tokens[k - 1]!.lower === 'to' && tokens[k - 2]!.lower === 'according') {
			tokens[k - 1]!.pos = 'ADP';
			if (token.pos === 'VERB') token.pos = 'NOUN';
		}
	}
}

/** The first of `words` (sorted) that ends after `offset`: the word a token starting there belongs to. */
function firstWordFrom(words: Word[], offset: number): number {
	let low = 0;
	let high = words.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (words[mid]!.end <= offset) low = mid + 1;
		else high = mid;
	}
	return low;
}

const QUOTATION_DASH = 0x2015;
const HYPHEN = 0x2d;

/** Tokens of `range`, each quotation (marks included) as a single token, untagged (`X`) until `tagTokens`. */

export function tokenize(text: string, range: Range, spans: QuoteSpan[]): Token[] {
	const tokens: Token[] = [];
	let q = firstSpanFrom(spans, range.start);
	let i = range.start;
	while (i < range.end) {
		if (isSpaceCode(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const quote = spans[q];
		if (quote && quote.open === i) {
			const close = Math.min(quote.closeEnd, text.length);
			tokens.push(makeToken('quote', text.slice(quote.start, quote.end), '', false, i, close, q, 'X'));
			i = close;
			q++;
			continue;
		}
		const found = tokenEnd(text, i, range.end);
		// (two hyphens are the dash of plain text, `John McCain -- who lost in 2008 -- said`)
		const doubled = text.charCodeAt(i) === HYPHEN && text.charCodeAt(i + 1) === HYPHEN && text.charCodeAt(i + 2) !== HYPHEN && i + 2 <= range.end;
		// A word never swallows the mark that opens a quotation.
		const end = doubled ? i + 2 : quote && quote.open > i ? Math.min(found.end, quote.open) : found.end;
		// (the quotation dash, `”― Carla Sanchez`, attributes as the em dash does: the rules read one dash)
		const piece = doubled || (text.charCodeAt(i) === QUOTATION_DASH && end === i + 1) ? '—' : text.slice(i, end);
		// Most tokens are already lower case: they are their own folded form, without a new string per token.
		const folded = hasCapitals(text, i, end) ? piece.toLowerCase() : piece;
		// `al-Eryani`, `bin Salman`'s particles aside, a name starts with a capital.
		const upper = found.word && folded !== piece && (startsUpper(piece) || NAME_PARTICLE.test(piece));
		// An acronym keeps its capitals, so `WHO`, `IT` or `US` never read as `who`, `it`, `us`.
		const lower = upper && piece.length > 1 && piece.toUpperCase() === piece ? piece : folded;
		tokens.push(makeToken(found.word ? 'word' : 'punct', piece, lower, upper, i, end, undefined, 'X'));
		i = end;
	}
	return tokens;
}
