// Titles written before names: roles, their qualifiers, and the place of an office (`Senator from Vermont`).
import {AUXILIARIES, CLAUSE_BREAKS, COMMON_CAPITALS, DETERMINERS, ORG_HEADS, SPEECH_VERBS, TITLE_WORDS, VERB_FILLERS} from './lexicon.js';
import {joinTokens, looksLikeOrganization} from './names.js';
import type {Token} from './tokens.js';

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

// Endings of adjectives (`presidential`, `Korean`, `economic`, `military`, `executive`, `Japanese`, `British`).
const ADJECTIVE_ENDING = /(?:al|an|ic|ary|ive|ese|ish|ern)$/u;

/**
 * A word that qualifies the role after it: a capitalised word (`North Korean leader`), another role, an adjective
 * (`presidential candidate`), or a singular noun right before a role or a body (`selection committee member`,
 * `transport secretary`) — never a verb, a determiner or a plural object (`told reporters spokesman …`).
 */
function qualifiesRole(tokens: Token[], k: number): boolean {
	const t = tokens[k];
	if (!isWord(t)) return false;
	if (t.upper) return !COMMON_CAPITALS.has(t.lower) || (t.text === 'New' && tokens[k + 1]!.upper);
	if (TITLE_WORDS.has(t.lower)) return true;
	if (CLAUSE_BREAKS.has(t.lower) || DETERMINERS.has(t.lower) || SPEECH_VERBS.has(t.lower) || AUXILIARIES.has(t.lower) || VERB_FILLERS.has(t.lower) || /(?:ed|ing|s)$/u.test(t.lower)) return false;
	if (ADJECTIVE_ENDING.test(t.lower) || ORG_HEADS.has(t.lower)) return true;
	const next = tokens[k + 1]!.lower;
	return ORG_HEADS.has(next) || TITLE_WORDS.has(next);
}

/** Where a title written before tokens[end] starts: its roles (`prosecutor`) and their qualifiers (`Former US presidential`). */
export function titleStart(tokens: Token[], end: number): number {
	let start = end;
	while (start > 0 && isWord(tokens[start - 1]) && TITLE_WORDS.has(tokens[start - 1]!.lower)) start--;
	if (start < end) {
		while (start > 0 && qualifiesRole(tokens, start - 1)) start--;
	}
	return start;
}

// First words of two-word places (`United States`, `New Zealand`, `Puerto Rico`).
const PLACE_OPENERS = /^(?:United|New|North|South|East|West|Saudi|Sri|El|Costa|Hong|Puerto|Czech|Great|Sierra|San|Los|Las)$/u;

/**
 * Where the person's name starts in a run that opens with the place of their office (`Senator from Vermont Bernie
 * Sanders`, `Vice President of the United States Joe Biden`): past the place, which belongs to the title.
 */
export function pastOfficePlace(tokens: Token[], from: number, to: number): number {
	let k = from - 1;
	if (tokens[k]?.lower === 'the') k--;
	if (!/^(?:of|from|to|for)$/u.test(tokens[k]?.lower ?? '') || !isWord(tokens[k - 1]) || !TITLE_WORDS.has(tokens[k - 1]!.lower)) return from;
	const place = PLACE_OPENERS.test(tokens[from]!.text) ? 2 : 1;
	let start = from;
	for (let seen = 0; seen < place && start < to; start++) if (isWord(tokens[start])) seen++;
	// `director of Amnesty International Man-kei Tam`: a body's name runs on to its head word.
	while (start < to && isWord(tokens[start]) && ORG_HEADS.has(tokens[start]!.lower)) start++;
	let left = 0;
	for (let i = start; i < to; i++) if (isWord(tokens[i])) left++;
	return left >= 2 && !looksLikeOrganization(joinTokens(tokens, start, to)) ? start : from;
}

