import {test} from 'node:test';
import assert from 'node:assert/strict';
import displayWidth, {cells} from '../../source/core/display-width.js';
import {loadPaths} from '../../source/core/load.js';
import {assertWidthsAgree} from '../article-invariants.js';
import {wikinews} from '../fixtures/wikinews.js';

const assertWidths = (widths: Array<[string, number]>) => {
	for (const [text, width] of widths) assert.equal(displayWidth(text), width, JSON.stringify(text));
};

// Each width as tmux 3.3a draws it (the cursor's column after printf of the text), which is also
// glibc's wcswidth; string-width agrees except where noted.
test('columns as a terminal draws them', () => {
	assertWidths([
		['plain ascii', 11],
		['“curly” – quotes…', 17],
		['日本語', 6],
		['한국어', 6],
		['전에 아버지가', 13],
		['\u1100\u1161\u11A8', 2], // one Hangul syllable from jamo
		['\u3164', 2], // Hangul filler; string-width 0
		['cafe\u0301', 4],
		['e\u20DD', 1],
		['a\u200Cb\u200Dc', 3], // joiners outside emoji join nothing
		['a\u200Bb\u00ADc', 4], // the soft hyphen is drawn; string-width 3
		['👍', 2],
		['❤', 1],
		['🇫🇷', 2],
		['🇫🇷🇩🇪', 4],
		['🇺🇦 Ukraine', 10],
		['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 2],
		['ｶﾞ', 2],
		['กำ', 2], // string-width 1
		['\x1b[31mred\x1b[0m', 3],
		['', 0],
	]);
	assert.equal(displayWidth('±', {ambiguousIsNarrow: false}), 2);
});

// The virama (्) joins consonants into a conjunct that a grapheme segmenter (and so string-width)
// counts as one column, but terminals give the consonant after it a column of its own.
test('Indic conjuncts and vowel signs take the columns terminals give them', () => {
	assertWidths([
		['न्द', 2],
		['हिन्दी', 5],
		['स्वास्थ्य', 6],
		['ज़्यादा', 5],
		['क्योंकि', 5],
		['धन्यवाद।', 7],
		['ক্ষমা', 4], // Bengali
		['க்ஷ', 2], // Tamil
		// A row of 2020/098 that QA saw spill over an 80-column terminal (string-width: 78).
		['आना, मेरा काम: जितना है, उतना करना, और ज़्यादा community के साथ -- दूर रह -- ज़्यादा बात', 80],
	]);
});

// tmux and xterm draw a symbol with VS16 in one column, kitty, WezTerm and iTerm2 in two; tmux and kitty
// draw an emoji sequence as one emoji, xterm (and glibc's wcswidth) as its parts side by side.
test('where terminals disagree, the widest drawing counts', () => {
	assertWidths([
		['❤️', 2],
		['©️', 2],
		['1️⃣', 2],
		['👍🏿', 4],
		['👨‍👩‍👧', 6],
		['🧑‍💻', 4],
		['🏳️‍🌈', 4],
	]);
});

test('cells keep what combines together, so text is never cut inside one', () => {
	assert.deepEqual([...cells('e\u0301👨‍👩‍👧x')], [
		{index: 0, length: 2, width: 1},
		{index: 2, length: 8, width: 6},
		{index: 10, length: 1, width: 1},
	]);
	assert.deepEqual([...cells('🇫🇷🇩🇪')], [
		{index: 0, length: 4, width: 2},
		{index: 4, length: 4, width: 2},
	]);
	// As in a terminal's grid: the consonant after a virama and a spacing vowel sign are cells of their own.
	assert.deepEqual(
		[...cells('न्दी')].map(cell => cell.width),
		[1, 1, 1],
	);
});

test('agrees with string-width on every word of the Wikinews articles but Indic ones, where it counts more', () => {
	const loaded = loadPaths([wikinews], () => new Uint8Array());
	assert.ok(loaded.ok);
	const indicWider = loaded.articles.reduce((sum, article) => sum + assertWidthsAgree(article), 0);
	assert.ok(indicWider > 0);
});
