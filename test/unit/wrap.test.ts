import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadPaths} from '../../source/core/load.js';
import {fitWidth} from '../../source/core/fit.js';
import {wrapParagraph} from '../../source/core/wrap.js';
import {assertWraps} from '../article-invariants.js';
import {wikinews} from '../fixtures/wikinews.js';

const lines = (text: string, width: number) => wrapParagraph(text, width).map(({start, end}) => text.slice(start, end));

test('breaks at spaces, each line as wide as fits', () => {
	assert.deepEqual(lines('the quick brown fox jumps over the lazy dog', 10), ['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
	assert.deepEqual(lines('fits on one line', 16), ['fits on one line']);
	assert.deepEqual(lines('', 10), []);
});

test('never breaks at a non-breaking space: the words either side stay on one line, one column apart', () => {
	assert.deepEqual(lines('the road is 12\u00A0km long from here', 14), ['the road is', '12\u00A0km long', 'from here']);
	assert.deepEqual(lines('Mr.\u00A0Smith', 5), ['Mr.\u00A0S', 'mith']);
});

test('offsets point into the paragraph, spaces at a break belong to no line', () => {
	const text = 'alpha beta gamma';
	assert.deepEqual(wrapParagraph(text, 10), [
		{start: 0, end: 10},
		{start: 11, end: 16},
	]);
});

test('a word wider than the line is cut, and a line always takes something', () => {
	assert.deepEqual(lines('a https://example.com/a/very/long/path b', 10), ['a', 'https://ex', 'ample.com/', 'a/very/lon', 'g/path b']);
	assert.deepEqual(lines('日本', 1), ['日', '本']);
});

test('wide characters take two columns and break between themselves; Korean words stay whole', () => {
	assert.deepEqual(lines('日本語のテキスト', 6), ['日本語', 'のテキ', 'スト']);
	assert.deepEqual(lines('東京 Tokyo 大阪', 8), ['東京', 'Tokyo 大', '阪']);
	assert.deepEqual(lines('4~5시간 전에 아버지가', 10), ['4~5시간', '전에', '아버지가']);
});

test('emoji and combining marks are measured as a terminal shows them, never split', () => {
	const family = '👨‍👩‍👧';
	assert.deepEqual(lines(`ok ${family}${family} 👍🏽 go`, 11), [`ok ${family}`, `${family} 👍🏽`, 'go']);
	const accented = 'cafe\u0301 cafe\u0301';
	assert.deepEqual(lines(accented, 4), ['cafe\u0301', 'cafe\u0301']);
});

test('every Wikinews paragraph wraps within the width and keeps every word', () => {
	const loaded = loadPaths([wikinews], () => new Uint8Array());
	assert.ok(loaded.ok);
	for (const article of loaded.articles) assertWraps(article);
});

test('fitWidth cuts by display width with an ellipsis', () => {
	assert.equal(fitWidth('headline', 8), 'headline');
	assert.equal(fitWidth('headline', 5), 'head…');
	assert.equal(fitWidth('日本語の', 5), '日本…');
	assert.equal(fitWidth('anything', 0), '');
});
