// Which words of a paragraph go to the tagger (the language layer): tagging is most of extraction's cost,
// and the attribution rules read tags only near a report and where a sentence's subject is found.
import type {Tag} from '../language/index.js';
import {OPENING_PHRASE_WORDS} from './discourse.js';
import {EVENT_WORDS} from './events.js';
import {tagTokens, type Token} from './tokens.js';

/** A sentence the rules read closely: it holds a quotation or a word that may report speech. */
const mayReport = (tokens: Token[]): boolean => tokens.some(t => t.kind === 'quote' || EVENT_WORDS.has(t.lower));

// Of a sentence that reports nobody, the words where its subject is found: its first words, or those after an
// opening adverbial set off by a comma (`In response to the attack, Republican nominee Donald Trump issued …`).
// (as far as leadingSubject looks for the adverbial's comma)
const SUBJECT_WORDS = 6;
const ADVERBIAL_WORDS = OPENING_PHRASE_WORDS;

/** Where the words of a sentence that reports nobody stop being read closely: past its subject. */
function subjectEnd(tokens: Token[]): number {
	let comma = 0;
	while (comma < ADVERBIAL_WORDS && comma < tokens.length && tokens[comma]!.text !== ',') comma++;
	return Math.min(tokens.length, (comma < ADVERBIAL_WORDS && comma < tokens.length ? comma + 1 : 0) + SUBJECT_WORDS);
}

/**
 * A quotation, whose words the rules never look into, and a run of stray quotation marks (`"'"'…`), which has
 * no words: text the tagger is spared.
 */
const untagged = (token: Token): boolean => token.kind === 'quote' || (token.kind === 'punct' && token.end - token.start > 2);

/**
 * Tags the sentences of a paragraph that may report speech whole and of the others only their subject (the
 * headline whole). Each stretch of adjacent text to tag goes to `tag` in one pass.
 */
export function tagWhereNeeded(text: string, sentences: Token[][], headline: boolean, tag: Tag): void {
	let stretch: {tokens: Token[]; from: number; to: number}[] = [];
	const flush = (): void => {
		const first = stretch[0];
		const last = stretch.at(-1);
		if (!first || !last) return;
		const words = tag(text, first.tokens[first.from]!.start, last.tokens[last.to - 1]!.end);
		for (const part of stretch) tagTokens(part.tokens, part.from, part.to, words);
		stretch = [];
	};
	for (const tokens of sentences) {
		const whole = headline || mayReport(tokens);
		const end = whole ? tokens.length : subjectEnd(tokens);
		let from = 0;
		for (let k = 0; k <= end; k++) {
			if (k < end && !untagged(tokens[k]!)) continue;
			if (k > from) stretch.push({tokens, from, to: k});
			if (k < end) flush();
			from = k + 1;
		}
		// The rest of a sentence tagged in part lies between it and the next.
		if (!whole) flush();
	}
	flush();
}
