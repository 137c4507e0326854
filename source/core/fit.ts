// Fitting one line of text into a number of terminal columns, by display width.
import displayWidth, {cells} from './display-width.js';

/** `text` as it is when it fits in `width` columns, else cut short with an ellipsis (never after a space). */
export function fitWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(text) <= width) return text;
	let end = 0;
	let used = 0;
	for (const cell of cells(text)) {
		if (used + cell.width > width - 1) break;
		end = cell.index + cell.length;
		used += cell.width;
	}
	return text.slice(0, end).trimEnd() + '…';
}
