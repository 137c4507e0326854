// From one query word to the vocabulary terms it stands for, each with a score from 0 (the word
// itself) to 1 and a kind: the word itself, then words it starts, then near spellings, names first
// among equals (and, for a word of one or two letters, before every other word it starts). A near
// spelling is strong when it is a name (or the word is long) within one typo, weak otherwise: the
// common words a short name is one letter away from (`shapes` for `shaps`) are not what was meant.
// Every strong match scores below every weak one. Words the query starts come from a sorted range;
// near spellings are the terms fuse.js matches among a pool that cheap character and length tests
// leave. Results are cached per word, and a word that grows by a letter draws its pool from the
// shorter word's pool.
import Fuse from 'fuse.js';
import type {SearchIndex} from './build.js';
import {editDistance} from './edit-distance.js';
import type {WordTerm} from './query.js';
import {characterMask} from './words.js';

/** How a vocabulary term matches a query word, strongest first. */
export const MatchKind = {Word: 0, Start: 1, Near: 2, Weak: 3} as const;
export type MatchKind = (typeof MatchKind)[keyof typeof MatchKind];

export interface TermMatches {
	ids: Int32Array;
	scores: Float32Array;
	kinds: Uint8Array;
	/** Fuzzy only: terms with all but `errors` of the word's characters, and long enough. */
	pool?: Int32Array;
	errors?: number;
}

// fuse.js's threshold: errors allowed per character of the query word (1 in 3 to 5, 2 in 6 to 8).
const THRESHOLD = 0.34;
const allowedErrors = (length: number): number => Math.floor(THRESHOLD * length + 1e-9);
// Shorter words have no fuzzy neighbours worth showing: with so few letters every one is noise.
const MIN_FUZZY_LENGTH = 3;
// Three letters one letter apart are different words (`kim`, `tim`, `him`): a three-letter word's
// only typo is two of its letters swapped.
const MIN_EDIT_LENGTH = 4;
const NAME_BONUS = 0.05;

// A near spelling's share: its edit distance as a share of the longer word, or, measured against
// the term's start, that share plus START_PENALTY; above MAX_WHOLE_SHARE it is dropped (`kim`
// found inside `vladimir` is no match). Strong near spellings score NEAR_BASE + NEAR_SPAN * share,
// weak ones WEAK_BASE + WEAK_SPAN * share: every weak one below every strong one.
const NEAR_BASE = 0.3;
const NEAR_SPAN = 0.2;
const WEAK_BASE = 0.55;
const WEAK_SPAN = 1.2;
const START_PENALTY = 0.15;
const MAX_WHOLE_SHARE = 0.375;
const MAX_START_SHARE = MAX_WHOLE_SHARE - START_PENALTY;
// One typo in a word this long leaves little doubt which word was meant, name or not (`goverment`).
const SURE_TYPO_LENGTH = 7;
const CACHE_SIZE = 256;

const fuseOptions = {threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true, shouldSort: false};

// A word it starts scores START_BASE up to START_BASE + START_SPAN: below every near spelling.
const START_BASE = 0.1;
const START_SPAN = 0.15;

function startScore(word: string, term: string): number {
	return term === word ? 0 : START_BASE + START_SPAN * (1 - word.length / term.length);
}

/**
 * How far a term is from the word: edits, as a share, and whether the whole term lies within one
 * typo (a term whose start is a typo away, `shapiro` for `shaps`, may be what is being typed, but is
 * no sure match).
 */
function nearness(word: string, term: string): {share: number; oneTypo: boolean} {
	const wholeEdits = editDistance(word, term);
	const startEdits = editDistance(word, term.slice(0, word.length));
	const share = Math.min(wholeEdits / Math.max(word.length, term.length), startEdits / word.length + START_PENALTY);
	return {share, oneTypo: wholeEdits <= 1};
}

