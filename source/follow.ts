// The faces of following the news that need no terminal: the subscription commands (--subscribe,
// --unsubscribe, --import, --export, --refresh), and the articles --feeds and --starred open.
import {existsSync, readFileSync} from 'node:fs';
import type {Article} from './core/article.js';
import {loadPaths} from './core/load.js';
import {isWebAddress} from './core/sources/index.js';
import type {FeedOutcome, FeedRefresher} from './ui/use-feed-refresh.js';
import {
	addSubscriptions,
	articleKey,
	changeFeed,
	changeSubscriptions,
	findSubscriptions,
	openMarkStore,
	opmlFromSubscriptions,
	readAllFeeds,
	readFeed,
	readSubscriptions,
	storePaths,
	subscriptionsFromOpml,
	type Subscription,
} from './core/store/index.js';

export type Outcome = {ok: true; lines: string[]; notices: string[]} | {ok: false; error: string};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `--import FILE.opml`: the feeds in another reader's export join the subscriptions, folders and all. */
export function importSubscriptions(file: string): Outcome {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return {ok: false, error: `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (error as Error).message}`};
	}
	const read = subscriptionsFromOpml(text);
	if (!read.ok) return {ok: false, error: `${file}: ${read.error}`};
	if (read.subscriptions.length === 0) return {ok: false, error: `${file}: no feeds in it`};
	let before = 0;
	const changed = changeSubscriptions(storePaths().subscriptions, list => {
		before = list.length;
		return addSubscriptions(list, read.subscriptions);
	});
	if (!changed.ok) return changed;
	const added = changed.subscriptions.length - before;
	const already = read.subscriptions.length - added;
	return {ok: true, lines: [`imported ${plural(added, 'feed')}${already > 0 ? ` (${already} already subscribed)` : ''} from ${file}`], notices: []};
}

/** `--export`: the subscriptions as OPML 2.0. */
export function exportSubscriptions(): Outcome {
	const read = readSubscriptions(storePaths().subscriptions);
	return read.ok ? {ok: true, lines: [opmlFromSubscriptions(read.subscriptions).trimEnd()], notices: []} : read;
}

/** `--unsubscribe URL|TITLE`. Its cached items stay: starred ones are kept for ever. */
export function unsubscribe(which: string): Outcome {
	let gone: Subscription[] = [];
	const changed = changeSubscriptions(storePaths().subscriptions, list => {
		gone = findSubscriptions(list, which);
		return list.filter(subscription => !gone.includes(subscription));
	});
	if (!changed.ok) return changed;
	if (gone.length === 0) return {ok: false, error: `${which}: not subscribed (see --export for the list)`};
	return {ok: true, lines: gone.map(subscription => `unsubscribed from ${subscription.title} (${subscription.url})`), notices: []};
}

/** A cached item as the reader shows it: with its full article when one was fetched, and its feed as source. */
const shown = (article: Article, full: Article | undefined, feedTitle: string): Article => {
	const chosen = full ?? article;
	return (chosen as {source?: string | null}).source ? chosen : ({...chosen, source: feedTitle} as Article);
};

/** `--feeds` at once: every subscription's cached items, grouped by feed in subscription order, newest first. */
export function cachedFeedArticles(subscriptions: readonly Subscription[]): {articles: Article[]; notices: string[]} {
	const folder = storePaths().feeds;
	const articles: Article[] = [];
	const notices: string[] = [];
	for (const subscription of subscriptions) {
		const {feed, notice} = readFeed(folder, subscription.url);
		if (notice) notices.push(notice);
		for (const item of feed?.items ?? []) articles.push(shown(item.article, item.full, subscription.title));
	}
	return {articles, notices};
}

/** `--starred`: the starred articles, most recently starred first: files read again, feed items from the cache. */
export function starredArticles(): {ok: true; articles: Article[]; notices: string[]} | {ok: false; error: string} {
	const paths = storePaths();
	const {marks, notices} = openMarkStore(paths.marks).load();
	const starred = marks.starred();
	if (starred.length === 0) return {ok: false, error: 'no starred articles yet (press * in the reader to star one)'};
	const items = new Map<string, Article>();
	const feeds = readAllFeeds(paths.feeds);
	for (const notice of feeds.notices) notices.push(notice);
	for (const feed of feeds.feeds) for (const item of feed.items) items.set(item.key, shown(item.article, item.full, feed.title));
	const articles: Article[] = [];
	for (const key of starred) {
		const item = items.get(key);
		if (item) {
			articles.push(item);
			continue;
		}
		// A file's key is its path; an item of a feed file's is the path, '#' and its headline.
		const file = existsSync(key) || !key.includes('#') ? key : key.slice(0, key.lastIndexOf('#'));
		if (isWebAddress(file)) {
			notices.push(`${key}: starred, but no longer in the cache`);
			continue;
		}
		const loaded = loadPaths([file], () => new Uint8Array());
		if (!loaded.ok) notices.push(`starred, but ${loaded.error}`);
		else for (const article of loaded.articles) if (articleKey(article) === key) articles.push(article);
	}
	if (articles.length === 0) return {ok: false, error: `none of the ${plural(starred.length, 'starred article')} can be opened`};
	return {ok: true, articles, notices};
}

