import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {helpRows, type Command} from '../../source/state/keys.js';
import {HELP_TITLE_ROWS, initialState, layoutOf, reduce, topLine, type ReaderState} from '../../source/state/reader.js';
import {statusOf} from '../../source/state/status.js';

const article = (title: string, count: number): Article => ({
	file: `${title}.txt`,
	title,
	paragraphs: [title, ...Array.from({length: count}, (_, index) => `Paragraph ${index + 1} of ${title}, long enough to wrap onto a second line at forty columns.`)],
});
const press = (state: ReaderState, ...commands: Command[]) =>
	commands.reduce((next, command) => reduce(next, {type: 'command', command}), state);
// 40x12: a pager of 10 rows, text wrapped to 38 columns.
const start = (...articles: Article[]) => initialState(articles, 40, 12);
const long = article('Long', 40);
const topText = (state: ReaderState) => {
	const line = layoutOf(state).lines[topLine(state)]!;
	return line.start < 0 ? '' : state.articles[state.article]!.paragraphs[line.paragraph]!.slice(line.start, line.end);
};

test('lines, pages and half pages move the top line; a page keeps one line of the last', () => {
	const state = start(long);
	assert.equal(topLine(press(state, 'lineDown', 'lineDown', 'lineUp')), 1);
	assert.equal(topLine(press(state, 'pageDown')), 9);
	assert.equal(topLine(press(state, 'pageDown', 'pageUp')), 0);
	assert.equal(topLine(press(state, 'halfPageDown', 'halfPageDown')), 10);
	assert.equal(topLine(press(state, 'halfPageDown', 'halfPageUp')), 0);
});

test('the top and the end stop paging: the text ends on the pager\'s last row', () => {
	const state = start(long);
	const lines = layoutOf(state).lines.length;
	assert.equal(topLine(press(state, 'lineUp')), 0);
	assert.equal(topLine(press(state, 'bottom')), lines - 10);
	assert.equal(topLine(press(state, 'bottom', 'pageDown', 'lineDown')), lines - 10);
	assert.equal(topLine(press(state, 'bottom', 'top')), 0);
});

test('the status line says where you are', () => {
	const state = start(long, article('Short', 1));
	assert.deepEqual(statusOf(state), {article: '1/2', title: 'Long', position: 'Top', hint: '? help · q quit'});
	assert.equal(statusOf(press(state, 'bottom')).position, 'End');
	assert.match(statusOf(press(state, 'pageDown')).position, /^\d+%$/);
	assert.equal(statusOf(press(state, 'nextArticle')).position, 'All');
	assert.equal(statusOf(start(long)).article, '');
});

test('a resize re-wraps and keeps the paragraph being read at the top', () => {
	let state = press(start(long), 'pageDown', 'pageDown', 'pageDown', 'lineDown');
	const before = layoutOf(state).lines[topLine(state)]!;
	state = reduce(state, {type: 'resize', columns: 70, rows: 30});
	const after = layoutOf(state).lines[topLine(state)]!;
	assert.equal(after.paragraph, before.paragraph);
	assert.ok(after.start <= before.start && before.start <= after.end);
	state = reduce(state, {type: 'resize', columns: 40, rows: 12});
	assert.deepEqual(layoutOf(state).lines[topLine(state)], before);
});

test('articles change with ] and [, stop at the ends, and keep their place', () => {
	let state = start(long, article('Second', 30));
	state = press(state, 'pageDown');
	const place = topText(state);
	state = press(state, 'nextArticle', 'nextArticle');
	assert.equal(state.article, 1);
	assert.equal(topLine(state), 0);
	state = press(state, 'lineDown', 'previousArticle', 'previousArticle');
	assert.equal(state.article, 0);
	assert.equal(topText(state), place);
	assert.equal(topLine(press(state, 'nextArticle')), 1);
});

test('the list picks an article; Esc or l closes it; keys move its cursor', () => {
	const articles = [long, article('Two', 3), article('Three', 3)];
	let state = press(start(...articles), 'toggleList');
	assert.equal(state.overlay, 'list');
	assert.equal(state.listCursor, 0);
	state = press(state, 'lineDown', 'lineDown', 'lineDown', 'lineUp');
	assert.equal(state.listCursor, 1);
	assert.equal(topLine(state), 0, 'the text does not move under the list');
	state = press(state, 'choose');
	assert.equal(state.overlay, undefined);
	assert.equal(state.article, 1);
	assert.equal(press(state, 'toggleList', 'bottom').listCursor, 2);
	assert.equal(press(state, 'toggleList', 'close').overlay, undefined);
	assert.equal(press(state, 'toggleList', 'toggleList').overlay, undefined);
	assert.equal(press(state, 'toggleList', 'toggleHelp').overlay, 'help');
});

test('help opens with ?, scrolls when taller than the pager, and closes with Esc or ?', () => {
	let state = press(start(long), 'toggleHelp');
	assert.equal(state.overlay, 'help');
	state = press(state, 'bottom');
	assert.equal(state.helpTop, HELP_TITLE_ROWS + helpRows().length - 10);
	assert.equal(press(state, 'close').overlay, undefined);
	assert.equal(press(state, 'toggleHelp').overlay, undefined);
	assert.equal(topLine(press(state, 'close')), 0, 'paging keys in help do not move the text');
	const tall = reduce(state, {type: 'resize', columns: 80, rows: 60});
	assert.equal(tall.helpTop, 0);
});

test('Esc without an overlay, Enter in the text and quit change nothing', () => {
	const state = start(long);
	assert.equal(press(state, 'close', 'choose', 'quit'), state);
});

test('a 10,000-line article pages like a short one', () => {
	const huge = article('Huge', 5000);
	let state = start(huge);
	state = press(state, 'bottom');
	assert.equal(statusOf(state).position, 'End');
	state = press(state, 'pageUp', 'lineUp');
	assert.equal(topLine(state), layoutOf(state).lines.length - 10 - 9 - 1);
});
