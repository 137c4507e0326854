// The search line and results as drawn: typing, choosing, highlighting, fitting, closing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useEffect, useReducer} from 'react';
import stringWidth from 'string-width';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {buildSearchIndex, searchIndex, type SearchIndex} from '../../source/core/search/index.js';
import {searchLineAction} from '../../source/state/keys.js';
import {initialSearch, reduceSearch} from '../../source/state/search.js';

// Styles on, so the test can see the inverse of the matches; chalk reads this when first imported.
process.env['FORCE_COLOR'] = '1';
const {render} = await import('ink-testing-library');
const {Box, Text, useInput} = await import('ink');
const {SearchBar} = await import('../../source/ui/SearchBar.js');
const {keyNames} = await import('../../source/ui/key-names.js');
const {SearchResults} = await import('../../source/ui/SearchResults.js');

const loaded = loadPaths(['seeds'], () => new Uint8Array());
assert.ok(loaded.ok);
const articles = loaded.articles;
const quotes = articles.map(extractQuotes);
const index = buildSearchIndex(articles, quotes);
const lavrovQuotes = quotes[0]!.speakers.find(speaker => speaker.name === 'Sergei Lavrov')!.quotes;

/** The search as a reader would host it: keys to actions, the query to the core, state to boxes. */
function Search({index, articles, width, height}: {index: SearchIndex; articles: Article[]; width: number; height: number}) {
	const [state, dispatch] = useReducer(reduceSearch, reduceSearch(initialSearch, {type: 'open'}));
	useInput((input, key) => {
		for (const name of keyNames(input, key)) {
			const action = searchLineAction(name);
			if (action) dispatch(action);
		}
	});
	useEffect(() => {
		if (state.query !== '') dispatch({type: 'results', results: searchIndex(index, state.query)});
	}, [index, state.query]);
	if (!state.editing) return <Text>{state.highlighting ? `opened match ${state.current + 1}` : 'closed'}</Text>;
	return (
		<Box flexDirection="column">
			<SearchResults results={state.results} articles={articles} selected={state.selected} width={width} height={height - 1} />
			<SearchBar query={state.query} cursor={state.cursor} results={state.results} width={width} />
		</Box>
	);
}

