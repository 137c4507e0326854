// A summary-only feed item opened in the reader: its full article is fetched from its link (the
// status line says so meanwhile) and takes the summary's place when it comes. Each item is tried
// once; leaving it does not cancel the fetch, quitting does.
import {useEffect, useRef, type Dispatch} from 'react';
import type {Article} from '../core/article.js';
import type {Action} from '../state/reader.js';

export type FetchFullText = (article: Article, signal: AbortSignal) => Promise<{ok: true; value: Article} | {ok: false; error: string}>;

export function useFullText(article: Article, index: number, dispatch: Dispatch<Action>, fetchFullText: FetchFullText | undefined): void {
	const tried = useRef(new WeakSet<Article>());
	const stop = useRef(new AbortController());
	useEffect(() => () => stop.current.abort(), []);
	useEffect(() => {
		if (!fetchFullText || !article.summaryOnly || !article.url || tried.current.has(article)) return;
		tried.current.add(article);
		dispatch({type: 'fetchingFullText', article: index});
		void fetchFullText(article, stop.current.signal).then(read => {
			if (stop.current.signal.aborted) return;
			// The reason without the address the error line starts with: the status line is short.
			if (read.ok) dispatch({type: 'fullText', article: index, full: read.value});
			else dispatch({type: 'fullText', article: index, error: read.error.startsWith(`${article.url}: `) ? read.error.slice(article.url!.length + 2) : read.error});
		});
	}, [article, index, dispatch, fetchFullText]);
}
