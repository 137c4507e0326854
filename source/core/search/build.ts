// Building the search index: the vocabulary of distinct folded words, which paragraphs each word
// occurs in, and which words are names. Built whole, or in time slices so a reader can keep drawing
// and taking keys while a large corpus is indexed. Speakers come later (speakers.ts): they need
// quotes, which take far longer to find than words.
import type {Article} from '../article.js';
import type {ArticleQuotes} from '../quotes/types.js';
import {prepareSearch} from './search.js';
import {runInSlices, type SliceOptions} from './slices.js';
import {addArticleSpeakers, emptySpeakers, type SpeakerIndex} from './speakers.js';
import {ASCII_WORD, characterMask, foldWord, isCapitalized, isWordUnit} from './words.js';
import {HASH_START, hashStep, WrittenForms} from './written-forms.js';

/** Documents per term, ascending: those of term t are `ids[offsets[t]]` up to `ids[offsets[t + 1]]`. */
export interface Postings {
	offsets: Int32Array;
	ids: Int32Array;
}

export interface SearchIndex {
	articles: readonly Article[];
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
	/** 1 where a term is a name: mostly written with a capital, or part of a person's name (once known). */
	nameLike: Uint8Array;
	/** A bit per character class the term contains, to rule words out before fuzzy matching. */
	masks: Uint32Array;
	lengths: Uint16Array;
	/** Term ids in the order of their words, for prefix ranges. */
	sorted: Int32Array;
	/** Grows as articles' quotes are added. */
	speakers: SpeakerIndex;
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

	/** Grouped by term, documents kept in the order pushed (a counting sort); yields the share done every PIECE pairs. */
	*toPostings(termCount: number): Generator<number, Postings> {
		const offsets = new Int32Array(termCount + 1);
		const total = Math.max(1, 2 * this.length);
		let done = 0;
		for (const {terms} of this.chunks) {
			for (let from = 0, size = this.sizeOf(terms); from < size; from += PIECE) {
				done += countTerms(terms, from, Math.min(size, from + PIECE), offsets);
				yield done / total;
			}
		}
		for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!;
		const next = offsets.slice(0, termCount);
		const ids = new Int32Array(this.length);
		// The system maps a large array's pages in as they are first written: tens of milliseconds for
		// the whole of it, which the scattered writes below would pay in one piece. Touched in pieces here.
		for (let from = 0; from < ids.length; from += PAGES_PIECE) {
			ids.fill(0, from, from + PAGES_PIECE);
			yield done / total;
		}
		for (const {terms, documents} of this.chunks) {
			for (let from = 0, size = this.sizeOf(terms); from < size; from += PIECE) {
				done += placeDocuments(terms, documents, from, Math.min(size, from + PIECE), next, ids);
				yield done / total;
			}
		}
		return {offsets, ids};
	}

	private sizeOf(terms: Int32Array): number {
		return terms === this.chunks[this.chunks.length - 1]!.terms ? this.used : CHUNK;
	}
}

// The loops of the counting sort live outside the generator: V8 optimizes a long loop inside a
// generator poorly, and these run over every (word, paragraph) pair of the corpus.
// Each answers how many pairs it handled.
function countTerms(terms: Int32Array, from: number, to: number, counts: Int32Array): number {
	for (let i = from; i < to; i++) counts[terms[i]! + 1]!++;
	return to - from;
}

function placeDocuments(terms: Int32Array, documents: Int32Array, from: number, to: number, next: Int32Array, ids: Int32Array): number {
	for (let i = from; i < to; i++) ids[next[terms[i]!]!++] = documents[i]!;
	return to - from;
}

// Pairs a chunk: few allocations while building.
const CHUNK = 1 << 20;
// Pairs, terms or written forms handled between yields while finishing: placing pairs writes all
// over the postings, a few milliseconds a piece on a loaded machine.
const PIECE = 1 << 15;
// Elements of a new array first written in one piece: 64 pages of memory.
const PAGES_PIECE = 1 << 16;
// Terms sorted by the built-in sort before merging runs, a pass at a time, between yields.
const SORTED_RUN = 1 << 12;

