// How much a search found, in words: the same line for the text listing and the search line.
import type {SearchResults} from './types.js';

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * `1 speaker · 17 matches in 14 paragraphs`, or `no matches`: the counts the listing and the search
 * line show. Matches are those in the paragraphs listed, the ones `n`/`N` step through; when those are
 * only the best of more, it says so: `102 matches in the best 100 of 113 paragraphs`.
 */
export function describeCounts(results: SearchResults): string {
	const {speakers, paragraphs, matchCount} = results;
	if (speakers.length === 0 && paragraphs.length === 0) return 'no matches';
	const total = results.total ?? paragraphs.length;
	const listed = total > paragraphs.length ? `the best ${paragraphs.length} of ${total} paragraphs` : counted(total, 'paragraph', 'paragraphs');
	return [
		...(speakers.length > 0 ? [counted(speakers.length, 'speaker', 'speakers')] : []),
		...(paragraphs.length > 0 ? [`${counted(matchCount, 'match', 'matches')} in ${listed}`] : []),
	].join(' · ');
}
