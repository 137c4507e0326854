// How the reader and its quotes worker hand each other a long article and its quotes: in slices,
// so that no single copy between the threads holds the main thread for long.
import type {Article} from '../core/article.js';

/** An article without its paragraphs, which follow in slices. */
export type ArticleHead = Omit<Article, 'paragraphs'>;

/** `items` cut into consecutive slices of at most `most` by `size`, each slice holding at least one item. */
export function inSlices<T>(items: readonly T[], size: (item: T) => number, most: number): T[][] {
	const slices: T[][] = [];
	let slice: T[] = [];
	let used = 0;
	for (const item of items) {
		const cost = size(item);
		if (slice.length > 0 && used + cost > most) {
			slices.push(slice);
			slice = [];
			used = 0;
		}
		slice.push(item);
		used += cost;
	}
	if (slice.length > 0) slices.push(slice);
	return slices;
}
