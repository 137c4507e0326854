import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer, type AddressInfo} from 'node:net';
import packageJson from '../../package.json' with {type: 'json'};
import {fetchSource, loadUrl, parseFeed} from '../../source/core/sources/index.js';
import {startServer, type TestServer} from './sources-server.js';

let server: TestServer;
before(async () => {
	server = await startServer();
});
after(() => server.close());

const failure = async (path: string, options = {}) => {
	const result = await fetchSource(server.base + path, options);
	assert.ok(!result.ok, `${path} should fail`);
	return result;
};

test('a feed is fetched as bytes with its type, and the validators that spare refetching it', async () => {
	const result = await fetchSource(`${server.base}/etag`);
	assert.ok(result.ok && !result.notModified);
	assert.equal(result.contentType, 'application/atom+xml');
	assert.equal(result.etag, '"v1"');
	assert.equal(result.lastModified, 'Mon, 01 Feb 2016 16:22:00 GMT');
	const again = await fetchSource(`${server.base}/etag`, {etag: result.etag});
	assert.ok(again.ok && again.notModified);
	const feed = await parseFeed(result.bytes, {file: `${server.base}/etag`, url: result.url});
	assert.ok(feed.ok);
	assert.equal(feed.value.title, 'heise developer neueste Meldungen');
	assert.equal(feed.value.items.length, 15);
	assert.equal(feed.value.items[0]!.id, 'http://heise.de/-3088438');
});

test('the User-Agent names news-tui and its version; compressed bodies are asked for', async () => {
	const read = await loadUrl(`${server.base}/ua`);
	assert.ok(read.ok);
	assert.equal(read.value[0]!.paragraphs[1], `news-tui/${packageJson.version} (terminal news reader; +https://www.npmjs.com/package/news-tui)`);
	assert.match(read.value[0]!.paragraphs[2]!, /gzip.*deflate.*br/);
});

