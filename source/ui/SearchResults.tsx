// The search results above the search line: speakers whose names match, then paragraphs with their
// article's title and a snippet, matched characters in inverse (so they show without colour too).
// Props in, boxes out; the chosen row is kept in view.
import {Box, Text} from 'ink';
import displayWidth from '../core/display-width.js';
import type {Article} from '../core/article.js';
import {fitWidth} from '../core/fit.js';
import {snippetAround} from '../core/search/snippet.js';
import type {SearchResults as Results} from '../core/search/types.js';

export interface SearchResultsProps {
	/** Undefined while the answer is awaited. */
	results?: Results;
	articles: readonly Article[];
	/** Chosen row: speakers first, then paragraphs (as `selected` in the search state). */
	selected: number;
	width: number;
	height: number;
}

interface Segment {
	text: string;
	match?: boolean;
	dim?: boolean;
	bold?: boolean;
}

interface Line {
	segments: Segment[];
	/** The result this line belongs to, if any. */
	row?: number;
}

const CURSOR_MARK = '›';
const SNIPPET_INDENT = '    ';

/** Text cut into plain and matched pieces by `[start, end)` spans. */
function highlighted(text: string, matches: ReadonlyArray<readonly [number, number]>): Segment[] {
	const segments: Segment[] = [];
	let at = 0;
	for (const [start, end] of matches) {
		if (start > at) segments.push({text: text.slice(at, start)});
		segments.push({text: text.slice(start, end), match: true});
		at = end;
	}
	if (at < text.length) segments.push({text: text.slice(at)});
	return segments;
}

/** Segments cut to `width` columns in all, the last one cut short with an ellipsis. */
function fitSegments(segments: Segment[], width: number): Segment[] {
	const fitted: Segment[] = [];
	let room = width;
	for (const segment of segments) {
		if (room <= 0) break;
		const text = fitWidth(segment.text, room);
		fitted.push({...segment, text});
		if (text !== segment.text) break;
		room -= displayWidth(text);
	}
	return fitted;
}

function resultLines(results: Results, articles: readonly Article[], selected: number, width: number): Line[] {
	const lines: Line[] = [];
	const mark = (row: number): string => (row === selected ? `${CURSOR_MARK} ` : '  ');
	if (results.speakers.length > 0) lines.push({segments: [{text: 'Speakers', bold: true}]});
	results.speakers.forEach((speaker, row) => {
		const where = speaker.person ? (speaker.person.articles === 1 ? '1 article' : `${speaker.person.articles} articles`) : articles[speaker.article]!.title;
		const quotes = ` ${speaker.quotes} ${speaker.quotes === 1 ? 'quote' : 'quotes'} · ${where}`;
		lines.push({row, segments: [{text: mark(row), bold: true}, ...highlighted(speaker.name, speaker.matches).map(part => ({...part, bold: true})), {text: quotes, dim: true}]});
	});
	if (results.paragraphs.length > 0) lines.push({segments: [{text: 'Paragraphs', bold: true}]});
	results.paragraphs.forEach((hit, index) => {
		const row = results.speakers.length + index;
		// Hits found only through near spellings follow the others, under their own heading.
		if (hit.weak && !results.paragraphs[index - 1]?.weak) lines.push({segments: [{text: index === 0 ? 'Near spellings only' : 'Near spellings', bold: true}]});
		const article = articles[hit.article]!;
		lines.push({row, segments: [{text: mark(row), bold: true}, {text: article.title, bold: row === selected, dim: row !== selected}]});
		const snippet = snippetAround(article.paragraphs[hit.paragraph]!, hit.matches, Math.max(1, width - SNIPPET_INDENT.length));
		lines.push({row, segments: [{text: SNIPPET_INDENT}, ...highlighted(snippet.text, snippet.matches)]});
	});
	return lines;
}

/** The first line to show so the chosen row's lines are all on screen. */
function firstShown(lines: Line[], selected: number, height: number): number {
	const last = lines.findLastIndex(line => line.row === selected);
	if (last < height) return 0;
	return Math.min(last - height + 1, lines.findIndex(line => line.row === selected));
}

export function SearchResults({results, articles, selected, width, height}: SearchResultsProps) {
	// No matches leaves the list empty: the search line says so.
	const lines = results ? resultLines(results, articles, selected, width) : [{segments: [{text: 'searching…', dim: true}]}];
	const top = firstShown(lines, selected, height);
	return (
		<Box flexDirection="column" width={width} height={height}>
			{lines.slice(top, top + height).map((line, index) => (
				<Text key={top + index} wrap="truncate">
					{fitSegments(line.segments, width).map((segment, part) => (
						<Text key={part} inverse={segment.match} bold={segment.bold || segment.match} dimColor={segment.dim}>
							{segment.text}
						</Text>
					))}
				</Text>
			))}
		</Box>
	);
}
