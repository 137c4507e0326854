// How each speaker's quotes look, in the panel and in the text: a colour each, or underline under NO_COLOR.
import type {ArticleQuotes} from '../core/quotes/types.js';
import {speakerGroups} from '../state/panel.js';

export interface SpanStyle {
	color?: string;
	bold?: boolean;
	underline?: boolean;
	inverse?: boolean;
}

/** A styled span of one paragraph's text: UTF-16 offsets, like the quotes'. */
export interface TextMark {
	paragraph: number;
	start: number;
	end: number;
	style: SpanStyle;
}

// Mid-tones (relative luminance 0.15-0.23) keep a contrast of at least 3.5:1 on black and on white.
export const SPEAKER_PALETTE = ['#0087af', '#d7005f', '#5f8700', '#875fd7', '#af5f00', '#008787'];

/** The style of the speaker at `index` in the panel's order; colours repeat past the palette. */
export function speakerStyle(index: number, noColor: boolean): SpanStyle {
	if (noColor) return {underline: true};
	return {color: SPEAKER_PALETTE[index % SPEAKER_PALETTE.length]};
}

/** The jumped-to quote stands out in either mode. */
function emphasised(style: SpanStyle): SpanStyle {
	return {...style, bold: true, inverse: true};
}

/** Every quote as a mark on the text, in reading order, coloured by its speaker; `highlighted` is a quote index. */
export function quoteMarks(quotes: ArticleQuotes, highlighted: number | null, noColor: boolean): TextMark[] {
	const groupOf = new Map<number, number>();
	speakerGroups(quotes).forEach((group, index) => {
		for (const quote of group.quotes) groupOf.set(quote, index);
	});
	return quotes.quotes.map(({paragraph, start, end}, index) => {
		const style = speakerStyle(groupOf.get(index)!, noColor);
		return {paragraph, start, end, style: index === highlighted ? emphasised(style) : style};
	});
}