test('gzip, deflate and brotli bodies are inflated', async () => {
	for (const path of ['/gzip', '/deflate', '/br']) {
		const read = await loadUrl(server.base + path);
		assert.ok(read.ok, path);
		assert.equal(read.value.length, 15, path);
		assert.equal(read.value[0]!.title, 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei');
	}
});

test('up to five redirects are followed, to the final address', async () => {
	const result = await fetchSource(`${server.base}/redirect/1`);
	assert.ok(result.ok && !result.notModified);
	assert.equal(result.url, `${server.base}/heise.atom`);
	const five = await fetchSource(`${server.base}/hops/5`);
	assert.ok(five.ok);
	assert.equal((await failure('/hops/6')).reason, 'more than 5 redirects');
});

test('redirect loops, too many redirects, and redirects to other schemes fail with a reason', async () => {
	assert.equal((await failure('/loop/a')).reason, 'redirects in a loop');
	assert.equal((await failure('/to-file')).reason, 'redirected to file: address, which is not followed');
	assert.equal((await fetchSource('file:///etc/passwd')).ok, false);
	assert.equal((await fetchSource('data:text/plain,hi')).ok, false);
});

test('HTTP errors name their status; a name that does not resolve and a refused connection say so', async () => {
	const missing = await failure('/page/missing');
	assert.equal(missing.error, `${server.base}/page/missing: HTTP 404 Not Found`);
	const unknown = await fetchSource('http://no-such-host.invalid/feed');
	assert.ok(!unknown.ok);
	assert.equal(unknown.error, 'http://no-such-host.invalid/feed: the name no-such-host.invalid does not resolve');
	const closed = createServer();
	await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
	const {port} = closed.address() as AddressInfo;
	await new Promise(resolve => closed.close(resolve));
	const refused = await fetchSource(`http://127.0.0.1:${port}/`);
	assert.ok(!refused.ok);
	assert.equal(refused.reason, 'connection refused');
});

test('a response slower than the deadline is given up, with the time said', async () => {
	const started = performance.now();
	const slow = await failure('/slow', {timeoutMs: 300});
	assert.equal(slow.reason, 'no complete answer within 0.3 s');
	assert.ok(performance.now() - started < 5000);
	const {FETCH_TIMEOUT_MS} = await import('../../source/core/sources/index.js');
	assert.equal(FETCH_TIMEOUT_MS, 20_000);
});

test('a body past 20 MB is cut off while it streams, never held whole', async () => {
	const huge = await failure('/huge');
	assert.equal(huge.reason, 'the answer is larger than 20 MB, not read further');
	const small = await failure('/huge', {maxBytes: 1024 * 1024});
	assert.equal(small.reason, 'the answer is larger than 1 MB, not read further');
});

test('what is served decides, not the Content-Type: a feed served as HTML or as octets is a feed', async () => {
	for (const path of ['/feed-as-html', '/feed-as-octets']) {
		const read = await loadUrl(server.base + path);
		assert.ok(read.ok, path);
		assert.ok(read.value.length > 5, path);
		assert.ok(read.value.every(article => article.source !== null), path);
	}
});

test('neither a feed, a page nor text: one line naming the address and what it was', async () => {
	const image = await loadUrl(`${server.base}/image.png`);
	assert.deepEqual(image, {ok: false, error: `${server.base}/image.png: not a feed, a page or text (image/png)`});
	const sitemap = await loadUrl(`${server.base}/not-a-feed.xml`);
	assert.deepEqual(sitemap, {ok: false, error: `${server.base}/not-a-feed.xml: not a feed (RSS, RDF, Atom or JSON Feed), a page or text`});
});

test('a text served as text/plain is read as today, keeping its address', async () => {
	const read = await loadUrl(`${server.base}/story.txt`);
	assert.ok(read.ok);
	assert.deepEqual(read.value[0]!.paragraphs, ['A plain headline', 'A plain paragraph of text.']);
	assert.equal(read.value[0]!.url, `${server.base}/story.txt`);
});

test('Latin-1 and Windows-1252 pages read right, whether the charset is in the header or the page', async () => {
	for (const path of ['/latin1-header', '/latin1-meta', '/latin1-http-equiv']) {
		const read = await loadUrl(server.base + path);
		assert.ok(read.ok, path);
		assert.match(read.value[0]!.paragraphs.at(-1)!, /^Café — “quoted” ü is written in an old encoding/, path);
	}
	const xml = await loadUrl(`${server.base}/encoding.rss`); // ISO-8859-1 in its XML declaration only
	assert.ok(xml.ok);
	assert.equal(xml.value[0]!.source, 'Jornal de Notícias - Últimas Notícias');
});

test('a hostile page: nothing besides it is fetched, no escape sequence or script survives, no other scheme is a link', async () => {
	const before = server.requested.length;
	const read = await loadUrl(`${server.base}/hostile`);
	assert.ok(read.ok);
	assert.deepEqual(server.requested.slice(before), ['/hostile']);
	const [article] = read.value;
	const all = JSON.stringify(article);
	assert.doesNotMatch(all, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
	assert.doesNotMatch(all, /document\.title|ran'/);
	assert.ok(article!.paragraphs.some(paragraph => paragraph === 'a script link and a file link.'));
	assert.equal(article!.url, `${server.base}/hostile`);
});

test('a feed whose titles carry escape sequences: none reaches the articles', async () => {
	const read = await loadUrl(`${server.base}/feed.rss`);
	assert.ok(read.ok);
	const hostile = read.value[2]!;
	assert.equal(hostile.title, 'Title with escapes');
	assert.equal(hostile.paragraphs.at(-1), 'Body red and a bell.');
	assert.doesNotMatch(JSON.stringify(read.value), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
});

test('a JSON Feed: HTML and text content, <q> with its marks, block quotes intact, javascript: links dropped', async () => {
	const read = await loadUrl(`${server.base}/feed.json`);
	assert.ok(read.ok);
	const [first, second] = read.value;
	assert.deepEqual(first!.paragraphs, ['First', 'JSON News · 1 Dec 2026 08:00 UTC · Ann Writer', 'One “quoted” paragraph.', '“A block quote,” she said.']);
	assert.equal(first!.published, '2026-12-01T08:00:00Z');
	assert.equal(first!.byline, 'Ann Writer');
	assert.equal(first!.url, 'https://example.org/1');
	assert.equal(second!.url, null);
	assert.deepEqual(second!.paragraphs.slice(2), ['Plain text.', 'Two paragraphs.']);
});
