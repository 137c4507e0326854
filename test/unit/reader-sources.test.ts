import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Article} from '../../source/core/article.js';
import {knownQuotes} from '../../source/state/article-quotes.js';
import {initialState, reduce, type ReaderState} from '../../source/state/reader.js';
import {statusLine, statusOf} from '../../source/state/status.js';
import {browserCommand, openInBrowser} from '../../source/ui/open-in-browser.js';

const item = (title: string, url: string | null, summaryOnly = true): Article => ({
	file: 'http://127.0.0.1/feed.rss',
	title,
	paragraphs: [title, 'Local News · 24 Jul 2015 04:36 UTC', `A summary of ${title}.`],
	dateline: {paragraph: 1, length: 'Local News · 24 Jul 2015 04:36 UTC'.length},
	url,
	published: '2015-07-24T04:36:00Z',
	byline: null,
	source: 'Local News',
	...(summaryOnly ? {summaryOnly} : {}),
});
const full: Article = {
	...item('First', 'https://example.org/1', false),
	paragraphs: ['First', 'Local News · 24 Jul 2015 04:36 UTC', '"We will not give up," said Jane Smith, the mayor.', 'A second paragraph.'],
};
const drawn = (articles: Article[]): ReaderState => initialState(articles, 120, 30);
const key = (state: ReaderState, name: string) => reduce(state, {type: 'key', key: name});

test('the status line says the full article is being fetched, then the full article takes the summary’s place', () => {
	const start = drawn([item('First', 'https://example.org/1'), item('Second', 'https://example.org/2')]);
	const fetching = reduce(key(start, 'j'), {type: 'fetchingFullText', article: 0});
	assert.equal(statusOf(fetching).match, 'fetching the full article…');
	assert.match(statusLine(statusOf(fetching), 120), /fetching the full article…/);
	const arrived = reduce(fetching, {type: 'fullText', article: 0, full});
	assert.equal(arrived.articles[0], full);
	assert.equal(statusOf(arrived).match, undefined);
	assert.deepEqual(arrived.positions[0], {paragraph: 0, offset: 0});
	// The panel reads the full text: its speakers are the full article's.
	assert.ok(knownQuotes(full)!.speakers.some(speaker => speaker.name === 'Jane Smith'));
	assert.equal(arrived.articles[1]!.summaryOnly, true);
});

test('a full article that did not come leaves the summary and says why, until the next key', () => {
	const start = reduce(drawn([item('First', 'https://example.org/1')]), {type: 'fetchingFullText', article: 0});
	const failed = reduce(start, {type: 'fullText', article: 0, error: 'HTTP 404 Not Found'});
	assert.equal(failed.articles[0]!.summaryOnly, true);
	assert.equal(statusOf(failed).match, 'summary kept: HTTP 404 Not Found');
	assert.equal(statusOf(key(failed, 'j')).match, undefined);
});

test('a full article arriving for another item than the one on screen replaces it quietly', () => {
	const start = drawn([item('First', 'https://example.org/1'), item('Second', 'https://example.org/2')]);
	const moved = key(reduce(start, {type: 'fetchingFullText', article: 0}), ']');
	const arrived = reduce(moved, {type: 'fullText', article: 0, full});
	assert.equal(arrived.article, 1);
	assert.equal(arrived.articles[0], full);
	assert.equal(statusOf(arrived).match, undefined);
});

test('o asks for the link to be opened; without a link the status line says there is none', () => {
	const start = drawn([item('First', 'https://example.org/1'), item('No link', null)]);
	assert.equal(key(start, 'o').linkRequests, 1);
	assert.equal(key(key(start, 'o'), 'o').linkRequests, 2);
	const none = key(key(start, ']'), 'o');
	assert.equal(none.linkRequests, 0);
	assert.equal(statusOf(none).match, 'this article has no link to open');
	// In the search line `o` is typed, not a command.
	assert.equal(key(key(start, '/'), 'o').linkRequests, 0);
});

test('the browser: $BROWSER (its first choice), else the system opener', () => {
	assert.equal(browserCommand({BROWSER: 'firefox:chromium'}, 'linux'), 'firefox');
	assert.equal(browserCommand({}, 'linux'), 'xdg-open');
	assert.equal(browserCommand({}, 'darwin'), 'open');
});

test('the link goes to the browser as one argument, never through a shell; other schemes are refused', async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-browser-'));
	const record = path.join(folder, 'args.json');
	const browser = path.join(folder, 'browser');
	writeFileSync(browser, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\n`);
	chmodSync(browser, 0o755);
	const url = 'https://example.org/a?b=1&c=$(touch%20pwned);echo`id`';
	assert.equal(await openInBrowser(url, {BROWSER: browser}), undefined);
	// The browser runs on its own: its record comes when it has started.
	for (let wait = 0; !existsSync(record) && wait < 200; wait++) await new Promise(resolve => setTimeout(resolve, 50));
	assert.deepEqual(JSON.parse(readFileSync(record, 'utf8')), [url]);
	assert.equal(await openInBrowser('file:///etc/passwd', {BROWSER: browser}), 'only http and https links are opened');
	assert.equal(await openInBrowser('javascript:alert(1)', {BROWSER: browser}), 'only http and https links are opened');
	assert.equal(await openInBrowser('https://example.org/', {BROWSER: path.join(folder, 'missing')}), `could not start ${path.join(folder, 'missing')}: no such program`);
});
