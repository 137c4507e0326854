// A feed URL from a local web server in the built reader, in a real pseudo-terminal: the items in
// the feed's order with their source and date, the full article fetched for a summary on opening,
// items paged through, the panel on an item that quotes people, and `o` handing the link to $BROWSER.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {geometry} from '../../source/state/geometry.js';
import {startServer, type TestServer} from '../unit/sources-server.js';
import {cli, start, stopAll} from './terminal.js';

const TEST_TIMEOUT_MS = 90_000;
let server: TestServer;
before(async () => {
	server = await startServer();
});
after(async () => {
	stopAll();
	await server.close();
});

const COLUMNS = 140;
const ROWS = 40;
const statusOn = (screen: string[]) => screen[ROWS - 2]!;
const split = (screen: string[]) => {
	const {textColumn} = geometry(COLUMNS, ROWS, {panel: true, bottomBars: 0});
	const pager = screen.slice(0, ROWS - 2);
	return {text: pager.map(row => row.slice(0, textColumn)).join('\n'), panel: pager.map(row => row.slice(textColumn)).join('\n')};
};

test('a feed URL: items in order with source and date, the full article on opening, two items paged, the panel on quotes, o opens the link', {timeout: TEST_TIMEOUT_MS}, async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-browser-'));
	const record = path.join(folder, 'opened.json');
	const browser = path.join(folder, 'browser');
	writeFileSync(browser, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`);
	chmodSync(browser, 0o755);
	const session = start([`${server.base}/feed.rss`], {columns: COLUMNS, rows: ROWS, env: {BROWSER: browser}});

	let screen = await session.waitFor(s => /Obama admits US gun laws/.test(s.join('\n')) && / 1\/3 /.test(statusOn(s)), 'the first item');
	assert.match(split(screen).text, /Local News · 24 Jul 2015 04:36 UTC · BBC News/);
	// Its summary is replaced by the page's article, fetched from the item's link.
	screen = await session.waitFor(s => /President Barack Obama has admitted/.test(split(s).text), 'the full article');
	assert.ok(server.requested.includes('/page/bbc'));
	// The panel reads the full article: Obama is quoted in it.
	screen = await session.waitFor(s => /Barack Obama/.test(split(s).panel), 'the speakers of the full article');

	session.press(']');
	screen = await session.waitFor(s => /A page with no article on it/.test(split(s).text) && / 2\/3 /.test(statusOn(s)), 'the second item');
	screen = await session.waitFor(s => /summary kept: no article on the page/.test(statusOn(s)), 'the summary kept: the page holds no article');
	assert.match(split(screen).text, /A summary that stays\./);

	session.press(']');
	screen = await session.waitFor(s => / 3\/3 /.test(statusOn(s)) && /Title with escapes/.test(split(s).text), 'the third item');
	await session.waitFor(s => /summary kept: HTTP 404 Not Found/.test(statusOn(s)), 'the 404 said');
	assert.doesNotMatch(session.output(), /pwned/, 'no window title set by the feed');

	session.press('[');
	session.press('[');
	screen = await session.waitFor(s => / 1\/3 /.test(statusOn(s)) && /President Barack Obama/.test(split(s).text), 'back on the first item, full');
	session.press('\t');
	await session.waitFor(s => /Tab text/.test(statusOn(s)), 'the keys in the panel');
	session.press('\r');
	screen = await session.waitFor(s => /▾ 1 Barack Obama/.test(split(s).panel), 'Obama expanded into his quotes');
	assert.match(split(screen).panel, /“/);
	session.press('\t');
	await session.waitFor(s => /\? help/.test(statusOn(s)), 'the keys back in the text');

	session.press('o');
	await session.waitFor(s => /opened the link in the browser/.test(statusOn(s)), 'the link opened');
	// The browser runs on its own: its record comes when it has started, and is whole once it has something in it.
	const written = () => existsSync(record) && readFileSync(record, 'utf8').endsWith(']');
	for (let wait = 0; !written() && wait < 200; wait++) await new Promise(resolve => setTimeout(resolve, 50));
	assert.deepEqual(JSON.parse(readFileSync(record, 'utf8')), [`${server.base}/page/bbc`]);
	session.press('q');
	assert.equal((await session.exited).exitCode, 0);
});

const run = promisify(execFile);
const runCli = (args: string[]) =>
	run(process.execPath, [cli, ...args], {env: {...process.env, NO_COLOR: '1'}}).then(
		({stdout, stderr}) => ({code: 0, stdout, stderr}),
		(error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr}),
	);

test('--json: the new fields; --full fetches the summaries\' articles first; failures are one line and exit 1', {timeout: TEST_TIMEOUT_MS}, async () => {
	const plain = await runCli(['--json', `${server.base}/feed.rss`]);
	assert.equal(plain.code, 0, plain.stderr);
	const {articles} = JSON.parse(plain.stdout) as {articles: Array<Record<string, unknown>>};
	assert.equal(articles.length, 3);
	assert.deepEqual(Object.keys(articles[0]!).sort(), ['byline', 'dateline', 'file', 'paragraphs', 'published', 'source', 'title', 'url']);
	assert.equal(articles[0]!['file'], `${server.base}/feed.rss`);
	assert.equal(articles[0]!['url'], `${server.base}/page/bbc`);
	assert.equal(articles[0]!['published'], '2015-07-24T04:36:09Z');
	assert.equal(articles[0]!['source'], 'Local News');

	const full = await runCli(['--full', '--json', `${server.base}/feed.rss`]);
	assert.equal(full.code, 0, full.stderr);
	const fuller = (JSON.parse(full.stdout) as {articles: Array<{paragraphs: string[]}>}).articles;
	assert.ok(fuller[0]!.paragraphs.length > 20, 'the first item has its full article');
	assert.deepEqual(fuller[1]!.paragraphs.slice(2), ['A summary that stays.']);
	assert.match(full.stderr, /news-tui: kept the summary: .*\/page\/missing: HTTP 404 Not Found\n/);

	for (const [path, reason] of [
		['/page/missing', 'HTTP 404 Not Found'],
		['/loop/a', 'redirects in a loop'],
		['/image.png', 'not a feed, a page or text (image/png)'],
	] as const) {
		const failed = await runCli([`${server.base}${path}`]);
		assert.equal(failed.code, 1, path);
		assert.equal(failed.stderr, `news-tui: ${server.base}${path}: ${reason}\n`);
		assert.equal(failed.stdout, '');
	}
});
