// What the reader says on a screen too small to read in, wrapped to it: what to do first, then the
// sizes if they fit whole.
import {wrapParagraph} from '../core/wrap.js';
import {MIN_COLUMNS, MIN_ROWS} from './geometry.js';

const wrapped = (text: string, columns: number): string[] => wrapParagraph(text, Math.max(1, columns)).map(({start, end}) => text.slice(start, end));

export function tooSmallLines(columns: number, rows: number): string[] {
	// Ink leaves the last row free, as it does for the reader.
	const height = Math.max(1, rows - 1);
	const what = wrapped('Terminal too small: enlarge it or press q.', columns);
	const sizes = wrapped(`It is ${columns}x${rows}; news-tui needs ${MIN_COLUMNS}x${MIN_ROWS}.`, columns);
	return what.length + sizes.length <= height ? [...what, ...sizes] : what.slice(0, height);
}
