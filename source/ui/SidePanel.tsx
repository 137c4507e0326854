// The side panel: everyone quoted in the article and, expanded, what they said. Props in, boxes out.
import {memo} from 'react';
import {Box, Text} from 'ink';
import displayWidth from '../core/display-width.js';
import {fitWidth} from '../core/fit.js';
import {wrapParagraph} from '../core/wrap.js';
import type {ArticleQuotes, Quote, QuoteKind} from '../core/quotes/types.js';
import {FINDING_QUOTES, ROW_INDENT, panelBody, panelLayout, quoteLines, type PanelState, type SpeakerGroup} from '../state/panel.js';
import {speakerStyle, speakerTag} from './speaker-style.js';

export interface SidePanelProps {
	/** Undefined while they are being found. */
	quotes: ArticleQuotes | undefined;
	/** Must have been given this `width` and `height` by a `resize` action, so it scrolls to match. */
	state: PanelState;
	width: number;
	height: number;
	focused: boolean;
	noColor: boolean;
}

type Segment = {text: string; color?: string; bold?: boolean; dim?: boolean};
type Line = {segments: Segment[]; cursor: boolean};

const KIND_LABEL: Record<QuoteKind, string> = {direct: 'direct', partial: 'partial', headline: 'headline', indirect: 'reported'};
const CURSOR_MARK = '›';
const NO_QUOTES = 'No quotes found in this article';

function speakerLines(group: SpeakerGroup, index: number, expanded: boolean, cursor: boolean, bodyWidth: number, noColor: boolean): Line[] {
	const count = ` ${group.quotes.length}`;
	const tag = group.speaker?.kind === 'organization' ? ' [org]' : '';
	const name = fitWidth(group.speaker?.name ?? 'Unattributed', bodyWidth - ROW_INDENT - displayWidth(tag) - displayWidth(count));
	const used = ROW_INDENT + displayWidth(name) + displayWidth(tag) + displayWidth(count);
	const lines: Line[] = [
		{
			cursor,
			segments: [
				{text: `${cursor ? CURSOR_MARK : ' '}${expanded ? '▾' : '▸'} `},
				{text: speakerTag(index, group), color: speakerStyle(index, noColor, group).color, bold: true},
				{text: ' '},
				{text: name, bold: true},
				{text: tag, dim: true},
				{text: ' '.repeat(Math.max(0, bodyWidth - used)) + count},
			],
		},
	];
	const title = group.speaker?.title;
	if (title) lines.push({cursor, segments: [{text: ' '.repeat(ROW_INDENT) + fitWidth(title, bodyWidth - ROW_INDENT), dim: true}]});
	return lines;
}

function quoteRowLines(quote: Quote, cursor: boolean, highlighted: boolean, bodyWidth: number): Line[] {
	const meta = KIND_LABEL[quote.kind] + (quote.via ? ` · via ${quote.via}` : '');
	return [
		...quoteLines(quote, bodyWidth).map((text, index) => ({
			cursor,
			segments: [{text: `${cursor && index === 0 ? CURSOR_MARK : ' '}${' '.repeat(ROW_INDENT - 1)}${text}`, bold: highlighted}],
		})),
		{cursor, segments: [{text: ' '.repeat(ROW_INDENT) + fitWidth(meta, bodyWidth - ROW_INDENT), dim: true}]},
	];
}

function header(quotes: ArticleQuotes, groups: SpeakerGroup[], above: boolean, below: boolean, bodyWidth: number): string {
	const named = groups.filter(group => group.speaker !== null).length;
	const arrows = `${above ? '↑' : ' '}${below ? '↓' : ' '}`;
	const title = fitWidth(`Speakers ${named} · quotes ${quotes.quotes.length}`, bodyWidth - arrows.length);
	return title + ' '.repeat(Math.max(0, bodyWidth - displayWidth(title) - arrows.length)) + arrows;
}

function PanelLine({line, bodyWidth, focused}: {line: Line; bodyWidth: number; focused: boolean}) {
	const width = line.segments.reduce((sum, segment) => sum + displayWidth(segment.text), 0);
	const segments = [...line.segments, {text: ' '.repeat(Math.max(0, bodyWidth - width))}];
	return (
		<Text wrap="truncate-end" inverse={line.cursor && focused}>
			{segments.map((segment, index) => (
				<Text key={index} color={segment.color} bold={segment.bold} dimColor={segment.dim}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}

/** The row holding line `line`: the last row starting at or before it. */
function firstRowAt(starts: readonly number[], line: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= line) low = middle;
		else high = middle - 1;
	}
	return low;
}

interface FrameProps {
	width: number;
	height: number;
	focused: boolean;
	noColor: boolean;
	title: string;
	lines: Line[];
	bodyWidth: number;
}

/** The border, the header line and as many lines as fit below it. */
function PanelFrame({width, height, focused, noColor, title, lines, bodyWidth}: FrameProps) {
	return (
		<Box
			flexDirection="column"
			width={width}
			height={height}
			overflow="hidden"
			borderStyle={focused ? 'double' : 'single'}
			borderColor={noColor ? undefined : focused ? 'cyan' : 'gray'}
		>
			<Text bold={focused} color={noColor || !focused ? undefined : 'cyan'} wrap="truncate-end">
				{title}
			</Text>
			{lines.map((line, index) => (
				<PanelLine key={index} line={line} bodyWidth={bodyWidth} focused={focused} />
			))}
		</Box>
	);
}

// Memoised: scrolling the text leaves the panel as it was.
export const SidePanel = memo(function SidePanel({quotes, state, width, height, focused, noColor}: SidePanelProps) {
	const body = panelBody(width, height);
	const frame = {width, height, focused, noColor, bodyWidth: body.width};
	if (!quotes) return <PanelFrame {...frame} title={fitWidth(FINDING_QUOTES, body.width)} lines={[]} />;
	const layout = panelLayout(quotes, state.expanded, body.width);
	const rowLines = (index: number): Line[] => {
		const row = layout.rows[index]!;
		const cursor = index === state.cursor;
		if (row.kind === 'quote') return quoteRowLines(quotes.quotes[row.quote]!, cursor, row.quote === state.highlighted, body.width);
		const group = layout.groups[row.group]!;
		const expanded = state.expanded.includes(group.speaker?.name ?? null);
		return speakerLines(group, row.group, expanded, cursor, body.width, noColor);
	};
	const top = Math.max(0, Math.min(state.top, layout.total - body.height));
	// Only the rows in view are drawn: a speaker may have thousands of quotes.
	const visible: Line[] = [];
	for (let index = firstRowAt(layout.starts, top); index < layout.rows.length && layout.starts[index]! < top + body.height; index++) {
		for (const line of rowLines(index)) visible.push(line);
	}
	const skipped = layout.rows.length === 0 ? 0 : top - layout.starts[firstRowAt(layout.starts, top)]!;
	const shown: Line[] =
		layout.rows.length === 0
			? wrapParagraph(NO_QUOTES, body.width).map(({start, end}) => ({cursor: false, segments: [{text: NO_QUOTES.slice(start, end)}]}))
			: visible.slice(skipped, skipped + body.height);
	const title = header(quotes, layout.groups, top > 0, top + body.height < layout.total, body.width);
	return <PanelFrame {...frame} title={title} lines={shown.slice(0, body.height)} />;
});
