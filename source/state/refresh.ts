// `--feeds` refreshes the subscriptions behind the reader: the status line says how far it has got
// and how many items are new, and the new items join the list without moving what is being read.
// Joined articles go after those already loaded, so every index the reader holds (the article on
// screen, marks, search results, People) stays true; the list shows them first in their feed.
import type {Article} from '../core/article.js';
import type {Position} from '../core/layout.js';
import {articleKey} from '../core/store/article-key.js';
import {listOrder} from './article-list.js';
import type {ReaderState} from './reader-state.js';

export interface RefreshState {
	/** Feeds to refresh, and refreshed so far. */
	total: number;
	done: number;
	/** Items that joined the list. */
	added: number;
	failed: Array<{title: string; error: string}>;
}

/** Articles to join, with what the store remembers of each. */
export interface Joined {
	articles: readonly Article[];
	read: readonly boolean[];
	starred: readonly boolean[];
	positions: readonly Position[];
}

export interface FeedDone {
	title: string;
	ok: boolean;
	error?: string;
}

export const NOTHING_JOINED: Joined = {articles: [], read: [], starred: [], positions: []};

/** A refresh of `total` feeds begins; of none, whatever was under way is over. */
export function startRefresh(state: ReaderState, total: number): ReaderState {
	return total > 0 ? {...state, refresh: {total, done: 0, added: 0, failed: []}} : {...state, refresh: undefined};
}

/** Indexes of the `candidates` not in `list` (by article key), each key once. */
export function notInList(list: readonly Article[], candidates: readonly Article[]): number[] {
	const known = new Set(list.map(articleKey));
	const fresh: number[] = [];
	candidates.forEach((article, index) => {
		const key = articleKey(article);
		if (key === undefined || known.has(key)) return;
		known.add(key);
		fresh.push(index);
	});
	return fresh;
}

/** Appends the articles not already in the list; the list's cursor stays on the article it was on. */
export function joinArticles(state: ReaderState, joined: Joined): ReaderState {
	const fresh = notInList(state.articles, joined.articles);
	if (fresh.length === 0) return state;
	const joins = [...state.joins, state.articles.length];
	const articles = [...state.articles, ...fresh.map(index => joined.articles[index]!)];
	const cursorOn = listOrder(state.articles, state.listFilter, state.joins)[state.listCursor];
	const order = listOrder(articles, state.listFilter, joins);
	return {
		...state,
		articles,
		joins,
		read: [...state.read, ...fresh.map(index => joined.read[index] ?? false)],
		starred: [...state.starred, ...fresh.map(index => joined.starred[index] ?? false)],
		positions: [...state.positions, ...fresh.map(index => joined.positions[index] ?? {paragraph: 0, offset: 0})],
		listCursor: cursorOn === undefined ? state.listCursor : Math.max(0, order.indexOf(cursorOn)),
	};
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What the status line says once every feed is in: `3 new`, and which feeds failed and why. */
export function refreshSummary({total, added, failed}: RefreshState): string {
	const failures = failed.map(({title, error}) => `${title} (${error})`).join(', ');
	if (failed.length === total) return `no feed could be refreshed: ${failures}`;
	const news = `feeds refreshed: ${added} new`;
	return failed.length === 0 ? news : `${news} · ${plural(failed.length, 'feed')} failed: ${failures}`;
}

/** While feeds are being refreshed: `refreshing feeds 3/12 · 5 new`. */
export function refreshProgress(refresh: RefreshState | undefined): string | undefined {
	if (!refresh) return undefined;
	return `refreshing feeds ${refresh.done}/${refresh.total}${refresh.added > 0 ? ` · ${refresh.added} new` : ''}`;
}

/** Feeds that ended: their items join, and when the last one is in, the summary is said. */
export function feedsRefreshed(state: ReaderState, feeds: readonly FeedDone[], joined: Joined): ReaderState {
	const was = state.refresh ?? {total: feeds.length, done: 0, added: 0, failed: []};
	const next = joinArticles(state, joined);
	const failed = feeds.filter(feed => !feed.ok).map(feed => ({title: feed.title, error: feed.error ?? 'failed'}));
	const refresh: RefreshState = {
		total: was.total,
		done: was.done + feeds.length,
		added: was.added + next.articles.length - state.articles.length,
		failed: [...was.failed, ...failed],
	};
	if (refresh.done < refresh.total) return {...next, refresh};
	return {...next, refresh: undefined, notice: refreshSummary(refresh)};
}
