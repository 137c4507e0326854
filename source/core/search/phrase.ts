// Query terms with punctuation in them (`U.S.`, `co-founder`, `£`, `(the`): they match where the
// text has those very characters in that order. Letters compare folded, as everywhere in search,
// and straight quotes and apostrophes match curly ones. The index narrows the paragraphs to those
// holding the term's rarest word; each is then read for the term itself.
import type {Postings, SearchIndex} from './build.js';
import {matchTerms} from './match-terms.js';
import type {TermMode} from './query.js';
import {foldWord, isWordUnit, wordsOf} from './words.js';

export interface Phrase {
	/** The term folded (lower case, no accents, straight quotes): what the folded text must hold. */
	text: string;
	/** Whether a letter or digit at the term's start must start a word in the text, and one at its end end a word. */
	wholeStart: boolean;
	wholeEnd: boolean;
}

// A pasted sentence is not a term; past this the rest is cut off.
const MAX_PHRASE_LENGTH = 64;
const CURLY_SINGLE = /[‘’‚‛]/g;
const CURLY_DOUBLE = /[“”„‟]/g;

/** Whether a query term (operators taken off) is a phrase: it holds something other than letters and digits. */
export function isPhrase(body: string): boolean {
	for (let i = 0; i < body.length; i++) if (!isWordUnit(body, i)) return true;
	return false;
}

/** The phrase a term stands for; the operator says which of its ends must be whole words, as for a word. */
export function phraseOf(body: string, mode: TermMode): Phrase {
	return {
		text: foldWord(body).replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').slice(0, MAX_PHRASE_LENGTH),
		wholeStart: mode === 'fuzzy' || mode === 'prefix' || mode === 'exact',
		wholeEnd: mode === 'exact' || mode === 'suffix',
	};
}

const keyOf = ({text, wholeStart, wholeEnd}: Phrase): string => `${Number(wholeStart)}${Number(wholeEnd)}${text}`;

