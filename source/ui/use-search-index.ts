// The search index of the loaded articles, built after the first frame in slices, then taught every
// article's speakers in slices while no one is typing. Progress redraws the reader only while the
// search line shows it; otherwise the reader is left alone.
import {useEffect, useReducer, useRef, type RefObject} from 'react';
import type {Article} from '../core/article.js';
import type {ArticleQuotes} from '../core/quotes/types.js';
import {addArticleSpeakers, addSpeakersInSlices, buildSearchIndexInSlices, type SearchIndex} from '../core/search/index.js';
import {findQuotesInBackground, quotesInPassing} from '../state/article-quotes.js';

export interface SearchIndexProgress {
	/** Undefined until built. */
	index?: SearchIndex;
	/** Whole percent of the index built, and of the articles whose speakers are in. */
	indexed: number;
	speakers: number;
}

// Finding quotes in a long article takes tens of milliseconds: not while someone types.
const IDLE_AFTER_KEY_MS = 400;

const nextTurn = (): Promise<void> => new Promise(resolve => setImmediate(resolve));
const percent = (share: number): number => Math.floor(share * 100);

/**
 * `lastKeyAt` is when a key was last pressed (performance.now()); `shown` is whether progress is on
 * screen; `onQuotes` is given each article's quotes as the pass finds them (for the people).
 */
export function useSearchIndex(
	articles: readonly Article[],
	lastKeyAt: RefObject<number>,
	shown: boolean,
	onQuotes?: (article: number, quotes: ArticleQuotes) => void,
): SearchIndexProgress {
	const progress = useRef<SearchIndexProgress>({indexed: 0, speakers: 0});
	const shownNow = useRef(shown);
	shownNow.current = shown;
	const onQuotesNow = useRef(onQuotes);
	onQuotesNow.current = onQuotes;
	const [, redraw] = useReducer((count: number) => count + 1, 0);

	useEffect(() => {
		const stop = new AbortController();
		const {signal} = stop;
		const update = (change: Partial<SearchIndexProgress>): void => {
			const before = progress.current;
			progress.current = {...before, ...change};
			const changed = progress.current.index !== before.index || progress.current.indexed !== before.indexed || progress.current.speakers !== before.speakers;
			if (changed && shownNow.current && !signal.aborted) redraw();
		};
		const whenIdle = (): Promise<void> =>
			new Promise(resolve => {
				const check = (): void => {
					const wait = lastKeyAt.current + IDLE_AFTER_KEY_MS - performance.now();
					if (wait <= 0 || signal.aborted) resolve();
					else setTimeout(check, wait);
				};
				check();
			});
		const run = async (): Promise<void> => {
			// The first frame is drawn before any of this work starts.
			await nextTurn();
			const index = await buildSearchIndexInSlices(articles, {signal, onProgress: done => update({indexed: percent(done)})});
			update({index});
			const quotesOf = (article: number): ArticleQuotes | undefined => {
				const quotes = quotesInPassing(articles[article]!);
				if (quotes) onQuotesNow.current?.(article, quotes);
				return quotes;
			};
			const onProgress = (): void => update({speakers: percent(index.speakers.addedCount / Math.max(1, articles.length))});
			await addSpeakersInSlices(index, quotesOf, {signal, whenIdle, onProgress});
			// Long articles' speakers come as their quotes are found off the main thread.
			for (let article = 0; article < articles.length; article++) {
				if (index.speakers.added[article]) continue;
				const quotes = await findQuotesInBackground(articles[article]!);
				signal.throwIfAborted();
				onQuotesNow.current?.(article, quotes);
				addArticleSpeakers(index, article, quotes);
				onProgress();
			}
		};
		run().catch((error: unknown) => {
			if (!signal.aborted) throw error;
		});
		return () => stop.abort();
	}, [articles, lastKeyAt]);

	return progress.current;
}
