// `researchers from the University of Colorado and the College of Wooster said`: names joined by `and` inside a
// prepositional modifier say whom a noun stands for; that noun, not the last name, is the subject.
import type {Token} from './tokens.js';

// Prepositions of such modifiers, and how far back past the first conjunct one is looked for.
const MODIFYING = new Set(['from', 'of', 'at', 'with']);
const REACH = 24;

/**
 * The token range of the noun phrase (`researchers`, `a team of scientists`) whose modifier's second conjunct starts
 * right after the `and` at tokens[and]: a lowercase noun, then `from`/`of`/`at`, then names up to the `and`.
 */
export function modifiedNoun(tokens: Token[], and: number, floor: number): {from: number; to: number} | undefined {
	for (let k = and - 1; k > floor && k >= and - REACH; k--) {
		const t = tokens[k]!;
		if (t.kind === 'quote' || t.text === ';' || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return undefined;
		if (!MODIFYING.has(t.lower)) continue;
		const noun = tokens[k - 1];
		// (an `of` inside a name, `University of Leeds`, is passed over; a sentence's first word may be capitalised)
		if (noun?.kind === 'word' && noun.upper && !noun.common) continue;
		if (!noun || noun.kind !== 'word' || (noun.pos !== 'NOUN' && !noun.common)) return undefined;
		let from = k - 1;
		while (from > floor && tokens[from - 1]!.kind === 'word' && (!tokens[from - 1]!.upper || tokens[from - 1]!.common) && /^(?:DET|ADJ|NOUN|NUM)$/u.test(tokens[from - 1]!.pos)) from--;
		return {from, to: k};
	}
	return undefined;
}
