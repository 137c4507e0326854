// Building the search index: the vocabulary of distinct folded words, which paragraphs and which
// speakers each word occurs in, and which words are names. Built whole, or in time slices so a
// reader can keep drawing and taking keys while a large corpus is indexed.
import type {Article} from '../article.js';
import type {ArticleQuotes} from '../quotes/types.js';
import {ASCII_WORD, characterMask, foldWord, forEachWord, isCapitalized, isWordUnit} from './words.js';
import {prepareSearch} from './search.js';
import {HASH_START, hashStep, WrittenForms} from './written-forms.js';

/** Documents per term, ascending: those of term t are `ids[offsets[t]]` up to `ids[offsets[t + 1]]`. */
export interface Postings {
	offsets: Int32Array;
	ids: Int32Array;
}

/** A speaker of one article, searchable by the words of its name and aliases. */
export interface SpeakerEntry {
	article: number;
	name: string;
	quotes: number;
	/** Term id and `[start, end)` of each word of `name`. */
	nameWords: Array<{term: number; start: number; end: number}>;
	/** Global ids of the paragraphs this speaker is quoted in. */
	quotedIn: number[];
}

export interface SearchIndex {
	articles: Article[];
	/** Global id of each article's first paragraph; one extra entry at the end. */
	firstParagraph: Int32Array;
	/** Article of each global paragraph id. */
	paragraphArticle: Int32Array;
	/** Folded word of each term id. */
	terms: string[];
	termIds: Map<string, number>;
	/** Every word form as written, and the term each stands for. */
	written: WrittenForms;
	writtenTerm: Int32Array;
	paragraphs: Postings;
	speakerPostings: Postings;
	/** 1 where a term is a name: part of a person's name, or mostly written with a capital. */
	nameLike: Uint8Array;
	/** A bit per character class the term contains, to rule words out before fuzzy matching. */
	masks: Uint32Array;
	lengths: Uint16Array;
	/** Term ids in the order of their words, for prefix ranges. */
	sorted: Int32Array;
	speakers: SpeakerEntry[];
}

// A module-local reference: the scan below reads it for every character of the corpus.
const asciiWord = ASCII_WORD;

// Below this share of capitalized occurrences a word is an ordinary word that starts sentences.
const NAME_CAPITAL_SHARE = 0.6;


/** (term, document) pairs in the order they were seen, in typed-array chunks: growing never copies, so never pauses. */
class PairList {
	private readonly chunks: Array<{terms: Int32Array; documents: Int32Array}> = [];
	private used = CHUNK;
	length = 0;

	push(term: number, document: number): void {
		if (this.used === CHUNK) {
			this.chunks.push({terms: new Int32Array(CHUNK), documents: new Int32Array(CHUNK)});
			this.used = 0;
		}
		const chunk = this.chunks[this.chunks.length - 1]!;
		chunk.terms[this.used] = term;
		chunk.documents[this.used++] = document;
		this.length++;
	}

	/** Grouped by term, documents kept in the order pushed (a counting sort); yields after each chunk. */
	*toPostings(termCount: number): Generator<void, Postings> {
		const offsets = new Int32Array(termCount + 1);
		for (const {terms} of this.chunks) {
			countTerms(terms, this.sizeOf(terms), offsets);
			yield;
		}
		for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!;
		const next = offsets.slice(0, termCount);
		const ids = new Int32Array(this.length);
		for (const {terms, documents} of this.chunks) {
			placeDocuments(terms, documents, this.sizeOf(terms), next, ids);
			yield;
		}
		return {offsets, ids};
	}

	private sizeOf(terms: Int32Array): number {
		return terms === this.chunks[this.chunks.length - 1]!.terms ? this.used : CHUNK;
	}
}

// The loops of the counting sort live outside the generator: V8 optimizes a long loop inside a
// generator poorly, and these run over every (word, paragraph) pair of the corpus.
function countTerms(terms: Int32Array, length: number, counts: Int32Array): void {
	for (let i = 0; i < length; i++) counts[terms[i]! + 1]!++;
}

