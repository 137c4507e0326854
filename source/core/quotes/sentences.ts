// Splits a paragraph into sentences without ever cutting inside a quotation, in one linear pass.
import {ABBREVIATED_TITLES, SPEECH_VERBS} from './lexicon.js';
import type {QuoteSpan} from './marks.js';

export interface Range {
	start: number;
	end: number;
}

// Words that end with a full stop without ending the sentence (`Dr. Frieden`, `Jan. 4`).
const ABBREVIATIONS = new Set([...ABBREVIATED_TITLES, ...'inc ltd co corp vs no nos jan feb mar apr jun jul aug sep sept oct nov dec est approx fig mt ft'.split(' ')]);
const OPENERS = /[\p{Lu}\p{N}"“„«'‘\[(]/u;

function endsWithAbbreviation(text: string, dot: number): boolean {
	let i = dot;
	while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
	const word = text.slice(i, dot);
	if (word.length === 1 || word.includes('.')) return true; // an initial (`J.`) or `U.S.`
	return ABBREVIATIONS.has(word.toLowerCase());
}

const TERMINAL = /[.!?]/gu;
const SPACE = /\s/u;

/** Offsets just after a sentence end, if the next sentence starts there: `… said. The …`, `… Russia." Lavrov …`. */
function cutAfter(text: string, after: number): number | undefined {
	if (!SPACE.test(text[after] ?? '')) return undefined;
	let next = after;
	while (next < text.length && SPACE.test(text[next]!)) next++;
	return next < text.length && OPENERS.test(text[next]!) ? after : undefined;
}

/** `"… in two days!" Macron told the world`: after `!"` or `?"` the next words may attribute the quote (no sentence ends). */
function attributionFollows(text: string, span: QuoteSpan): boolean {
	// A quotation its sentence already attributed (`Ouellet said, "…?"`) needs nothing after it.
	if (INTRODUCED.test(text.slice(Math.max(0, span.open - 24), span.open))) return false;
	const after = text.slice(span.closeEnd, span.closeEnd + 79);
	// (past an apposition on the speaker: `"…?" Miller, a retired worker from a nuclear plant, said …`)
	const words = after.split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean).slice(0, 10);
	for (const word of words) {
		// `"…?" Sanders replied.`: a verb that ends the sentence, its full stop with it, attributes the quotation…
		const verb = word.replace(/[.!?]+$/u, '');
		if (SPEECH_VERBS.has(verb.toLowerCase()) && !/^\p{Lu}/u.test(word)) {
			if (verb !== word) return true;
			// …and so does one inside it, unless that verb opens a quotation of its own: `Scicluna said, "People must …"`.
			const rest = after.slice(after.indexOf(word) + word.length);
			return !/^\s*[,:]?\s*["“'‘]/u.test(rest);
		}
		if (/[.!?]$/u.test(word)) return false;
	}
	return false;
}

/** `"… missing." Trump said.`: a sentence of nothing but a speaker and a verb of saying belongs to the quotation before it. */
function bareAttribution(text: string, span: QuoteSpan): boolean {
	const found = BARE_ATTRIBUTION.exec(text.slice(span.closeEnd, span.closeEnd + 79));
	return found !== null && SPEECH_VERBS.has(found[1]!);
}

const BARE_ATTRIBUTION = /^\s+\p{Lu}[\p{L}.'’-]*\s+(?:[\p{L}.'’-]+\s+){0,3}(\p{Ll}+)\.(?:\s|$)/u;

/** A quotation ending with its own full stop, question or exclamation mark ends the sentence, unless its attribution follows. */
function endsSentence(text: string, span: QuoteSpan): boolean {
	const mark = text[span.close - 1] ?? '';
	if (span.unclosed || !/[.!?]/u.test(mark)) return false;
	return mark === '.' ? !bareAttribution(text, span) : !attributionFollows(text, span);
}

// A speech verb with a comma or colon right before a quotation's opening mark.
const INTRODUCED = /\b(?:said|says|say|asked|asks|added|adds|told|tells|wrote|writes|stated|states|declared|replied|explained)\s*[,:]?\s*$/iu;

/** Sentence ranges covering the paragraph (spaces between sentences excluded). */
export function splitSentences(text: string, spans: QuoteSpan[]): Range[] {
	const cuts: number[] = [];
	let k = 0;
	TERMINAL.lastIndex = 0;
	for (let found = TERMINAL.exec(text); found; found = TERMINAL.exec(text)) {
		const i = found.index;
		// Quotations closing before this point may end a sentence themselves: `… to Russia." Lavrov …`
		while (k < spans.length && spans[k]!.close < i) {
			const span = spans[k]!;
			if (endsSentence(text, span)) {
				const cut = cutAfter(text, span.closeEnd);
				if (cut !== undefined) cuts.push(cut);
			}
			k++;
		}
		const inside = k < spans.length && spans[k]!.open < i && i < spans[k]!.close;
		if (inside || (found[0] === '.' && endsWithAbbreviation(text, i))) continue;
		const cut = cutAfter(text, i + 1);
		if (cut !== undefined) cuts.push(cut);
	}
	for (; k < spans.length; k++) {
		const span = spans[k]!;
		if (endsSentence(text, span)) {
			const cut = cutAfter(text, span.closeEnd);
			if (cut !== undefined) cuts.push(cut);
		}
	}
	const ranges: Range[] = [];
	let start = 0;
	for (const cut of [...cuts, text.length]) {
		if (cut < start) continue;
		let s = start;
		while (s < cut && SPACE.test(text[s]!)) s++;
		let e = cut;
		while (e > s && SPACE.test(text[e - 1]!)) e--;
		if (e > s) ranges.push({start: s, end: e});
		start = cut;
	}
	return ranges;
}

/**
 * A body paragraph that ends in no sentence mark (`Whangārei Harbour seen from Tamaterau, with …`) is a photo's
 * caption or a heading, not prose: what it names is not what the story goes on about.
 */
export const isCaption = (text: string, paragraph: number): boolean => paragraph > 0 && !/[.!?…:;"”’'»)\]]\s*$/u.test(text);

const SENTENCE_END = /[.!?。।](?:\s|["”’']|$)/u;

/** A caption with no sentence in it at all (`READ MORE: "…" as thousands lose power`): a heading, a label or a link. */
export const isHeading = (text: string, paragraph: number): boolean => isCaption(text, paragraph) && !SENTENCE_END.test(text);