const byWord = (terms: readonly string[]) => (a: number, b: number): number => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0);

function mergeRuns(from: Int32Array, to: Int32Array, start: number, middle: number, end: number, compare: (a: number, b: number) => number): void {
	let left = start;
	let right = middle;
	for (let at = start; at < end; at++) to[at] = right >= end || (left < middle && compare(from[left]!, from[right]!) <= 0) ? from[left++]! : from[right++]!;
}

/** Term ids in the order of their words: a merge sort that yields the share done after each run and pass, as a large vocabulary takes a while. */
function* sortedTerms(terms: readonly string[]): Generator<number, Int32Array> {
	const compare = byWord(terms);
	const count = terms.length;
	let from = Int32Array.from(terms.keys());
	let to = new Int32Array(count);
	const passes = Math.max(1, Math.ceil(Math.log2(Math.max(1, count / SORTED_RUN))));
	for (let start = 0; start < count; start += SORTED_RUN) {
		from.subarray(start, Math.min(count, start + SORTED_RUN)).sort(compare);
		yield (start / count) * (1 / (passes + 1));
	}
	for (let width = SORTED_RUN, pass = 1; width < count; width *= 2, pass++) {
		for (let start = 0; start < count; start += 2 * width) mergeRuns(from, to, start, Math.min(count, start + width), Math.min(count, start + 2 * width), compare);
		[from, to] = [to, from];
		yield pass / (passes + 1);
	}
	return from;
}

/** Runs a finishing stage, passing on its shares done as a part of the whole, from `start` to `end`. */
function* stage<T>(steps: Generator<number, T>, start: number, end: number): Generator<number, T> {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		yield start + (end - start) * step.value;
	}
}

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
	private readonly firstParagraph: number[] = [0];
	private readonly paragraphArticle: number[] = [];

	constructor(private readonly articles: readonly Article[]) {}

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

	private addWord(text: string, start: number, end: number, hash: number, paragraph: number): void {
		const form = this.formOf(text, start, end, hash);
		const term = this.writtenTerm[form]!;
		this.writtenCount[form]!++;
		if (this.lastParagraph[term] !== paragraph) {
			this.lastParagraph[term] = paragraph;
			this.paragraphPairs.push(term, paragraph);
		}
	}

	/** Adds paragraphs `[from, to)` of article `index`, articles in order; the article is in once `to` is its end. */
	addParagraphs(index: number, from: number, to: number): void {
		const article = this.articles[index]!;
		const base = this.firstParagraph[index]!;
		for (let paragraph = from; paragraph < to; paragraph++) {
			const text = article.paragraphs[paragraph]!;
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
		}
		if (to === article.paragraphs.length) this.firstParagraph.push(base + to);
	}

	addArticle(index: number): void {
		this.addParagraphs(index, 0, this.articles[index]!.paragraphs.length);
	}

	/** Per term: how often it occurs, and how often with a capital. */
	private *tallies(): Generator<number, {occurrences: Float64Array; capitalized: Float64Array}> {
		const occurrences = new Float64Array(this.terms.length);
		const capitalized = new Float64Array(this.terms.length);
		const forms = this.writtenTerm.length;
		for (let from = 0; from < forms; from += PIECE) {
			for (let form = from; form < Math.min(forms, from + PIECE); form++) {
				const term = this.writtenTerm[form]!;
				occurrences[term]! += this.writtenCount[form]!;
				if (this.writtenCapital[form]) capitalized[term]! += this.writtenCount[form]!;
			}
			yield from / forms;
		}
		return {occurrences, capitalized};
	}

	/** Per term: whether it is a name, its character mask and length. */
	private *termFacts(): Generator<number, {nameLike: Uint8Array; masks: Uint32Array; lengths: Uint16Array}> {
		const {occurrences, capitalized} = yield* this.tallies();
		const count = this.terms.length;
		const nameLike = new Uint8Array(count);
		const masks = new Uint32Array(count);
		const lengths = new Uint16Array(count);
		for (let from = 0; from < count; from += PIECE) {
			for (let term = from; term < Math.min(count, from + PIECE); term++) {
				nameLike[term] = capitalized[term]! / Math.max(1, occurrences[term]!) >= NAME_CAPITAL_SHARE ? 1 : 0;
				masks[term] = characterMask(this.terms[term]!);
				lengths[term] = Math.min(this.terms[term]!.length, 0xffff);
			}
			yield from / count;
		}
		return {nameLike, masks, lengths};
	}

	/** The last steps once every article is in, in pieces: yields the share of them done, so a sliced build can pause. */
	*finish(): Generator<number, SearchIndex> {
		const {nameLike, masks, lengths} = yield* stage(this.termFacts(), 0, 0.1);
		const sorted = yield* stage(sortedTerms(this.terms), 0.1, 0.2);
		const paragraphs = yield* stage(this.paragraphPairs.toPostings(this.terms.length), 0.2, 0.95);
		const index: SearchIndex = {
			articles: this.articles,
			firstParagraph: Int32Array.from(this.firstParagraph),
			paragraphArticle: Int32Array.from(this.paragraphArticle),
			terms: this.terms,
			termIds: this.termIds,
			written: this.written,
			writtenTerm: Int32Array.from(this.writtenTerm),
			paragraphs,
			nameLike,
			masks,
			lengths,
			sorted,
			speakers: emptySpeakers(this.articles.length),
		};
		yield 0.95;
		// Searching needs working memory the size of the corpus; taken now, the first keystroke does not pay for it.
		prepareSearch(index);
		return index;
	}
}

