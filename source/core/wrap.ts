// Breaks a paragraph into lines that fit a number of terminal columns, measured by display width
// (CJK and most emoji take two columns), and says where in the text each line starts and ends.
import {cells} from './display-width.js';

/** `[start, end)` UTF-16 offsets of one line in the paragraph; spaces at a break belong to no line. */
export interface Span {
	start: number;
	end: number;
}

// Printable ASCII is one column a character: the common case needs no measuring.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// (a non-breaking space joins the words on either side)
const WORD = /(?:\S|\u00A0)+/g;

/** A piece of text that is never broken, except when it is wider than a whole line. */
interface Piece {
	start: number;
	end: number;
	width: number;
	/** A space separates it from the piece before. */
	spaced: boolean;
}

// Chinese and Japanese (and emoji) break between any two wide characters, so inside a word every
// such character is a piece of its own; runs of the others stay whole. Korean is wide too, but
// puts spaces between its words and keeps each one whole.
const WHOLE_WORDS = /^\p{Script=Hangul}/u;

function piecesOf(word: string, start: number, spaced: boolean, pieces: Piece[]): void {
	if (PRINTABLE_ASCII.test(word)) {
		pieces.push({start, end: start + word.length, width: word.length, spaced});
		return;
	}
	let run: Piece | undefined;
	for (const {index, length, width} of cells(word)) {
		const at = start + index;
		const joins = width < 2 || WHOLE_WORDS.test(word.slice(index, index + length));
		if (joins && run) {
			run.end = at + length;
			run.width += width;
			continue;
		}
		const piece = {start: at, end: at + length, width, spaced: spaced && index === 0};
		pieces.push(piece);
		run = joins ? piece : undefined;
	}
}

// A piece wider than a line is cut between characters; a line always takes at least one.
function cutToWidth(text: string, piece: Piece, width: number): Piece[] {
	const parts: Piece[] = [];
	let part: Piece = {start: piece.start, end: piece.start, width: 0, spaced: false};
	for (const {index, length, width: columns} of cells(text.slice(piece.start, piece.end))) {
		if (part.width > 0 && part.width + columns > width) {
			parts.push(part);
			part = {start: piece.start + index, end: piece.start + index, width: 0, spaced: false};
		}
		part.end = piece.start + index + length;
		part.width += columns;
	}
	parts.push(part);
	return parts;
}

/** Lines of `text` no wider than `width` columns, breaking at spaces (and between wide characters). */
export function wrapParagraph(text: string, width: number): Span[] {
	const pieces: Piece[] = [];
	for (const match of text.matchAll(WORD)) piecesOf(match[0], match.index, match.index > 0, pieces);

	const lines: Span[] = [];
	let line: Span | undefined;
	let used = 0;
	const place = (piece: Piece): void => {
		const gap = line && piece.spaced ? 1 : 0;
		if (line && used + gap + piece.width <= width) {
			line.end = piece.end;
			used += gap + piece.width;
			return;
		}
		if (piece.width > width) {
			const parts = cutToWidth(text, piece, width);
			for (const part of parts.slice(0, -1)) lines.push({start: part.start, end: part.end});
			const last = parts.at(-1)!;
			line = {start: last.start, end: last.end};
			used = last.width;
		} else {
			line = {start: piece.start, end: piece.end};
			used = piece.width;
		}
		lines.push(line);
	};
	for (const piece of pieces) place(piece);
	return lines;
}
