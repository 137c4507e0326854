// Cuts a sentence into words, punctuation and whole quotations, the units attribution rules look at.
import type {QuoteSpan} from './marks.js';
import type {Range} from './sentences.js';

export interface Token {
	kind: 'word' | 'punct' | 'quote';
	/** The word or mark (a quotation's words for `quote`). */
	text: string;
	lower: string;
	start: number;
	end: number;
	/** For `quote`: its index among the paragraph's quotations. */
	quote?: number;
	/** Starts with a capital letter. */
	upper: boolean;
	/** A capitalised sentence opener the article never capitalises elsewhere (`Fitness was …`): not a name. */
	common?: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*|\S/gu;
const WORDLIKE = /^[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;

const startsUpper = (word: string): boolean => {
	const code = word.charCodeAt(0);
	return code < 128 ? code >= 65 && code <= 90 : UPPER.test(word);
};

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

/** Tokens of `range`, each quotation (marks included) as a single token. */
export function tokenize(text: string, range: Range, spans: QuoteSpan[]): Token[] {
	const tokens: Token[] = [];
	let q = firstSpanFrom(spans, range.start);
	let i = range.start;
	while (i < range.end) {
		const quote = spans[q];
		const open = quote ? quote.open : Number.POSITIVE_INFINITY;
		TOKEN.lastIndex = i;
		const match = TOKEN.exec(text);
		const at = match ? match.index : range.end;
		if (open < range.end && open <= at) {
			const close = Math.min(quote!.close + 1, text.length);
			tokens.push({kind: 'quote', text: text.slice(quote!.start, quote!.end), lower: '', upper: false, start: open, end: close, quote: q});
			i = close;
			q++;
			continue;
		}
		if (!match || at >= range.end) break;
		// A word never swallows the mark that opens a quotation.
		const end = Math.min(at + match[0].length, open, range.end);
		const piece = text.slice(at, end);
		const lower = piece.toLowerCase();
		tokens.push({kind: WORDLIKE.test(piece) ? 'word' : 'punct', text: piece, lower, upper: lower !== piece && startsUpper(piece), start: at, end});
		i = end;
	}
	return tokens;
}
