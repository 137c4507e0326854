// Following feeds: fetching each subscription into its cache — conditionally (ETag, Last-Modified),
// at most four at a time, each feed's failure kept with it — and checking a new subscription is a
// feed. Fetching and feed parsing are core/sources'; the cache and marks are core/store's.
import type {Article} from '../article.js';
import {FETCHES_AT_ONCE, fetchFullText, fetchSource, mapLimit, parseFeed} from '../sources/index.js';
import {
	articleKey,
	changeFeed,
	emptyFeed,
	isStarred,
	mergeItems,
	openMarkStore,
	readFeed,
	storePaths,
	type CachedItem,
	type StorePaths,
	type Subscription,
} from '../store/index.js';

export interface FeedRefreshed {
	subscription: Subscription;
	/** The feed's title as it now calls itself, else the subscription's. */
	title: string;
	ok: boolean;
	/** Items never seen before. */
	added: number;
	/** Items in the cache now. */
	items: number;
	/** The server said nothing changed (304). */
	notModified?: boolean;
	/** Why it failed (`HTTP 503 Service Unavailable`). */
	error?: string;
}

const itemOf = (article: Article, seen: number): CachedItem => ({key: articleKey(article) ?? `${article.file}#${article.title}`, seen, article});

/** A summary-only item's full article, fetched from its link when the page holds one; else the item as it is. */
async function withFull(item: CachedItem, signal?: AbortSignal): Promise<CachedItem> {
	if (!item.article.summaryOnly || item.full) return item;
	const full = await fetchFullText(item.article, {signal});
	return full.ok ? {...item, full: full.value} : item;
}

/**
 * Fetches one subscription into its cache; what went wrong is kept in the cache and returned, never
 * thrown. Aborted (the reader closed), it rejects and writes nothing.
 */
export async function refreshFeed(
	subscription: Subscription,
	paths: StorePaths = storePaths(),
	{keepFailure = true, signal}: {keepFailure?: boolean; signal?: AbortSignal} = {},
): Promise<FeedRefreshed> {
	const {url} = subscription;
	const {feed: cached} = readFeed(paths.feeds, url);
	const now = Date.now();
	const failed = (error: string): FeedRefreshed => {
		// A feed not yet subscribed to (being checked) leaves no cache behind.
		if (!keepFailure) return {subscription, title: subscription.title, ok: false, added: 0, items: 0, error};
		const {feed} = changeFeed(paths.feeds, url, feed => ({...(feed ?? emptyFeed(url, subscription.title)), tried: now, error}));
		return {subscription, title: feed.title, ok: false, added: 0, items: feed.items.length, error};
	};
	const fetched = await fetchSource(url, {etag: cached?.etag, lastModified: cached?.lastModified, signal});
	signal?.throwIfAborted();
	if (!fetched.ok) return failed(fetched.reason);
	if (fetched.notModified) {
		const {feed} = changeFeed(paths.feeds, url, feed => {
			const {error: _gone, ...kept} = feed ?? emptyFeed(url, subscription.title);
			return {...kept, etag: fetched.etag ?? kept.etag, lastModified: fetched.lastModified ?? kept.lastModified, fetched: now, tried: now};
		});
		return {subscription, title: feed.title, ok: true, added: 0, items: feed.items.length, notModified: true};
	}
	const parsed = await parseFeed(fetched.bytes, {file: url, url: fetched.url, contentType: fetched.contentType});
	if (!parsed.ok) return failed(parsed.error.replace(`${url}: `, ''));
	const title = parsed.value.title || subscription.title;
	const known = new Set(cached?.items.map(item => item.key));
	// Full articles are fetched for the summaries not seen before, so they read offline too.
	const items = await mapLimit(
		parsed.value.items.map(item => itemOf(item.article, now)),
		FETCHES_AT_ONCE,
		item => (known.has(item.key) ? Promise.resolve(item) : withFull(item, signal)),
	);
	signal?.throwIfAborted();
	const {marks} = openMarkStore(paths.marks).load();
	let added = 0;
	const {feed} = changeFeed(paths.feeds, url, feed => {
		const merged = mergeItems(feed?.items ?? [], items, key => isStarred(marks.get(key)));
		added = merged.added;
		return {url, title, etag: fetched.etag, lastModified: fetched.lastModified, fetched: now, tried: now, items: merged.items};
	});
	return {subscription, title, ok: true, added, items: feed.items.length};
}

/** Every subscription refreshed, at most four at a time; `onFeed` hears each as it ends. */
export async function refreshAll(
	subscriptions: readonly Subscription[],
	onFeed: (refreshed: FeedRefreshed, done: number) => void = () => {},
	paths: StorePaths = storePaths(),
	signal?: AbortSignal,
): Promise<FeedRefreshed[]> {
	let done = 0;
	return mapLimit(subscriptions, FETCHES_AT_ONCE, async subscription => {
		const refreshed = await refreshFeed(subscription, paths, {signal});
		onFeed(refreshed, ++done);
		return refreshed;
	});
}

/** `--refresh`'s line for a feed: `BBC News - World: 3 new`, `Example: HTTP 503, kept the 40 cached items`. */
export function refreshLine(refreshed: FeedRefreshed): string {
	if (!refreshed.ok) return `${refreshed.title}: ${refreshed.error}, kept the ${refreshed.items} cached item${refreshed.items === 1 ? '' : 's'}`;
	return `${refreshed.title}: ${refreshed.added} new${refreshed.notModified ? ' (not modified)' : ''}`;
}
