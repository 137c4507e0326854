// Answering a query from the index: speakers whose names match, then paragraphs. A paragraph that
// holds every term of the query (words fuzzily, phrases as written) ranks by how well its words
// match, in three bands: every word found as itself, a word it starts or a name within one typo;
// then paragraphs that name a person the query names by another of their forms (`Lavrov` for
// `sergei lavrov`, where the article ties the two); then paragraphs some of whose words are only
// weak spelling neighbours. Within a band, among equals, a matching speaker's quoted paragraphs come
// first, then headlines. The matched spans come with each hit.
import type {Postings, SearchIndex} from './build.js';
import {MatchKind, matchTerms, type TermMatches} from './match-terms.js';
import {phraseParagraphs, phraseSpans, phraseSpeakers, type Phrase} from './phrase.js';
import {parseQuery, type QueryGroup, type QueryTerm, type WordTerm} from './query.js';
import {namesInText, paragraphsHolding, type NamesInText} from './name-forms.js';
import {paragraphsNaming, speakersFoundByAll, speakersNamedBy} from './speakers.js';
import type {ParagraphHit, SearchResults, SpeakerHit} from './types.js';
import {foldWord, forEachWord} from './words.js';

export interface SearchOptions {
	/** Most paragraph hits returned (best first); `total` counts them all. */
	limit?: number;
	speakerLimit?: number;
}

// The bands of a paragraph's score: every word strongly found, from 0; another form of a person's
// name, from NAMED_BAND; some word only a weak neighbour, from WEAK_BAND up to 1. A paragraph's mean
// term score (below 0.5 when every match is strong) is scaled into its band.
const STRONG_SCALE = 0.8;
const NAMED_BAND = 0.4;
export const WEAK_BAND = 0.5;
const WEAK_SCALE = 0.49;
// Words matched where they name (or quote) a speaker the query names score this share of their
// mean: `kim j` is Kim Jong Un before a Kim beside a July. A whole word's 0 stays 0, so the words
// themselves still come before the words they start.
const PERSON_FACTOR = 0.6;
// Among equal matches: a paragraph naming a person the query names (`Theresa May`, not the month or
// the verb), then a headline, then one where a matching speaker is quoted, come first.
const NOT_A_PERSON = 0.004;
const NOT_HEADLINE = 0.002;
const NOT_QUOTED = 0.001;
// Speakers whose other name forms are looked up, best first: a short query names many.
const MAX_NAMED_SPEAKERS = 32;
// Shorter words are still being typed: the text is not read for the names they might start.
const MIN_NAME_LENGTH = 3;
// Strong paragraphs whose text is read for names, per query group.
const MAX_READ = 64;

// Per-document working arrays, reused by every query on the same postings; every query leaves
// them as it found them (final at Infinity, flags and rounds at 0). Typed arrays and no closures
// in the loops: a short query touches most paragraphs of a large corpus.
interface Scratch {
	sums: Float32Array;
	/** 1 where some term matched the document only weakly. */
	weak: Uint8Array;
	rounds: Uint8Array;
	flags: Uint8Array;
	final: Float32Array;
	/** Documents first touched, documents touched by the latest term, documents reached by any group. */
	first: Int32Array;
	latest: Int32Array;
	reached: Int32Array;
}

const scratches = new WeakMap<Postings, Scratch>();

function scratchFor(postings: Postings, size: number): Scratch {
	let scratch = scratches.get(postings);
	if (!scratch) {
		scratch = {
			sums: new Float32Array(size),
			weak: new Uint8Array(size),
			rounds: new Uint8Array(size),
			flags: new Uint8Array(size),
			final: new Float32Array(size).fill(Infinity),
			first: new Int32Array(size),
			latest: new Int32Array(size),
			reached: new Int32Array(size),
		};
		scratches.set(postings, scratch);
	}
	return scratch;
}

/** Takes the working memory searches of this index need, ahead of the first search. */
export function prepareSearch(index: SearchIndex): void {
	scratchFor(index.paragraphs, index.paragraphArticle.length);
}

/** What one query term found: posting lists, and the terms it matched among them with their scores. */
interface Found {
	postings: Postings;
	matches: TermMatches;
}

// A phrase's paragraphs are a posting list of their own, one term matched as written.
const AS_WRITTEN: TermMatches = {ids: Int32Array.of(0), scores: Float32Array.of(0), kinds: Uint8Array.of(MatchKind.Word)};