const plain = (frame = '') => frame.replace(/\x1b\[[0-9;]*m/g, '');
const nextTurn = () => new Promise(resolve => setImmediate(resolve));

function open(width = 60, height = 12) {
	const app = render(<Search index={index} articles={articles} width={width} height={height} />);
	const type = async (...keys: string[]) => {
		for (const key of keys) {
			app.stdin.write(key);
			// One turn for the key, more for the results the key's new query brings.
			for (let turn = 0; turn < 20; turn++) await nextTurn();
		}
	};
	const lines = () => plain(app.lastFrame()).split('\n');
	return {...app, type, lines};
}

test('typing a misspelt name lists the speaker first, then paragraphs with titles and snippets', async () => {
	const app = open();
	await app.type(...'lavrof');
	const lines = app.lines();
	assert.equal(lines.at(-1)!.startsWith('/lavrof'), true);
	assert.match(lines.at(-1)!, /1 speaker · \d+ matches in \d+ paragraphs/);
	assert.equal(lines[0], 'Speakers');
	assert.match(lines[1]!, new RegExp(`^› Sergei Lavrov ${lavrovQuotes} quotes · 'Moscow`));
	assert.equal(lines[2], 'Paragraphs');
	assert.match(lines[3]!, /^ {2}'Moscow To Develop/);
	assert.match(lines[4]!, /Lavrov/);
	app.unmount();
});

test('matched characters are drawn inverse, in names and in snippets', async () => {
	const app = open();
	await app.type(...'lavrof');
	const frame = app.lastFrame()!;
	const inverse = [...frame.matchAll(/\x1b\[7m(?:\x1b\[[0-9;]*m)*([^\x1b]+)/g)].map(match => match[1]);
	assert.ok(inverse.filter(text => text === 'Lavrov').length >= 2, `inverse runs: ${JSON.stringify(inverse)}`);
	assert.ok(inverse.every(text => text === 'Lavrov' || text === ' '), 'only matches (and the caret) are inverse');
	app.unmount();
});

test('down and up move the choice, and the list scrolls to keep it in view', async () => {
	const app = open(60, 8);
	await app.type(...'russia');
	const chosen = () => app.lines().findIndex(line => line.startsWith('›'));
	const top = app.lines()[0];
	assert.equal(chosen(), 1, 'the first result is chosen, under its heading');
	await app.type('\x1b[B');
	assert.ok(chosen() > 1, 'down moves the choice');
	for (let press = 0; press < 6; press++) await app.type('\x1b[B');
	assert.notEqual(app.lines()[0], top, 'the list scrolled');
	assert.ok(chosen() >= 0 && chosen() < 6, 'the chosen row and its snippet are on screen');
	assert.equal(app.lines().length, 8);
	for (let press = 0; press < 7; press++) await app.type('\x1b[A');
	assert.equal(app.lines()[0], top, 'back at the top');
	assert.equal(chosen(), 1);
	app.unmount();
});

test('every line fits the width, however long the query and the text', async () => {
	const app = open(30, 10);
	await app.type(...'kim jong un said something very long indeed');
	for (const line of app.lines()) assert.ok(stringWidth(line) <= 30, JSON.stringify(line));
	assert.ok(app.lines().at(-1)!.startsWith('/'));
	assert.match(app.lines().at(-1)!, /indeed/, 'the end of a long query stays in view');
	app.unmount();
});

test('backspace, Ctrl-U and Escape', async () => {
	const app = open();
	await app.type(...'kimm', '\x7f');
	assert.ok(app.lines().at(-1)!.startsWith('/kim '));
	assert.match(app.lines()[1]!, /Kim Jong Un/);
	await app.type('\x15');
	assert.equal(app.lines().at(-1)!.trim(), '/');
	await app.type(...'zzqqx');
	assert.equal(app.lines().join('\n').match(/no matches/g)?.length, 1, 'said once, on the search line');
	assert.match(app.lines().at(-1)!, /no matches/);
	await app.type('\x1b');
	assert.deepEqual(app.lines(), ['closed']);
	app.unmount();
});

test('Enter on a paragraph opens it at its first match', async () => {
	const app = open();
	await app.type(...'lavrof', '\x1b[B', '\r');
	assert.deepEqual(app.lines(), ['opened match 1']);
	app.unmount();
});

test('the search line alone: caret inside the query, counts, and a pending note', () => {
	const bar = render(<SearchBar query="putin" cursor={2} width={40} pending="indexing 40%" />);
	assert.match(plain(bar.lastFrame()), /^\/putin +indexing 40% ?$/);
	assert.match(bar.lastFrame()!, /pu\x1b\[7mt\x1b\[27min/);
	bar.unmount();
	// A pasted thousand characters: the end is shown, the caret after it, in the width.
	const long = render(<SearchBar query={'a'.repeat(995) + 'kim j'} cursor={1000} width={20} />);
	assert.equal(plain(long.lastFrame()), `/${'a'.repeat(12)}kim j  `);
	long.unmount();
	// The caret at the start shows the start.
	const start = render(<SearchBar query={'kim jong un and more words'} cursor={0} width={12} />);
	assert.equal(plain(start.lastFrame()), '/kim jong u ');
	start.unmount();
});

test('the query keeps its room: a note that does not fit goes, then the counts are cut', () => {
	const results = searchIndex(index, 'lavrof');
	const roomy = render(<SearchBar query="lavrof" cursor={6} results={results} note="finding speakers 40%" width={100} />);
	assert.match(plain(roomy.lastFrame()), /^\/lavrof +1 speaker · \d+ matches in \d+ paragraphs · finding speakers 40% $/);
	roomy.unmount();
	const narrow = render(<SearchBar query="sergei lavrof" cursor={13} results={results} note="finding speakers 40%" width={60} />);
	assert.match(plain(narrow.lastFrame()), /^\/sergei lavrof +1 speaker · \d+ matches in \d+ paragraphs $/);
	narrow.unmount();
	const tiny = render(<SearchBar query="sergei lavrof" cursor={13} results={results} width={30} />);
	const line = plain(tiny.lastFrame());
	// 40% of the line for the query, its end in view; what is left for the counts.
	assert.ok(/^\/rgei lavrof +1 speaker · \d…/.test(line) && stringWidth(line) <= 30, line);
	tiny.unmount();
});
