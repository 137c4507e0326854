// Search in the reader's state: `/` opens the line and every key types into it, the core's results
// come in as an action, Enter opens the chosen place, n/N step through the matches across
// articles, Esc clears; the line's row comes off the pager.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {lineAt} from '../../source/core/layout.js';
import {buildSearchIndex, searchIndex} from '../../source/core/search/index.js';
import {SEARCH_LINE_ROWS} from '../../source/state/geometry.js';
import {geometryOf, initialState, layoutOf, reduce, topLine, type ReaderState} from '../../source/state/reader.js';
import {searchMarks} from '../../source/state/search.js';
import {statusOf} from '../../source/state/status.js';

const filler = (count: number) => Array.from({length: count}, (_, index) => `Filler paragraph ${index + 1}, long enough to wrap onto a second line at forty columns.`);
const articles: Article[] = [
	{file: 'a.txt', title: 'Talks in Moscow', paragraphs: ['Talks in Moscow', ...filler(12), 'Foreign Minister Sergei Lavrov met envoys.', 'Lavrov said little.']},
	{file: 'b.txt', title: 'Weather', paragraphs: ['Weather', 'Rain all week.']},
	{file: 'c.txt', title: 'Sanctions', paragraphs: ['Sanctions', 'The ministry of Lavrov answered.']},
];
const index = buildSearchIndex(articles);

const keys = (state: ReaderState, ...names: string[]) => names.reduce((next, key) => reduce(next, {type: 'key', key}), state);
/** Types `/` and the query, then brings the core's answer as the reader's UI does. */
const searched = (state: ReaderState, query: string) => {
	const typed = keys(state, '/', ...[...query].map(character => (character === ' ' ? 'space' : character)));
	return reduce(typed, {type: 'search', action: {type: 'results', results: searchIndex(index, typed.search.query)}});
};
/** The reader once its first frame is drawn, as the UI has it. */
const start = () => initialState(articles, 40, 12);
const showsParagraph = (state: ReaderState, paragraph: number) => {
	const line = lineAt(layoutOf(state), {paragraph, offset: 0});
	return line >= topLine(state) && line < topLine(state) + geometryOf(state).pagerHeight;
};

test('/ opens the search line, which takes a row from the pager and every key as typing', () => {
	const state = start();
	const open = keys(state, '/');
	assert.equal(open.search.editing, true);
	assert.equal(geometryOf(open).pagerHeight, geometryOf(state).pagerHeight - SEARCH_LINE_ROWS);
	// Keys that mean something in the text are letters in the line: q does not quit, n does not step.
	const typed = keys(open, 'q', 'n', 'N', 'j', 'space', '/', '?');
	assert.equal(typed.search.query, 'qnNj /?');
	assert.equal(typed.quit, false);
	assert.equal(topLine(typed), 0);
	assert.equal(keys(typed, 'backspace', 'backspace', 'left', 'x').search.query, 'qnNjx ');
	assert.equal(keys(typed, 'ctrl+u').search.query, '');
	assert.equal(keys(typed, 'tab', '\x15', '\x7f').search.query, 'qnNj /?', 'keys that type nothing are ignored');
	assert.equal(keys(typed, 'ctrl+c').quit, true, 'Ctrl-C still quits');
	assert.equal(statusOf(typed).hint, 'Enter open · Esc close');
});

test('Esc in the line closes it, and the pager has its row back', () => {
	const state = keys(searched(start(), 'lavrof'), 'escape');
	assert.equal(state.search.editing, false);
	assert.equal(state.search.query, '');
	assert.equal(geometryOf(state).pagerHeight, geometryOf(start()).pagerHeight);
});

test('Enter on a paragraph opens its article there, every match highlighted, the chosen one current', () => {
	let state = searched(start(), 'lavrof');
	const {results} = state.search;
	assert.ok(results && results.paragraphs.length === 3);
	// The third result is in the third article; choose it with Down.
	const row = results.speakers.length + results.paragraphs.findIndex(hit => hit.article === 2);
	state = keys(state, ...Array.from({length: row}, () => 'down'), 'return');
	assert.equal(state.search.editing, false);
	assert.equal(state.article, 2);
	assert.equal(statusOf(state).match, 'match 3/3');
	assert.deepEqual(searchMarks(state.search, 2).map(mark => [mark.paragraph, mark.start, mark.end, mark.style.bold]), [[1, 16, 22, true]]);
	assert.equal(searchMarks(state.search, 1).length, 0);
	assert.match(statusOf(state).hint, /n\/N · Esc clear/);
});

