// The list of loaded articles to pick one from; the highlighted row follows the cursor.
import {Box, Text} from 'ink';
import type {Article} from '../core/article.js';

export function ArticleList({articles, cursor, height}: {articles: readonly Article[]; cursor: number; height: number}) {
	const rows = Math.max(0, height - 1);
	// Pages of the list, so the rows stay put while the cursor moves within one.
	const first = Math.min(Math.floor(cursor / Math.max(1, rows)) * rows, Math.max(0, articles.length - rows));
	const number = (index: number): string => String(index + 1).padStart(String(articles.length).length);
	return (
		<Box flexDirection="column" height={height} paddingLeft={1} overflow="hidden">
			<Text bold>
				{articles.length} articles (Enter opens, Esc closes)
			</Text>
			{articles.slice(first, first + rows).map((article, row) => (
				<Text key={first + row} wrap="truncate" inverse={first + row === cursor}>
					{`${number(first + row)}  ${article.title}`}
				</Text>
			))}
		</Box>
	);
}