function find(index: SearchIndex, term: QueryTerm): Found {
	if ('phrase' in term) return {postings: phraseParagraphs(index, term.phrase), matches: AS_WRITTEN};
	return {postings: index.paragraphs, matches: matchTerms(index, term)};
}

function volume({postings: {offsets}, matches}: Found): number {
	let total = 0;
	for (const term of matches.ids) total += offsets[term + 1]! - offsets[term]!;
	return total;
}

/** The positions of `scores`, best first. */
function byScore(scores: Float32Array): Int32Array {
	return Int32Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]!);
}

/**
 * Documents holding a match for every term (a view of scratch memory), each marked 1 in
 * `scratch.flags`, with its mean best term score left in `scratch.sums` and `scratch.weak` set where
 * a term's best match was weak; and how many documents were touched (`scratch.first`'s length).
 */
function intersect(all: Found[], scratch: Scratch): {survivors: Int32Array; touched: number} {
	const {sums, rounds, flags, weak} = scratch;
	// Rarest first, so later terms only check documents still in the running.
	const ordered = [...all].sort((a, b) => volume(a) - volume(b));
	let firstCount = 0;
	let survivors = scratch.first.subarray(0, 0);
	for (let round = 0; round < ordered.length; round++) {
		const touched = round === 0 ? scratch.first : scratch.latest;
		let count = 0;
		const {postings: {offsets, ids}, matches: {ids: terms, scores, kinds}} = ordered[round]!;
		const last = round === ordered.length - 1;
		// Terms best first, so a document's first match in a round is its best: it is counted then and
		// marked (its round moved on, or in the last round its flag set) so later matches pass it by.
		for (const i of byScore(scores)) {
			const term = terms[i]!;
			const score = scores[i]!;
			const isWeak = kinds[i] === MatchKind.Weak ? 1 : 0;
			for (let at = offsets[term]!, end = offsets[term + 1]!; at < end; at++) {
				const document = ids[at]!;
				if (rounds[document] !== round || flags[document] === 1) continue;
				const sum = (round === 0 ? 0 : sums[document]!) + score;
				touched[count++] = document;
				if (isWeak) weak[document] = 1;
				if (last) {
					sums[document] = sum / ordered.length;
					flags[document] = 1;
				} else {
					sums[document] = sum;
					rounds[document] = round + 1;
				}
			}
		}
		survivors = touched.subarray(0, count);
		if (round === 0) firstCount = count;
	}
	// Every document that took part was touched in the first round: after more rounds, theirs go back to 0.
	if (ordered.length > 1) for (let i = 0; i < firstCount; i++) rounds[scratch.first[i]!] = 0;
	return {survivors, touched: firstCount};
}

function forEachPosting({postings, matches}: Found, visit: (document: number) => void): void {
	for (const term of matches.ids) for (let at = postings.offsets[term]!; at < postings.offsets[term + 1]!; at++) visit(postings.ids[at]!);
}

/** Speakers a term names: by its strong matches, or by its weak ones when it has no other. */
function speakersOfTerm(index: SearchIndex, term: QueryTerm, found: Found, naming: boolean): Map<number, number> {
	if ('phrase' in term) return phraseSpeakers(index, term.phrase);
	// Naming a person takes whole words (`serg` is still being typed) and no weak neighbours.
	const strong = (kind: number): boolean => kind !== MatchKind.Weak;
	const accept = naming ? (kind: number) => kind === MatchKind.Word || kind === MatchKind.Near : found.matches.kinds.some(strong) ? strong : () => true;
	return speakersNamedBy(index, found.matches, accept, naming);
}

const tieBreak = (person: boolean, quoted: boolean, headline: boolean): number => (person ? 0 : NOT_A_PERSON) + (quoted ? 0 : NOT_QUOTED) + (headline ? 0 : NOT_HEADLINE);

/** The MAX_NAMED_SPEAKERS best-scored speakers called by a name: a bounded insertion, as a short query matches thousands. */
function bestNamed(index: SearchIndex, scores: Map<number, number>): number[] {
	const chosen: Array<[number, number]> = [];
	const worse = (a: [number, number], b: [number, number]): boolean => a[1] > b[1] || (a[1] === b[1] && a[0] > b[0]);
	for (const entry of scores) {
		if (!index.speakers.entries[entry[0]]!.named) continue;
		if (chosen.length === MAX_NAMED_SPEAKERS && !worse(chosen.at(-1)!, entry)) continue;
		let at = Math.min(chosen.length, MAX_NAMED_SPEAKERS - 1);
		while (at > 0 && worse(chosen[at - 1]!, entry)) at--;
		chosen.splice(at, chosen.length === MAX_NAMED_SPEAKERS ? 1 : 0, entry);
	}
	return chosen.map(([speaker]) => speaker);
}

