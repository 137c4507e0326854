// The store: what news-tui keeps for the user between runs — subscriptions, the feeds' items,
// read and starred marks, reading positions, where each collection was left. Pure files, no terminal.
import path from 'node:path';
import type {Article} from '../article.js';

export {storePaths, type StorePaths} from './paths.js';
export {openMarkStore, type Marks, type MarkStore} from './mark-store.js';
export {isRead, isStarred, mergeMark, reduceMark, reduceMarks, NO_MARK, type Mark, type MarkAction, type Place} from './marks.js';
export {
	addSubscriptions,
	changeSubscriptions,
	findSubscriptions,
	opmlFromSubscriptions,
	readSubscriptions,
	subscriptionsFromOpml,
	type Subscription,
} from './subscriptions.js';
export {changeFeed, emptyFeed, feedFile, ITEMS_KEPT, mergeItems, readAllFeeds, readFeed, type CachedFeed, type CachedItem} from './feed-cache.js';
export {collectionKey, readPlace, savePlace} from './places.js';

const isWebAddress = (name: string): boolean => /^https?:\/\//i.test(name);

/**
 * What an article is remembered by: its link for items of feeds and pages, its absolute path for
 * files; undefined for standard input, which cannot be opened again.
 */
export function articleKey(article: Article): string | undefined {
	const {url} = article as {url?: string | null};
	if (url) return url;
	if (article.file === '-') return undefined;
	return isWebAddress(article.file) ? article.file : path.resolve(article.file);
}
