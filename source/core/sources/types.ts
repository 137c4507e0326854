// Types shared by the sources' files and their users (subscriptions, the cache, the reader).
import type {Article} from '../article.js';

export interface FetchOptions {
	/** Cancels the request (the reader moving on, the program ending). */
	signal?: AbortSignal;
	/** Validators of a copy already held: a server that still has the same answers 304, `notModified`. */
	etag?: string;
	lastModified?: string;
	/** Defaults: 20 s for the whole exchange, 20 MB of body. */
	timeoutMs?: number;
	maxBytes?: number;
}

export type FetchResult =
	| {ok: true; notModified: false; url: string; contentType?: string; bytes: Uint8Array; etag?: string; lastModified?: string}
	| {ok: true; notModified: true; url: string; etag?: string; lastModified?: string}
	/** `error` is the line to show (`URL: reason`); `reason` the same without the address. */
	| {ok: false; url: string; reason: string; error: string};

/** What kind of document some bytes are, from their content first, then their name or Content-Type. */
export type DocumentKind = 'feed' | 'page' | 'markdown' | 'text';

/** Where some bytes came from: a file's path or the address fetched, and what the server said they are. */
export interface Origin {
	/** The path or the URL as the user gave it: the articles' `file`. */
	file: string;
	/** The address the bytes came from, after redirects: links in them are resolved against it. */
	url?: string;
	contentType?: string;
}

export interface FeedItem {
	/** A stable identity for the item: its guid or id, else its link, else its title. */
	id: string;
	article: Article;
}

export interface Feed {
	title: string | null;
	/** The site the feed is of. */
	link: string | null;
	items: FeedItem[];
}

export type Read<T> = {ok: true; value: T} | {ok: false; error: string};
