// Reading a query in fuse.js's extended syntax, applied to words: plain words match fuzzily,
// `=word` exactly, `'part` inside a word, `^start` at a word's start, `end$` at its end, `!` negates,
// spaces mean AND and `|` means OR. A term with anything but letters and digits in it is a phrase
// (phrase.ts), matched with its punctuation as written, so regex characters never mean anything.
import {isPhrase, phraseOf, type Phrase} from './phrase.js';
import {foldWord} from './words.js';

export type TermMode = 'fuzzy' | 'exact' | 'include' | 'prefix' | 'suffix';

export interface WordTerm {
	mode: TermMode;
	negate: boolean;
	/** Folded word, at most MAX_WORD_LENGTH characters. */
	word: string;
}

export interface PhraseTerm {
	negate: boolean;
	phrase: Phrase;
}

export type QueryTerm = WordTerm | PhraseTerm;

const sameTerm = (a: QueryTerm, b: QueryTerm): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Terms that must all hold (AND); a query is any of its groups (OR). */
export type QueryGroup = QueryTerm[];

// fuse.js's bitap handles patterns up to 32 characters; longer words are cut there. A query of
// hundreds of words is not a search anyone means, and each word costs a pass over the vocabulary.
export const MAX_WORD_LENGTH = 32;
const MAX_TERMS = 8;
const MAX_GROUPS = 4;

function readOperator(token: string): {mode: TermMode; negate: boolean; body: string} {
	let negate = false;
	let body = token;
	if (body.startsWith('!')) {
		negate = true;
		body = body.slice(1);
	}
	if (body.startsWith('=')) return {mode: 'exact', negate, body: body.slice(1)};
	if (body.startsWith("'")) return {mode: 'include', negate, body: body.slice(1)};
	if (body.startsWith('^')) return {mode: 'prefix', negate, body: body.slice(1)};
	if (body.endsWith('$') && body.length > 1) return {mode: 'suffix', negate, body: body.slice(0, -1)};
	// A bare `!word` is fuse.js's inverse exact match: "does not contain".
	return {mode: negate ? 'include' : 'fuzzy', negate, body};
}

export function parseQuery(query: string): QueryGroup[] {
	const groups: QueryGroup[] = [];
	for (const alternative of query.split('|').slice(0, MAX_GROUPS)) {
		const terms: QueryTerm[] = [];
		for (const token of alternative.split(/\s+/)) {
			if (token === '') continue;
			const {mode, negate, body} = readOperator(token);
			if (body === '' || terms.length === MAX_TERMS) continue;
			const term: QueryTerm = isPhrase(body) ? {negate, phrase: phraseOf(body, mode)} : {mode, negate, word: foldWord(body).slice(0, MAX_WORD_LENGTH)};
			// A word of combining marks alone folds to nothing.
			if ('word' in term && term.word === '') continue;
			if (!terms.some(seen => sameTerm(seen, term))) terms.push(term);
		}
		if (terms.length > 0) groups.push(terms);
	}
	return groups;
}
