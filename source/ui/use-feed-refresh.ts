// `--feeds`: the subscriptions are refreshed behind the reader once it is on the screen. Feeds that
// end close together are handed to the reader as one action (one redraw, one read of the marks).
import {useEffect, useRef, type Dispatch} from 'react';
import type {Article} from '../core/article.js';
import type {Memory} from '../core/store/memory.js';
import type {Action} from '../state/reader.js';
import {notInList, type FeedDone} from '../state/refresh.js';

/** A feed refreshed: how it went, and every item its cache now holds, as the reader shows them. */
export interface FeedOutcome extends FeedDone {
	articles: readonly Article[];
}

export interface FeedRefresher {
	/** How many feeds it refreshes. */
	total: number;
	/** Calls `onFeed` as each feed ends; rejects once `signal` aborts. */
	run(onFeed: (outcome: FeedOutcome) => void, signal: AbortSignal): Promise<void>;
}

// Each hand-over makes the search index and the people start again over the grown list: feeds that
// end within a second of each other join together.
const GATHER_MS = 1000;

export function useFeedRefresh(refresher: FeedRefresher | undefined, articles: readonly Article[], memory: Memory | undefined, dispatch: Dispatch<Action>): void {
	const latest = useRef(articles);
	latest.current = articles;
	useEffect(() => {
		if (!refresher) return;
		const stop = new AbortController();
		let ended: FeedOutcome[] = [];
		let timer: NodeJS.Timeout | undefined;
		const handOver = () => {
			timer = undefined;
			const feeds = ended;
			ended = [];
			const candidates = feeds.flatMap(feed => feed.articles);
			const fresh = notInList(latest.current, candidates).map(index => candidates[index]!);
			// An item new to this list may have been read elsewhere (another reader, on another day).
			const marks = fresh.length > 0 ? memory?.remember(fresh) : undefined;
			dispatch({
				type: 'feedsRefreshed',
				feeds: feeds.map(({title, ok, error}) => ({title, ok, ...(error === undefined ? {} : {error})})),
				joined: {
					articles: fresh,
					read: marks?.read ?? fresh.map(() => false),
					starred: marks?.starred ?? fresh.map(() => false),
					positions: marks?.positions ?? fresh.map(() => ({paragraph: 0, offset: 0})),
				},
			});
		};
		dispatch({type: 'refreshing', feeds: refresher.total});
		refresher
			.run(outcome => {
				ended.push(outcome);
				timer ??= setTimeout(handOver, GATHER_MS);
			}, stop.signal)
			.catch((error: unknown) => {
				if (stop.signal.aborted) return;
				dispatch({type: 'refreshing', feeds: 0});
				dispatch({type: 'notice', text: `the refresh stopped: ${(error as Error).message}`});
			});
		return () => {
			stop.abort();
			clearTimeout(timer);
		};
	}, [refresher, memory, dispatch]);
}
