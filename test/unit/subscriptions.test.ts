import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
	addSubscriptions,
	changeSubscriptions,
	findSubscriptions,
	opmlFromSubscriptions,
	readSubscriptions,
	subscriptionsFromOpml,
	type Subscription,
} from '../../source/core/store/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'opml');
const read = (name: string): Subscription[] => {
	const result = subscriptionsFromOpml(readFileSync(path.join(fixtures, name), 'utf8'));
	assert.ok(result.ok, result.ok ? '' : result.error);
	return result.subscriptions;
};
const shape = (list: Subscription[]) => list.map(({title, folder}) => `${[...folder, title].join(' / ')}`);

test('a newsboat export: feeds named by title, nested tag outlines become folders, queries left out', () => {
	assert.deepEqual(shape(read('newsboat-tags.opml')), [
		'World news | The Guardian',
		'tech / LWN.net',
		'tech / Ars Technica - All content',
		'tech / linux / Phoronix',
	]);
});

test('Feedly, Inoreader and Miniflux exports: folders, and a feed in two folders listed once', () => {
	const feedly = read('feedly.opml');
	assert.deepEqual(shape(feedly), ['News / BBC News - World', 'News / NYT > World News', 'Tech / The Verge']);
	assert.equal(feedly[0]!.url, 'http://feeds.bbci.co.uk/news/world/rss.xml');
	assert.deepEqual(shape(read('inoreader.xml')), ['Science / Nature', 'Hacker News']);
	assert.deepEqual(shape(read('miniflux.opml')), ['All / Planet Debian', 'Politics / POLITICO']);
});

test('an OPML 2.0 category is a folder when the outline is not nested', () => {
	const result = subscriptionsFromOpml(
		'<opml version="2.0"><body><outline text="X" xmlUrl="https://x.example/feed" category="/World/Europe,other"/></body></opml>',
	);
	assert.ok(result.ok);
	assert.deepEqual(result.subscriptions[0]!.folder, ['World', 'Europe']);
});

test('export is OPML 2.0 that reads back to the same list', () => {
	for (const name of ['newsboat-tags.opml', 'feedly.opml', 'inoreader.xml', 'miniflux.opml']) {
		const list = read(name);
		const opml = opmlFromSubscriptions(list);
		assert.match(opml, /<opml version="2.0">/);
		const again = subscriptionsFromOpml(opml);
		assert.ok(again.ok);
		assert.deepEqual(again.subscriptions, list, name);
	}
});

test('an empty list is an OPML document too, read back as empty', () => {
	const again = subscriptionsFromOpml(opmlFromSubscriptions([]));
	assert.deepEqual(again, {ok: true, subscriptions: []});
});

test('titles with escape sequences and ampersands are text', () => {
	const result = subscriptionsFromOpml('<opml version="1.0"><body><outline text="A &amp; B\u001b[31m red" xmlUrl="https://a.example/?x=1&amp;y=2"/></body></opml>');
	assert.ok(result.ok);
	assert.deepEqual(result.subscriptions, [{url: 'https://a.example/?x=1&y=2', title: 'A & B red', folder: []}]);
	assert.match(opmlFromSubscriptions(result.subscriptions), /xmlUrl="https:\/\/a.example\/\?x=1&amp;y=2"/);
});

test('not OPML is an error, not an empty list', () => {
	const result = subscriptionsFromOpml('<html><body>hello</body></html>');
	assert.equal(result.ok, false);
});

test('the subscriptions file: added to, found by URL or title, changed under its lock, the user\'s alone', () => {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'news-tui-subs-')), 'config', 'news-tui', 'subscriptions.opml');
	assert.deepEqual(readSubscriptions(file), {ok: true, subscriptions: []});
	const a = {url: 'https://a.example/feed', title: 'Alpha News', folder: []};
	const b = {url: 'https://b.example/rss', title: 'Beta', folder: ['Tech']};
	changeSubscriptions(file, list => addSubscriptions(list, [a, b, a]));
	assert.equal(statSync(file).mode & 0o777, 0o600);
	const now = readSubscriptions(file);
	assert.ok(now.ok);
	assert.deepEqual(now.subscriptions, [a, b]);
	assert.deepEqual(findSubscriptions(now.subscriptions, 'alpha news'), [a]);
	assert.deepEqual(findSubscriptions(now.subscriptions, 'https://b.example/rss'), [b]);
	// A file the user broke by hand is reported and left alone.
	writeFileSync(file, '<opml><body><outline');
	const broken = changeSubscriptions(file, list => list);
	assert.equal(broken.ok, false);
	assert.equal(readFileSync(file, 'utf8'), '<opml><body><outline');
});
