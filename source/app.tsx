// The reader's screen: keys become actions for the pure reducer, and its state becomes the text
// column and the side panel (or an overlay, or search results) above the search line and the
// status line. The search index is built here, after the first frame, and asked as the query changes.
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import {Box, useApp, useInput, useStdout, type Key} from 'ink';
import type {Article} from './core/article.js';
import type {Memory, Remembered} from './core/store/memory.js';
import {searchIndex, type SearchResults as Results} from './core/search/index.js';
import {knownQuotes} from './state/article-quotes.js';
import {listView} from './state/article-list.js';
import {articleMarks, marksByParagraph} from './state/marks.js';
import {searchResultsAsPeople, SPEAKERS_SEARCHED, type PeopleDirectory} from './state/people.js';
import {geometryOf, initialState, layoutOf, panelPlace, PEOPLE_MARGIN, reduce, topLine} from './state/reader.js';
import {searchMarks} from './state/search.js';
import {statusOf} from './state/status.js';
import {ArticleList} from './ui/ArticleList.js';
import {Help} from './ui/Help.js';
import {keyNames} from './ui/key-names.js';
import {Pager} from './ui/Pager.js';
import {People} from './ui/People.js';
import {SearchBar} from './ui/SearchBar.js';
import {SearchResults} from './ui/SearchResults.js';
import {SidePanel} from './ui/SidePanel.js';
import {quoteMarks} from './ui/speaker-style.js';
import {StatusBar} from './ui/StatusBar.js';
import {TooSmall} from './ui/TooSmall.js';
import {openInBrowser} from './ui/open-in-browser.js';
import {useFeedRefresh, type FeedRefresher} from './ui/use-feed-refresh.js';
import {useFullText, type FetchFullText} from './ui/use-full-text.js';
import {useOpenLink, type OpenLink} from './ui/use-open-link.js';
import {useLayoutInSlices} from './ui/use-layout-in-slices.js';
import {useMemory} from './ui/use-memory.js';
import {usePeople} from './ui/use-people.js';
import {useQuotesInBackground} from './ui/use-quotes-in-background.js';
import {useSearchIndex} from './ui/use-search-index.js';
import {terminalSize, useResize, type Size} from './ui/use-terminal-size.js';

export interface AppProps {
	articles: readonly Article[];
	/** False under NO_COLOR. */
	color: boolean;
	/** Opens with the search line showing this query's results (`--search`). */
	search?: string;
	/** The store's memory of these articles: where the reader was, their marks; written back as they change. */
	memory?: Memory;
	/** What `memory` remembered of `articles`, read before the first frame. */
	remembered?: Remembered;
	/** Told each problem writing the memory (a full disk), to say once the terminal is back. */
	onProblem?: (line: string) => void;
	/** Fetches a summary-only feed item's full article when it is opened (core/sources/). */
	fetchFullText?: FetchFullText;
	/** Opens a link in the browser (`o`); resolves to what went wrong, if anything. */
	openLink?: OpenLink;
	/** Refreshes the subscriptions behind the reader (`--feeds`): their new items join the list. */
	refreshFeeds?: FeedRefresher;
}

/** The results to draw: the answer for the query, or while it is awaited the last one, so typing never blanks the list. */
function useShownResults(editing: boolean, results: Results | undefined): Results | undefined {
	const last = useRef<Results | undefined>(undefined);
	if (!editing) last.current = undefined;
	else if (results) last.current = results;
	return results ?? last.current;
}

const ignore = () => {};

