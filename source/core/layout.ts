// An article laid out for a width: every screen line with the paragraph and offsets it shows, so a
// place in the text (a quote, a search match, the paragraph being read) maps to a line and back.
// Laying out is done once per article and width; paging only indexes into the result.
import type {Article} from './article.js';
import {wrapParagraph} from './wrap.js';

/** A place in an article's text; offset -1 is the blank line before the paragraph. */
export interface Position {
	paragraph: number;
	offset: number;
}

/** One screen line: `paragraphs[paragraph].slice(start, end)`, or a blank line when start is -1. */
export interface Line {
	paragraph: number;
	start: number;
	end: number;
}

export interface Layout {
	width: number;
	lines: Line[];
	/** Index in `lines` of each paragraph's first text line. */
	firstLine: number[];
}

const BLANK = -1;

function layOut(article: Article, width: number): Layout {
	const lines: Line[] = [];
	const firstLine: number[] = [];
	article.paragraphs.forEach((text, paragraph) => {
		if (paragraph > 0) lines.push({paragraph, start: BLANK, end: BLANK});
		firstLine.push(lines.length);
		const spans = wrapParagraph(text, width);
		// Every paragraph keeps at least one line, so every position has a line to map to.
		if (spans.length === 0) spans.push({start: 0, end: 0});
		for (const {start, end} of spans) lines.push({paragraph, start, end});
	});
	return {width, lines, firstLine};
}

// Dragging a window edge passes through many widths; a few recent ones are worth keeping.
const WIDTHS_KEPT = 4;
const laidOut = new WeakMap<Article, Map<number, Layout>>();

export function layoutArticle(article: Article, width: number): Layout {
	let byWidth = laidOut.get(article);
	if (!byWidth) laidOut.set(article, (byWidth = new Map()));
	let layout = byWidth.get(width);
	if (!layout) {
		layout = layOut(article, width);
		if (byWidth.size >= WIDTHS_KEPT) byWidth.delete(byWidth.keys().next().value!);
		byWidth.set(width, layout);
	}
	return layout;
}

/** The line showing `position` (the last line of its paragraph when the offset is past its end). */
export function lineAt(layout: Layout, position: Position): number {
	const {lines, firstLine} = layout;
	const paragraph = Math.min(Math.max(position.paragraph, 0), firstLine.length - 1);
	const first = firstLine[paragraph]!;
	if (position.offset < 0) return paragraph > 0 ? first - 1 : first;
	let low = first;
	let high = (firstLine[paragraph + 1] ?? lines.length + 1) - 2; // the last text line of the paragraph
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (lines[middle]!.start <= position.offset) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** Where a line begins, as a position that survives laying out again at another width. */
export function positionOf(line: Line): Position {
	return {paragraph: line.paragraph, offset: line.start};
}
