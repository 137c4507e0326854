// The reader's screen: keys become actions for the pure reducer, and its state becomes the text
// column and the side panel (or an overlay) above the status line.
import {useCallback, useMemo, useReducer} from 'react';
import {Box, useApp, useInput, useStdout, type Key} from 'ink';
import type {Article} from './core/article.js';
import {quotesOf} from './state/article-quotes.js';
import {commandFor} from './state/keys.js';
import {articleMarks, marksByParagraph} from './state/marks.js';
import {geometryOf, initialState, layoutOf, panelPlace, reduce, topLine} from './state/reader.js';
import {statusOf} from './state/status.js';
import {ArticleList} from './ui/ArticleList.js';
import {Help} from './ui/Help.js';
import {keyNames} from './ui/key-names.js';
import {Pager} from './ui/Pager.js';
import {SidePanel} from './ui/SidePanel.js';
import {quoteMarks} from './ui/speaker-style.js';
import {StatusBar} from './ui/StatusBar.js';
import {TooSmall} from './ui/TooSmall.js';
import {terminalSize, useResize, type Size} from './ui/use-terminal-size.js';

export interface AppProps {
	articles: readonly Article[];
	/** False under NO_COLOR. */
	color: boolean;
}

export function App({articles, color}: AppProps) {
	const {exit} = useApp();
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(reduce, stdout, () => {
		const {columns, rows} = terminalSize(stdout);
		return initialState(articles, columns, rows);
	});
	useResize(useCallback((size: Size) => dispatch({type: 'resize', ...size}), []));

	const onInput = useCallback(
		(input: string, key: Key) => {
			for (const name of keyNames(input, key)) {
				const command = commandFor(name);
				if (command === 'quit') return exit();
				if (command) dispatch({type: 'command', command});
			}
		},
		[exit],
	);
	useInput(onInput);

	const article = articles[state.article]!;
	const quotes = quotesOf(article);
	const {highlighted} = state.panel;
	const marks = useMemo(
		() => marksByParagraph([...articleMarks(article), ...quoteMarks(quotes, highlighted, !color)]),
		[article, quotes, highlighted, color],
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
	return (
		<Box flexDirection="column" width={state.columns}>
			{state.overlay === 'help' ? (
				<Help top={state.helpTop} height={height} />
			) : state.overlay === 'list' ? (
				<ArticleList articles={articles} cursor={state.listCursor} height={height} />
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
			<StatusBar status={statusOf(state)} width={state.columns} />
		</Box>
	);
}
