// How much a search found, in words: the same line for the text listing and the search line.
import type {SearchResults} from './types.js';

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * `1 speaker · 14 paragraphs · 17 matches`, or `no matches`: the counts the listing and the search line
 * show. Matches are counted in the paragraphs returned, so when those are only the best of many, it says so.
 */
export function describeCounts(results: SearchResults): string {
	const {speakers, paragraphs, matchCount} = results;
	if (speakers.length === 0 && paragraphs.length === 0) return 'no matches';
	const total = results.total ?? paragraphs.length;
	const matches = counted(matchCount, 'match', 'matches') + (total > paragraphs.length ? ` in the best ${paragraphs.length}` : '');
	return [
		...(speakers.length > 0 ? [counted(speakers.length, 'speaker', 'speakers')] : []),
		counted(total, 'paragraph', 'paragraphs'),
		matches,
	].join(' · ');
}
