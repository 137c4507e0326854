// The speakers in the search index, added article by article once quotes are known: extracting
// quotes is far slower than indexing words, so the index is ready first and learns who speaks as
// each article's quotes come, and speaker hits and speaker-aware ranking cover those articles.
import type {ArticleQuotes} from '../quotes/types.js';
import type {SearchIndex} from './build.js';
import {forgetTermMatches, type TermMatches} from './match-terms.js';
import {runInSlices, type SliceOptions} from './slices.js';
import {foldWord, forEachWord} from './words.js';

/** A speaker of one article, searchable by the words of its name and aliases. */
export interface SpeakerEntry {
	article: number;
	name: string;
	quotes: number;
	/** Term id and `[start, end)` of each word of `name` (words outside the vocabulary left out). */
	nameWords: Array<{term: number; start: number; end: number}>;
	/** Global ids of the paragraphs this speaker is quoted in. */
	quotedIn: number[];
}

export interface SpeakerIndex {
	entries: SpeakerEntry[];
	/** Speaker ids by term id, ascending. */
	byTerm: Map<number, number[]>;
	/** 1 for each article whose speakers are in. */
	added: Uint8Array;
	/** How many articles' speakers are in. */
	addedCount: number;
}

export function emptySpeakers(articleCount: number): SpeakerIndex {
	return {entries: [], byTerm: new Map(), added: new Uint8Array(articleCount), addedCount: 0};
}

// Names come from the text, so their words are in the vocabulary; one that is not (quotes made by
// hand) is simply not searchable by that word.
function termsOf(index: SearchIndex, text: string, visit: (term: number, start: number, end: number) => void): void {
	forEachWord(text, (start, end) => {
		const term = index.termIds.get(foldWord(text.slice(start, end)));
		if (term !== undefined) visit(term, start, end);
	});
}

/** Adds the speakers of article `article` (once; a second call for it does nothing). */
export function addArticleSpeakers(index: SearchIndex, article: number, quotes: ArticleQuotes): void {
	const speakers = index.speakers;
	if (speakers.added[article]) return;
	speakers.added[article] = 1;
	speakers.addedCount++;
	const base = index.firstParagraph[article]!;
	let namesChanged = false;
	for (const speaker of quotes.speakers) {
		const id = speakers.entries.length;
		const nameWords: SpeakerEntry['nameWords'] = [];
		termsOf(index, speaker.name, (term, start, end) => nameWords.push({term, start, end}));
		const terms = new Set(nameWords.map(word => word.term));
		for (const alias of speaker.aliases) termsOf(index, alias, term => terms.add(term));
		for (const term of terms) {
			const list = speakers.byTerm.get(term);
			if (list) list.push(id);
			else speakers.byTerm.set(term, [id]);
			// A word in a person's name is a name, however the text writes it (`de`, `bin`).
			if (speaker.kind === 'person' && index.nameLike[term] === 0) {
				index.nameLike[term] = 1;
				namesChanged = true;
			}
		}
		const quotedIn = new Set(quotes.quotes.filter(quote => quote.speaker === speaker.name).map(quote => base + quote.paragraph));
		speakers.entries.push({article, name: speaker.name, quotes: speaker.quotes, nameWords, quotedIn: [...quotedIn]});
	}
	// Names rank above other words, so matches worked out before are out of date.
	if (namesChanged) forgetTermMatches(index);
}

/** Who said what in article i, worked out when asked (and kept by whoever asks, if it wants). */
export type QuotesOf = (article: number) => ArticleQuotes;

/** Adds every article's speakers in slices, in article order, skipping articles already in. */
export async function addSpeakersInSlices(index: SearchIndex, quotesOf: QuotesOf, options: SliceOptions = {}): Promise<void> {
	const {added} = index.speakers;
	let next = 0;
	await runInSlices(
		() => {
			while (next < added.length && added[next]) next++;
			if (next === added.length) return false;
			addArticleSpeakers(index, next, quotesOf(next));
			return true;
		},
		() => (added.length === 0 ? 1 : index.speakers.addedCount / added.length),
		options,
	);
}

/** Speakers with a word of their name or aliases among the terms matched, each with its best term's score. */
export function speakersNamedBy(index: SearchIndex, {ids, scores}: TermMatches): Map<number, number> {
	const {byTerm} = index.speakers;
	const best = new Map<number, number>();
	for (let i = 0; i < ids.length; i++) {
		const holders = byTerm.get(ids[i]!);
		if (!holders) continue;
		const score = scores[i]!;
		for (const speaker of holders) {
			const known = best.get(speaker);
			if (known === undefined || score < known) best.set(speaker, score);
		}
	}
	return best;
}

/** Speakers found for every term (a map of speaker scores per term), each with its mean score. */
export function speakersFoundByAll(perTerm: ReadonlyArray<ReadonlyMap<number, number>>): Map<number, number> {
	const means = new Map<number, number>();
	const [first, ...rest] = perTerm;
	for (const [speaker, score] of first ?? []) {
		if (rest.every(found => found.has(speaker))) means.set(speaker, rest.reduce((sum, found) => sum + found.get(speaker)!, score) / perTerm.length);
	}
	return means;
}
