// How each speaker's quotes look, in the panel and in the text: a colour each, or underline under NO_COLOR.
import type {ArticleQuotes} from '../core/quotes/types.js';
import type {Mark, MarkStyle} from '../state/marks.js';
import {speakerGroups} from '../state/panel.js';

// Mid-tones (relative luminance 0.15-0.21) keep a contrast of at least 4:1 on black and on white.
export const SPEAKER_PALETTE = ['#0087af', '#d7005f', '#5f8700', '#875fd7', '#af5f00', '#008787'];

/** The style of the speaker at `index` in the panel's order; colours repeat past the palette. */
export function speakerStyle(index: number, noColor: boolean): MarkStyle {
	if (noColor) return {underline: true};
	return {color: SPEAKER_PALETTE[index % SPEAKER_PALETTE.length]};
}

/** The jumped-to quote stands out in either mode. */
function emphasised(style: MarkStyle): MarkStyle {
	return {...style, bold: true, inverse: true};
}

/** Every quote as a mark on the text, in reading order, coloured by its speaker; `highlighted` is a quote index. */
export function quoteMarks(quotes: ArticleQuotes, highlighted: number | null, noColor: boolean): Mark[] {
	const groupOf = new Map<number, number>();
	speakerGroups(quotes).forEach((group, index) => {
		for (const quote of group.quotes) groupOf.set(quote, index);
	});
	return quotes.quotes.map(({paragraph, start, end}, index) => {
		const style = speakerStyle(groupOf.get(index)!, noColor);
		return {paragraph, start, end, style: index === highlighted ? emphasised(style) : style};
	});
}
