// The list of loaded articles to pick one from; the highlighted row follows the cursor.
import {Box, Text} from 'ink';
import type {Article} from '../core/article.js';
import {fitWidth} from '../core/fit.js';

const MARGIN = 1;

export function ArticleList({articles, cursor, height, columns}: {articles: readonly Article[]; cursor: number; height: number; columns: number}) {
	const width = columns - MARGIN;
	const rows = Math.max(0, height - 1);
	// Pages of the list, so the rows stay put while the cursor moves within one.
	const first = Math.min(Math.floor(cursor / Math.max(1, rows)) * rows, Math.max(0, articles.length - rows));
	const number = (index: number): string => String(index + 1).padStart(String(articles.length).length);
	const count = articles.length === 1 ? '1 article' : `${articles.length} articles`;
	return (
		<Box flexDirection="column" height={height} paddingLeft={MARGIN} overflow="hidden">
			<Text bold>{fitWidth(`${count} (Enter opens, Esc closes)`, width)}</Text>
			{articles.slice(first, first + rows).map((article, row) => (
				<Text key={first + row} inverse={first + row === cursor}>
					{fitWidth(`${number(first + row)}  ${article.title}`, width)}
				</Text>
			))}
		</Box>
	);
}
