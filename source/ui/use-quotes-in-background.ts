// A long article's quotes are found off the main thread (state/article-quotes.ts); the reader is
// drawn again when they come.
import {useEffect, useReducer} from 'react';
import type {Article} from '../core/article.js';
import {findQuotesInBackground} from '../state/article-quotes.js';

export function useQuotesInBackground(article: Article, wanted: boolean): void {
	const [, redraw] = useReducer((count: number) => count + 1, 0);
	useEffect(() => {
		if (!wanted) return;
		let current = true;
		void findQuotesInBackground(article).then(() => {
			if (current) redraw();
		});
		return () => {
			current = false;
		};
	}, [article, wanted]);
}
