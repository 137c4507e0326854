// The People view: everyone quoted across the loaded articles, one row each, narrowed as a name is
// typed; or one person's quotes grouped by article. Props in, boxes out; only the rows in view are drawn.
import {Box, Text} from 'ink';
import type {Article} from '../core/article.js';
import displayWidth from '../core/display-width.js';
import {fitWidth} from '../core/fit.js';
import {articleDate, type Person} from '../core/people/index.js';
import type {QuoteKind, SpeakerKind} from '../core/quotes/types.js';
import {ROW_INDENT, quoteLines} from '../state/panel.js';
import {itemHeight, LIST_HEADER_ROWS, QUOTES_HEADER_ROWS, type PeopleState, type QuoteList} from '../state/people.js';

export interface PeopleProps {
	state: PeopleState;
	articles: readonly Article[];
	/** The view's room: its width inside the margin, and the pager's height. */
	width: number;
	height: number;
	color: boolean;
}

interface Line {
	text: string;
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
	accent?: boolean;
}

const KIND_LABEL: Record<SpeakerKind, string> = {person: 'person', organization: 'org', unknown: '—'};
const QUOTE_KIND: Record<QuoteKind, string> = {direct: 'direct', partial: 'partial', headline: 'headline', indirect: 'reported'};
const CURSOR_MARK = '›';
// Columns beside the name and title: kind, quotes, articles, and the gaps between.
const KIND_WIDTH = 6;
const QUOTES_WIDTH = 6;
const ARTICLES_WIDTH = 8;
const GAP = '  ';
// Narrower than this, the title column gives way to the name.
const TITLE_FROM = 30;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const padEnd = (text: string, width: number): string => {
	const fitted = fitWidth(text, width);
	return fitted + ' '.repeat(Math.max(0, width - displayWidth(fitted)));
};
const padStart = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

function columns(width: number): {name: number; title: number} {
	const room = width - 2 - KIND_WIDTH - QUOTES_WIDTH - ARTICLES_WIDTH - 4 * GAP.length;
	if (room < TITLE_FROM) return {name: Math.max(1, room + GAP.length), title: 0};
	// Wide screens give each column what a long name or title needs, and leave the rest empty.
	const title = Math.min(Math.floor(room / 2), 50);
	return {name: Math.min(room - title, 44), title};
}

function row(cells: {mark: string; name: string; title: string; kind: string; quotes: string; articles: string}, width: number): string {
	const {name, title} = columns(width);
	const titleCell = title > 0 ? padEnd(cells.title, title) + GAP : '';
	return fitWidth(`${cells.mark}${padEnd(cells.name, name)}${GAP}${titleCell}${padEnd(cells.kind, KIND_WIDTH)}${GAP}${padStart(cells.quotes, QUOTES_WIDTH)}${GAP}${padStart(cells.articles, ARTICLES_WIDTH)}`, width);
}

function describe(person: Person, articles: readonly Article[]): string {
	if (person.title) return person.title;
	// A description stays with its article: that is what tells one `officials` from another.
	return person.described ? `in ${articles[person.articles[0]!.article]!.title}` : '';
}

