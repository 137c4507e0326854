// Search in the reader as drawn: type into the `/` line, move through the results, open one with
// its matches highlighted in the text, step with n/N, clear with Esc; and `--search` at start.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {App, plain, render, seed, sleep} from './reader-harness.js';

const other: Article = {file: 'b.txt', title: 'Second story', paragraphs: ['Second story', 'Lavrov was not reached for comment.']};

/** Words drawn inverse (matches, the caret, the chosen panel row), each run of them once. */
const inverseRuns = (frame = '') => [...frame.matchAll(/\x1b\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m(?:\x1b\[[0-9;]*m)*([^\x1b]+)/g)].map(match => match[1]!);

// The index is built and speakers are found in the background: wait for what the screen shows.
async function until(app: ReturnType<typeof render>, ready: (screen: string[]) => boolean, what: string) {
	for (const start = Date.now(); ; await sleep(5)) {
		const screen = plain(app.lastFrame()).split('\n');
		if (ready(screen)) return screen;
		if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${what}; the screen:\n${screen.join('\n')}`);
	}
}

function open(articles: Article[], {columns = 80, rows = 24, search}: {columns?: number; rows?: number; search?: string} = {}) {
	const app = render(<App articles={articles} color search={search} />);
	Object.defineProperty(app.stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(app.stdout, 'rows', {value: rows, configurable: true});
	app.stdout.emit('resize');
	const type = async (...keys: string[]) => {
		for (const key of keys) {
			app.stdin.write(key);
			await sleep(5);
		}
	};
	return {...app, type, until: (ready: (screen: string[]) => boolean, what: string) => until(app, ready, what)};
}

const statusLine = (screen: string[]) => screen.at(-1)!;
const searchLine = (screen: string[]) => screen.at(-2)!;
const chosen = (screen: string[]) => screen.find(line => line.startsWith('›'));

test('typing lists the speaker, then paragraphs with titles and snippets, and counts', async () => {
	const app = open([seed, other]);
	await app.until(screen => /\? help/.test(statusLine(screen)), 'the first frame');
	await app.type('/', ...'lavrof');
	const screen = await app.until(screen => /Sergei Lavrov \d+ quotes/.test(screen.join('\n')) && !/finding speakers/.test(searchLine(screen)), 'every speaker');
	assert.equal(screen.length, 23, 'the results, the search line and the status line fill the screen');
	assert.match(searchLine(screen), /^\/lavrof +1 speaker · 8 matches in 7 paragraphs $/);
	assert.match(statusLine(screen), /Enter open · Esc close $/);
	assert.equal(screen[0], 'Speakers');
	assert.match(chosen(screen)!, /^› Sergei Lavrov/);
	assert.ok(screen.includes('Paragraphs'));
	assert.ok(screen.some(line => /^ {2}Second story$/.test(line)), 'the other article is listed too');
	assert.ok(inverseRuns(app.lastFrame()).filter(run => run === 'Lavrov').length >= 3, 'matched words are inverse');
	app.unmount();
});

test('Down chooses a paragraph; Enter opens it with every match highlighted and the place on the status line', async () => {
	const app = open([seed, other]);
	await app.type('/', ...'lavrof');
	await app.until(screen => /Sergei Lavrov \d+ quotes/.test(screen.join('\n')) && !/finding speakers/.test(searchLine(screen)), 'every speaker');
	await app.type('\x1b[B');
	let screen = await app.until(screen => /^› 'Moscow/.test(chosen(screen) ?? ''), 'the first paragraph chosen');
	await app.type('\x1b[B', '\x1b[A');
	screen = await app.until(screen => /^› 'Moscow/.test(chosen(screen) ?? ''), 'back on the first paragraph');
	await app.type('\r');
	screen = await app.until(screen => /match \d+\/8/.test(statusLine(screen)), 'the match on the status line');
	assert.match(statusLine(screen), /match 1\/8 {2}Top {2}n\/N · Esc clear · \? help $/);
	assert.equal(screen.length, 23, 'the search line is gone: the text has its row back');
	assert.match(screen[0]!, /Moscow To Develop/);
	const runs = inverseRuns(app.lastFrame());
	assert.ok(runs.filter(run => run === 'Lavrov').length >= 3, `every Lavrov on screen is inverse: ${JSON.stringify(runs)}`);
	assert.match(app.lastFrame()!, /\x1b\[1m(?:\x1b\[[0-9;]*m)*Lavrov/, 'the current match is bold');
	app.unmount();
});

test('n and N step through the matches, on into the next article; Esc clears the highlighting', async () => {
	const app = open([seed, other]);
	await app.type('/', ...'lavrof');
	// Once everyone quoted is known the speaker is a person (Enter there opens People): the paragraphs follow.
	await app.until(screen => /Sergei Lavrov \d+ quotes · 1 article/.test(screen.join('\n')) && !/finding speakers/.test(searchLine(screen)), 'every speaker');
	await app.type('\x1b[B', '\r');
	await app.until(screen => /match 1\/8/.test(statusLine(screen)), 'the first match');
	await app.type('n');
	await app.until(screen => /match 2\/8/.test(statusLine(screen)), 'the second match');
	await app.type('N', 'N');
	let screen = await app.until(screen => /match 8\/8/.test(statusLine(screen)), 'round to the last match');
	assert.match(statusLine(screen), /^ 2\/2 {2}Second story/, 'the last match is in the second article');
	assert.deepEqual(inverseRuns(app.lastFrame()).filter(run => run === 'Lavrov').length, 1);
	await app.type('n');
	screen = await app.until(screen => /match 1\/8/.test(statusLine(screen)), 'on to the first again');
	assert.match(statusLine(screen), /^ 1\/2 .*match 1\/8 · wrapped to the first/, 'the status line says it wrapped');
	await app.type('\x1b');
	screen = await app.until(screen => !/match/.test(statusLine(screen)), 'the highlighting cleared');
	assert.match(statusLine(screen), /\? help · q quit $/);
	assert.ok(!inverseRuns(app.lastFrame()).some(run => run.includes('Lavrov')), 'no match is highlighted');
	await app.type('n');
	screen = await app.until(screen => /no search: \/ starts one/.test(statusLine(screen)), 'n saying there is no search');
	assert.ok(!/match/.test(statusLine(screen)), 'n has nothing to step through');
	app.unmount();
});

test('Esc in the search line closes it without going anywhere; q typed there is a letter', async () => {
	const app = open([seed, other]);
	await app.type('/', 'q');
	await app.until(screen => /^\/q/.test(searchLine(screen)), 'q in the line');
	await app.type('\x1b');
	const screen = await app.until(screen => !screen.some(line => line.startsWith('/')), 'the line closed');
	assert.match(screen[0]!, /Moscow To Develop/);
	assert.match(statusLine(screen), /Top {2}\? help · q quit $/);
	app.unmount();
});

test('the help lists the search keys, each row whole at 80 columns', async () => {
	const app = open([seed]);
	await app.type('?');
	await app.until(screen => screen.some(line => line.includes('search all loaded articles')), 'the help');
	await app.type('G');
	const screen = await app.until(screen => screen.some(line => line.includes('search: clear the query')), 'the end of the help');
	const help = screen.join('\n');
	for (const words of ['search: the next result', 'Ctrl-U', 'search: close it and clear the highlighting']) assert.ok(help.includes(words), words);
	app.unmount();
	const top = open([seed]);
	await top.type('?');
	const first = await top.until(screen => screen.some(line => line.includes('q Ctrl-C')), 'the reader keys on the first screen of help');
	for (const words of ['/', 'next search match, on into the next articles', 'previous search match']) assert.ok(first.join('\n').includes(words), words);
	assert.ok(first.every(line => line.length <= 80 && !line.endsWith('…')), 'no help row is cut');
	top.unmount();
});

test('--search opens with the search line showing indexing, then the results', async () => {
	// Enough articles that the index takes a few frames to build.
	const many = Array.from({length: 1500}, (_, copy) => ({...seed, file: `copy-${copy}.txt`}));
	const app = open(many, {search: 'kim jong'});
	const first = await app.until(screen => /^\/kim jong/.test(searchLine(screen)), 'the search line');
	assert.match(searchLine(first), /indexing \d+%/);
	const screen = await app.until(screen => /\d+ matches in .*paragraphs/.test(searchLine(screen)), 'the results');
	assert.match(chosen(screen)!, /^› /);
	assert.ok(screen.some(line => line.includes('Kim Jong Un')));
	app.unmount();
});

test('Enter while the index is still being built opens the best result once it is there, its match current', async () => {
	const many = Array.from({length: 1500}, (_, copy) => ({...seed, file: `copy-${copy}.txt`}));
	const app = open(many, {search: 'kim jong'});
	await app.until(screen => /indexing \d+%/.test(searchLine(screen)), 'the index being built');
	await app.type('\r');
	const screen = await app.until(screen => /match \d+\/\d+/.test(statusLine(screen)), 'the opened match');
	assert.match(statusLine(screen), /match [1-9]\d*\/\d+/, 'a current match, not match 0/N');
	assert.ok(!screen.some(line => line.startsWith('/')), 'the search line closed');
	assert.match(app.lastFrame()!, /\x1b\[1m(?:\x1b\[[0-9;]*m)*Kim/, 'the current match is drawn as such');
	app.unmount();
});

test("a feed item's full article, once fetched, is what the search finds", async () => {
	const summary: Article & {url: string; summaryOnly: true} = {
		file: 'http://127.0.0.1/feed.rss',
		title: 'Harbour story',
		paragraphs: ['Harbour story', 'The harbour reopened.'],
		url: 'http://127.0.0.1/harbour',
		summaryOnly: true,
	};
	const full: Article = {...summary, summaryOnly: undefined, paragraphs: ['Harbour story', 'The harbour reopened.', 'Dredgers worked through the night.']} as Article;
	const app = render(<App articles={[summary, other]} color fetchFullText={async () => ({ok: true, value: full})} />);
	await until(app, screen => screen.join('\n').includes('Dredgers worked'), 'the full article');
	app.stdin.write('/');
	for (const key of 'dredgers') {
		await sleep(5);
		app.stdin.write(key);
	}
	const screen = await until(app, screen => /1 match/.test(screen.at(-2)!), 'the match in the full text');
	assert.ok(screen.some(line => /Dredgers worked/.test(line)), screen.join('\n'));
	app.unmount();
});