/** The names a query word stands for as a whole word (itself or a name one typo away); undefined when none of them is a name. */
function namingTerms(index: SearchIndex, {ids, kinds}: TermMatches): Set<number> | undefined {
	const terms = new Set<number>();
	let named = false;
	for (let i = 0; i < ids.length; i++) {
		if (kinds[i] !== MatchKind.Word && kinds[i] !== MatchKind.Near) continue;
		terms.add(ids[i]!);
		if (index.nameLike[ids[i]!]) named = true;
	}
	return named ? terms : undefined;
}

/** Scores the group's paragraphs into `scratch.final` (keeping the best over groups), adds newly reached ones to `scratch.reached`, and returns the new reached count and the group's speakers' scores. */
function searchGroup(index: SearchIndex, group: QueryGroup, scratch: Scratch, reachedCount: number): {reachedCount: number; speakers: Map<number, number>} {
	const positive = group.filter(term => !term.negate);
	const found = positive.map(term => find(index, term));
	const negative = group.filter(term => term.negate).map(term => find(index, term));
	const {sums, flags, final, reached, weak} = scratch;
	const {firstParagraph, paragraphArticle} = index;
	const isHeadline = (paragraph: number): boolean => firstParagraph[paragraphArticle[paragraph]!] === paragraph;

	const speakers = speakersFoundByAll(positive.map((term, at) => speakersOfTerm(index, term, found[at]!, false)));

	let survivors: Int32Array;
	let touched = 0;
	if (found.length > 0) {
		({survivors, touched} = intersect(found, scratch));
	} else {
		// Only negations: every paragraph without the words, all equally good.
		survivors = Int32Array.from(index.paragraphArticle.keys());
		sums.fill(0);
		flags.fill(1);
	}
	let excluded: Set<number> | undefined;
	if (negative.length > 0) {
		excluded = new Set();
		for (const matches of negative) forEachPosting(matches, paragraph => excluded!.add(paragraph));
		for (const paragraph of excluded) flags[paragraph] = 0;
	}
	// Survivors' flags, each above the last: 2 where the text writes the query as a full name, 3 where
	// a matching speaker is named by a form of their name, 4 where a matching speaker is quoted.
	const wanted = positive.map((term, at) => ('phrase' in term || term.word.length < MIN_NAME_LENGTH ? undefined : namingTerms(index, found[at]!.matches)));
	let written: NamesInText | undefined;
	if (wanted.length > 0 && wanted.every(terms => terms !== undefined)) {
		const strong: number[] = [];
		for (let i = 0; i < survivors.length && strong.length < MAX_READ; i++) if (flags[survivors[i]!] !== 0 && weak[survivors[i]!] === 0) strong.push(survivors[i]!);
		written = namesInText(index, strong, wanted as Array<Set<number>>);
	}
	for (const paragraph of written?.inNames ?? []) if (flags[paragraph] === 1) flags[paragraph] = 2;
	const best = (map: Map<number, number>): number[] => bestNamed(index, map);
	for (const speaker of best(speakers)) for (const paragraph of paragraphsNaming(index, speaker)) if (flags[paragraph] === 1 || flags[paragraph] === 2) flags[paragraph] = 3;
	for (const speaker of speakers.keys()) {
		for (const paragraph of index.speakers.entries[speaker]!.quotedIn) if (flags[paragraph] !== 0) flags[paragraph] = 4;
	}
	const place = (paragraph: number, score: number): void => {
		if (final[paragraph] === Infinity) reached[reachedCount++] = paragraph;
		if (score < final[paragraph]!) final[paragraph] = score;
	};
	// The loop a short query runs over most paragraphs: no calls in it.
	let count = reachedCount;
	for (let i = 0; i < survivors.length; i++) {
		const paragraph = survivors[i]!;
		const flag = flags[paragraph]!;
		if (flag === 0) continue;
		flags[paragraph] = 0;
		const mean = flag >= 3 ? sums[paragraph]! * PERSON_FACTOR : sums[paragraph]!;
		let score = weak[paragraph] === 1 ? WEAK_BAND + WEAK_SCALE * mean : STRONG_SCALE * mean;
		if (flag < 2) score += NOT_A_PERSON;
		if (flag !== 4) score += NOT_QUOTED;
		if (firstParagraph[paragraphArticle[paragraph]!] !== paragraph) score += NOT_HEADLINE;
		if (final[paragraph] === Infinity) reached[count++] = paragraph;
		if (score < final[paragraph]!) final[paragraph] = score;
	}
	reachedCount = count;
	const {first} = scratch;
	for (let i = 0; i < touched; i++) weak[first[i]!] = 0;

	// Paragraphs naming a person the query names, by any form their article ties to the name.
	if (found.length > 0) {
		const naming = best(speakersFoundByAll(positive.map((term, at) => speakersOfTerm(index, term, found[at]!, true))));
		for (const speaker of naming) {
			const {quotedIn} = index.speakers.entries[speaker]!;
			for (const paragraph of paragraphsNaming(index, speaker)) {
				if (excluded?.has(paragraph)) continue;
				place(paragraph, NAMED_BAND + tieBreak(true, quotedIn.includes(paragraph), isHeadline(paragraph)));
			}
		}
		for (const [article, surnames] of written?.surnames ?? []) {
			for (const surname of surnames) {
				for (const paragraph of paragraphsHolding(index, article, [surname])) if (!excluded?.has(paragraph)) place(paragraph, NAMED_BAND + tieBreak(true, false, isHeadline(paragraph)));
			}
		}
	}
	return {reachedCount, speakers};
}

