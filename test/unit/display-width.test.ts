import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import displayWidth, {cells} from '../../source/core/display-width.js';
import {loadPaths} from '../../source/core/load.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'wikinews');

test('columns as a terminal draws them', () => {
	const widths: Array<[string, number]> = [
		['plain ascii', 11],
		['“curly” – quotes…', 17],
		['日本語', 6],
		['한국어', 6],
		['\u1100\u1161\u11A8', 2], // one Hangul syllable from jamo
		['cafe\u0301', 4],
		['a\u200Bb\u00ADc', 3],
		['👍', 2],
		['👍🏽', 2],
		['👨‍👩‍👧', 2],
		['🏳️‍🌈', 2],
		['❤', 1],
		['❤️', 2],
		['1️⃣', 2],
		['🇫🇷', 2],
		['ｶﾞ', 2],
		['हिन्दी', 4],
		['\x1b[31mred\x1b[0m', 3],
		['', 0],
	];
	for (const [text, width] of widths) assert.equal(displayWidth(text), width, JSON.stringify(text));
	assert.equal(displayWidth('±', {ambiguousIsNarrow: false}), 2);
});

test('cells keep what combines together, so text is never cut inside one', () => {
	const text = 'e\u0301👨‍👩‍👧x';
	assert.deepEqual([...cells(text)], [
		{index: 0, length: 2, width: 1},
		{index: 2, length: 8, width: 2},
		{index: 10, length: 1, width: 1},
	]);
});

test('agrees with string-width on every word of the Wikinews corpus', () => {
	const loaded = loadPaths([corpus], () => new Uint8Array());
	assert.ok(loaded.ok);
	for (const article of loaded.articles) {
		for (const paragraph of article.paragraphs) {
			for (const word of paragraph.split(' ')) assert.equal(displayWidth(word), stringWidth(word), word);
		}
	}
});
