// Short asides in brackets right after a name, which say who or what it names and are no clause of their own:
// an acronym (`the National Hurricane Center (NHC)`), a party and state (`Harry Reid (D-Nev.)`), an age (`Cory James (22)`).
import type {Token} from './tokens.js';

// An aside longer than this many tokens is a clause or a remark, not a label on the name.
const MOST = 6;

/** Whether tokens (from, to) — the inside of brackets — are such a label after a capitalised word at tokens[from - 1]. */
function labelsName(tokens: Token[], from: number, to: number): boolean {
	const named = tokens[from - 1];
	if (!named || named.kind !== 'word' || !named.upper || to - from < 2 || to - from > MOST + 1) return false;
	for (let k = from + 1; k < to; k++) {
		const t = tokens[k]!;
		// A verb makes it a remark (`(who is …)`); another bracket or a quotation, something else.
		if (t.kind === 'quote' || t.text === '(' || t.pos === 'AUX' || t.pos === 'VERB') return false;
	}
	return true;
}

/** For a `)` at tokens[close] that ends a name's aside, the index of its `(`. */
export function asideOpening(tokens: Token[], close: number): number | undefined {
	if (tokens[close]?.text !== ')') return undefined;
	for (let open = close - 2; open >= 0 && open >= close - MOST - 1; open--) {
		if (tokens[open]!.text === ')') return undefined;
		if (tokens[open]!.text === '(') return labelsName(tokens, open, close) ? open : undefined;
	}
	return undefined;
}

/** For a `(` at tokens[open] that starts a name's aside, the index of its `)`. */
export function asideClosing(tokens: Token[], open: number): number | undefined {
	if (tokens[open]?.text !== '(') return undefined;
	for (let close = open + 2; close < tokens.length && close <= open + MOST + 1; close++) {
		if (tokens[close]!.text === '(') return undefined;
		if (tokens[close]!.text === ')') return labelsName(tokens, open, close) ? close : undefined;
	}
	return undefined;
}

/**
 * `Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR)`: where an acronym in the brackets at
 * tokens[open] spells the initials of the capitalised words before it, across commas and small words, the index of the
 * first of those words (the body's full name starts there); otherwise undefined.
 */
export function acronymStart(tokens: Token[], open: number): number | undefined {
	const acronym = tokens[open + 1];
	if (tokens[open + 2]?.text !== ')' || !acronym || !/^\p{Lu}{3,}$/u.test(acronym.text)) return undefined;
	let letters = acronym.text.length;
	let k = open - 1;
	for (; k >= 0 && letters > 0; k--) {
		const t = tokens[k]!;
		if (t.kind === 'word' && t.upper) {
			if (t.text[0] !== acronym.text[letters - 1]) return undefined;
			letters--;
		} else if (t.text !== ',' && !/^(?:and|of|for|on|the|&)$/u.test(t.lower)) return undefined;
	}
	return letters === 0 ? k + 1 : undefined;
}
