import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {SearchResults} from '../../source/core/search/types.js';
import {
	currentMatch,
	initialSearch,
	matchStatus,
	reduceSearch,
	searchMarks,
	selectedResult,
	withoutMessage,
	type SearchAction,
	type SearchState,
} from '../../source/state/search.js';

const run = (state: SearchState, ...actions: SearchAction[]): SearchState => actions.reduce(reduceSearch, state);
const typed = (text: string): SearchState => run(initialSearch, {type: 'open'}, ...[...text].map(character => ({type: 'insert', text: character}) as const));

// Two paragraph hits, ranked against reading order: article 2 first, then article 0.
const results = (query: string): SearchResults => ({
	query,
	speakers: [{article: 0, name: 'Sergei Lavrov', quotes: 8, score: 0.2, matches: [[7, 13]]}],
	paragraphs: [
		{article: 2, paragraph: 1, score: 0.1, matches: [[0, 6]]},
		{article: 0, paragraph: 3, score: 0.2, matches: [[4, 10], [20, 26]]},
	],
	matchCount: 3,
});

test('typing, moving the caret, backspace and Ctrl-U edit the query', () => {
	let state = typed('lavrf');
	assert.deepEqual([state.editing, state.query, state.cursor], [true, 'lavrf', 5]);
	state = run(state, {type: 'cursorLeft'}, {type: 'insert', text: 'o'});
	assert.deepEqual([state.query, state.cursor], ['lavrof', 5]);
	state = run(state, {type: 'cursorEnd'}, {type: 'backspace'}, {type: 'insert', text: 'v'});
	assert.equal(state.query, 'lavrov');
	state = run(state, {type: 'cursorHome'}, {type: 'deleteForward'}, {type: 'cursorRight'});
	assert.deepEqual([state.query, state.cursor], ['avrov', 1]);
	state = run(state, {type: 'backspace'}, {type: 'backspace'});
	assert.deepEqual([state.query, state.cursor], ['vrov', 0]);
	assert.deepEqual(run(state, {type: 'clearQuery'}), {...state, query: '', cursor: 0});
	assert.equal(run(typed('a'), {type: 'insert', text: 'b\nc\td'}).query, 'ab c d');
	// An emoji is one character to the caret.
	assert.deepEqual(run(typed('x😀'), {type: 'backspace'}).query, 'x');
	assert.equal(run(typed('x😀'), {type: 'cursorLeft'}).cursor, 1);
});

test('results arrive for the current words only; editing drops them', () => {
	const state = run(typed('lavrof'), {type: 'results', results: results('lavro')});
	assert.equal(state.results, undefined, 'a stale answer is ignored');
	const answered = run(state, {type: 'results', results: results('lavrof')});
	assert.equal(answered.results?.query, 'lavrof');
	assert.equal(answered.matches.length, 3);
	const more = run(answered, {type: 'select', delta: 1}, {type: 'insert', text: 'x'});
	assert.deepEqual([more.results, more.selected, more.matches, more.current], [undefined, 0, [], -1]);
	// Moving the caret keeps the answer.
	assert.equal(run(answered, {type: 'cursorLeft'}).results, answered.results);
});

test('a fresh answer to the same words (more speakers known) keeps the choice, within the new rows', () => {
	const answered = run(typed('lavrof'), {type: 'results', results: results('lavrof')}, {type: 'select', delta: 2});
	assert.equal(answered.selected, 2);
	const again = run(answered, {type: 'results', results: results('lavrof')});
	assert.equal(again.selected, 2);
	const fewer = {...results('lavrof'), speakers: []};
	assert.equal(run(answered, {type: 'results', results: fewer}).selected, 1, 'kept inside the rows there are');
	assert.equal(run(typed('lavro'), {type: 'results', results: results('lavro')}, {type: 'select', delta: 2}, {type: 'insert', text: 'f'}, {type: 'results', results: results('lavrof')}).selected, 0, 'new words start at the top');
});

test('up and down choose among speakers then paragraphs, within bounds', () => {
	let state = run(typed('lavrof'), {type: 'results', results: results('lavrof')});
	assert.deepEqual(selectedResult(state), {kind: 'speaker', index: 0});
	state = run(state, {type: 'select', delta: 1});
	assert.deepEqual(selectedResult(state), {kind: 'paragraph', index: 0, hit: results('lavrof').paragraphs[0]});
	state = run(state, {type: 'select', delta: 10});
	assert.equal(state.selected, 2);
	state = run(state, {type: 'select', delta: -10});
	assert.equal(state.selected, 0);
	assert.equal(run(typed('q'), {type: 'select', delta: 1}).selected, 0);
});