// A document's place in the ranking as one number: score (to 1e-6) above, document id below, so
// ties keep corpus order (earlier articles, then earlier paragraphs).
const ID_RANGE = 0x2000000;
const rankKey = (score: number, document: number): number => Math.round(score * 1e6) * ID_RANGE + document;

/** The `limit` best documents, best first: a bounded max-heap, so most documents cost one comparison. */
function bestFirst(documents: Int32Array, scores: Float32Array, limit: number): number[] {
	const heap = new Float64Array(Math.min(limit, documents.length));
	let size = 0;
	for (let i = 0; i < documents.length; i++) {
		const key = rankKey(scores[documents[i]!]!, documents[i]!);
		if (size < heap.length) {
			let at = size++;
			while (at > 0 && heap[(at - 1) >> 1]! < key) {
				heap[at] = heap[(at - 1) >> 1]!;
				at = (at - 1) >> 1;
			}
			heap[at] = key;
		} else if (key < heap[0]!) {
			let at = 0;
			for (;;) {
				const left = 2 * at + 1;
				if (left >= size) break;
				const child = left + 1 < size && heap[left + 1]! > heap[left]! ? left + 1 : left;
				if (heap[child]! <= key) break;
				heap[at] = heap[child]!;
				at = child;
			}
			heap[at] = key;
		}
	}
	return Array.from(heap.sort(), key => key % ID_RANGE);
}

interface MatchedTerm {
	term: WordTerm;
	/** Which query word matched it, counting across groups. */
	slot: number;
	score: number;
}

function matchedTerms(index: SearchIndex, groups: QueryGroup[]): Map<number, MatchedTerm> {
	const matched = new Map<number, MatchedTerm>();
	let slot = 0;
	for (const group of groups) {
		for (const term of group) {
			if (term.negate || 'phrase' in term) continue;
			const matches = matchTerms(index, term);
			matches.ids.forEach((id, i) => {
				const score = matches.scores[i]!;
				const known = matched.get(id);
				if (!known || score < known.score) matched.set(id, {term, slot, score});
			});
			slot++;
		}
	}
	return matched;
}

// The part of a matched word to highlight: what the query word covers, or the whole word
// when folding changed its length (then offsets in the folded form would not fit the text).
function spanIn(written: string, start: number, end: number, term: WordTerm): [number, number] {
	const folded = foldWord(written);
	if (folded.length !== written.length) return [start, end];
	const {word} = term;
	if (term.mode === 'include') {
		const at = folded.indexOf(word);
		if (at >= 0) return [start + at, start + at + word.length];
	}
	if (term.mode === 'suffix' && folded.endsWith(word)) return [end - word.length, end];
	if (folded.startsWith(word)) return [start, start + word.length];
	return [start, end];
}