function placeDocuments(terms: Int32Array, documents: Int32Array, length: number, next: Int32Array, ids: Int32Array): void {
	for (let i = 0; i < length; i++) ids[next[terms[i]!]!++] = documents[i]!;
}

// Pairs a chunk: a few milliseconds of finishing work each, and few allocations while building.
const CHUNK = 1 << 20;

class IndexBuilder {
	private readonly terms: string[] = [];
	private readonly termIds = new Map<string, number>();
	private readonly written = new WrittenForms();
	private readonly writtenTerm: number[] = [];
	private readonly writtenCapital: number[] = [];
	private readonly lastParagraph: number[] = [];
	/** How often each written form occurs. */
	private readonly writtenCount: number[] = [];
	private readonly paragraphPairs = new PairList();
	private readonly speakerPairs = new PairList();
	private readonly speakerTerms = new Set<number>();
	private readonly speakers: SpeakerEntry[] = [];
	private readonly firstParagraph: number[] = [0];
	private readonly paragraphArticle: number[] = [];

	constructor(private readonly articles: Article[], private readonly quotesOf: QuotesOf) {}

	/** The written form's number, registering its term the first time it is seen. */
	private formOf(text: string, start: number, end: number, hash?: number): number {
		const form = this.written.add(text, start, end, hash);
		if (form < this.writtenTerm.length) return form;
		const word = this.written.forms[form]!;
		const folded = foldWord(word);
		let term = this.termIds.get(folded);
		if (term === undefined) {
			term = this.terms.length;
			this.terms.push(folded);
			this.termIds.set(folded, term);
			this.lastParagraph.push(-1);
		}
		this.writtenTerm.push(term);
		this.writtenCount.push(0);
		this.writtenCapital.push(isCapitalized(word) ? 1 : 0);
		return form;
	}

	private termOf(text: string, start: number, end: number): number {
		return this.writtenTerm[this.formOf(text, start, end)]!;
	}

	private addWord(text: string, start: number, end: number, hash: number, paragraph: number): void {
		const form = this.formOf(text, start, end, hash);
		const term = this.writtenTerm[form]!;
		this.writtenCount[form]!++;
		if (this.lastParagraph[term] !== paragraph) {
			this.lastParagraph[term] = paragraph;
			this.paragraphPairs.push(term, paragraph);
		}
	}

	addArticle(index: number): void {
		const article = this.articles[index]!;
		const base = this.firstParagraph[index]!;
		article.paragraphs.forEach((text, paragraph) => {
			this.paragraphArticle.push(index);
			// The scan of forEachWord, inlined and hashing as it goes: this loop sees every character of the corpus.
			let start = -1;
			let hash = HASH_START;
			for (let i = 0; i < text.length; i++) {
				const code = text.charCodeAt(i);
				if (code < 128 ? asciiWord[code] === 1 : isWordUnit(text, i)) {
					if (start < 0) {
						start = i;
						hash = HASH_START;
					}
					hash = hashStep(hash, code);
				} else if (start >= 0) {
					this.addWord(text, start, i, hash, base + paragraph);
					start = -1;
				}
			}
			if (start >= 0) this.addWord(text, start, text.length, hash, base + paragraph);
		});
		this.firstParagraph.push(base + article.paragraphs.length);
		this.addSpeakers(index, base);
	}

	private addSpeakers(article: number, base: number): void {
		const quotes = this.quotesOf(article);
		if (!quotes) return;
		for (const speaker of quotes.speakers) {
			const id = this.speakers.length;
			const nameWords: SpeakerEntry['nameWords'] = [];
			forEachWord(speaker.name, (start, end) => nameWords.push({term: this.termOf(speaker.name, start, end), start, end}));
			const terms = new Set(nameWords.map(word => word.term));
			for (const alias of speaker.aliases) forEachWord(alias, (start, end) => terms.add(this.termOf(alias, start, end)));
			for (const term of [...terms].sort((a, b) => a - b)) {
				this.speakerPairs.push(term, id);
				if (speaker.kind === 'person') this.speakerTerms.add(term);
			}
			const quotedIn = new Set(quotes.quotes.filter(quote => quote.speaker === speaker.name).map(quote => base + quote.paragraph));
			this.speakers.push({article, name: speaker.name, quotes: speaker.quotes, nameWords, quotedIn: [...quotedIn]});
		}
	}