// Each of a-z with the letters that fold to it (é, Ç, ş…): a phrase in these letters is found in the
// text as written, so the text need not be folded first.
const LATIN_BLOCKS = [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const;
let latinVariants: Map<string, string> | undefined;

function variantsOf(letter: string): string {
	if (!latinVariants) {
		const variants = new Map<string, string>();
		for (const [first, last] of LATIN_BLOCKS) {
			for (let code = first; code <= last; code++) {
				const character = String.fromCharCode(code);
				const folded = foldWord(character);
				if (/^[a-z]$/.test(folded)) variants.set(folded, (variants.get(folded) ?? '') + character);
			}
		}
		latinVariants = variants;
	}
	return letter + letter.toUpperCase() + (latinVariants.get(letter) ?? '');
}

const QUOTE_SHAPES: Record<string, string> = {"'": "['‘’‚‛]", '"': '["“”„‟]'};
const SYNTAX = /[\\^$.*+?()[\]{}|/]/;
const WORD_CHARACTER = '[\\p{L}\\p{N}\\p{M}]';
// A phrase with letters or digits beyond a-z and 0-9 (Cyrillic, Greek, Hangul…) is only read against the text folded.
const OTHER_WORD_CHARACTER = /(?![a-z0-9])[\p{L}\p{N}]/u;
// An accent written apart from its letter, as a combining mark, is read folded too: a pattern that
// allowed marks after every letter would make reading the whole text many times slower.
const LATIN_THEN_MARK = /[a-z\u00c0-\u024f\u1e00-\u1eff]\p{M}/iu;

interface Patterns {
	/** For text as written, when the phrase's letters are a-z. */
	asWritten?: RegExp;
	/** For text folded a character at a time. */
	folded: RegExp;
}

const patterns = new Map<string, Patterns>();

function patternsOf(phrase: Phrase): Patterns {
	const key = keyOf(phrase);
	let known = patterns.get(key);
	if (!known) {
		const {text, wholeStart, wholeEnd} = phrase;
		const characters = [...text].map(character => QUOTE_SHAPES[character] ?? (SYNTAX.test(character) ? `\\${character}` : character));
		const before = wholeStart && isWordUnit(text, 0) ? `(?<!${WORD_CHARACTER})` : '';
		const after = wholeEnd && isWordUnit(text, text.length - 1) ? `(?!${WORD_CHARACTER})` : '';
		const regex = (body: string[]): RegExp => new RegExp(before + body.join('') + after, 'gu');
		known = {folded: regex(characters)};
		if (!OTHER_WORD_CHARACTER.test(text)) known.asWritten = regex(characters.map(character => (/^[a-z]$/.test(character) ? `[${variantsOf(character)}]` : character)));
		if (patterns.size > 256) patterns.clear();
		patterns.set(key, known);
	}
	// Global patterns keep where they stopped: every use reads from the start.
	known.folded.lastIndex = 0;
	if (known.asWritten) known.asWritten.lastIndex = 0;
	return known;
}

const NON_ASCII = /[^\u0000-\u007f]/;
const folds = new Map<string, string>();

/** Text folded a character at a time, with where each folded unit came from (and the text's end after the last). */
function foldedText(text: string): {folded: string; from: number[]} {
	let folded = '';
	const from: number[] = [];
	for (let i = 0; i < text.length; ) {
		const size = text.codePointAt(i)! > 0xffff ? 2 : 1;
		const character = text.slice(i, i + size);
		let fold = folds.get(character);
		if (fold === undefined) {
			fold = foldWord(character);
			folds.set(character, fold);
		}
		folded += fold;
		for (let unit = 0; unit < fold.length; unit++) from.push(i);
		i += size;
	}
	from.push(text.length);
	return {folded, from};
}

/** `[start, end)` of each place `text` holds the phrase, in order. */
export function phraseSpans(text: string, phrase: Phrase): Array<[number, number]> {
	const {asWritten, folded: pattern} = patternsOf(phrase);
	if (asWritten && !LATIN_THEN_MARK.test(text)) return Array.from(text.matchAll(asWritten), (match): [number, number] => [match.index, match.index + match[0].length]);
	// Letters beyond ASCII are never in ASCII text.
	if (!NON_ASCII.test(text)) return [];
	const {folded, from} = foldedText(text);
	// A mark folded away after the last character belongs to it, so the span runs to the next kept character.
	return Array.from(folded.matchAll(pattern), (match): [number, number] => [from[match.index]!, from[match.index + match[0].length]!]);
}

/** Whether `text` holds the phrase at all; `accentsApart` says whether it has combining marks after Latin letters. */
export function holdsPhrase(text: string, phrase: Phrase, accentsApart = LATIN_THEN_MARK.test(text)): boolean {
	const {asWritten, folded} = patternsOf(phrase);
	if (asWritten && !accentsApart) return asWritten.test(text);
	return NON_ASCII.test(text) && folded.test(foldedText(text).folded);
}

const accentsApartCache = new WeakMap<SearchIndex, Uint8Array>();

/** 1 for each paragraph that may have a combining mark after a Latin letter: one of its words is written so somewhere. */
function paragraphsWithAccentsApart(index: SearchIndex): Uint8Array {
	let flags = accentsApartCache.get(index);
	if (!flags) {
		flags = new Uint8Array(index.paragraphArticle.length);
		const {offsets, ids} = index.paragraphs;
		index.written.forms.forEach((form, id) => {
			if (!LATIN_THEN_MARK.test(form)) return;
			const term = index.writtenTerm[id]!;
			for (let at = offsets[term]!; at < offsets[term + 1]!; at++) flags![ids[at]!] = 1;
		});
		accentsApartCache.set(index, flags);
	}
	return flags;
}

/**
 * The terms the phrase's rarest word stands for, matched as the phrase places it: a word beside
 * punctuation whole on that side, one at an open end as a start or an end of a word. Undefined
 * when the phrase has no words.
 */
function rarestWordTerms(index: SearchIndex, {text, wholeStart, wholeEnd}: Phrase): {terms: Int32Array; volume: number} | undefined {
	const words = wordsOf(text);
	const {offsets} = index.paragraphs;
	let rarest: {terms: Int32Array; volume: number} | undefined;
	words.forEach((word, at) => {
		const opensStart = at === 0 && isWordUnit(text, 0) && !wholeStart;
		const opensEnd = at === words.length - 1 && isWordUnit(text, text.length - 1) && !wholeEnd;
		const mode: TermMode = opensStart ? (opensEnd ? 'include' : 'suffix') : opensEnd ? 'prefix' : 'exact';
		const terms = matchTerms(index, {mode, negate: false, word}).ids;
		let volume = 0;
		for (const term of terms) volume += offsets[term + 1]! - offsets[term]!;
		if (!rarest || volume < rarest.volume) rarest = {terms, volume};
	});
	return rarest;
}

// A word in more paragraphs than this share leaves too many to be worth listing: every paragraph is read.
const NARROWING_SHARE = 0.5;

/** Global ids of the paragraphs the phrase could be in, ascending: those holding its rarest word; undefined for all. */
function candidates(index: SearchIndex, phrase: Phrase): Int32Array | undefined {
	const rarest = rarestWordTerms(index, phrase);
	const count = index.paragraphArticle.length;
	if (!rarest || rarest.volume > NARROWING_SHARE * count) return undefined;
	const {offsets, ids} = index.paragraphs;
	if (rarest.terms.length === 1) return ids.subarray(offsets[rarest.terms[0]!], offsets[rarest.terms[0]! + 1]);
	const holding = new Uint8Array(count);
	for (const term of rarest.terms) for (let at = offsets[term]!; at < offsets[term + 1]!; at++) holding[ids[at]!] = 1;
	const found: number[] = [];
	holding.forEach((holds, id) => {
		if (holds) found.push(id);
	});
	return Int32Array.from(found);
}

/** Speakers whose name holds the phrase, each scored 0 (a phrase matches as written or not at all). */
export function phraseSpeakers(index: SearchIndex, phrase: Phrase): Map<number, number> {
	const {entries, byTerm} = index.speakers;
	const rarest = rarestWordTerms(index, phrase);
	const candidates = rarest ? new Set([...rarest.terms].flatMap(term => byTerm.get(term) ?? [])) : entries.keys();
	const found = new Map<number, number>();
	for (const speaker of candidates) if (holdsPhrase(entries[speaker]!.name, phrase)) found.set(speaker, 0);
	return found;
}

const caches = new WeakMap<SearchIndex, Map<string, Postings>>();
const CACHE_SIZE = 64;

/** The paragraphs holding the phrase, as one posting list (`offsets` [0, n]) in paragraph order. */
export function phraseParagraphs(index: SearchIndex, phrase: Phrase): Postings {
	let cache = caches.get(index);
	if (!cache) caches.set(index, (cache = new Map()));
	const key = keyOf(phrase);
	const known = cache.get(key);
	if (known) return known;
	const {articles, firstParagraph, paragraphArticle} = index;
	const accentsApart = paragraphsWithAccentsApart(index);
	const holds = (id: number): boolean => {
		const article = paragraphArticle[id]!;
		return holdsPhrase(articles[article]!.paragraphs[id - firstParagraph[article]!]!, phrase, accentsApart[id] === 1);
	};
	const narrowed = candidates(index, phrase);
	const ids: number[] = [];
	if (narrowed) {
		for (const id of narrowed) if (holds(id)) ids.push(id);
	} else {
		for (let id = 0; id < paragraphArticle.length; id++) if (holds(id)) ids.push(id);
	}
	const postings = {offsets: Int32Array.of(0, ids.length), ids: Int32Array.from(ids)};
	cache.set(key, postings);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return postings;
}