// Within a paragraph only the best-matching words of each query word are highlighted: where
// `Kim` itself is present, its spelling neighbours (`him`) are not what was found.
const HIGHLIGHT_SLACK = 0.05;

/** Spans in order, those that overlap (a word inside a phrase) made one. */
function merged(spans: Array<[number, number]>): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
		const last = out.at(-1);
		if (last && start < last[1]) last[1] = Math.max(last[1], end);
		else out.push([start, end]);
	}
	return out;
}

function spansOf(text: string, index: SearchIndex, matched: Map<number, MatchedTerm>, phrases: readonly Phrase[]): Array<[number, number]> {
	const found: Array<{start: number; end: number; match: MatchedTerm}> = [];
	const bestBySlot = new Map<number, number>();
	forEachWord(text, (start, end) => {
		const form = index.written.find(text, start, end);
		const match = form < 0 ? undefined : matched.get(index.writtenTerm[form]!);
		if (!match) return;
		found.push({start, end, match});
		bestBySlot.set(match.slot, Math.min(bestBySlot.get(match.slot) ?? Infinity, match.score));
	});
	const words = found
		.filter(({match}) => match.score <= bestBySlot.get(match.slot)! + HIGHLIGHT_SLACK)
		.map(({start, end, match}) => spanIn(text.slice(start, end), start, end, match.term));
	return phrases.length === 0 ? words : merged([...words, ...phrases.flatMap(phrase => phraseSpans(text, phrase))]);
}

const round = (score: number): number => Math.round(score * 1000) / 1000;

export function searchIndex(index: SearchIndex, query: string, {limit = 100, speakerLimit = 20}: SearchOptions = {}): SearchResults {
	const groups = parseQuery(query);
	if (groups.length === 0) return {query, speakers: [], paragraphs: [], matchCount: 0, total: 0, weakTotal: 0};
	const scratch = scratchFor(index.paragraphs, index.paragraphArticle.length);
	let reachedCount = 0;
	const speakerScores = new Map<number, number>();
	for (const group of groups) {
		const result = searchGroup(index, group, scratch, reachedCount);
		reachedCount = result.reachedCount;
		for (const [speaker, score] of result.speakers) speakerScores.set(speaker, Math.min(score, speakerScores.get(speaker) ?? Infinity));
	}
	const reached = scratch.reached.subarray(0, reachedCount);
	const ranked = bestFirst(reached, scratch.final, limit);
	const scores = ranked.map(paragraph => scratch.final[paragraph]!);
	let weakTotal = 0;
	for (let i = 0; i < reached.length; i++) {
		if (scratch.final[reached[i]!]! >= WEAK_BAND) weakTotal++;
		scratch.final[reached[i]!] = Infinity;
	}

	const matched = matchedTerms(index, groups);
	const phrases = groups.flatMap(group => group.flatMap(term => ('phrase' in term && !term.negate ? [term.phrase] : [])));
	let matchCount = 0;
	const paragraphs: ParagraphHit[] = ranked.map((id, rank) => {
		const article = index.paragraphArticle[id]!;
		const paragraph = id - index.firstParagraph[article]!;
		const matches = spansOf(index.articles[article]!.paragraphs[paragraph]!, index, matched, phrases);
		matchCount += matches.length;
		const hit: ParagraphHit = {article, paragraph, score: round(scores[rank]!), matches};
		if (scores[rank]! >= WEAK_BAND) hit.weak = true;
		return hit;
	});
	const speakers: SpeakerHit[] = [...speakerScores]
		.sort((a, b) => a[1] - b[1] || index.speakers.entries[b[0]]!.quotes - index.speakers.entries[a[0]]!.quotes || a[0] - b[0])
		.slice(0, speakerLimit)
		.map(([id, score]) => {
			const speaker = index.speakers.entries[id]!;
			const words = speaker.nameWords
				.filter(word => matched.has(word.term))
				.map(word => spanIn(speaker.name.slice(word.start, word.end), word.start, word.end, matched.get(word.term)!.term));
			const matches = phrases.length === 0 ? words : merged([...words, ...phrases.flatMap(phrase => phraseSpans(speaker.name, phrase))]);
			return {article: speaker.article, name: speaker.name, quotes: speaker.quotes, score: round(score), matches};
		});
	return {query, speakers, paragraphs, matchCount, total: reachedCount, weakTotal};
}
