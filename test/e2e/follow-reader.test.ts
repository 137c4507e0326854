// `--feeds` in a real pseudo-terminal, against a local web server (127.0.0.1): the reader opens at
// once from the cache and refreshes behind it — the status line says how it goes, keys stay live,
// new items join the list above the older ones of their feed without moving the article being read,
// a failing feed is named — and a full article fetched in the reader is kept in the cache.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createServer, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {articlePage, run, wireFeed} from './local-wire.js';
import {start, stopAll, userFolders} from './terminal.js';

const TEST_TIMEOUT_MS = 90_000;

let server: Server;
let base = '';
let wireItems = 2;
// While set, the feed's answer waits: the test sees the refresh under way.
let held: ServerResponse[] | undefined;
let pagesServed = true;

const wire = () => wireFeed(base, wireItems);

before(async () => {
	server = createServer((request, response) => {
		const url = request.url ?? '/';
		if (url === '/wire.xml') {
			if (held) return void held.push(response);
			return response.writeHead(200, {'content-type': 'application/rss+xml'}).end(wire());
		}
		if (url.startsWith('/story/') && pagesServed) return response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(articlePage);
		if (url === '/broken.xml') return response.writeHead(503).end('down');
		response.writeHead(500).end();
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
	stopAll();
	server.close();
});

const statusOf = (screen: string[]) => screen.filter(Boolean).at(-1) ?? '';

type CachedFeed = {feed: {url: string; items: Array<{key: string; full?: {paragraphs: string[]}}>}};
function cachedFeed(env: Record<string, string>): CachedFeed['feed'] {
	const folder = path.join(env.XDG_DATA_HOME!, 'news-tui', 'feeds');
	for (const file of readdirSync(folder).filter(name => name.endsWith('.json'))) {
		const {feed} = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as CachedFeed;
		if (feed.url.endsWith('/wire.xml')) return feed;
	}
	throw new Error('the wire is not cached');
}

test('--feeds opens from the cache and refreshes behind the reader: progress, new items joining, the article read kept, a failure named', {timeout: TEST_TIMEOUT_MS}, async () => {
	const env = userFolders();
	wireItems = 2;
	// The story pages are down while subscribing: the items are cached as summaries.
	pagesServed = false;
	assert.equal((await run(['--subscribe', `${base}/wire.xml`], env)).code, 0);
	const opml = path.join(tmpdir(), `news-tui-broken-${process.pid}.opml`);
	writeFileSync(opml, `<opml version="2.0"><body><outline text="Broken" xmlUrl="${base}/broken.xml"/></body></opml>`);
	assert.equal((await run(['--import', opml], env)).code, 0);
	pagesServed = true;
	wireItems = 4;
	held = [];

	const reader = start(['--feeds'], {env, columns: 140});
	await reader.waitFor(screen => /refreshing feeds [01]\/2/.test(statusOf(screen)) && / 1\/2 +Wire story 2/.test(statusOf(screen)), 'the cached items, refreshing');
	// Keys work while the refresh is under way: the second item, its full article fetched as it is opened.
	reader.press(']');
	await reader.waitFor(screen => / 2\/2 +Wire story 1/.test(statusOf(screen)), 'the second item');
	await reader.waitFor(screen => screen.join('\n').includes('President Barack Obama'), 'its full article');
	const answers = held;
	held = undefined;
	for (const response of answers) response.writeHead(200, {'content-type': 'application/rss+xml'}).end(wire());

	const refreshed = await reader.waitFor(screen => /feeds refreshed/.test(statusOf(screen)), 'the refresh done');
	assert.match(statusOf(refreshed), /feeds refreshed: 2 new · 1 feed failed: Broken \(HTTP 503/);
	// Still on the same article, which now stands fourth: the new items come first in their feed.
	assert.match(statusOf(refreshed), / 4\/4 +Wire story 1/);
	assert.ok(refreshed.join('\n').includes('President Barack Obama'), 'the text read stays on screen');
	reader.press('l');
	const list = await reader.waitFor(screen => /4 articles/.test(screen[0]!), 'the list');
	const titles = list.filter(row => /Local Wire +Wire story \d/.test(row)).map(row => /Wire story \d/.exec(row)![0]);
	assert.deepEqual(titles, ['Wire story 4', 'Wire story 3', 'Wire story 2', 'Wire story 1']);
	assert.match(list.find(row => /Local Wire \(/.test(row))!, /2 unread of 4/);
	reader.press('q');
	await reader.exited;

	// The full article fetched in the reader was kept with its item, for reading offline.
	const feed = cachedFeed(env);
	assert.equal(feed.items.length, 4);
	const first = feed.items.find(cached => cached.key.endsWith('/story/1'))!;
	assert.ok(first.full && first.full.paragraphs.length > 5, 'the full article is cached');
});

test('--feeds offline: the cached items open, and the status line says no feed could be refreshed', {timeout: TEST_TIMEOUT_MS}, async () => {
	const env = userFolders();
	wireItems = 2;
	held = undefined;
	assert.equal((await run(['--subscribe', `${base}/wire.xml`], env)).code, 0);
	const port = Number(new URL(base).port);
	await new Promise(resolve => server.close(resolve));
	try {
		const reader = start(['--feeds'], {env, columns: 140});
		const screen = await reader.waitFor(screen => /no feed could be refreshed/.test(statusOf(screen)), 'the refresh failed');
		assert.match(statusOf(screen), / 1\/2 +Wire story 2/);
		reader.press('q');
		await reader.exited;
	} finally {
		await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve));
	}
});

test('--feeds with nothing cached yet fetches the feeds first, then opens on their items', {timeout: TEST_TIMEOUT_MS}, async () => {
	const env = userFolders();
	wireItems = 3;
	held = undefined;
	const opml = path.join(tmpdir(), `news-tui-wire-${process.pid}.opml`);
	writeFileSync(opml, `<opml version="2.0"><body><outline text="Local Wire" xmlUrl="${base}/wire.xml"/></body></opml>`);
	// Imported, not fetched: the cache is empty.
	assert.equal((await run(['--import', opml], env)).code, 0);
	const reader = start(['--feeds'], {env, columns: 140});
	const screen = await reader.waitFor(screen => / 1\/3 +Wire story 3/.test(statusOf(screen)), 'the fetched items');
	assert.doesNotMatch(statusOf(screen), /refreshing/, 'refreshed before the reader, not again behind it');
	reader.press('q');
	await reader.exited;
	assert.equal(cachedFeed(env).items.length, 3);
});
