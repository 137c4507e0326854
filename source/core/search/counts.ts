// How much a search found, in words: the same line for the text listing and the search line.
import {parseQuery} from './query.js';
import type {ParagraphHit, SearchResults} from './types.js';

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const spans = (hits: readonly ParagraphHit[]): number => hits.reduce((sum, hit) => sum + hit.matches.length, 0);

/** `7 paragraphs`, or `the best 100 of 113 paragraphs` when only the best are listed; `more` for a second group. */
function listed(shown: number, total: number, more: boolean): string {
	const noun = more ? 'more' : total === 1 ? 'paragraph' : 'paragraphs';
	return total > shown ? `the best ${shown} of ${total} ${more ? 'more' : 'paragraphs'}` : `${total} ${noun}`;
}

/** Whether every group of the query has a single word or phrase to find. */
const oneWord = (query: string): boolean => parseQuery(query).every(group => group.filter(term => !term.negate).length <= 1);

/**
 * `1 speaker · 17 matches in 14 paragraphs`, or `no matches`: the counts the listing and the search
 * line show. Matches are those in the paragraphs listed, the ones `n`/`N` step through; when those are
 * only the best of more, it says so: `102 matches in the best 100 of 113 paragraphs`. Paragraphs
 * found only through weak spelling neighbours are counted apart, after the others, as `n`/`N` reach
 * them: `2 matches in 2 paragraphs · 43 near spellings in 35 more`; when they are all there
 * is, it says the words themselves are nowhere: `no paragraph has all the words · …`.
 */
export function describeCounts(results: SearchResults): string {
	const {speakers, paragraphs} = results;
	if (speakers.length === 0 && paragraphs.length === 0) return 'no matches';
	const total = results.total ?? paragraphs.length;
	const weakTotal = results.weakTotal ?? 0;
	const strongTotal = total - weakTotal;
	const strong = paragraphs.filter(hit => !hit.weak);
	const weak = paragraphs.filter(hit => hit.weak);
	const parts = speakers.length > 0 ? [counted(speakers.length, 'speaker', 'speakers')] : [];
	if (strongTotal > 0) parts.push(`${counted(results.matchCount - spans(weak), 'match', 'matches')} in ${listed(strong.length, strongTotal, false)}`);
	else if (weakTotal > 0) parts.push(oneWord(results.query) ? 'no paragraph has the word' : 'no paragraph has all the words');
	if (weakTotal > 0) {
		const where = weak.length === 0 ? `${weakTotal} more, not listed` : listed(weak.length, weakTotal, strongTotal > 0);
		parts.push(weak.length === 0 ? `near spellings in ${where}` : `${counted(spans(weak), 'near spelling', 'near spellings')} in ${where}`);
	}
	return parts.join(' · ');
}
