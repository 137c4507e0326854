// An article laid out for a width: every screen line with the paragraph and offsets it shows, so a
// place in the text (a quote, a search match, the paragraph being read) maps to a line and back.
// Laying out is done once per article and width (a long article's in slices); paging only indexes
// into the result.
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
	/** The lines laid out so far: all of them once `complete`. */
	lines: Line[];
	/** Index in `lines` of each paragraph's first text line, for the paragraphs laid out so far. */
	firstLine: number[];
	/** False while a long article is still being laid out (layoutMore). */
	complete: boolean;
}

const BLANK = -1;

// An article up to this long is laid out at once (a few tens of milliseconds); a longer one shows
// its first screens at once and the rest is laid out a slice at a time by layoutMore, so keys stay live.
const AT_ONCE_CHARACTERS = 1_000_000;
// A paragraph is wrapped a piece of about this many characters at a time, so even one paragraph of
// megabytes is laid out in slices.
const PIECE_CHARACTERS = 32_768;

/** Where laying out goes on: a paragraph, and the offset in it of the next line to wrap. */
interface Progress {
	paragraph: number;
	offset: number;
}
const progressOf = new WeakMap<Layout, Progress>();

// The end of a piece of paragraph: the first space after `from + PIECE_CHARACTERS`, so no word is
// cut; in text without spaces (Chinese, Japanese) soon after, between two UTF-16 pairs.
function pieceEnd(text: string, from: number): number {
	const at = from + PIECE_CHARACTERS;
	if (text.length - at <= PIECE_CHARACTERS) return text.length;
	const space = text.indexOf(' ', at);
	if (space >= 0 && space < at + PIECE_CHARACTERS) return space;
	const code = text.charCodeAt(at);
	return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

/**
 * Lays out the next piece of the article: the rest of a paragraph, or a piece of a long one. Lines
 * are broken greedily, so a line depends only on where it starts: the piece's last line may run on
 * into the next piece, and is wrapped again with it.
 */
function layOutPiece(article: Article, layout: Layout, progress: Progress): number {
	const {paragraph} = progress;
	const text = article.paragraphs[paragraph]!;
	if (progress.offset === 0) {
		if (paragraph > 0) layout.lines.push({paragraph, start: BLANK, end: BLANK});
		layout.firstLine.push(layout.lines.length);
	}
	const from = progress.offset;
	const to = pieceEnd(text, from);
	const spans = wrapParagraph(from === 0 && to === text.length ? text : text.slice(from, to), layout.width);
	const last = to < text.length && spans.length > 1 ? spans.length - 1 : spans.length;
	for (let index = 0; index < last; index++) layout.lines.push({paragraph, start: from + spans[index]!.start, end: from + spans[index]!.end});
	if (last < spans.length) {
		progress.offset = from + spans[last]!.start;
	} else if (to < text.length) {
		// The piece was one line: a word of tens of thousands of characters, or a very wide screen.
		progress.offset = to;
	} else {
		// Every paragraph keeps at least one line, so every position has a line to map to.
		if (from === 0 && spans.length === 0) layout.lines.push({paragraph, start: 0, end: 0});
		progress.paragraph++;
		progress.offset = 0;
	}
	return to - from + 1;
}

/**
 * Lays out more of an incomplete layout, until `until` (a performance.now() time) or `characters`
 * more characters; returns whether any is left.
 */
export function layoutMore(article: Article, layout: Layout, {until = Infinity, characters = Infinity}: {until?: number; characters?: number}): boolean {
	const progress = progressOf.get(layout);
	if (!progress) return false;
	let done = 0;
	while (progress.paragraph < article.paragraphs.length && done < characters && performance.now() < until) done += layOutPiece(article, layout, progress);
	if (progress.paragraph === article.paragraphs.length) {
		layout.complete = true;
		progressOf.delete(layout);
	}
	return !layout.complete;
}

function layOut(article: Article, width: number): Layout {
	const layout: Layout = {width, lines: [], firstLine: [], complete: false};
	progressOf.set(layout, {paragraph: 0, offset: 0});
	layoutMore(article, layout, {characters: AT_ONCE_CHARACTERS});
	return layout;
}

// Dragging a window edge passes through many widths; a few recent ones are worth keeping.
const WIDTHS_KEPT = 4;
const laidOut = new WeakMap<Article, Map<number, Layout>>();

/** The article laid out for `width`: all of it, or for a long article its start (see layoutMore). */
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
	// A place not laid out yet is shown as the end of what is.
	if (position.paragraph >= firstLine.length && !layout.complete) return lines.length - 1;
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
