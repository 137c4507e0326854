// A long article in the reader's state: its first screens are there at once, the rest comes in
// slices (core/layout.ts), and keys meanwhile move within what is laid out or wait at the end for it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {layoutMore} from '../../source/core/layout.js';
import {knownQuotes} from '../../source/state/article-quotes.js';
import {lastTop, layoutOf, reduce, initialState, topLine, type ReaderState} from '../../source/state/reader.js';
import {statusOf} from '../../source/state/status.js';

const said = 'Officials said “the bridge will reopen” after the inspection, according to the council.';
const long: Article = (() => {
	const paragraphs = ['A long article', ...Array.from({length: 20_000}, (_, index) => `${index}. ${said} ${said}`)];
	return {file: 'long.txt', title: paragraphs[0]!, paragraphs};
})();
const press = (state: ReaderState, key: string) => reduce(state, {type: 'key', key});
const finish = (state: ReaderState) => {
	while (layoutMore(long, layoutOf(state), {characters: 200_000})) {
		// on to the end
	}
};

test('a long article opens before it is laid out, and without finding its quotes', () => {
	const state = initialState([long], 80, 24);
	assert.equal(layoutOf(state).complete, false);
	assert.equal(knownQuotes(long), undefined);
	assert.equal(statusOf(state).position, 'Top');
	const down = press(press(state, 'j'), 'space');
	assert.equal(topLine(down), 1 + 21);
	assert.equal(statusOf(down).position, '0%', 'never End while lines are still to come');
});

test('G before the end is laid out waits there for it, and lands on the last line', () => {
	const state = initialState([long], 100, 30);
	const bottom = press(state, 'G');
	assert.equal(topLine(bottom), lastTop(bottom), 'at the end of what is laid out');
	assert.notEqual(statusOf(bottom).position, 'End');
	finish(bottom);
	assert.equal(layoutOf(bottom).complete, true);
	assert.equal(topLine(bottom), lastTop(bottom), 'and still at the end once it all is');
	assert.equal(statusOf(bottom).position, 'End');
	assert.ok(layoutOf(bottom).lines[topLine(bottom)]!.paragraph > 19_990, 'the last paragraphs on screen');
});
