// How much a search found, in words: the same line for the text listing and the search line.
import type {SearchResults} from './types.js';

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** `1 speaker · 14 paragraphs · 17 matches`, or `no matches`: the counts the listing and the search line show. */
export function describeCounts(results: SearchResults): string {
	if (results.speakers.length === 0 && results.paragraphs.length === 0) return 'no matches';
	const total = results.total ?? results.paragraphs.length;
	return [counted(results.speakers.length, 'speaker', 'speakers'), counted(total, 'paragraph', 'paragraphs'), counted(results.matchCount, 'match', 'matches')].join(' · ');
}