	/** The last steps once every article is in; yields between pieces so a sliced build can pause. */
	*finish(): Generator<void, SearchIndex> {
		const count = this.terms.length;
		const occurrences = new Float64Array(count);
		const capitalized = new Float64Array(count);
		this.writtenTerm.forEach((term, form) => {
			occurrences[term]! += this.writtenCount[form]!;
			if (this.writtenCapital[form]) capitalized[term]! += this.writtenCount[form]!;
		});
		const nameLike = new Uint8Array(count);
		const masks = new Uint32Array(count);
		const lengths = new Uint16Array(count);
		for (let term = 0; term < count; term++) {
			const capitalShare = capitalized[term]! / Math.max(1, occurrences[term]!);
			nameLike[term] = this.speakerTerms.has(term) || capitalShare >= NAME_CAPITAL_SHARE ? 1 : 0;
			masks[term] = characterMask(this.terms[term]!);
			lengths[term] = Math.min(this.terms[term]!.length, 0xffff);
		}
		yield;
		const sorted = Int32Array.from(this.terms.keys()).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
		yield;
		const paragraphs = yield* this.paragraphPairs.toPostings(count);
		const speakerPostings = yield* this.speakerPairs.toPostings(count);
		yield;
		const index: SearchIndex = {
			articles: this.articles,
			firstParagraph: Int32Array.from(this.firstParagraph),
			paragraphArticle: Int32Array.from(this.paragraphArticle),
			terms: this.terms,
			termIds: this.termIds,
			written: this.written,
			writtenTerm: Int32Array.from(this.writtenTerm),
			paragraphs,
			speakerPostings,
			nameLike,
			masks,
			lengths,
			sorted,
			speakers: this.speakers,
		};
		// Searching needs working memory the size of the corpus; taken now, the first keystroke does not pay for it.
		prepareSearch(index);
		return index;
	}
}

/** Who said what in article i: given outright, or found as the index reaches it (extraction in the same slices). */
export type QuotesOf = (article: number) => ArticleQuotes | undefined;

const quotesFrom = (quotes: ArticleQuotes[] | QuotesOf): QuotesOf => (typeof quotes === 'function' ? quotes : article => quotes[article]);

/** Builds the index in one go; `quotes[i]` belongs to `articles[i]`. */
export function buildSearchIndex(articles: Article[], quotes: ArticleQuotes[] | QuotesOf): SearchIndex {
	const builder = new IndexBuilder(articles, quotesFrom(quotes));
	for (let i = 0; i < articles.length; i++) builder.addArticle(i);
	const steps = builder.finish();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

export interface SliceOptions {
	/** Longest stretch of work between yields to the event loop. */
	sliceMs?: number;
	/** Called after each slice with the share of articles indexed, 0 to 1. */
	onProgress?: (done: number) => void;
}

const nextTurn = (): Promise<void> => new Promise(resolve => setImmediate(resolve));

/** Builds the same index in slices of at most about `sliceMs`, yielding between them so input and drawing go on. */
export async function buildSearchIndexInSlices(
	articles: Article[],
	quotes: ArticleQuotes[] | QuotesOf,
	{sliceMs = 8, onProgress}: SliceOptions = {},
): Promise<SearchIndex> {
	const builder = new IndexBuilder(articles, quotesFrom(quotes));
	let next = 0;
	while (next < articles.length) {
		const until = performance.now() + sliceMs;
		while (next < articles.length && performance.now() < until) builder.addArticle(next++);
		onProgress?.(next / articles.length);
		await nextTurn();
	}
	const steps = builder.finish();
	for (;;) {
		const until = performance.now() + sliceMs;
		let step = steps.next();
		while (!step.done && performance.now() < until) step = steps.next();
		if (step.done) {
			onProgress?.(1);
			return step.value;
		}
		await nextTurn();
	}
}
