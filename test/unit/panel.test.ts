// The side panel's state: speaker order, moving, expanding, scrolling, jumping and resetting.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ArticleQuotes, Quote} from '../../source/core/quotes/types.js';
import {
	createPanel,
	panelBody,
	panelLayout,
	reducePanel,
	speakerGroups,
	type PanelAction,
	type PanelState,
} from '../../source/state/panel.js';

const quote = (speaker: string | null, paragraph: number, start: number, text: string): Quote => ({
	speaker,
	kind: 'direct',
	text,
	paragraph,
	start,
	end: start + text.length,
	via: null,
});

// Listed out of order on purpose: the panel orders speakers by their quotes itself.
const quotes: ArticleQuotes = {
	speakers: [
		{name: 'Health Ministry', aliases: [], kind: 'organization', quotes: 1},
		{name: 'Bo Chen', aliases: ['Chen'], kind: 'person', quotes: 2},
		{name: 'Ana Diaz', aliases: ['Diaz'], title: 'Mayor of Lima', kind: 'person', quotes: 3},
	],
	quotes: [
		quote('Ana Diaz', 1, 0, 'We will rebuild.'),
		quote('Bo Chen', 2, 4, 'Not yet.'),
		quote('Health Ministry', 3, 10, 'Cases are falling.'),
		quote('Ana Diaz', 4, 2, 'Soon.'),
		quote(null, 5, 0, 'It was chaos.'),
		quote('Bo Chen', 6, 7, 'Maybe next week.'),
		quote('Ana Diaz', 7, 1, 'Thank you.'),
	],
};

const noQuotes: ArticleQuotes = {speakers: [], quotes: []};

const run = (state: PanelState, actions: PanelAction[], on = quotes) =>
	actions.reduce((current, action) => reducePanel(current, action, on), state);

const layoutOf = (state: PanelState, on = quotes) => panelLayout(on, state.expanded, panelBody(state.width, state.height).width);

/** The cursor's row lies inside the body, or starts at its top when it is taller. */
function assertCursorVisible(state: PanelState) {
	const layout = layoutOf(state);
	const bodyHeight = panelBody(state.width, state.height).height;
	const start = layout.starts[state.cursor]!;
	const end = start + layout.heights[state.cursor]!;
	assert.ok(start >= state.top, `row starts at ${start}, above top ${state.top}`);
	assert.ok(end <= state.top + bodyHeight || start === state.top, `row ends at ${end}, below ${state.top + bodyHeight}`);
}

test('speakers come by number of quotes, unattributed quotes last, quotes in reading order', () => {
	const groups = speakerGroups(quotes);
	assert.deepEqual(
		groups.map(group => group.speaker?.name ?? null),
		['Ana Diaz', 'Bo Chen', 'Health Ministry', null],
	);
	assert.deepEqual(groups[0]!.quotes, [0, 3, 6]);
	assert.deepEqual(groups[1]!.quotes, [1, 5]);
	assert.deepEqual(groups[3]!.quotes, [4]);
});

test('a quote naming a speaker missing from the list still gets a row', () => {
	const stray: ArticleQuotes = {speakers: [], quotes: [quote('Li Wei', 1, 0, 'Hello.')]};
	assert.deepEqual(
		speakerGroups(stray).map(group => [group.speaker?.name, group.speaker?.kind, group.quotes]),
		[['Li Wei', 'unknown', [0]]],
	);
});

test('the panel starts collapsed, on the first speaker', () => {
	const state = createPanel(40, 20);
	assert.equal(state.cursor, 0);
	assert.deepEqual(
		layoutOf(state).rows.map(row => row.kind),
		['speaker', 'speaker', 'speaker', 'speaker'],
	);
	// A speaker with a title takes two lines.
	assert.deepEqual(layoutOf(state).heights, [2, 1, 1, 1]);
});

test('moving stops at the first and last rows; first and last jump there', () => {
	const start = createPanel(40, 20);
	assert.equal(run(start, [{type: 'move', by: -1}]).cursor, 0);
	assert.equal(run(start, [{type: 'move', by: 1}, {type: 'move', by: 1}]).cursor, 2);
	assert.equal(run(start, Array(9).fill({type: 'move', by: 1})).cursor, 3);
	assert.equal(run(start, [{type: 'last'}]).cursor, 3);
	assert.equal(run(start, [{type: 'last'}, {type: 'first'}]).cursor, 0);
});

test('Enter on a speaker shows their quotes below it, and again hides them', () => {
	const opened = run(createPanel(40, 20), [{type: 'move', by: 1}, {type: 'enter'}]);
	assert.deepEqual(opened.expanded, ['Bo Chen']);
	assert.equal(opened.cursor, 1);
	assert.deepEqual(layoutOf(opened).rows, [
		{kind: 'speaker', group: 0},
		{kind: 'speaker', group: 1},
		{kind: 'quote', group: 1, quote: 1},
		{kind: 'quote', group: 1, quote: 5},
		{kind: 'speaker', group: 2},
		{kind: 'speaker', group: 3},
	]);
	const closed = run(opened, [{type: 'enter'}]);
	assert.deepEqual(closed.expanded, []);
	assert.equal(layoutOf(closed).rows.length, 4);
});

test('collapse on a quote folds its speaker and puts the cursor back on the speaker', () => {
	const onQuote = run(createPanel(40, 20), [{type: 'enter'}, {type: 'move', by: 2}]);
	assert.deepEqual(layoutOf(onQuote).rows[onQuote.cursor], {kind: 'quote', group: 0, quote: 3});
	const folded = run(onQuote, [{type: 'collapse'}]);
	assert.deepEqual(folded.expanded, []);
	assert.equal(folded.cursor, 0);
	assert.deepEqual(run(folded, [{type: 'collapse'}]), {...folded, jump: null});
});

