// What may stand between a subject and its verb of saying and belongs to neither: adverbs, and adverbials between an
// auxiliary and its verb (`has since said`, `would only say`), the subject phrase (refs.ts) is found past them.
import {isWord} from './descriptions.js';
import type {Token} from './tokens.js';

// Auxiliaries after which a verb follows with nothing but adverbials between (`has since said`, `would only say`).
const PERFECT_AND_MODAL = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
// A pronoun with its auxiliary written short (`he’s said`, `they’ve suggested`, `who’ve said`).
export const CONTRACTED_AUXILIARY = /^(he|she|it|they|we|i|you|who)['’](?:s|ve|d|ll)$/u;
const WH_ADVERBS = new Set(['where', 'when', 'why', 'how']);

/**
 * Where the subject of a verb at tokens[end] ends, past what may stand between them: adverbs by their tag
 * (`often says`, `now says`, `soon noted`), and whatever comes between an auxiliary and its verb, which is an
 * adverbial (`has since said`, `has long said`, `have in the past said`), up to the auxiliary.
 */
export function adverbialsBefore(tokens: Token[], end: number, floor: number): number {
	for (let k = end - 1; k >= floor && k >= end - 5 && isWord(tokens[k]); k--) {
		const lower = tokens[k]!.lower;
		const auxiliary = PERFECT_AND_MODAL.has(lower) || CONTRACTED_AUXILIARY.test(lower);
		if (auxiliary && isAdverbial(tokens, k + 1, end)) return PERFECT_AND_MODAL.has(lower) ? k : k + 1;
		// (the subject pronoun is kept, its auxiliary dropped: `he’s said` → `he`)
		if (auxiliary) break;
	}
	let i = end;
	// (a capitalised word is a name, whatever its tag: `Jolly said`)
	// (nor is a word after a determiner, whatever its tag: `A third said`)
	while (i > floor && tokens[i - 1]!.pos === 'ADV' && isWord(tokens[i - 1]) && !tokens[i - 1]!.upper && !WH_ADVERBS.has(tokens[i - 1]!.lower) && tokens[i - 2]?.pos !== 'DET') i--;
	return i;
}

/** tokens[from, to) are adverbs (`since`, `long`, `only`) or one prepositional phrase (`in the past`), or nothing. */
function isAdverbial(tokens: Token[], from: number, to: number): boolean {
	if (tokens[from]?.pos === 'ADP') return tokens.slice(from + 1, to).every(t => /^(?:DET|ADJ|ADV|NOUN|NUM)$/u.test(t.pos));
	return tokens.slice(from, to).every(t => !t.upper && (t.pos === 'ADV' || (t.pos === 'SCONJ' && t.lower === 'since')));
}

/**
 * tokens[from, to) set off by commas are a sentence adverbial, no apposition: an adverb or two (`however`, `too`,
 * `though`) or a preposition with a bare noun (`for example`, `for instance`, `in turn`), never a name.
 */
export function isSetOffAdverbial(tokens: Token[], from: number, to: number): boolean {
	const words = tokens.slice(from, to);
	if (words.length === 0 || words.length > 2 || words.some(t => !isWord(t) || t.upper)) return false;
	if (words.every(t => t.pos === 'ADV' || (t.pos === 'SCONJ' && /^(?:though|although)$/u.test(t.lower)))) return true;
	return words.length === 2 && words[0]!.pos === 'ADP' && /^(?:NOUN|ADJ)$/u.test(words[1]!.pos);
}
