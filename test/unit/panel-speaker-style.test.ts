// Speaker colours and the marks they put on the text: readable, distinct, and still visible under NO_COLOR.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ArticleQuotes} from '../../source/core/quotes/types.js';
import {loadPaths} from '../../source/core/load.js';
import type {Line} from '../../source/core/layout.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {lineTag, marksByParagraph} from '../../source/state/marks.js';
import {speakerGroups} from '../../source/state/panel.js';
import {SPEAKER_PALETTE, UNATTRIBUTED_COLOR, quoteMarks, speakerStyle, speakerTag} from '../../source/ui/speaker-style.js';
import {wikinewsArticle} from '../fixtures/wikinews.js';

// WCAG relative luminance and contrast ratio.
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map(at => {
		const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
		return channel <= 0.039_28 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

test('every speaker colour reads on a black and on a white background', () => {
	for (const color of [...SPEAKER_PALETTE, UNATTRIBUTED_COLOR]) {
		assert.ok(contrast(luminance(color), 0) >= 4, `${color} on black`);
		assert.ok(contrast(luminance(color), 1) >= 4, `${color} on white`);
	}
});

test('neighbouring speakers get different colours, which repeat past the palette', () => {
	const colors = SPEAKER_PALETTE.map((_, index) => speakerStyle(index, false).color);
	assert.equal(new Set(colors).size, SPEAKER_PALETTE.length);
	assert.deepEqual(speakerStyle(SPEAKER_PALETTE.length, false), speakerStyle(0, false));
});

test('under NO_COLOR a quote is underlined, never coloured', () => {
	assert.deepEqual(speakerStyle(0, true), {underline: true});
	assert.deepEqual(speakerStyle(4, true), {underline: true});
});

const quotes: ArticleQuotes = {
	speakers: [
		{name: 'Bo Chen', aliases: [], kind: 'person', quotes: 1},
		{name: 'Ana Diaz', aliases: [], kind: 'person', quotes: 2},
	],
	quotes: [
		{speaker: 'Ana Diaz', kind: 'direct', text: 'Yes', paragraph: 1, start: 1, end: 4, via: null},
		{speaker: 'Bo Chen', kind: 'partial', text: 'no', paragraph: 2, start: 10, end: 12, via: null},
		{speaker: null, kind: 'indirect', text: 'it rained', paragraph: 2, start: 20, end: 29, via: null},
		{speaker: 'Ana Diaz', kind: 'direct', text: 'Go', paragraph: 3, start: 0, end: 2, via: 'AP'},
	],
};

test('each quote marks its span in the colour of its speaker, in the panel order', () => {
	const marks = quoteMarks(quotes, null, false);
	assert.deepEqual(
		marks.map(({paragraph, start, end}) => [paragraph, start, end]),
		[
			[1, 1, 4],
			[2, 10, 12],
			[2, 20, 29],
			[3, 0, 2],
		],
	);
	// Ana Diaz has the most quotes, so she is first in the panel and gets its first colour; the quote
	// nobody is named for is grey.
	assert.deepEqual(
		marks.map(mark => mark.style),
		[speakerStyle(0, false), speakerStyle(1, false), {color: UNATTRIBUTED_COLOR}, speakerStyle(0, false)],
	);
	assert.deepEqual(marks.map(mark => mark.tag), ['1', '2', '?', '1']);
});

test('the jumped-to quote stands out, with and without colour', () => {
	for (const noColor of [false, true]) {
		const marks = quoteMarks(quotes, 1, noColor);
		assert.deepEqual(marks[1]!.style, {...speakerStyle(1, noColor), bold: true, inverse: true});
		assert.deepEqual(marks[0]!.style, speakerStyle(0, noColor));
	}
	assert.deepEqual(quoteMarks(quotes, 1, true)[1]!.style, {underline: true, bold: true, inverse: true});
});

test('an article without quotes has no marks', () => {
	assert.deepEqual(quoteMarks({speakers: [], quotes: []}, null, false), []);
});

test('each speaker of an article has a colour of its own while the palette lasts: all seven of 2019/007', () => {
	const loaded = loadPaths([wikinewsArticle('2019/007.txt')], () => new Uint8Array());
	assert.ok(loaded.ok);
	const quotes = extractQuotes(loaded.articles[0]!);
	const groups = speakerGroups(quotes);
	const named = groups.filter(group => group.speaker !== null).length;
	assert.ok(named >= 7, `${named} speakers`);
	assert.ok(SPEAKER_PALETTE.length >= 12 && new Set(SPEAKER_PALETTE).size === SPEAKER_PALETTE.length);
	const colourOf = new Map<string, string>();
	for (const [index, mark] of quoteMarks(quotes, null, false).entries()) {
		const speaker = quotes.quotes[index]!.speaker;
		if (speaker !== null) colourOf.set(speaker, mark.style.color!);
	}
	assert.equal(colourOf.size, named);
	assert.equal(new Set(colourOf.values()).size, named, 'no two speakers share a colour');
});

test('under NO_COLOR speakers still differ: each has its tag, in the panel and in the margin of its lines', () => {
	const marks = quoteMarks(quotes, null, true);
	assert.ok(marks.every(mark => mark.style.underline && mark.style.color === undefined));
	const groups = speakerGroups(quotes);
	assert.deepEqual(groups.map((group, index) => speakerTag(index, group)), ['1', '2', '?']);
	const byParagraph = marksByParagraph(marks);
	const line = (paragraph: number, start: number, end: number): Line => ({paragraph, start, end});
	assert.deepEqual(lineTag(line(1, 0, 10), byParagraph), {text: '1', color: undefined});
	assert.deepEqual(lineTag(line(2, 0, 15), byParagraph), {text: '2', color: undefined}, 'only the quote on this part of the paragraph');
	assert.deepEqual(lineTag(line(2, 0, 40), byParagraph), {text: '+'}, 'two speakers on one line');
	assert.equal(lineTag(line(2, 13, 19), byParagraph), undefined, 'no quote on this line');
	assert.equal(lineTag(line(1, -1, -1), byParagraph), undefined, 'the blank line between paragraphs');
	assert.equal(lineTag(line(2, 0, 15), marksByParagraph(quoteMarks(quotes, null, false)))!.color, SPEAKER_PALETTE[1]);
});

test('tags run 1-9, then a-z, then +', () => {
	const group = {speaker: {name: 'X', aliases: [], kind: 'person' as const, quotes: 1}, quotes: [0]};
	assert.deepEqual([0, 8, 9, 34, 35].map(index => speakerTag(index, group)), ['1', '9', 'a', 'z', '+']);
});