test('Enter opens the chosen paragraph at its first match; n and N step through all matches in reading order', () => {
	const answered = run(typed('lavrof'), {type: 'results', results: results('lavrof')});
	// Reading order: article 0 paragraph 3 (two matches), then article 2 paragraph 1.
	assert.deepEqual(answered.matches.map(match => [match.article, match.paragraph, match.start]), [[0, 3, 4], [0, 3, 20], [2, 1, 0]]);
	let state = run(answered, {type: 'select', delta: 1}, {type: 'accept'});
	assert.deepEqual([state.editing, state.highlighting], [false, true]);
	assert.deepEqual(currentMatch(state), {article: 2, paragraph: 1, start: 0, end: 6});
	assert.equal(matchStatus(state), 'match 3/3');
	state = run(state, {type: 'step', direction: 1});
	assert.deepEqual(currentMatch(state), {article: 0, paragraph: 3, start: 4, end: 10});
	assert.equal(matchStatus(state), 'match 1/3 · wrapped to the first');
	state = run(state, {type: 'step', direction: -1}, {type: 'step', direction: -1});
	assert.equal(matchStatus(state), 'match 2/3');
	// A speaker opens their article at its first match.
	assert.deepEqual(currentMatch(run(answered, {type: 'accept'})), {article: 0, paragraph: 3, start: 4, end: 10});
	// Enter with nothing to choose leaves the line, saying so.
	const nothing = run(typed('zz'), {type: 'results', results: {query: 'zz', speakers: [], paragraphs: [], matchCount: 0}});
	assert.deepEqual(run(nothing, {type: 'accept'}), {...nothing, editing: false, message: 'no matches for "zz"'});
});

test('the chosen article gets its matches as marks, the current one standing out; Esc clears everything', () => {
	const state = run(typed('lavrof'), {type: 'results', results: results('lavrof')}, {type: 'accept'});
	const marks = searchMarks(state, 0);
	assert.deepEqual(marks.map(mark => [mark.paragraph, mark.start, mark.end]), [[3, 4, 10], [3, 20, 26]]);
	assert.ok(marks[0]!.style.inverse && marks[0]!.style.underline);
	assert.ok(marks[1]!.style.inverse && !marks[1]!.style.underline);
	assert.deepEqual(searchMarks(state, 1), []);
	assert.deepEqual(searchMarks(run(state, {type: 'close'}), 0), []);
	assert.deepEqual(run(state, {type: 'close'}), initialSearch);
	assert.equal(matchStatus(run(state, {type: 'close'})), undefined);
	assert.equal(run(state, {type: 'open'}).query, '', '/ starts a new search');
});

test('an answer that comes after Enter (speakers still being found) leaves the opened match current', () => {
	const opened = run(typed('lavrof'), {type: 'results', results: results('lavrof')}, {type: 'select', delta: 1}, {type: 'accept'});
	assert.equal(matchStatus(opened), 'match 3/3');
	const late = run(opened, {type: 'results', results: results('lavrof')});
	assert.equal(matchStatus(late), 'match 3/3');
	assert.equal(matchStatus(run(late, {type: 'step', direction: 1})), 'match 1/3 · wrapped to the first', 'n goes on from the opened match');
});

test('a fresh answer keeps the chosen result chosen, wherever the new ranking puts it', () => {
	const answered = run(typed('lavrof'), {type: 'results', results: results('lavrof')}, {type: 'select', delta: 2});
	assert.deepEqual(selectedResult(answered), {kind: 'paragraph', index: 1, hit: results('lavrof').paragraphs[1]});
	const reranked = {...results('lavrof'), paragraphs: [...results('lavrof').paragraphs].reverse()};
	const again = run(answered, {type: 'results', results: reranked});
	assert.deepEqual(selectedResult(again), {kind: 'paragraph', index: 0, hit: reranked.paragraphs[0]});
});

test('Enter before the answer has come opens the first result when it comes; typing on cancels that', () => {
	const waiting = run(typed('lavrof'), {type: 'accept'});
	assert.equal(waiting.editing, true, 'the line stays until there is something to open');
	const opened = run(waiting, {type: 'results', results: results('lavrof')});
	assert.deepEqual([opened.editing, opened.highlighting, matchStatus(opened)], [false, true, 'match 1/3']);
	const retyped = run(waiting, {type: 'insert', text: 'x'}, {type: 'results', results: results('lavrofx')});
	assert.deepEqual([retyped.editing, retyped.highlighting], [true, false]);
});

test('what n, N and Enter met is said, as less does: no search, no matches, wrapping round', () => {
	assert.equal(matchStatus(run(initialSearch, {type: 'step', direction: 1})), 'no search: / starts one');
	const nothing = run(typed('zzqqx'), {type: 'results', results: {query: 'zzqqx', speakers: [], paragraphs: [], matchCount: 0}}, {type: 'accept'});
	assert.equal(matchStatus(nothing), 'no matches for "zzqqx"');
	assert.equal(matchStatus(run(typed('  '), {type: 'accept'})), undefined, 'an empty line just closes');
	const opened = run(typed('lavrof'), {type: 'results', results: results('lavrof')}, {type: 'select', delta: 1}, {type: 'accept'});
	assert.equal(matchStatus(opened), 'match 3/3');
	assert.equal(matchStatus(run(opened, {type: 'step', direction: 1})), 'match 1/3 · wrapped to the first');
	assert.equal(matchStatus(run(opened, {type: 'step', direction: -1})), 'match 2/3');
	assert.equal(matchStatus(run(opened, {type: 'step', direction: -1}, {type: 'step', direction: -1}, {type: 'step', direction: -1})), 'match 3/3 · wrapped to the last');
	const lone = {...results('lavrof'), speakers: [], paragraphs: [results('lavrof').paragraphs[0]!], matchCount: 1};
	assert.equal(matchStatus(run(typed('lavrof'), {type: 'results', results: lone}, {type: 'accept'}, {type: 'step', direction: 1})), 'match 1/1 · the only match');
	assert.equal(withoutMessage(run(opened, {type: 'step', direction: 1})).message, undefined, 'the next key takes the message away');
});
