// Where a subject phrase before a verb of saying stops: a time phrase (`on Sunday`), a relative clause (`who
// witnessed the attack`), a participle (`published in …`), a modifier, the state after a town, a label on a name.
import {TIME_PREPOSITIONS, isWord} from './descriptions.js';
import {isBareCount} from './heads.js';
import {DETERMINERS, OUTLET_NOUNS, TIME_WORDS, TITLE_WORDS} from './lexicon.js';
import {pronounRef} from './name-refs.js';
import {COMPASS_POINTS, isPlace, joinTokens} from './names.js';
import type {Token} from './tokens.js';

/** tokens[k] is a number after a capitalised word that is no month: the name's number (`News 12`, `Section 230`), no date. */
export const isNamesNumber = (tokens: Token[], k: number): boolean =>
	/^\d+[a-z]?$/u.test(tokens[k]!.text) && tokens[k - 1]?.upper === true && !TIME_WORDS.has(tokens[k - 1]!.lower);

/** Drops a time phrase just before `end` (`during the weekend`, `on Sunday`, `late Sunday`). */
export function skipTimePhrase(tokens: Token[], end: number, floor: number): number {
	let i = end;
	while (i > floor && isWord(tokens[i - 1]) && (TIME_WORDS.has(tokens[i - 1]!.lower) || (/^\d+$/u.test(tokens[i - 1]!.text) && !isNamesNumber(tokens, i - 1)))) i--;
	if (i === end) return end;
	while (i > floor && isWord(tokens[i - 1]) && (DETERMINERS.has(tokens[i - 1]!.lower) || TIME_PREPOSITIONS.has(tokens[i - 1]!.lower))) i--;
	// (`six in 10`, `nine out of 10` are proportions, not years)
	if (tokens[i]?.lower === 'in' && i > floor && isBareCount([tokens[i - 1]!.lower, 'in', tokens[i + 1]!.lower])) return end;
	if (tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'out' && i - 3 >= floor && isBareCount([tokens[i - 3]!.lower, 'out', 'of', tokens[i]!.lower])) return end;
	return i;
}

/** Index of the `who` opening a relative clause that ends at tokens[end] (`who witnessed the attack`), if any. */
export function relativeStart(tokens: Token[], end: number, floor: number): number | undefined {
	for (let k = end - 2; k > floor && k >= end - 10 && isWord(tokens[k]); k--) {
		if (tokens[k]!.lower !== 'who') continue;
		const next = tokens[k + 1]!;
		// `the man who Trump said was …`: a subject after `who` makes it the object of another clause.
		return isWord(tokens[k - 1]) && !next.upper && !pronounRef(next) ? k : undefined;
	}
	return undefined;
}

/** Index of the participle in `published in (the journal) …` just before tokens[from], if there is one. */
export function participleBefore(tokens: Token[], from: number, floor: number): number | undefined {
	let k = from - 1;
	while (k > floor && isWord(tokens[k]) && (DETERMINERS.has(tokens[k]!.lower) || OUTLET_NOUNS.has(tokens[k]!.lower) || tokens[k]!.lower === 'journal')) k--;
	if (k <= floor || !/^(?:in|on|at)$/u.test(tokens[k]!.lower)) return undefined;
	const participle = tokens[k - 1];
	return isWord(participle) && !participle.upper && /[a-z]ed$/u.test(participle.text) && k - 1 > floor ? k - 1 : undefined;
}

/** A word opening a phrase that describes the noun before it: `who`, `which`, `hosted by`, `clad in`, `the U.S. Attorney`. */
export const isModifier = (tokens: Token[], k: number): boolean => {
	const t = tokens[k];
	return t !== undefined && t.kind === 'word' && (isModifierWord(t) || (t.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADP'));
};

/**
 * tokens[k] opens the second half of a place, set off by commas: the state or country after a town (`in Columbus,
 * Ohio,`, `of Raleigh, N.C.,`): capitalised words after a comma that follows a capitalised word a preposition governs.
 */
export function isLocative(tokens: Token[], k: number): boolean {
	if (!isWord(tokens[k]) || !tokens[k]!.upper || tokens[k - 1]?.text !== ',' || !tokens[k - 2]?.upper) return false;
	let end = k;
	for (; end < tokens.length && tokens[end]!.text !== ','; end++) if (!(isWord(tokens[end]) && tokens[end]!.upper) && tokens[end]!.text !== '.') return false;
	// A state or country is one word (`Ohio`, `N.C.`) or a place known by its name (`New Mexico`), not a person's name.
	let words = 0;
	for (let j = k; j < end; j++) if (isWord(tokens[j])) words++;
	if (words > 1 && !isPlace(joinTokens(tokens, k, end))) return false;
	// …after a town of a word or two (`of Raleigh`, `in Los Angeles`).
	for (let j = k - 3; j >= 0 && j >= k - 4; j--) {
		if (/^(?:in|of|at|from|near|outside)$/u.test(tokens[j]!.lower)) return true;
		if (!isWord(tokens[j]) || !tokens[j]!.upper) return false;
	}
	return false;
}

/**
 * A label on a name set off by commas, in American news style: the party and state of a politician (`Rand Paul,
 * R-Ky., said`) or an age (`Cory James, 22, said`).
 */
export function isNameLabel(tokens: Token[], from: number, to: number): boolean {
	const word = tokens[from];
	if (!isWord(word) || !(to === from + 1 || (to === from + 2 && tokens[from + 1]!.text === '.'))) return false;
	return /^[DRI]-\p{Lu}[\p{L}.]*$/u.test(word.text) || /^\d{1,3}$/u.test(word.text);
}

const isModifierWord = (t: Token): boolean =>
	(/^(?:who|which|whose|where|whom|also|formerly|known|now|of|one|then|former|on|in|at|during|after|before|via|through|speaking|writing|however|meanwhile|\d+)$/u.test(t.lower) || /^[a-z]+(?:ed|ing)$/u.test(t.text) || DETERMINERS.has(t.lower) || TITLE_WORDS.has(t.lower));

const LOCATIVES = new Set(['in', 'at', 'near', 'across', 'throughout', 'inside', 'outside', 'around', 'within']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", '’s']);

/**
 * A name a preposition of place governs, past its modifiers (`lives in Tarvo`, `was born at Elm Bay`), or that
 * `from` after a copula or a comma gives as one's origin (`she was from northern Varenia`, `Ann Lee, 24, from
 * Dover,`): where, not who.
 */
export function saysWhere(tokens: Token[], from: number): boolean {
	let k = from - 1;
	// (a sentence that reports nobody is tagged only in part: a compass point is known without its tag)
	while (k >= 0 && isWord(tokens[k]) && !tokens[k]!.upper && (tokens[k]!.pos === 'ADJ' || COMPASS_POINTS.has(tokens[k]!.lower))) k--;
	const before = tokens[k]?.lower ?? '';
	if (LOCATIVES.has(before)) return true;
	// (after a comma, `from` gives an origin when it follows a name or an age: not in `a colleague, from Mike Lee`)
	const setOff = tokens[k - 1]?.text === ',' && (tokens[k - 2]?.upper === true || /^\d+$/u.test(tokens[k - 2]?.text ?? ''));
	return before === 'from' && (BE.has(tokens[k - 1]?.lower ?? '') || setOff);
}