test('n and N step through matches in reading order, on into the next article and round again', () => {
	let state = keys(searched(start(), 'lavrof'), 'return');
	// The first result is the best: the paragraph naming Sergei Lavrov, below the first screen.
	assert.equal(state.article, 0);
	assert.equal(statusOf(state).match, 'match 1/3');
	assert.ok(showsParagraph(state, 13), 'the match is brought on screen');
	assert.ok(topLine(state) > 0);
	state = keys(state, 'n');
	assert.deepEqual([state.article, statusOf(state).match], [0, 'match 2/3']);
	assert.ok(showsParagraph(state, 14));
	state = keys(state, 'n');
	assert.deepEqual([state.article, statusOf(state).match], [2, 'match 3/3']);
	state = keys(state, 'n');
	assert.deepEqual([state.article, statusOf(state).match], [0, 'match 1/3 · wrapped to the first'], 'after the last, the first');
	state = keys(state, 'N', 'N');
	assert.deepEqual([state.article, statusOf(state).match], [0, 'match 2/3']);
});

test('Esc in the text clears the highlighting; n then has nothing to step through', () => {
	const highlighted = keys(searched(start(), 'lavrof'), 'return');
	assert.ok(searchMarks(highlighted.search, 0).length > 0);
	const cleared = keys(highlighted, 'escape');
	assert.equal(searchMarks(cleared.search, 0).length, 0);
	assert.equal(statusOf(cleared).match, undefined);
	const stepped = keys(cleared, 'n');
	assert.deepEqual({...stepped, search: {...stepped.search, message: undefined}}, {...cleared, search: {...cleared.search, message: undefined}}, 'n goes nowhere');
	assert.equal(stepped.search.message, 'no search: / starts one');
	assert.deepEqual(keys(start(), 'n', 'N', 'j', 'k'), start(), 'n before any search goes nowhere either');
});

test('a new / starts afresh: the last search and its highlights are gone', () => {
	const again = keys(keys(searched(start(), 'lavrof'), 'return'), '/');
	assert.deepEqual([again.search.editing, again.search.query, again.search.highlighting], [true, '', false]);
});

test('Enter with no results closes the line and goes nowhere', () => {
	const state = searched(start(), 'zzzqqq');
	assert.equal(state.search.results?.paragraphs.length, 0);
	const closed = keys(state, 'return');
	assert.deepEqual([closed.search.editing, closed.article, topLine(closed)], [false, 0, 0]);
});

test('--search opens with the search line open and the query typed', () => {
	const state = initialState(articles, 40, 12, {search: 'kim jong'});
	assert.deepEqual([state.search.editing, state.search.query, state.search.cursor], [true, 'kim jong', 8]);
	assert.equal(geometryOf(state).pagerHeight, 12 - 1 - 1 - SEARCH_LINE_ROWS);
});

test('a late answer for the same words, after Enter (speakers still being found), keeps the opened match current', () => {
	let state = searched(start(), 'lavrof');
	const {results} = state.search;
	const row = results!.speakers.length + results!.paragraphs.findIndex(hit => hit.article === 2);
	state = keys(state, ...Array.from({length: row}, () => 'down'), 'return');
	assert.equal(statusOf(state).match, 'match 3/3');
	state = reduce(state, {type: 'search', action: {type: 'results', results: searchIndex(index, 'lavrof')}});
	assert.equal(statusOf(state).match, 'match 3/3');
	assert.equal(searchMarks(state.search, 2)[0]!.style.bold, true, 'drawn as the current match');
	assert.deepEqual([keys(state, 'n').article, statusOf(keys(state, 'n')).match], [0, 'match 1/3 · wrapped to the first']);
});

test('Enter before the answer (the index still being built) opens the best result when the answer comes', () => {
	const waiting = keys(start(), '/', ...'lavrof', 'return');
	assert.equal(waiting.search.editing, true);
	const opened = reduce(waiting, {type: 'search', action: {type: 'results', results: searchIndex(index, 'lavrof')}});
	assert.deepEqual([opened.search.editing, opened.article, statusOf(opened).match], [false, 0, 'match 1/3']);
	assert.ok(showsParagraph(opened, 13), 'the match is brought on screen');
});

test('the status line says what n and Enter met, until the next key', () => {
	assert.equal(statusOf(keys(start(), 'n')).match, 'no search: / starts one');
	assert.equal(statusOf(keys(start(), 'n', 'j')).match, undefined);
	assert.equal(statusOf(keys(searched(start(), 'zzzqqq'), 'return')).match, 'no matches for "zzzqqq"');
	const last = keys(searched(start(), 'lavrof'), 'return', 'n', 'n');
	assert.equal(statusOf(last).match, 'match 3/3');
	assert.equal(statusOf(keys(last, 'n')).match, 'match 1/3 · wrapped to the first');
	assert.equal(statusOf(keys(last, 'n', 'k')).match, 'match 1/3');
});
