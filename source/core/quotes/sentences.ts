// Splits a paragraph into sentences without ever cutting inside a quotation, in one linear pass.
import type {QuoteSpan} from './marks.js';

export interface Range {
	start: number;
	end: number;
}

// Words that end with a full stop without ending the sentence (`Dr. Frieden`, `Jan. 4`).
const ABBREVIATIONS = new Set(
	'mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep prof rev inc ltd co corp vs no nos jan feb mar apr jun jul aug sep sept oct nov dec est approx fig mt ft'.split(' '),
);
const OPENERS = /[\p{Lu}\p{N}"“„«'‘\[(]/u;

function endsWithAbbreviation(text: string, dot: number): boolean {
	let i = dot;
	while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
	const word = text.slice(i, dot);
	if (word.length === 1 || word.includes('.')) return true; // an initial (`J.`) or `U.S.`
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence ranges covering the paragraph (spaces between sentences excluded). */
export function splitSentences(text: string, spans: QuoteSpan[]): Range[] {
	const cuts: number[] = [];
	let k = 0;
	for (let i = 0; i < text.length; i++) {
		while (k < spans.length && spans[k]!.close < i) k++;
		const inside = k < spans.length && spans[k]!.open < i && i < spans[k]!.close;
		const c = text[i]!;
		let after = -1;
		if (!inside && (c === '.' || c === '!' || c === '?') && !(c === '.' && endsWithAbbreviation(text, i))) after = i + 1;
		// A quotation ending a sentence: `… to Russia." Lavrov …`
		else if (k < spans.length && spans[k]!.close === i && !spans[k]!.unclosed && /[.!?]/u.test(text[i - 1] ?? '')) after = i + 1;
		if (after < 0 || !/\s/u.test(text[after] ?? '')) continue;
		let next = after;
		while (next < text.length && /\s/u.test(text[next]!)) next++;
		if (next < text.length && OPENERS.test(text[next]!)) cuts.push(after);
	}
	const ranges: Range[] = [];
	let start = 0;
	for (const cut of [...cuts, text.length]) {
		let s = start;
		while (s < cut && /\s/u.test(text[s]!)) s++;
		let e = cut;
		while (e > s && /\s/u.test(text[e - 1]!)) e--;
		if (e > s) ranges.push({start: s, end: e});
		start = cut;
	}
	return ranges;
}
