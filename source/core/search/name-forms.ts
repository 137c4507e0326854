// Names as the text writes them: a run of capitalised words (`Prime Minister Theresa May`) that holds
// every word of the query is a name the query stands for. A paragraph with such a run of two or more
// words names someone by the query (`Theresa May`, not the month); and the run's last word is the
// surname by which the rest of its article names that person (`greta` → Thunberg, `alexei leonov` →
// Leonov), whether or not any quote has tied it to the name yet. The caller bounds the paragraphs
// read, so a common name costs a keystroke no more than a rare one.
import type {SearchIndex} from './build.js';
import {forEachWord, isCapitalized} from './words.js';

// A shorter last word (`Un` of Kim Jong Un) is as often something else (`UN`) as the person.
const MIN_SURNAME_LENGTH = 3;

export interface NamesInText {
	/** Global ids of the paragraphs read where a run of two or more capitalised words holds the query (of one, in a headline). */
	inNames: Set<number>;
	/** The surname term each article's runs end in (headlines left out: they capitalise every word in some styles). */
	surnames: Map<number, Set<number>>;
}

/** Whether the text between two words leaves them in one name: a single space. */
const joined = (text: string, end: number, start: number): boolean => start === end + 1 && text.charCodeAt(end) === 32;

/** Runs in `paragraphs` (global ids) holding a term of each of `wanted` (one set of term ids per query word). */
export function namesInText(index: SearchIndex, paragraphs: ArrayLike<number>, wanted: ReadonlyArray<ReadonlySet<number>>): NamesInText {
	const inNames = new Set<number>();
	const surnames = new Map<number, Set<number>>();
	const {articles, firstParagraph, paragraphArticle, written, writtenTerm, nameLike} = index;
	for (let i = 0; i < paragraphs.length; i++) {
		const id = paragraphs[i]!;
		const article = paragraphArticle[id]!;
		const paragraph = id - firstParagraph[article]!;
		const text = articles[article]!.paragraphs[paragraph]!;
		let run: number[] = [];
		let lastEnd = -1;
		const close = (): void => {
			if (run.length > 0 && wanted.every(terms => run.some(term => terms.has(term)))) {
				// A headline capitalises a name at its start as it would any word: there the name alone counts.
				if (run.length >= 2 || paragraph === 0) inNames.add(id);
				const surname = run.at(-1)!;
				if (paragraph > 0 && nameLike[surname] === 1 && index.lengths[surname]! >= MIN_SURNAME_LENGTH) {
					const known = surnames.get(article);
					if (known) known.add(surname);
					else surnames.set(article, new Set([surname]));
				}
			}
			run = [];
		};
		forEachWord(text, (start, end) => {
			const capital = isCapitalized(text[start]!);
			if (!capital || (run.length > 0 && !joined(text, lastEnd, start))) close();
			if (capital) {
				const form = written.find(text, start, end);
				if (form >= 0) run.push(writtenTerm[form]!);
			}
			lastEnd = end;
		});
		close();
	}
	return {inNames, surnames};
}

/** The first position in `ids[from, to)` (ascending) holding a value of at least `value`. */
function lowerBound(ids: Int32Array, from: number, to: number, value: number): number {
	while (from < to) {
		const middle = (from + to) >>> 1;
		if (ids[middle]! < value) from = middle + 1;
		else to = middle;
	}
	return from;
}

/** Global ids of the paragraphs of one article that hold every one of `terms`, ascending. */
export function paragraphsHolding(index: SearchIndex, article: number, terms: readonly number[]): number[] {
	const {offsets, ids} = index.paragraphs;
	const first = index.firstParagraph[article]!;
	const last = index.firstParagraph[article + 1]!;
	const within = (term: number): Int32Array => ids.subarray(lowerBound(ids, offsets[term]!, offsets[term + 1]!, first), lowerBound(ids, offsets[term]!, offsets[term + 1]!, last));
	const [held, ...rest] = terms.map(within).sort((a, b) => a.length - b.length);
	if (!held) return [];
	const others = rest.map(list => new Set(list));
	return Array.from(held).filter(paragraph => others.every(list => list.has(paragraph)));
}