/** `--subscribe URL…`: each is fetched and must be a feed; its items go to the cache at once. */
async function subscribe(urls: readonly string[]): Promise<Outcome & {exitCode?: number}> {
	const {refreshFeed} = await import('./core/follow/index.js');
	const file = storePaths().subscriptions;
	const read = readSubscriptions(file);
	if (!read.ok) return read;
	const lines: string[] = [];
	const notices: string[] = [];
	for (const url of urls) {
		if (!isWebAddress(url)) {
			notices.push(`${url}: not an http or https address`);
			continue;
		}
		const known = read.subscriptions.find(subscription => subscription.url === url);
		if (known) {
			lines.push(`already subscribed to ${known.title}`);
			continue;
		}
		const checked = await refreshFeed({url, title: url, folder: []}, storePaths(), {keepFailure: false});
		if (!checked.ok) {
			notices.push(`${url}: ${checked.error}`);
			continue;
		}
		const changed = changeSubscriptions(file, list => addSubscriptions(list, [{url, title: checked.title, folder: []}]));
		if (!changed.ok) return changed;
		lines.push(`subscribed to ${checked.title}: ${plural(checked.items, 'item')}`);
	}
	return {ok: true, lines, notices, exitCode: notices.length > 0 ? 1 : 0};
}

/** `--refresh`: every subscription fetched, a line for each as it ends; exit 1 when any failed. */
async function refresh(): Promise<Outcome & {exitCode?: number}> {
	const read = readSubscriptions(storePaths().subscriptions);
	if (!read.ok) return read;
	if (read.subscriptions.length === 0) return {ok: false, error: 'no subscriptions yet (news-tui --subscribe URL, or --import FILE.opml)'};
	const {refreshAll, refreshLine} = await import('./core/follow/index.js');
	// Lines are printed in the subscriptions' order once all are in, so a cron mail reads the same each day.
	const refreshed = await refreshAll(read.subscriptions);
	return {ok: true, lines: refreshed.map(refreshLine), notices: [], exitCode: refreshed.every(feed => feed.ok) ? 0 : 1};
}

export type Command = 'subscribe' | 'unsubscribe' | 'import' | 'export' | 'refresh';

/** Runs a subscription command; `exitCode` 1 when some feeds failed (--refresh). */
export async function followCommand(
	command: Command,
	options: {input: string[]; unsubscribe?: string; import?: string},
): Promise<(Outcome & {exitCode?: number}) | {ok: false; error: string}> {
	switch (command) {
		case 'import':
			return importSubscriptions(options.import!);
		case 'export':
			return exportSubscriptions();
		case 'unsubscribe':
			return unsubscribe(options.unsubscribe!);
		case 'subscribe':
			return subscribe(options.input);
		case 'refresh':
			return refresh();
	}
}

type Followed = {ok: true; articles: Article[]; notices: string[]; subscriptions?: Subscription[]} | {ok: false; error: string};

/** The articles `--feeds` or `--starred` open; `--feeds` also gives the subscriptions, to refresh them. */
export function followedArticles(which: 'feeds' | 'starred'): Followed {
	if (which === 'starred') return starredArticles();
	const read = readSubscriptions(storePaths().subscriptions);
	if (!read.ok) return read;
	if (read.subscriptions.length === 0) return {ok: false, error: 'no subscriptions yet (news-tui --subscribe URL, or --import FILE.opml)'};
	const cached = cachedFeedArticles(read.subscriptions);
	// An empty cache still opens the reader when it is at a terminal: the refresh fills it.
	return {ok: true, ...cached, subscriptions: read.subscriptions};
}

/** `--feeds` with nothing cached yet: every feed fetched first; what failed is said in the notices. */
export async function refreshedFeedArticles(subscriptions: readonly Subscription[]): Promise<{articles: Article[]; notices: string[]}> {
	const {refreshAll, refreshLine} = await import('./core/follow/index.js');
	const failed = (await refreshAll(subscriptions)).filter(feed => !feed.ok).map(refreshLine);
	const cached = cachedFeedArticles(subscriptions);
	return {articles: cached.articles, notices: [...cached.notices, ...failed]};
}

/** `--feeds`' refresh behind the reader: each feed, as it ends, with its cached items as the reader shows them. */
export function feedRefresher(subscriptions: readonly Subscription[]): FeedRefresher {
	return {
		total: subscriptions.length,
		async run(onFeed: (outcome: FeedOutcome) => void, signal: AbortSignal) {
			const {refreshAll} = await import('./core/follow/index.js');
			const folder = storePaths().feeds;
			await refreshAll(
				subscriptions,
				refreshed => {
					const {feed} = readFeed(folder, refreshed.subscription.url);
					const articles = (feed?.items ?? []).map(item => shown(item.article, item.full, refreshed.subscription.title));
					onFeed({title: refreshed.title, ok: refreshed.ok, ...(refreshed.error ? {error: refreshed.error} : {}), articles});
				},
				storePaths(),
				signal,
			);
		},
	};
}

/** A full article the reader fetched for a cached summary item is kept with the item, to read offline. */
export function cacheFullText(item: Article, full: Article): void {
	const key = articleKey(item);
	if (!isWebAddress(item.file) || key === undefined) return;
	changeFeed(storePaths().feeds, item.file, feed =>
		feed?.items.some(cached => cached.key === key && !cached.full)
			? {...feed, items: feed.items.map(cached => (cached.key === key && !cached.full ? {...cached, full} : cached))}
			: feed,
	);
}
