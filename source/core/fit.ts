// Fitting one line of text into a number of terminal columns, by display width.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** `text` as it is when it fits in `width` columns, else cut short with an ellipsis. */
export function fitWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	let fitted = '';
	let used = 0;
	for (const {segment} of graphemes.segment(text)) {
		const columns = stringWidth(segment);
		if (used + columns > width - 1) break;
		fitted += segment;
		used += columns;
	}
	return fitted + '…';
}