test('Enter on a quote gives the jump target once and keeps the quote highlighted', () => {
	const onQuote = run(createPanel(40, 20), [{type: 'enter'}, {type: 'move', by: 2}]);
	assert.equal(onQuote.jump, null);
	const jumped = run(onQuote, [{type: 'enter'}]);
	assert.deepEqual(jumped.jump, {paragraph: 4, start: 2, end: 7});
	assert.equal(jumped.highlighted, 3);
	// Enter again asks for the jump again (the reader may have scrolled away meanwhile).
	assert.notEqual(run(jumped, [{type: 'enter'}]).jump, null);
	const moved = run(jumped, [{type: 'move', by: 1}]);
	assert.equal(moved.jump, null);
	assert.equal(moved.highlighted, 3);
});

test('the body scrolls so the cursor row stays in view, moving as little as possible', () => {
	// 40x8: a body of 5 lines; every speaker expanded makes 11 rows, 19 lines.
	let state = run(createPanel(40, 8), [
		{type: 'enter'},
		{type: 'last'},
		{type: 'enter'},
		{type: 'first'},
		{type: 'move', by: 4},
		{type: 'enter'},
		{type: 'move', by: 3},
		{type: 'enter'},
		{type: 'first'},
	]);
	assert.equal(layoutOf(state).rows.length, 11);
	assert.equal(layoutOf(state).total, 19);
	assert.equal(state.top, 0);
	const tops: number[] = [];
	for (let step = 0; step < 10; step++) {
		state = run(state, [{type: 'move', by: 1}]);
		assertCursorVisible(state);
		tops.push(state.top);
	}
	assert.equal(state.cursor, 10);
	assert.equal(state.top, 19 - 5, 'at the last row the body ends with it');
	assert.deepEqual(tops, [...tops].sort((a, b) => a - b), 'moving down never scrolls up');
	const up = run(state, [{type: 'move', by: -1}]);
	assert.equal(up.top, state.top, 'a row already in view does not scroll');
	for (let step = 0; step < 10; step++) {
		state = run(state, [{type: 'move', by: -1}]);
		assertCursorVisible(state);
	}
	assert.equal(state.top, 0);
});

test('expanding near the bottom scrolls the new quotes into view, keeping the speaker', () => {
	const state = run(createPanel(40, 8), [{type: 'last'}, {type: 'move', by: -2}, {type: 'enter'}]);
	// Bo Chen on line 2 of 5 shown; expanded, his two quotes take four more lines, so he moves to the top.
	const layout = layoutOf(state);
	assert.equal(state.top, layout.starts[state.cursor]);
	assertCursorVisible(state);
});

test('a quote taller than the body shows from its first line', () => {
	const long: ArticleQuotes = {
		speakers: [{name: 'Ana Diaz', aliases: [], kind: 'person', quotes: 1}],
		quotes: [quote('Ana Diaz', 1, 0, 'word '.repeat(60).trim())],
	};
	const state = run(createPanel(30, 8), [{type: 'enter'}, {type: 'move', by: 1}], long);
	assert.ok(layoutOf(state, long).heights[1]! > 5);
	assert.equal(state.top, 1);
});

test('page down and up move a body height at a time, then to the ends', () => {
	const open = run(createPanel(40, 8), [{type: 'enter'}, {type: 'move', by: 4}, {type: 'enter'}]);
	assert.equal(layoutOf(open).total, 15);
	const down = run(open, [{type: 'first'}, {type: 'page', by: 1}]);
	assert.equal(down.top, 5);
	assert.equal(layoutOf(down).starts[down.cursor], 6, 'the first row that starts in view');
	const bottom = run(down, [{type: 'page', by: 1}, {type: 'page', by: 1}]);
	assert.equal(bottom.top, 10);
	assert.equal(bottom.cursor, layoutOf(bottom).rows.length - 1);
	const back = run(bottom, [{type: 'page', by: -1}]);
	assert.equal(back.top, 5);
	assertCursorVisible(back);
	assert.equal(run(back, [{type: 'page', by: -1}, {type: 'page', by: -1}]).cursor, 0);
});

test('resizing rewraps quotes and keeps the cursor in view', () => {
	const wide = run(createPanel(80, 8), [{type: 'enter'}, {type: 'move', by: 3}]);
	const narrow = run(wide, [{type: 'resize', width: 14, height: 8}]);
	assert.equal(narrow.width, 14);
	assert.ok(layoutOf(narrow).total > layoutOf(wide).total);
	assert.equal(narrow.cursor, 3);
	assertCursorVisible(narrow);
});

test('reset (a new article) starts over at the same size', () => {
	const used = run(createPanel(40, 8), [{type: 'enter'}, {type: 'move', by: 1}, {type: 'enter'}, {type: 'move', by: 3}]);
	assert.deepEqual(run(used, [{type: 'reset'}], noQuotes), createPanel(40, 8));
});

test('an article without quotes has no rows, and keys do nothing', () => {
	const state = run(createPanel(40, 8), [{type: 'move', by: 1}, {type: 'enter'}, {type: 'page', by: 1}, {type: 'last'}, {type: 'collapse'}], noQuotes);
	assert.deepEqual(state, createPanel(40, 8));
	assert.equal(layoutOf(state, noQuotes).rows.length, 0);
});

test('the body is the panel less its border and header', () => {
	assert.deepEqual(panelBody(30, 10), {width: 28, height: 7});
	assert.deepEqual(panelBody(2, 2), {width: 1, height: 0});
});
