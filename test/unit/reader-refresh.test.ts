// The reader's state while `--feeds` refreshes behind it: progress and the summary on the status
// line, new items joining first in their feed, the article read and the list's cursor kept.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {listView} from '../../source/state/article-list.js';
import {initialState, reduce, type ReaderState} from '../../source/state/reader.js';
import {NOTHING_JOINED, type Joined} from '../../source/state/refresh.js';
import {statusOf} from '../../source/state/status.js';

const item = (source: string, title: string): Article => ({
	file: `http://127.0.0.1/${source}.rss`,
	title,
	paragraphs: [title, `${source} · 24 Jul 2015 04:36 UTC`, `What happened in ${title}.`],
	dateline: {paragraph: 1, length: `${source} · 24 Jul 2015 04:36 UTC`.length},
	url: `http://127.0.0.1/${source}/${title.replaceAll(' ', '-')}`,
	published: '2015-07-24T04:36:00Z',
	byline: null,
	source,
});
const joined = (articles: Article[], read = articles.map(() => false)): Joined => ({
	articles,
	read,
	starred: articles.map(() => false),
	positions: articles.map(() => ({paragraph: 0, offset: 0})),
});
const key = (state: ReaderState, name: string) => reduce(state, {type: 'key', key: name});
const titles = (state: ReaderState) =>
	listView(state.articles, state.read, state.listFilter, state.joins).order.map(index => state.articles[index]!.title);

const start = (): ReaderState =>
	reduce(initialState([item('Alpha', 'a2'), item('Alpha', 'a1'), item('Beta', 'b1')], 120, 30), {type: 'refreshing', feeds: 2});

test('the status line says how the refresh goes, then what came of it', () => {
	const state = start();
	assert.equal(statusOf(state).match, 'refreshing feeds 0/2');
	const one = reduce(state, {type: 'feedsRefreshed', feeds: [{title: 'Alpha', ok: true}], joined: joined([item('Alpha', 'a3'), item('Alpha', 'a2')])});
	assert.equal(statusOf(one).match, 'refreshing feeds 1/2 · 1 new');
	const both = reduce(one, {type: 'feedsRefreshed', feeds: [{title: 'Beta', ok: false, error: 'HTTP 503 Service Unavailable'}], joined: NOTHING_JOINED});
	assert.equal(statusOf(both).match, 'feeds refreshed: 1 new · 1 feed failed: Beta (HTTP 503 Service Unavailable)');
	assert.equal(both.refresh, undefined);
	// Said until the next key, as any notice is.
	assert.equal(statusOf(key(both, 'j')).match, undefined);
	const none = reduce(start(), {type: 'feedsRefreshed', feeds: [{title: 'Alpha', ok: false, error: 'connection refused'}, {title: 'Beta', ok: false, error: 'connection refused'}], joined: NOTHING_JOINED});
	assert.equal(statusOf(none).match, 'no feed could be refreshed: Alpha (connection refused), Beta (connection refused)');
});

test('new items join first in their feed; the article on screen stays, and the count follows the list', () => {
	const reading = key(start(), ']');
	assert.equal(reading.articles[reading.article]!.title, 'a1');
	const after = reduce(reading, {
		type: 'feedsRefreshed',
		feeds: [{title: 'Alpha', ok: true}],
		// a2 is already loaded: it does not join twice. The store remembered a4 as read.
		joined: joined([item('Alpha', 'a4'), item('Alpha', 'a3'), item('Alpha', 'a2'), item('Gamma', 'g1')], [true, false, false, false]),
	});
	assert.equal(after.articles.length, 6);
	assert.equal(after.articles[after.article]!.title, 'a1');
	assert.deepEqual(titles(after), ['a4', 'a3', 'a2', 'a1', 'b1', 'g1']);
	assert.equal(statusOf(after).article, '4/6');
	assert.deepEqual(after.read, [true, true, false, true, false, false]);
	// ] and [ go through the list as it is shown.
	assert.equal(key(after, '[').articles[key(after, '[').article]!.title, 'a2');
	assert.equal(key(key(after, ']'), ']').articles[key(key(after, ']'), ']').article]!.title, 'g1');
	// A later batch comes before the earlier one.
	const again = reduce(after, {type: 'feedsRefreshed', feeds: [{title: 'Alpha', ok: true}], joined: joined([item('Alpha', 'a5')])});
	assert.deepEqual(titles(again).slice(0, 5), ['a5', 'a4', 'a3', 'a2', 'a1']);
});

test('with the list open, its cursor stays on the article it was on as items join above it', () => {
	const list = key(key(key(start(), 'l'), 'j'), 'j');
	assert.equal(titles(list)[list.listCursor], 'b1');
	const after = reduce(list, {type: 'feedsRefreshed', feeds: [{title: 'Alpha', ok: true}], joined: joined([item('Alpha', 'a3')])});
	assert.equal(titles(after)[after.listCursor], 'b1');
	const opened = key(after, 'return');
	assert.equal(opened.articles[opened.article]!.title, 'b1');
});