function prefixRange(index: SearchIndex, prefix: string): Int32Array {
	const {sorted, terms} = index;
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (terms[sorted[middle]!]! < prefix) low = middle + 1;
		else high = middle;
	}
	let end = low;
	while (end < sorted.length && terms[sorted[end]!]!.startsWith(prefix)) end++;
	return sorted.subarray(low, end);
}

// One or two letters are a word being typed: they stand for every word they start, as in fzf. They
// start a good share of all words, so the word itself and names, what this search is for, come first.
const ORDINARY_START_PENALTY = 0.1;

function shortWordStarts(index: SearchIndex, word: string): TermMatches {
	return scored(index, prefixRange(index, word), (term, id) => ({
		score: startScore(word, term) + (term === word || index.nameLike[id] ? 0 : ORDINARY_START_PENALTY),
		kind: term === word ? MatchKind.Word : MatchKind.Start,
	}));
}

/** The word itself and the words it starts, as the `^`, `'` and `$` operators and plain words share them. */
function asWritten(word: string, term: string): Scored {
	return {score: startScore(word, term), kind: term === word ? MatchKind.Word : MatchKind.Start};
}

function scan(index: SearchIndex, keep: (term: string) => boolean): Int32Array {
	const ids: number[] = [];
	index.terms.forEach((term, id) => {
		if (keep(term)) ids.push(id);
	});
	return Int32Array.from(ids);
}

