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
	/** A capitalised sentence opener the article never capitalises elsewhere (`Fitness was …`): not a name. */
	common?: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[''’.\-&][\p{L}\p{N}]+)*/uy;

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
		if (quote && quote.open === i) {
			const words = text.slice(quote.start, quote.end);
			tokens.push({kind: 'quote', text: words, lower: words.toLowerCase(), start: quote.open, end: Math.min(quote.close + 1, text.length), quote: q});
			i = Math.min(quote.close + 1, text.length);
			q++;
			continue;
		}
		const c = text[i]!;
		if (/\s/u.test(c)) {
			i++;
			continue;
		}
		WORD.lastIndex = i;
		const match = WORD.exec(text);
		const end = match ? i + match[0].length : i + 1;
		if (quote && end > quote.open && quote.open > i) {
			// A word never swallows the mark that opens a quotation.
			const piece = text.slice(i, quote.open);
			tokens.push({kind: 'word', text: piece, lower: piece.toLowerCase(), start: i, end: quote.open});
			i = quote.open;
			continue;
		}
		const piece = text.slice(i, end);
		tokens.push({kind: match ? 'word' : 'punct', text: piece, lower: piece.toLowerCase(), start: i, end});
		i = end;
	}
	return tokens;
}