function listLines(state: PeopleState, articles: readonly Article[], width: number, height: number): Line[] {
	const {directory, rows, cursor, query} = state;
	const progress = directory ? directory.progress : 0;
	const found = directory ? plural(directory.people.length, 'person').replace(/persons$/u, 'people') : '';
	const heading = progress < 100 ? `People · finding who is quoted ${progress}%${found ? ` · ${found} so far` : ''}` : `People · ${found}`;
	const count = query && directory ? ` (${rows.length} of ${directory.people.length})` : '';
	const lines: Line[] = [
		{text: fitWidth(heading, width), bold: true, accent: true},
		query ? {text: fitWidth(`Filter: ${query}${count}`, width)} : {text: fitWidth('Type a name to filter; Enter lists their quotes', width), dim: true},
		{text: row({mark: '  ', name: 'Name', title: 'Title or description', kind: 'Kind', quotes: 'Quotes', articles: 'Articles'}, width), dim: true},
	];
	if (directory && rows.length === 0) lines.push({text: fitWidth(query ? `No one quoted matches “${query}”` : 'No one is quoted in these articles', width), dim: true});
	const bodyHeight = Math.max(1, height - LIST_HEADER_ROWS);
	const top = Math.max(0, Math.min(state.top, rows.length - bodyHeight));
	for (let index = top; index < Math.min(rows.length, top + bodyHeight); index++) {
		const person = directory!.people[rows[index]!]!;
		const chosen = index === cursor;
		lines.push({
			text: row({mark: chosen ? `${CURSOR_MARK} ` : '  ', name: person.name, title: describe(person, articles), kind: KIND_LABEL[person.kind], quotes: String(person.quotes), articles: String(person.articles.length)}, width),
			inverse: chosen,
			dim: person.described && !chosen,
		});
	}
	return lines;
}

const isoDate = (time: number | undefined): string => (time === undefined ? '' : new Date(time).toISOString().slice(0, 10));

// A file's place is told by its folder and name; the rest of a long path says little here.
const shortFile = (file: string): string => file.split('/').slice(-2).join('/');

function articleLine(article: Article & {source?: string | null}, width: number): Line {
	const about = [isoDate(articleDate(article)), article.source ?? shortFile(article.file)].filter(Boolean).join(' · ');
	const title = fitWidth(article.title, Math.max(1, width - Math.min(displayWidth(about), Math.floor(width / 2)) - 3));
	return {text: fitWidth(`${title} · ${about}`, width), bold: true};
}

function quotesLines(list: QuoteList, articles: readonly Article[], width: number, height: number): Line[] {
	const {person} = list;
	const about = [person.title, KIND_LABEL[person.kind] === '—' ? '' : KIND_LABEL[person.kind], `${plural(person.quotes, 'quote')} in ${plural(person.articles.length, 'article')}`].filter(Boolean).join(' · ');
	const lines: Line[] = [
		{text: fitWidth(`${person.name} · ${about}`, width), bold: true, accent: true},
		{text: fitWidth(person.aliases.length > 0 ? `also: ${person.aliases.join('; ')}` : '', width), dim: true},
	];
	const bodyHeight = Math.max(1, height - QUOTES_HEADER_ROWS);
	const chosen = list.quotes[list.cursor];
	let used = 0;
	for (let index = list.top; index < list.items.length && used < bodyHeight; index++) {
		const item = list.items[index]!;
		used += itemHeight(item, width);
		if (item.kind === 'article') {
			lines.push(articleLine(articles[item.article]!, width));
			continue;
		}
		const cursor = index === chosen;
		quoteLines(item.quote, width).forEach((text, line) => {
			lines.push({text: `${cursor && line === 0 ? CURSOR_MARK : ' '}${' '.repeat(ROW_INDENT - 1)}${text}`, inverse: cursor});
		});
		const meta = [QUOTE_KIND[item.quote.kind], item.quote.via ? `via ${item.quote.via}` : '', `paragraph ${item.quote.paragraph}`].filter(Boolean).join(' · ');
		lines.push({text: ' '.repeat(ROW_INDENT) + fitWidth(meta, width - ROW_INDENT), dim: true});
	}
	return lines.slice(0, height);
}

export function People({state, articles, width, height, color}: PeopleProps) {
	const lines = state.list ? quotesLines(state.list, articles, width, height) : listLines(state, articles, width, height);
	return (
		<Box flexDirection="column" height={height} paddingLeft={1}>
			{lines.slice(0, height).map((line, index) => (
				<Text key={index} wrap="truncate-end" bold={line.bold} dimColor={line.dim} inverse={line.inverse} color={color && line.accent ? 'cyan' : undefined}>
					{line.text || ' '}
				</Text>
			))}
		</Box>
	);
}