function popCount(bits: number): number {
	bits -= (bits >>> 1) & 0x55555555;
	bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
	return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Within k errors of the word, a term keeps all but k of its distinct characters and at least
// all but k of its length. Both hold for the word minus its last letter too, so with the same k
// the pool of a longer word lies inside the shorter word's pool.
function fuzzyPool(index: SearchIndex, word: string, errors: number, from: Int32Array | undefined): Int32Array {
	const wanted = characterMask(word);
	const need = popCount(wanted) - errors;
	const minLength = word.length - errors;
	const {masks, lengths} = index;
	const ids: number[] = [];
	const consider = (id: number): void => {
		if (lengths[id]! >= minLength && popCount(masks[id]! & wanted) >= need) ids.push(id);
	};
	if (from) for (const id of from) consider(id);
	else for (let id = 0; id < masks.length; id++) consider(id);
	return Int32Array.from(ids);
}

// Each edit adds or removes at most one distinct character on either side, so the characters one
// word has and the other lacks bound the edit distance from below; with the lengths this rules
// out most terms before fuse.js is asked.
function unshared(a: number, b: number): number {
	return Math.max(popCount(a & ~b), popCount(b & ~a));
}

/** Whether a term could lie within MAX_WHOLE_SHARE: close as a whole, or close at its start. */
function couldBeNear(word: string, wordMask: number, term: string, termMask: number): boolean {
	const wholeErrors = Math.floor(MAX_WHOLE_SHARE * Math.max(word.length, term.length) + 1e-9);
	if (Math.abs(term.length - word.length) <= wholeErrors && unshared(wordMask, termMask) <= wholeErrors) return true;
	const startErrors = Math.floor(MAX_START_SHARE * word.length + 1e-9);
	if (startErrors === 0) return false; // an exact start is a prefix match, found by range
	return unshared(wordMask, characterMask(term.slice(0, word.length))) <= startErrors;
}

interface Scored {
	score: number;
	kind: MatchKind;
}

function scored(index: SearchIndex, ids: Int32Array, score: (term: string, id: number) => Scored): TermMatches {
	const scores = new Float32Array(ids.length);
	const kinds = new Uint8Array(ids.length);
	ids.forEach((id, i) => {
		const {score: value, kind} = score(index.terms[id]!, id);
		scores[i] = Math.max(0, value - (index.nameLike[id] ? NAME_BONUS : 0));
		kinds[i] = kind;
	});
	return {ids, scores, kinds};
}

/** A near spelling's score and kind: strong when a name, or the word long, lies within one typo. */
function nearScore(index: SearchIndex, word: string, term: string, id: number): Scored {
	const {share, oneTypo} = nearness(word, term);
	const strong = oneTypo && (index.nameLike[id] === 1 || word.length >= SURE_TYPO_LENGTH);
	return strong ? {score: NEAR_BASE + NEAR_SPAN * share, kind: MatchKind.Near} : {score: Math.min(1, WEAK_BASE + WEAK_SPAN * share), kind: MatchKind.Weak};
}

/** Whether two words of the same letters differ by two neighbours swapped. */
function swapped(word: string, term: string): boolean {
	if (word.length !== term.length) return false;
	const at = [...word].findIndex((letter, i) => letter !== term[i]);
	return at >= 0 && word[at] === term[at + 1] && word[at + 1] === term[at] && word.slice(at + 2) === term.slice(at + 2);
}

function matchFuzzy(index: SearchIndex, word: string, shorter: TermMatches | undefined): TermMatches {
	const errors = allowedErrors(word.length);
	const pool = fuzzyPool(index, word, errors, shorter?.errors === errors ? shorter.pool : undefined);
	const starts = prefixRange(index, word);
	const wordMask = characterMask(word);
	const candidates = Array.from(pool).filter(id => {
		const term = index.terms[id]!;
		return !term.startsWith(word) && couldBeNear(word, wordMask, term, index.masks[id]!);
	});
	const fuse = new Fuse(candidates.map(id => index.terms[id]!), fuseOptions);
	const found = new Set(fuse.search(word).map(result => candidates[result.refIndex]!));
	// fuse.js's bitap counts two swapped letters (`pbalo` for `pablo`) as two errors; typing does that a lot.
	for (const id of candidates) if (!found.has(id) && editDistance(word, index.terms[id]!) <= errors) found.add(id);
	const near = [...found].filter(id => {
		const term = index.terms[id]!;
		return word.length < MIN_EDIT_LENGTH ? swapped(word, term) : nearness(word, term).share <= MAX_WHOLE_SHARE;
	});
	const ids = Int32Array.from([...starts, ...near]);
	return {...scored(index, ids, (term, id) => (term.startsWith(word) ? asWritten(word, term) : nearScore(index, word, term, id))), pool, errors};
}

function matchUncached(index: SearchIndex, term: WordTerm, shorter: TermMatches | undefined): TermMatches {
	const {word} = term;
	switch (term.mode) {
		case 'exact': {
			const id = index.termIds.get(word);
			return scored(index, Int32Array.from(id === undefined ? [] : [id]), () => ({score: 0, kind: MatchKind.Word}));
		}
		case 'include':
			return scored(index, scan(index, candidate => candidate.includes(word)), candidate => asWritten(word, candidate));
		case 'suffix':
			return scored(index, scan(index, candidate => candidate.endsWith(word)), candidate => asWritten(word, candidate));
		case 'prefix':
			return scored(index, prefixRange(index, word), candidate => asWritten(word, candidate));
		case 'fuzzy':
			if (word.length < MIN_FUZZY_LENGTH) return shortWordStarts(index, word);
			return matchFuzzy(index, word, shorter);
	}
}

const caches = new WeakMap<SearchIndex, Map<string, TermMatches>>();

/** Drops what was worked out for an index whose names changed. */
export function forgetTermMatches(index: SearchIndex): void {
	caches.delete(index);
}

/** The terms a query word matches, scored; cached per index. */
export function matchTerms(index: SearchIndex, term: WordTerm): TermMatches {
	let cache = caches.get(index);
	if (!cache) caches.set(index, (cache = new Map()));
	const key = `${term.mode}:${term.word}`;
	const hit = cache.get(key);
	if (hit) {
		// Refresh its place: the map's order is the eviction order.
		cache.delete(key);
		cache.set(key, hit);
		return hit;
	}
	const shorter = term.mode === 'fuzzy' ? cache.get(`fuzzy:${term.word.slice(0, -1)}`) : undefined;
	const matches = matchUncached(index, term, shorter);
	cache.set(key, matches);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return matches;
}
