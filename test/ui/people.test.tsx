// The People view as drawn: its rows and columns at two widths, the filter and the progress line,
// a person's quotes by article; then in the App, built in the background, opened with p.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {findPeople, peopleFilter} from '../../source/core/people/index.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {initialPeople, openPeople, reducePeople, type PeopleAction, type PeopleState} from '../../source/state/people.js';
import {People} from '../../source/ui/People.js';
import {App, plain, render, sleep} from './reader-harness.js';

const articles: Article[] = [
	{file: 'news/a.txt', title: 'Budget agreed', paragraphs: ['Budget agreed', 'Monday, March 2, 2020', '"We have a deal," House Speaker Nancy Pelosi said.'], dateline: {paragraph: 1, length: 21}},
	{file: 'news/b.txt', title: 'Budget signed', paragraphs: ['Budget signed', '"It was worth the wait," Nancy Pelosi told reporters, according to Reuters.', '"Now we rest," Pelosi said.']},
	{file: 'news/c.txt', title: 'Floods in the valley', paragraphs: ['Floods in the valley', '"The water is rising," officials said.', '"Leave now," Mayor Ana Costa said.']},
];

const size = {width: 79, height: 21};
function viewState(progress = 100, ...actions: PeopleAction[]): PeopleState {
	const {people, mentions} = findPeople(articles, extractQuotes);
	const opened = openPeople(reducePeople(initialPeople, {type: 'directory', directory: {people, mentions, filter: peopleFilter(people), progress}}, size), size);
	return actions.reduce((state, action) => reducePeople(state, action, size), opened);
}

const drawn = (state: PeopleState, width = 79, height = 21): string[] => {
	const {lastFrame, unmount} = render(<People state={state} articles={articles} width={width} height={height} color={false} />);
	const lines = plain(lastFrame()).split('\n');
	unmount();
	return lines;
};

test('one row per person: name, title or description, kind, quotes, articles; the named first, the cursor on the first', () => {
	const lines = drawn(viewState());
	assert.equal(lines[0], ' People · 3 people');
	assert.match(lines[1]!, /Type a name to filter/);
	assert.match(lines[2]!, /^ {3}Name +Title or description +Kind +Quotes +Articles$/);
	assert.match(lines[3]!, /^ › Nancy Pelosi +House Speaker +person +3 +2$/);
	assert.match(lines[4]!, /^ {3}Ana Costa +Mayor +person +1 +1$/);
	assert.match(lines[5]!, /^ {3}officials +in Floods in the valley +— +1 +1$/);
	assert.ok(lines.every(line => line.length <= 80));
});

test('narrow, the title column gives way; the filter line says what is typed and how many match', () => {
	const lines = drawn(viewState(100, ...[...'pelossi'].map(text => ({type: 'insert', text}) as const)), 44);
	assert.equal(lines[1], ' Filter: pelossi (1 of 3)');
	assert.match(lines[3]!, /^ › Nancy Pelosi +person +3 +2$/);
	assert.equal(lines.length, 21);
	assert.ok(lines.every(line => line.length <= 45));
	const none = drawn(viewState(100, {type: 'insert', text: 'q'}, {type: 'insert', text: 'x'}));
	assert.match(none[3]!, /No one quoted matches “qx”/);
});

test('while the quotes are still being found, the view says how far it has got', () => {
	assert.equal(drawn(viewState(37))[0], ' People · finding who is quoted 37% · 3 people so far');
	assert.equal(drawn(initialPeople)[0], ' People · finding who is quoted 0%');
});

test("a person's quotes by article, newest first: headline, date, source; each quote with its kind and via", () => {
	const lines = drawn(viewState(100, {type: 'enter'}, {type: 'move', by: 1}));
	assert.equal(lines[0], ' Nancy Pelosi · House Speaker · person · 3 quotes in 2 articles');
	assert.match(lines[1]!, /^ also: (.*; )?Pelosi(;|$)/);
	assert.equal(lines[2], ' Budget agreed · 2020-03-02 · news/a.txt');
	assert.equal(lines[3], '      “We have a deal,”');
	assert.equal(lines[4], '      direct · paragraph 2');
	assert.equal(lines[5], ' Budget signed · news/b.txt');
	assert.equal(lines[6], ' ›    “It was worth the wait,”');
	assert.equal(lines[7], '      direct · via Reuters · paragraph 1');
	assert.equal(lines[8], '      “Now we rest,”');
});

/** Waits for the App's screen to show what is wanted. */
const until =
	(app: ReturnType<typeof render>) =>
	async (ready: (text: string) => boolean, what: string): Promise<string> => {
		for (const start = Date.now(); ; await sleep(5)) {
			const text = plain(app.lastFrame());
			if (ready(text)) return text;
			if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${what}:\n${text}`);
		}
	};

test('in the App: p opens People once the background pass has found the quotes; Esc closes it', async () => {
	const app = render(<App articles={articles} color={false} />);
	const screen = until(app);
	await screen(text => /\? help/.test(text), 'the first frame');
	app.stdin.write('p');
	await screen(text => / People · 3 people/.test(text) && /› Nancy Pelosi/.test(text), 'the people');
	for (const key of 'costa') {
		app.stdin.write(key);
		await sleep(5);
	}
	const filtered = await screen(text => /Filter: costa \(1 of 3\)/.test(text), 'the filter');
	assert.match(filtered, /› Ana Costa/);
	assert.doesNotMatch(filtered, /Nancy Pelosi/);
	app.stdin.write('\x1b');
	await screen(text => !/People ·/.test(text) && /Budget agreed/.test(text), 'the text again');
	app.unmount();
});

test("in the App: the search lists Pelosi once, across her articles, and Enter opens People at her", async () => {
	const app = render(<App articles={articles} color={false} />);
	const screen = until(app);
	await screen(text => /\? help/.test(text), 'the first frame');
	for (const key of '/pelosi') {
		app.stdin.write(key);
		await sleep(5);
	}
	const found = await screen(text => /Nancy Pelosi 3 quotes · 2 articles/.test(text), 'Pelosi as one person');
	assert.equal(found.match(/Pelosi \d+ quotes? ·/g)!.length, 1, 'once');
	app.stdin.write('\r');
	await screen(text => / People · 3 people/.test(text) && /› Nancy Pelosi/.test(text), 'People at her');
	app.unmount();
});