export function App({articles: loaded, color, search: initialQuery, memory, remembered, onProblem = ignore, fetchFullText, openLink = openInBrowser, refreshFeeds}: AppProps) {
	const {exit} = useApp();
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(reduce, stdout, () => {
		const {columns, rows} = terminalSize(stdout);
		return initialState(loaded, columns, rows, {search: initialQuery, remembered});
	});
	// What the reader holds: full texts in their summaries' places, and the items a refresh brought.
	const {articles} = state;
	useMemory(state, memory, remembered, onProblem);
	useResize(useCallback((size: Size) => dispatch({type: 'resize', ...size}), []));

	const lastKeyAt = useRef(-Infinity);
	const onInput = useCallback((input: string, key: Key) => {
		lastKeyAt.current = performance.now();
		for (const name of keyNames(input, key)) dispatch({type: 'key', key: name});
	}, []);
	useInput(onInput);
	useEffect(() => {
		if (state.quit) exit();
	}, [state.quit, exit]);

	const {search} = state;
	const publishPeople = useCallback((directory: PeopleDirectory) => dispatch({type: 'people', action: {type: 'directory', directory}}), []);
	useFeedRefresh(refreshFeeds, articles, memory, dispatch);
	const peopleQuotes = usePeople(articles, state.overlay === 'people', publishPeople);
	const {index, indexed, speakers} = useSearchIndex(articles, lastKeyAt, search.editing, peopleQuotes);
	// The core answers each new query, and again as more articles' speakers become known.
	// Its speakers become people once those are known (one row for Pelosi, whatever the articles).
	const {directory} = state.people;
	useEffect(() => {
		if (!search.editing || !index || search.query === '') return;
		const results = searchIndex(index, search.query, {speakerLimit: SPEAKERS_SEARCHED});
		dispatch({type: 'search', action: {type: 'results', results: searchResultsAsPeople(results, directory)}});
	}, [index, search.editing, search.query, speakers, directory]);
	const shownResults = useShownResults(search.editing, search.results);

	const article = articles[state.article]!;
	useFullText(article, state.article, dispatch, fetchFullText);
	useOpenLink(state.linkRequests, article.url, dispatch, openLink);
	// Ink's first frame holds the article's quotes: the frame painted before the reader loaded is on the screen meanwhile.
	const quotes = knownQuotes(article);
	useQuotesInBackground(article, !quotes);
	useLayoutInSlices(article, layoutOf(state), () => `${topLine(state)} ${statusOf(state).position}`);
	const {highlighted} = state.panel;
	const {highlighting, matches, current} = search;
	const marks = useMemo(
		() =>
			marksByParagraph([
				...articleMarks(article),
				...(quotes ? quoteMarks(quotes, highlighted, !color) : []),
				...searchMarks({highlighting, matches, current}, state.article),
			]),
		// Only what the marks are made of: typing in the search line leaves the text's marks alone.
		[article, quotes, highlighted, color, highlighting, matches, current, state.article],
	);
	const geometry = geometryOf(state);
	if (geometry.tooSmall) return <TooSmall columns={state.columns} rows={state.rows} />;

	const height = geometry.pagerHeight;
	const place = panelPlace(state);
	const panel = (
		<SidePanel
			quotes={quotes}
			state={state.panel}
			width={geometry.panelWidth}
			height={height}
			focused={state.focus === 'panel'}
			noColor={!color}
		/>
	);
	const listing = search.editing && search.query !== '';
	return (
		<Box flexDirection="column" width={state.columns}>
			{listing ? (
				<SearchResults results={shownResults} articles={articles} selected={search.selected} width={state.columns} height={height} />
			) : state.overlay === 'help' ? (
				<Help top={state.helpTop} height={height} columns={state.columns} />
			) : state.overlay === 'people' ? (
				<People state={state.people} articles={articles} width={state.columns - PEOPLE_MARGIN} height={height} color={color} />
			) : state.overlay === 'list' ? (
				<ArticleList
					articles={state.articles}
					view={listView(state.articles, state.read, state.listFilter, state.joins)}
					read={state.read}
					starred={state.starred}
					cursor={state.listCursor}
					filter={state.listFilter}
					filtering={state.listFiltering}
					height={height}
					columns={state.columns}
				/>
			) : place === 'overlay' ? (
				panel
			) : (
				<Box height={height}>
					<Box width={geometry.textColumn}>
						<Pager
							article={article}
							layout={layoutOf(state)}
							top={topLine(state)}
							height={height}
							indent={geometry.indent}
							marks={marks}
							color={color}
						/>
					</Box>
					{place === 'beside' && panel}
				</Box>
			)}
			{search.editing && (
				<SearchBar
					query={search.query}
					cursor={search.cursor}
					results={shownResults}
					pending={index ? undefined : `indexing ${indexed}%`}
					note={index && speakers < 100 ? `finding speakers ${speakers}%` : undefined}
					width={state.columns}
				/>
			)}
			<StatusBar status={statusOf(state)} width={state.columns} />
		</Box>
	);
}
