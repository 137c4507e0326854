// The speakers in the search index, added article by article once quotes are known: extracting
// quotes is far slower than indexing words, so the index is ready first and learns who speaks as
// each article's quotes come, and speaker hits and speaker-aware ranking cover those articles.
import type {ArticleQuotes} from '../quotes/types.js';
import type {SearchIndex} from './build.js';
import {forgetTermMatches, type TermMatches} from './match-terms.js';
import {runInSlices, type SliceOptions} from './slices.js';
import {paragraphsHolding} from './name-forms.js';
import {foldWord, forEachWord, isCapitalized, wordsOf} from './words.js';

/** A speaker of one article, searchable by the words of its name and aliases. */
export interface SpeakerEntry {
	article: number;
	name: string;
	/** A person called by a name (`Sergei Lavrov`), not by a description (`the bus driver`). */
	named: boolean;
	quotes: number;
	/** Term id and `[start, end)` of each word of `name` (words outside the vocabulary left out). */
	nameWords: Array<{term: number; start: number; end: number}>;
	/** The name and each alias as the terms of the name it uses (`Lavrov` → [lavrov]; titles left out), distinct. */
	forms: number[][];
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

/** Whether a speaker's name is a name: it starts and ends with a capital (`Ursula von der Leyen`, not `The father`). */
function isProperName(name: string): boolean {
	const words = wordsOf(name);
	return words.length > 0 && isCapitalized(words[0]!) && isCapitalized(words.at(-1)!);
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
		const forms = new Map<string, number[]>([[[...terms].join(' '), [...terms]]]);
		for (const alias of speaker.aliases) {
			const form: number[] = [];
			termsOf(index, alias, term => {
				terms.add(term);
				if (nameWords.some(word => word.term === term) && !form.includes(term)) form.push(term);
			});
			if (form.length > 0) forms.set(form.join(' '), form);
		}
		const named = speaker.kind === 'person' && isProperName(speaker.name);
		for (const term of terms) {
			const list = speakers.byTerm.get(term);
			if (list) list.push(id);
			else speakers.byTerm.set(term, [id]);
		}
		// A word in a person's name is a name, however the text writes it (`de`, `bin`).
		for (const {term} of named ? nameWords : []) {
			if (index.nameLike[term] === 0) {
				index.nameLike[term] = 1;
				namesChanged = true;
			}
		}
		const quotedIn = new Set(quotes.quotes.filter(quote => quote.speaker === speaker.name).map(quote => base + quote.paragraph));
		speakers.entries.push({article, name: speaker.name, named, quotes: speaker.quotes, nameWords, forms: [...forms.values()].filter(form => form.length > 0), quotedIn: [...quotedIn]});
	}
	// Names rank above other words, so matches worked out before are out of date.
	if (namesChanged) forgetTermMatches(index);
}

/**
 * Who said what in article i, worked out when asked (and kept by whoever asks, if it wants);
 * undefined while not known yet (a long article's are found in the background): left for later.
 */
export type QuotesOf = (article: number) => ArticleQuotes | undefined;

/** Adds every article's speakers in slices, in article order, skipping articles already in and those whose quotes are not known yet. */
export async function addSpeakersInSlices(index: SearchIndex, quotesOf: QuotesOf, options: SliceOptions = {}): Promise<void> {
	const {added} = index.speakers;
	let next = 0;
	await runInSlices(
		() => {
			while (next < added.length && added[next]) next++;
			if (next === added.length) return false;
			const quotes = quotesOf(next);
			if (quotes) addArticleSpeakers(index, next, quotes);
			next++;
			return true;
		},
		() => (added.length === 0 ? 1 : index.speakers.addedCount / added.length),
		options,
	);
}

/**
 * Speakers with a word of their name or aliases among the terms matched (of the kinds accepted),
 * each with its best term's score; with `namedOnly`, only people called by a name with that word in it.
 */
export function speakersNamedBy(index: SearchIndex, {ids, scores, kinds}: TermMatches, accept: (kind: number) => boolean = () => true, namedOnly = false): Map<number, number> {
	const {byTerm, entries} = index.speakers;
	const best = new Map<number, number>();
	for (let i = 0; i < ids.length; i++) {
		if (!accept(kinds[i]!)) continue;
		const holders = byTerm.get(ids[i]!);
		if (!holders) continue;
		const score = scores[i]!;
		for (const speaker of holders) {
			if (namedOnly && !(entries[speaker]!.named && entries[speaker]!.nameWords.some(word => word.term === ids[i]))) continue;
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

/** Global ids of the paragraphs of a speaker's article that hold every word of one of its name forms. */
export function paragraphsNaming(index: SearchIndex, speaker: number): Set<number> {
	const {article, forms} = index.speakers.entries[speaker]!;
	const naming = new Set<number>();
	for (const form of forms) for (const paragraph of paragraphsHolding(index, article, form)) naming.add(paragraph);
	return naming;
}
