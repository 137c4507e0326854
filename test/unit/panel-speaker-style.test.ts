// Speaker colours and the marks they put on the text: readable, distinct, and still visible under NO_COLOR.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ArticleQuotes} from '../../source/core/quotes/types.js';
import {SPEAKER_PALETTE, quoteMarks, speakerStyle} from '../../source/ui/speaker-style.js';

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
	for (const color of SPEAKER_PALETTE) {
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
	// Ana Diaz has the most quotes, so she is first in the panel and gets its first colour.
	assert.deepEqual(
		marks.map(mark => mark.style),
		[speakerStyle(0, false), speakerStyle(1, false), speakerStyle(2, false), speakerStyle(0, false)],
	);
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