/** Builds the index in one go; with `quotes` (`quotes[i]` belongs to `articles[i]`) its speakers are in too. */
export function buildSearchIndex(articles: readonly Article[], quotes?: readonly ArticleQuotes[]): SearchIndex {
	const builder = new IndexBuilder(articles);
	for (let i = 0; i < articles.length; i++) builder.addArticle(i);
	const steps = builder.finish();
	let step = steps.next();
	while (!step.done) step = steps.next();
	const index = step.value;
	quotes?.forEach((found, article) => addArticleSpeakers(index, article, found));
	return index;
}

// The share of the progress reported for reading the articles; the finishing steps take the rest.
const READING_SHARE = 0.9;
const PARAGRAPHS_A_STEP = 256;

/** Builds the same index (without speakers) in slices of about `sliceMs`, so input and drawing go on. */
export async function buildSearchIndexInSlices(articles: readonly Article[], options: SliceOptions = {}): Promise<SearchIndex> {
	const builder = new IndexBuilder(articles);
	let next = 0;
	let paragraph = 0;
	await runInSlices(
		() => {
			// A few paragraphs a step, so an article of megabytes is read over many slices too.
			if (next < articles.length) {
				const count = articles[next]!.paragraphs.length;
				const to = Math.min(count, paragraph + PARAGRAPHS_A_STEP);
				builder.addParagraphs(next, paragraph, to);
				paragraph = to;
				if (to === count) [next, paragraph] = [next + 1, 0];
			}
			return next < articles.length;
		},
		() => READING_SHARE * (articles.length === 0 ? 1 : next / articles.length),
		options,
	);
	const steps = builder.finish();
	let done = 0;
	let index: SearchIndex | undefined;
	await runInSlices(
		() => {
			const step = steps.next();
			if (step.done) index = step.value;
			else done = step.value;
			return !step.done;
		},
		() => (index ? 1 : READING_SHARE + (1 - READING_SHARE) * done),
		options,
	);
	return index!;
}
