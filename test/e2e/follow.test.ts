// Following feeds through the built program, against a local web server (127.0.0.1, a free port):
// subscribe, refresh with new items, a 304, a failing feed, full articles cached for summaries,
// and an offline start from the cache. Every run has XDG folders of its own.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {articlePage, run, wireFeed} from './local-wire.js';

let server: Server;
let base = '';
// How many items the wire serves now, and what the server was asked.
let wireItems = 2;
const asked: Array<{path: string; etag?: string}> = [];

const wire = () => wireFeed(base, wireItems);

before(async () => {
	server = createServer((request, response) => {
		const url = request.url ?? '/';
		asked.push({path: url, etag: request.headers['if-none-match']});
		if (url === '/wire.xml') {
			const etag = `"wire-${wireItems}"`;
			if (request.headers['if-none-match'] === etag) return response.writeHead(304, {etag}).end();
			return response.writeHead(200, {'content-type': 'application/rss+xml', etag}).end(wire());
		}
		if (url.startsWith('/story/')) return response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(articlePage);
		if (url === '/broken.xml') return response.writeHead(503).end('down');
		if (url === '/page.html') return response.writeHead(200, {'content-type': 'text/html'}).end('<html><body><p>Just a page.</p></body></html>');
		response.writeHead(404).end();
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

function userFolders() {
	const home = mkdtempSync(path.join(tmpdir(), 'news-tui-follow-'));
	return {XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
}

test('subscribe, refresh with a new item, then a 304; a failing feed is kept to itself; offline the cache opens', async () => {
	const env = userFolders();
	wireItems = 2;
	const subscribed = await run(['--subscribe', `${base}/wire.xml`], env);
	assert.equal(subscribed.code, 0, subscribed.stderr);
	assert.equal(subscribed.stdout, 'subscribed to Local Wire: 2 items\n');
	assert.match((await run(['--subscribe', `${base}/wire.xml`], env)).stdout, /^already subscribed to Local Wire\n$/);

	// Not a feed, and not there: one line each, exit 1, nothing subscribed.
	const page = await run(['--subscribe', `${base}/page.html`, `${base}/gone.xml`], env);
	assert.equal(page.code, 1);
	const lines = page.stderr.trim().split('\n');
	assert.equal(lines.length, 2, page.stderr);
	assert.match(lines[0]!, /^news-tui: http:\/\/127\.0\.0\.1:\d+\/page\.html: .+/);
	assert.match(lines[1]!, /^news-tui: http:\/\/127\.0\.0\.1:\d+\/gone\.xml: HTTP 404/);
	assert.doesNotMatch((await run(['--export'], env)).stdout, /page\.html|gone\.xml/);

	// The summaries' full articles were fetched and cached with them.
	const cached = JSON.parse((await run(['--feeds', '--json'], env)).stdout) as {articles: Array<{title: string; source: string; paragraphs: string[]}>};
	assert.deepEqual(cached.articles.map(article => article.title), ['Wire story 2', 'Wire story 1']);
	assert.ok(cached.articles.every(article => article.paragraphs.length > 5 && article.source === 'Local Wire'), 'full articles');

	wireItems = 3;
	asked.length = 0;
	const refreshed = await run(['--refresh'], env);
	assert.equal(refreshed.code, 0, refreshed.stderr);
	assert.equal(refreshed.stdout, 'Local Wire: 1 new\n');
	assert.deepEqual(asked.filter(request => request.path.startsWith('/story/')).map(request => request.path), ['/story/3'], 'only the new summary is fetched in full');
	asked.length = 0;
	assert.equal((await run(['--refresh'], env)).stdout, 'Local Wire: 0 new (not modified)\n');
	assert.deepEqual(asked, [{path: '/wire.xml', etag: '"wire-3"'}], 'a conditional request');

	const opml = path.join(env.XDG_CONFIG_HOME, 'more.opml');
	writeFileSync(opml, `<opml version="2.0"><body><outline text="Broken" xmlUrl="${base}/broken.xml"/></body></opml>`);
	await run(['--import', opml], env);
	const failing = await run(['--refresh'], env);
	assert.equal(failing.code, 1);
	assert.equal(failing.stdout, 'Local Wire: 0 new (not modified)\nBroken: HTTP 503 Service Unavailable, kept the 0 cached items\n');

	// Offline: the server is not there; the cache still opens, newest first.
	const offline = userFolders();
	wireItems = 2;
	await run(['--subscribe', `${base}/wire.xml`], offline);
	await new Promise(resolve => server.close(resolve));
	const down = await run(['--refresh'], offline);
	assert.equal(down.code, 1);
	assert.match(down.stdout, /^Local Wire: connection refused, kept the 2 cached items\n$/);
	const fromCache = JSON.parse((await run(['--feeds', '--json'], offline)).stdout) as {articles: Array<{title: string}>};
	assert.deepEqual(fromCache.articles.map(article => article.title), ['Wire story 2', 'Wire story 1']);
	await new Promise<void>(resolve => server.listen(Number(new URL(base).port), '127.0.0.1', resolve));
});
