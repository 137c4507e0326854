// How each speaker's quotes look, in the panel and in the text: a colour each (underline under NO_COLOR),
// and a tag, the same in the panel and in the text's margin, that tells speakers apart without colour.
import type {ArticleQuotes} from '../core/quotes/types.js';
import type {Mark, MarkStyle} from '../state/marks.js';
import {speakerGroups, type SpeakerGroup} from '../state/panel.js';

// Mid-tones (relative luminance 0.15-0.21) keep a contrast of at least 4:1 on black and on white. They
// are the colours of xterm's 256 that do, the six most different from each other first; most articles
// have fewer speakers than these twelve (in the Wikinews corpus, 95% have at most 8).
export const SPEAKER_PALETTE = [
	'#0087af', '#d7005f', '#5f8700', '#875fd7', '#af5f00', '#008787',
	'#af00ff', '#d700af', '#875f87', '#af5f5f', '#005fff', '#5f875f',
];
/** Quotes nobody is named for: a grey as readable as the palette, so they never look like a speaker's. */
export const UNATTRIBUTED_COLOR = '#767676';

/** The style of the speaker at `index` in the panel's order; colours repeat only past the palette. */
export function speakerStyle(index: number, noColor: boolean, group?: SpeakerGroup): MarkStyle {
	if (noColor) return {underline: true};
	if (group && group.speaker === null) return {color: UNATTRIBUTED_COLOR};
	return {color: SPEAKER_PALETTE[index % SPEAKER_PALETTE.length]};
}

const TAGS = '123456789abcdefghijklmnopqrstuvwxyz';

/** The speaker's tag: its place in the panel (1-9, then a-z, then +); `?` for quotes nobody is named for. */
export function speakerTag(index: number, group: SpeakerGroup): string {
	if (group.speaker === null) return '?';
	return TAGS[index] ?? '+';
}

/** The jumped-to quote stands out in either mode. */
function emphasised(style: MarkStyle): MarkStyle {
	return {...style, bold: true, inverse: true};
}

/** Every quote as a mark on the text, in reading order, coloured by its speaker; `highlighted` is a quote index. */
export function quoteMarks(quotes: ArticleQuotes, highlighted: number | null, noColor: boolean): Mark[] {
	const groups = speakerGroups(quotes);
	const groupOf = new Map<number, number>();
	groups.forEach((group, index) => {
		for (const quote of group.quotes) groupOf.set(quote, index);
	});
	return quotes.quotes.map(({paragraph, start, end}, index) => {
		const at = groupOf.get(index)!;
		const style = speakerStyle(at, noColor, groups[at]);
		return {paragraph, start, end, style: index === highlighted ? emphasised(style) : style, tag: speakerTag(at, groups[at]!)};
	});
}
