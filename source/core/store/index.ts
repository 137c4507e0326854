// The store: what news-tui keeps for the user between runs — subscriptions, the feeds' items,
// read and starred marks, reading positions, where each collection was left. Pure files, no terminal.
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
export {articleKey} from './article-key.js';
export {openMemory, type Memory, type MemoryChanges, type Remembered} from './memory.js';
