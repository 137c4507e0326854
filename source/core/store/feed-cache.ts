// Each subscribed feed's items as last fetched, one JSON file per feed in the data folder, so
// `--feeds` opens at once and offline. The validators (ETag, Last-Modified) make the next fetch
// conditional; a failure is kept with the feed it belongs to. Newest 500 items are kept, starred ones always.
import {createHash} from 'node:crypto';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {Article} from '../article.js';
import {parseJson, readOrSetAside, writeFileAtomic, type Parsed} from './atomic-file.js';
import {withLock} from './lock.js';

export const ITEMS_KEPT = 500;

export interface CachedItem {
	/** The item's key for marks (articleKey). */
	key: string;
	/** When this item was first fetched (ms). */
	seen: number;
	article: Article;
	/** The article fetched from the item's link when the feed gave only a summary. */
	full?: Article;
}

export interface CachedFeed {
	url: string;
	title: string;
	etag?: string;
	lastModified?: string;
	/** When the feed was last fetched successfully, and last tried (ms). */
	fetched?: number;
	tried?: number;
	/** What went wrong at the last try, if it did (`HTTP 503`). */
	error?: string;
	/** Newest first. */
	items: CachedItem[];
}

export const emptyFeed = (url: string, title: string): CachedFeed => ({url, title, items: []});

const FILE = /^feed-[0-9a-f]{16}\.json$/;

/** The feed's cache file: named by a hash of its address, which may hold anything. */
export const feedFile = (folder: string, url: string): string =>
	path.join(folder, `feed-${createHash('sha256').update(url).digest('hex').slice(0, 16)}.json`);

function parseFeed(text: string): Parsed<CachedFeed> {
	const parsed = parseJson(text);
	if (!parsed.ok) return parsed;
	const value = parsed.value as {version?: unknown; feed?: CachedFeed};
	const feed = value?.feed;
	if (value?.version !== 1 || typeof feed?.url !== 'string' || !Array.isArray(feed.items)) return {ok: false, reason: 'not a news-tui feed cache file'};
	const items = feed.items.filter(
		item => typeof item?.key === 'string' && typeof item.article?.title === 'string' && Array.isArray(item.article.paragraphs),
	);
	return {ok: true, value: {...feed, title: typeof feed.title === 'string' ? feed.title : feed.url, items}};
}

/** A feed's cache, or undefined when it was never fetched; `notice` when its file had to be set aside. */
export function readFeed(folder: string, url: string): {feed?: CachedFeed; notice?: string} {
	const {value, notice} = readOrSetAside(feedFile(folder, url), parseFeed);
	return {...(value && value.url === url ? {feed: value} : {}), ...(notice ? {notice} : {})};
}

/** Every cached feed (subscribed or not: starred items of a feed given up are kept too). */
export function readAllFeeds(folder: string): {feeds: CachedFeed[]; notices: string[]} {
	let names: string[];
	try {
		names = readdirSync(folder).filter(name => FILE.test(name));
	} catch {
		return {feeds: [], notices: []};
	}
	const feeds: CachedFeed[] = [];
	const notices: string[] = [];
	for (const name of names) {
		const {value, notice} = readOrSetAside(path.join(folder, name), parseFeed);
		if (value) feeds.push(value);
		if (notice) notices.push(notice);
	}
	return {feeds, notices};
}

// Sources' articles carry `published` (ISO 8601) when their feed or page gave a date.
const publishedOf = (article: Article): string | undefined => (article as {published?: string | null}).published ?? undefined;

const time = (item: CachedItem): number => {
	const date = publishedOf(item.article);
	const published = date ? Date.parse(date) : NaN;
	return Number.isNaN(published) ? item.seen : published;
};

/**
 * The cache after a fetch: the fetched items (their text as now served, a full article fetched
 * before kept), then the cached ones the feed no longer lists, newest first; the newest
 * ITEMS_KEPT, and any starred beyond them. `added` counts the items never seen before.
 */
export function mergeItems(
	cached: readonly CachedItem[],
	fetched: readonly CachedItem[],
	starred: (key: string) => boolean,
): {items: CachedItem[]; added: number} {
	const before = new Map(cached.map(item => [item.key, item]));
	const seenNow = new Set<string>();
	const items: CachedItem[] = [];
	let added = 0;
	for (const item of fetched) {
		if (seenNow.has(item.key)) continue;
		seenNow.add(item.key);
		const old = before.get(item.key);
		if (!old) added++;
		items.push(old ? {...item, seen: old.seen, ...(old.full && !item.full ? {full: old.full} : {})} : item);
	}
	for (const item of cached) if (!seenNow.has(item.key)) items.push(item);
	items.sort((a, b) => time(b) - time(a));
	return {items: items.filter((item, index) => index < ITEMS_KEPT || starred(item.key)), added};
}

/**
 * Changes a feed's cache under the folder's lock, from what is on disk at that moment (another
 * process may have refreshed it). A change that gives back the feed as it was (or none) writes nothing.
 */
export function changeFeed<Changed extends CachedFeed | undefined>(
	folder: string,
	url: string,
	change: (feed: CachedFeed | undefined) => Changed,
): {feed: Changed; notice?: string} {
	return withLock(path.join(folder, '.lock'), () => {
		const {feed, notice} = readFeed(folder, url);
		const next = change(feed);
		if (next !== undefined && next !== feed) writeFileAtomic(feedFile(folder, url), JSON.stringify({version: 1, feed: next}));
		return {feed: next, ...(notice ? {notice} : {})};
	});
}
