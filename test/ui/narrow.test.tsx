// Overlays on narrow screens (down to 20x5, the smallest the reader draws) and the words they use.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import displayWidth from '../../source/core/display-width.js';
import {helpLines, helpRows} from '../../source/state/keys.js';
import {listView} from '../../source/state/article-list.js';
import {ArticleList} from '../../source/ui/ArticleList.js';
import {App, plain, render, seed, sleep} from './reader-harness.js';

const other: Article = {file: 'b.txt', title: 'Second story', paragraphs: ['Second story', 'Its only paragraph.']};

/** The reader at a size, with a key pressed and its frame awaited. */
async function reader(columns: number, rows: number, articles: Article[] = [seed]) {
	const app = render(<App articles={articles} color={false} />);
	Object.defineProperty(app.stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(app.stdout, 'rows', {value: rows, configurable: true});
	app.stdout.emit('resize');
	const screen = () => plain(app.lastFrame()).split('\n');
	const until = async (ready: () => boolean, what: string) => {
		for (const start = Date.now(); !ready(); await sleep(2)) if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
	};
	await until(() => screen().length === rows - 1 && screen().at(-1)!.length >= columns - 1, `a ${columns}x${rows} frame`);
	const press = async (key: string) => {
		const frames = app.frames.length;
		app.stdin.write(key);
		await until(() => app.frames.length > frames, `a frame after ${key}`);
	};
	return {...app, screen, press};
}

test('the article list says "1 article", and "2 articles", and how many are unread', () => {
	const list = (articles: Article[], read: boolean[]) =>
		render(<ArticleList articles={articles} view={listView(articles, read, '')} read={read} starred={read.map(() => false)} cursor={0} filter="" filtering={false} height={4} columns={100} />);
	assert.equal(plain(list([seed], [true]).lastFrame()).split('\n')[0], ' 1 article, 0 unread (/ filters, Enter opens, Esc closes)');
	assert.equal(plain(list([seed, other], [true, false]).lastFrame()).split('\n')[0], ' 2 articles, 1 unread (/ filters, Enter opens, Esc closes)');
});

test('at 20x5 the list cuts its heading and titles with an ellipsis, never after a space', async () => {
	const long: Article = {file: 'c.txt', title: 'A title that is long', paragraphs: ['A title that is long', 'Text.']};
	const app = await reader(20, 5, [other, long]);
	await app.press('l');
	assert.deepEqual(app.screen().slice(0, 3), [' 2 articles, 1 unre…', '    Second story', ' N  A title that is…']);
	app.unmount();
});

// Each binding's description, put back together from the help's rows: a row with keys starts one.
function descriptions(columns: number): string[] {
	const joined: string[] = [];
	for (const line of helpLines(columns)) {
		assert.ok(displayWidth(line.keys + line.help) <= columns - 1, `${columns}: ${line.keys}${line.help}`);
		if (line.keys.trim() !== '') joined.push(line.help);
		else joined[joined.length - 1] = `${joined.at(-1)} ${line.help}`.trim();
	}
	return joined;
}

test('help is never cut short: at every width from 20 columns up each description is whole', () => {
	const wanted = helpRows().map(row => row.help);
	for (let columns = 20; columns <= 100; columns++) assert.deepEqual(descriptions(columns), wanted, `${columns} columns`);
	// So at 80x24 the reader's keys, title and all, fill help's first screen.
	assert.equal(helpLines(80).length, helpRows().length, 'at 80 columns each binding takes one row');
});

test('at 40 columns help wraps descriptions beside the keys, aligned under each other', () => {
	const lines = helpLines(40);
	const close = lines.findIndex(line => line.keys.startsWith('Esc ') && /^close an overlay/.test(line.help));
	assert.ok(close >= 0);
	assert.equal(lines[close + 1]!.keys.trim(), '');
	assert.equal(displayWidth(lines[close + 1]!.keys), displayWidth(lines[close]!.keys));
	assert.ok(lines.length > helpRows().length);
});

test('at 20x5 the help shows keys with what they do under them, not a cut-off row', async () => {
	const app = await reader(20, 5);
	await app.press('?');
	assert.deepEqual(app.screen().slice(0, 3), [' Keys (q/Esc close)', ' j ↓', '   down a line']);
	await app.press('j');
	await app.press('j');
	assert.deepEqual(app.screen().slice(0, 3), ['   down a line', '   (panel: the next', '   row)']);
	app.unmount();
});

test('at 40x12 no help row ends in an ellipsis', async () => {
	const app = await reader(40, 12);
	await app.press('?');
	const rows = app.screen().slice(0, -1);
	assert.equal(rows[1], ' j ↓                down a line (panel:');
	assert.equal(rows[2], '                    the next row)');
	for (const row of rows) assert.doesNotMatch(row, /…/);
	app.unmount();
});
