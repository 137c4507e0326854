// Narrowing the people as a name is typed, forgiving typos as the search does (`pelossi` finds
// Pelosi): each typed word matches the words of a person's names and title exactly or as their
// start, or, when no word starts so, within fuse.js's reach of a spelling; a person must match
// every typed word.
import Fuse from 'fuse.js';
import {nameWords} from './names.js';
import type {Person} from './types.js';

export interface PeopleFilter {
	/** Every word of every person's names and title, folded, sorted (for prefix ranges). */
	words: string[];
	/** For each word, the people holding it and how (0 in a name, 1 only in a title). */
	holders: Array<Map<number, number>>;
	fuse: Fuse<string>;
	/** What each typed word matched: people and their best score. */
	matched: Map<string, Map<number, number>>;
}

// Scores, lower is better: a whole word, a word's start, a spelling neighbour (fuse's score added).
const WHOLE = 0;
const START = 0.1;
const NEIGHBOUR = 0.3;
// A word only of the title counts for less than one of the name.
const TITLE_PENALTY = 0.2;
// Fewer letters than this are too few to guess a typo from.
const FUZZY_FROM = 3;
const MATCHED_KEPT = 256;

export function peopleFilter(people: readonly Person[]): PeopleFilter {
	const byWord = new Map<string, Map<number, number>>();
	const hold = (word: string, person: number, how: number): void => {
		const holders = byWord.get(word);
		if (!holders) byWord.set(word, new Map([[person, how]]));
		else if ((holders.get(person) ?? Infinity) > how) holders.set(person, how);
	};
	people.forEach((person, index) => {
		for (const name of [person.name, ...person.aliases]) for (const word of nameWords(name)) hold(word, index, 0);
		if (person.title) for (const word of nameWords(person.title)) hold(word, index, 1);
	});
	const words = [...byWord.keys()].sort();
	return {
		words,
		holders: words.map(word => byWord.get(word)!),
		// One typo in four letters, two in eight: `sturgen` finds Sturgeon, not "student".
		fuse: new Fuse(words, {includeScore: true, threshold: 0.26}),
		matched: new Map(),
	};
}

/** The first index in sorted `words` not before `prefix`. */
function lowerBound(words: readonly string[], prefix: string): number {
	let low = 0;
	let high = words.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (words[middle]! < prefix) low = middle + 1;
		else high = middle;
	}
	return low;
}

function matchWord(filter: PeopleFilter, typed: string): Map<number, number> {
	const known = filter.matched.get(typed);
	if (known) return known;
	const found = new Map<number, number>();
	const take = (word: number, score: number): void => {
		for (const [person, how] of filter.holders[word]!) {
			const value = score + how * TITLE_PENALTY;
			if ((found.get(person) ?? Infinity) > value) found.set(person, value);
		}
	};
	const {words} = filter;
	const first = lowerBound(words, typed);
	for (let word = first; word < words.length && words[word]!.startsWith(typed); word++) {
		take(word, words[word]!.length === typed.length ? WHOLE : START);
	}
	// A word some name starts with is being typed, not misspelt: its spelling neighbours would only crowd it.
	if (typed.length >= FUZZY_FROM && !words[first]?.startsWith(typed)) {
		for (const {refIndex, score = 1} of filter.fuse.search(typed)) take(refIndex, NEIGHBOUR + score);
	}
	if (filter.matched.size >= MATCHED_KEPT) filter.matched.clear();
	filter.matched.set(typed, found);
	return found;
}

/** Indexes of the people the query finds, best match first, the most quoted first among equals; all of them for an empty query. */
export function filterPeople(filter: PeopleFilter, people: readonly Person[], query: string): number[] {
	const typed = nameWords(query);
	if (typed.length === 0) return people.map((_, index) => index);
	const perWord = typed.map(word => matchWord(filter, word));
	// The rarest word's people are the only ones that can match every word.
	const [fewest, ...others] = [...perWord].sort((a, b) => a.size - b.size);
	const scored: Array<[number, number]> = [];
	for (const [person, score] of fewest!) {
		let total = score;
		for (const other of others) {
			const more = other.get(person);
			if (more === undefined) {
				total = Infinity;
				break;
			}
			total += more;
		}
		if (total !== Infinity) scored.push([person, total]);
	}
	scored.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
	return scored.map(([person]) => person);
}
