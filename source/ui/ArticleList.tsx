// The article list as an index: a heading (counts, or what is typed to filter), then per article
// its unread mark (N, as newsboat), star, date, source and headline, under a heading per source
// for feeds. The highlighted row follows the cursor.
import {Box, Text} from 'ink';
import type {Article} from '../core/article.js';
import displayWidth from '../core/display-width.js';
import {fitWidth} from '../core/fit.js';
import {dateOf, originOf, type ListView} from '../state/article-list.js';

const MARGIN = 1;
// The source column is at most this wide, and at most a fifth of the screen; narrower, it goes.
const SOURCE_WIDTH = 20;
const SOURCE_MIN_WIDTH = 8;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

interface ArticleListProps {
	articles: readonly Article[];
	view: ListView;
	read: readonly boolean[];
	starred: readonly boolean[];
	/** Index into `view.order`. */
	cursor: number;
	filter: string;
	/** Keys type into the filter (after `/`). */
	filtering: boolean;
	height: number;
	columns: number;
}

function heading({articles, view, read, filter, filtering}: ArticleListProps): string {
	if (filtering) return `/${filter}▏ ${view.order.length} of ${plural(articles.length, 'article')} (type to filter, Esc clears)`;
	const unread = read.filter(done => !done).length;
	return `${plural(articles.length, 'article')}, ${unread} unread (/ filters, Enter opens, Esc closes)`;
}

export function ArticleList(props: ArticleListProps) {
	const {articles, view, read, starred, cursor, height, columns} = props;
	const width = columns - MARGIN;
	const rows = Math.max(0, height - 1);
	const cursorRow = view.rows.findIndex(row => row.kind === 'article' && row.article === view.order[cursor]);
	// Pages of the list, so the rows stay put while the cursor moves within one.
	const first = Math.max(0, Math.min(Math.floor(Math.max(0, cursorRow) / Math.max(1, rows)) * rows, view.rows.length - rows));
	const dated = articles.some(article => dateOf(article) !== undefined);
	const room = Math.min(SOURCE_WIDTH, Math.floor(width / 5));
	const sourceWidth = room < SOURCE_MIN_WIDTH ? 0 : Math.min(room, view.order.slice(0, 1000).reduce((widest, index) => Math.max(widest, displayWidth(originOf(articles[index]!))), 0));
	const line = (index: number): string => {
		const article = articles[index]!;
		const marks = `${read[index] ? ' ' : 'N'}${starred[index] ? '*' : ' '}`;
		const date = dated ? `${dateOf(article) ?? ' '.repeat(10)}  ` : '';
		const source = sourceWidth > 0 ? `${pad(fitWidth(originOf(article), sourceWidth), sourceWidth)}  ` : '';
		return `${marks} ${date}${source}${article.title}`;
	};
	return (
		<Box flexDirection="column" height={height} paddingLeft={MARGIN} overflow="hidden">
			<Text bold>{fitWidth(heading(props), width)}</Text>
			{view.rows.length === 0 && <Text dimColor>{fitWidth('nothing matches', width)}</Text>}
			{view.rows.slice(first, first + rows).map((row, at) =>
				row.kind === 'group' ? (
					<Text key={first + at} bold>
						{fitWidth(`${row.source} (${row.unread} unread of ${row.total})`, width)}
					</Text>
				) : (
					<Text key={first + at} inverse={first + at === cursorRow}>
						{fitWidth(line(row.article), width)}
					</Text>
				),
			)}
		</Box>
	);
}
