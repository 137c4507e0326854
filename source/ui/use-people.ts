// Everyone quoted across the loaded articles, learnt from the search index's pass over every
// article's quotes (one extraction serves both): the people found so far are handed to the reader
// once all are in, and while the People view is open about once a second to show how far it has
// got — less often when settling them takes long, so the reader never spends much of its time on it.
import {useCallback, useEffect, useMemo, useRef} from 'react';
import type {Article} from '../core/article.js';
import {PeopleBuilder, peopleFilter} from '../core/people/index.js';
import type {ArticleQuotes} from '../core/quotes/types.js';
import type {PeopleDirectory} from '../state/people.js';

const SHOWN_EVERY_MS = 1000;
// At most a twentieth of the time goes to showing the people found so far.
const SHARE_OF_TIME = 20;

/** Returns what the search index's pass calls with each article's quotes. */
export function usePeople(articles: readonly Article[], shown: boolean, publish: (directory: PeopleDirectory) => void): (article: number, quotes: ArticleQuotes) => void {
	const builder = useMemo(() => new PeopleBuilder(), [articles]);
	const published = useRef({articles: -1, at: -Infinity, cost: 0});
	const shownNow = useRef(shown);
	shownNow.current = shown;

	const publishNow = useCallback(() => {
		const started = performance.now();
		const {people, mentions} = builder.people();
		const filter = peopleFilter(people);
		published.current = {articles: builder.articles, at: performance.now(), cost: performance.now() - started};
		publish({people, mentions, filter, progress: Math.floor((builder.articles / Math.max(1, articles.length)) * 100)});
	}, [builder, articles, publish]);

	// Opened part way, the view shows at once what is found so far.
	useEffect(() => {
		if (shown && builder.articles > 0 && builder.articles !== published.current.articles) publishNow();
	}, [shown, builder, publishNow]);

	return useCallback(
		(article: number, quotes: ArticleQuotes) => {
			builder.add(article, articles[article]!, quotes);
			const done = builder.articles === articles.length;
			const {at, cost} = published.current;
			if (done || (shownNow.current && performance.now() - at >= Math.max(SHOWN_EVERY_MS, cost * SHARE_OF_TIME))) publishNow();
		},
		[builder, articles, publishNow],
	);
}
