// The People view's state: filtering as a name is typed (typos forgiven), a person's quotes by
// article, the jump to a quote in its text and Esc back to the same row, through the reader's reducer.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {findPeople, peopleFilter} from '../../source/core/people/index.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {knownQuotes} from '../../source/state/article-quotes.js';
import {initialPeople, openPeople, personAtCursor, reducePeople, type PeopleAction, type PeopleDirectory, type PeopleState} from '../../source/state/people.js';
import {initialState, reduce, type ReaderState} from '../../source/state/reader.js';

const articles: Article[] = [
	{file: 'a.txt', title: 'Budget agreed', paragraphs: ['Budget agreed', '"We have a deal," House Speaker Nancy Pelosi said.', 'Senator Chuck Schumer agreed. "It is done," Schumer said.']},
	{file: 'b.txt', title: 'Budget signed', paragraphs: ['Budget signed', 'The weather was fine.', '"It was worth the wait," Nancy Pelosi told reporters.', '"Now we rest," Pelosi said.']},
	{file: 'c.txt', title: 'Floods', paragraphs: ['Floods', '"The water is rising," Mayor Ana Costa said.']},
];

function directory(progress = 100): PeopleDirectory {
	const {people, mentions} = findPeople(articles, extractQuotes);
	return {people, mentions, filter: peopleFilter(people), progress};
}

const size = {width: 80, height: 10};
const act = (state: PeopleState, ...actions: PeopleAction[]): PeopleState => actions.reduce((next, action) => reducePeople(next, action, size), state);
const typed = (state: PeopleState, text: string): PeopleState => act(state, ...[...text].map(character => ({type: 'insert', text: character}) as const));
const names = (state: PeopleState): string[] => state.rows.map(row => state.directory!.people[row]!.name);

test('the rows are everyone, most quoted first; typing narrows them, forgiving a typo', () => {
	const opened = openPeople(act(initialPeople, {type: 'directory', directory: directory()}), size);
	assert.deepEqual(names(opened), ['Nancy Pelosi', 'Ana Costa', 'Chuck Schumer']);
	assert.deepEqual(names(typed(opened, 'pelossi')), ['Nancy Pelosi']);
	assert.deepEqual(names(typed(opened, 'chuk')), ['Chuck Schumer']);
	assert.deepEqual(names(typed(opened, 'nancy pel')), ['Nancy Pelosi'], 'every word, the last one unfinished');
	assert.deepEqual(names(typed(opened, 'mayor')), ['Ana Costa'], 'titles count too');
	assert.deepEqual(names(typed(opened, 'zzzz')), []);
	const back = act(typed(opened, 'pelossi'), {type: 'backspace'}, {type: 'backspace'}, {type: 'backspace'});
	assert.equal(back.query, 'pelo');
	assert.deepEqual(names(act(back, {type: 'clearQuery'})), names(opened));
});

test('the cursor moves over the rows and stays on its person as more people are found', () => {
	let state = openPeople(act(initialPeople, {type: 'directory', directory: directory(40)}), size);
	state = act(state, {type: 'move', by: 1});
	assert.equal(personAtCursor(state)!.name, 'Ana Costa');
	state = act(state, {type: 'move', by: 10});
	assert.equal(state.cursor, 2, 'never past the last row');
	state = act(state, {type: 'first'}, {type: 'move', by: 1}, {type: 'directory', directory: directory(100)});
	assert.equal(personAtCursor(state)!.name, 'Ana Costa');
});

test("Enter lists a person's quotes by article; Enter on a quote asks for it to be shown; back returns to the row", () => {
	let state = typed(openPeople(act(initialPeople, {type: 'directory', directory: directory()}), size), 'pelosi');
	state = act(state, {type: 'enter'});
	assert.ok(state.list);
	assert.deepEqual(
		state.list.items.map(item => (item.kind === 'article' ? articles[item.article]!.title : item.quote.text)),
		['Budget agreed', 'We have a deal,', 'Budget signed', 'It was worth the wait,', 'Now we rest,'],
	);
	state = act(state, {type: 'move', by: 1}, {type: 'move', by: 1}, {type: 'enter'});
	assert.deepEqual(state.jump, {article: 1, paragraph: 3, start: 1, end: 13});
	state = act(state, {type: 'move', by: 1});
	assert.equal(state.jump, null, 'asked once');
	assert.equal(state.list!.cursor, 2, 'the last quote is the last');
	state = act(state, {type: 'back'});
	assert.equal(state.list, undefined);
	assert.equal(state.query, 'pelosi');
	assert.equal(personAtCursor(state)!.name, 'Nancy Pelosi');
});

test('showPerson opens the view on a person', () => {
	const state = act(typed(act(initialPeople, {type: 'directory', directory: directory()}), 'ana'), {type: 'showPerson', person: 2});
	assert.equal(state.query, '');
	assert.equal(personAtCursor(state)!.name, 'Chuck Schumer');
});

const press = (state: ReaderState, ...keys: string[]): ReaderState => keys.reduce((next, key) => reduce(next, {type: 'key', key}), state);

test('in the reader: p opens People from the text, the panel or the list; a chosen quote opens its article highlighted; Esc comes back', () => {
	let state = reduce(initialState(articles, 120, 30), {type: 'people', action: {type: 'directory', directory: directory()}});
	for (const start of [state, press(state, 'tab'), press(state, 'l')]) {
		const opened = press(start, 'p');
		assert.equal(opened.overlay, 'people');
		assert.equal(opened.people.rows.length, 3);
	}
	state = press(state, 'p', 'p', 'e', 'l', 'o', 's', 's', 'i');
	assert.equal(state.overlay, 'people', 'p types in the filter');
	assert.equal(state.people.query, 'pelossi');
	state = press(state, 'return', 'j', 'return');
	assert.equal(state.overlay, undefined);
	assert.equal(state.article, 1);
	const highlighted = knownQuotes(articles[1]!)!.quotes[state.panel.highlighted!]!;
	assert.equal(highlighted.text, 'It was worth the wait,');
	assert.equal(state.backToPeople, true);
	state = press(state, 'escape');
	assert.equal(state.overlay, 'people');
	assert.equal(state.people.list!.cursor, 1, 'the same row');
	state = press(state, 'escape');
	assert.equal(state.people.list, undefined);
	assert.equal(state.people.query, 'pelossi');
	state = press(state, 'escape');
	assert.equal(state.overlay, undefined);
	assert.equal(press(state, 'q').quit, true, 'q quits once People is closed');
});

test("in the reader: Enter on the search's speaker who is a person opens People at them", () => {
	const people = directory();
	let state = reduce(initialState(articles, 120, 30), {type: 'people', action: {type: 'directory', directory: people}});
	state = press(state, '/', ...'pelosi');
	const pelosi = people.people.findIndex(person => person.name === 'Nancy Pelosi');
	const results = {query: 'pelosi', speakers: [{article: 1, name: 'Nancy Pelosi', quotes: 3, score: 0, matches: [[6, 12]] as Array<[number, number]>, person: {index: pelosi, articles: 2}}], paragraphs: [], matchCount: 0};
	state = reduce(state, {type: 'search', action: {type: 'results', results}});
	state = press(state, 'return');
	assert.equal(state.search.editing, false);
	assert.equal(state.overlay, 'people');
	assert.equal(state.people.query, '');
	assert.equal(personAtCursor(state.people)!.name, 'Nancy Pelosi');
});
