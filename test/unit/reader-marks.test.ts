import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {fuzzyFilter} from '../../source/core/fuzzy-filter.js';
import {listView} from '../../source/state/article-list.js';
import {commandFor} from '../../source/state/keys.js';
import {initialState, reduce, type ReaderState} from '../../source/state/reader.js';

// Sources' fields (source, published) as core/sources gives them.
// In a folder of its own: the list matches the folder's name too, and the checkout's could hold any letter.
const article = (title: string, extra: Record<string, string> = {}): Article => ({file: `/x/${title}.txt`, title, paragraphs: [title, 'Text.'], ...extra});
const keys = (state: ReaderState, ...names: string[]) => names.reduce((next, key) => reduce(next, {type: 'key', key}), state);
const three = [article('One'), article('Two'), article('Three')];

test('the article opened is read, at start and after; U marks it unread again, A marks all read', () => {
	let state = initialState(three, 80, 24);
	assert.deepEqual(state.read, [true, false, false]);
	state = keys(state, ']');
	assert.deepEqual(state.read, [true, true, false]);
	state = keys(state, 'U');
	assert.deepEqual(state.read, [true, false, false]);
	assert.deepEqual(keys(state, 'U').read, [true, true, false]);
	assert.deepEqual(keys(state, 'A').read, [true, true, true]);
});

test('* stars the article and unstars it', () => {
	const state = keys(initialState(three, 80, 24), ']', '*');
	assert.deepEqual(state.starred, [false, true, false]);
	assert.deepEqual(keys(state, '*').starred, [false, false, false]);
});

test('what was remembered: the article left on (now read), each position and mark', () => {
	const state = initialState(three, 80, 24, {
		remembered: {article: 2, positions: [{paragraph: 0, offset: 0}, {paragraph: 1, offset: 0}, {paragraph: 1, offset: 0}], read: [true, false, false], starred: [false, true, false]},
	});
	assert.equal(state.article, 2);
	assert.deepEqual(state.read, [true, false, true]);
	assert.deepEqual(state.starred, [false, true, false]);
	assert.deepEqual(state.positions[1], {paragraph: 1, offset: 0});
});

test('the new keys are in the one key table, clear of the others', () => {
	assert.equal(commandFor('U'), 'toggleRead');
	assert.equal(commandFor('A'), 'markAllRead');
	assert.equal(commandFor('*'), 'toggleStar');
	assert.equal(commandFor('N'), 'previousMatch');
});

test('the list: after /, typing filters fuzzily, Backspace and Esc undo it, Enter opens the best match', () => {
	assert.equal(keys(initialState(three, 80, 24), 'l', 't').listFilter, '', 'keys are keys before /');
	let state = keys(initialState(three, 80, 24), 'l', '/', 't', 'h', 'e');
	assert.equal(state.listFilter, 'the');
	assert.equal(state.overlay, 'list');
	assert.deepEqual(listView(three, state.read, state.listFilter).order, [2]);
	state = keys(state, 'backspace', 'backspace');
	assert.deepEqual(listView(three, state.read, state.listFilter).order, [1, 2], 'equal matches keep the list order');
	assert.equal(keys(state, 'escape').listFilter, '');
	assert.equal(keys(state, 'escape', 'escape').overlay, undefined);
	state = keys(state, 'down', 'return');
	assert.equal(state.article, 2);
	assert.equal(state.overlay, undefined);
	// Filtered to nothing, Enter stays.
	assert.equal(keys(initialState(three, 80, 24), 'l', '/', 'z', 'z', 'return').overlay, 'list');
	assert.equal(keys(initialState(three, 80, 24), 'l', '/', 'q').quit, false, 'q is typed into the filter');
});

test('fuzzy filter: letters in order, word starts and runs first, every word must match', () => {
	const titles = ['Lavrov meets Kim', 'Trade talks stall', 'Moscow to develop cooperation', 'A slavic review'];
	assert.deepEqual(fuzzyFilter(titles, 'lav'), [0, 3]);
	assert.deepEqual(fuzzyFilter(titles, 'mos coop'), [2]);
	assert.deepEqual(fuzzyFilter(titles, 'tts'), [1]);
	assert.deepEqual(fuzzyFilter(titles, ''), [0, 1, 2, 3]);
});

test('feed items are grouped by source with unread counts per source', () => {
	const items = [
		article('A1', {source: 'BBC', published: '2026-12-03T08:00:00Z'}),
		article('A2', {source: 'BBC', published: '2026-12-02T08:00:00Z'}),
		article('B1', {source: 'LWN', published: '2026-12-03T09:00:00Z'}),
	];
	const view = listView(items, [true, false, false], '');
	assert.deepEqual(view.rows, [
		{kind: 'group', source: 'BBC', unread: 1, total: 2},
		{kind: 'article', article: 0},
		{kind: 'article', article: 1},
		{kind: 'group', source: 'LWN', unread: 1, total: 1},
		{kind: 'article', article: 2},
	]);
});
