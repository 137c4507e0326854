import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
	changeFeed,
	feedFile,
	isRead,
	isStarred,
	mergeItems,
	mergeMark,
	openMarkStore,
	readPlace,
	reduceMark,
	savePlace,
	storePaths,
	type CachedItem,
	type Marks,
} from '../../source/core/store/index.js';
import {writeFileAtomic} from '../../source/core/store/atomic-file.js';
import {withLock} from '../../source/core/store/lock.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const temp = () => mkdtempSync(path.join(tmpdir(), 'news-tui-store-'));

test('paths follow the XDG variables', () => {
	const saved = {...process.env};
	try {
		process.env['XDG_CONFIG_HOME'] = '/x/config';
		process.env['XDG_DATA_HOME'] = '/x/data';
		process.env['XDG_STATE_HOME'] = '/x/state';
		const paths = storePaths();
		assert.equal(paths.subscriptions, '/x/config/news-tui/subscriptions.opml');
		assert.equal(paths.marks, '/x/data/news-tui/marks');
		assert.equal(paths.feeds, '/x/data/news-tui/feeds');
		assert.equal(paths.places, '/x/state/news-tui/places.json');
	} finally {
		process.env = saved;
	}
});

test('files and folders are the user\'s alone, and no temporary file is left', () => {
	const folder = path.join(temp(), 'a', 'b');
	writeFileAtomic(path.join(folder, 'f.json'), '{}');
	assert.equal(statSync(folder).mode & 0o777, 0o700);
	assert.equal(statSync(path.join(folder, 'f.json')).mode & 0o777, 0o600);
	assert.deepEqual(readdirSync(folder), ['f.json']);
});

test('marks merge part by part, the later winning, whatever the order', () => {
	const a = reduceMark(undefined, {type: 'read', key: 'k', read: true, at: 10});
	const b = reduceMark(reduceMark(undefined, {type: 'star', key: 'k', star: true, at: 5}), {type: 'read', key: 'k', read: false, at: 20});
	for (const merged of [mergeMark(a, b), mergeMark(b, a)]) {
		assert.equal(isRead(merged), false, 'unread at 20 beats read at 10');
		assert.equal(isStarred(merged), true);
	}
	const placed = reduceMark(a, {type: 'place', key: 'k', place: {paragraph: 4, offset: 12}, at: 30});
	assert.deepEqual(mergeMark(placed, b).place, {paragraph: 4, offset: 12});
	assert.deepEqual(mergeMark(b, placed).place, {paragraph: 4, offset: 12});
});

test('a store written by one process is read by the next; an older write never wins over a newer one', () => {
	const folder = temp();
	const first = openMarkStore(folder);
	const second = openMarkStore(folder);
	first.write([{type: 'read', key: '/a.txt', read: true, at: 100}]);
	// The second process still had its old view: its stale "unread" from before does not undo the read.
	second.write([{type: 'read', key: '/a.txt', read: false, at: 50}, {type: 'star', key: '/b.txt', star: true, at: 60}]);
	const {marks, notices} = openMarkStore(folder).load();
	assert.deepEqual(notices, []);
	assert.equal(isRead(marks.get('/a.txt')), true);
	assert.equal(isStarred(marks.get('/b.txt')), true);
});

test('a marks file replaced by garbage, truncated or flipped is set aside with the time and said in one line', () => {
	const folder = temp();
	const store = openMarkStore(folder);
	const keys = Array.from({length: 400}, (_, index) => `/k${index}`);
	store.write(keys.map(key => ({type: 'read', key, read: true, at: 1})));
	store.write([{type: 'star', key: '/k1', star: true, at: 2}]);
	const files = readdirSync(folder).filter(name => name.endsWith('.bin'));
	assert.ok(files.length > 30, 'the marks are spread over files');
	const readCount = (marks: Marks) => keys.filter(key => isRead(marks.get(key))).length;
	writeFileSync(path.join(folder, files[0]!), '\u0000\u0001garbage{"version":');
	const bytes = readFileSync(path.join(folder, files[1]!));
	writeFileSync(path.join(folder, files[1]!), bytes.subarray(0, bytes.length - 3));
	const flipped = readFileSync(path.join(folder, files[2]!));
	flipped[flipped.length - 1] ^= 0x40;
	writeFileSync(path.join(folder, files[2]!), flipped);
	writeFileSync(path.join(folder, 'starred.json'), '{"version":1,"starred":{"/k1":');
	const {marks, notices} = store.load();
	assert.equal(notices.length, 4);
	for (const [notice, why] of notices.map((notice, index) => [notice, ['not a news-tui marks file', 'truncated', 'checksum differs', 'not valid JSON'][index]!])) {
		assert.match(notice!, new RegExp(`${why}.*; set aside as [^ ]+\\.corrupt-\\d{8}T\\d{6}Z, starting afresh$`));
	}
	const count = readCount(marks);
	assert.ok(count > 340 && count < 400, String(count));
	assert.equal(readdirSync(folder).filter(name => /\.corrupt-/.test(name)).length, 4, 'the bad files are kept beside');
	// Writing again works, over the files set aside.
	store.write(keys.map(key => ({type: 'read', key, read: true, at: 3})));
	assert.equal(readCount(store.load().marks), 400);
	assert.deepEqual(store.load().notices, []);
});

test('stars are listed by their full keys, newest first; an unstar is a mark too', () => {
	const store = openMarkStore(temp());
	store.write([{type: 'star', key: '/a.txt', star: true, at: 1}, {type: 'star', key: 'https://x.example/2', star: true, at: 2}]);
	store.write([{type: 'star', key: '/c.txt', star: true, at: 3}, {type: 'star', key: '/a.txt', star: false, at: 4}]);
	const {marks} = store.load();
	assert.deepEqual(marks.starred(), ['/c.txt', 'https://x.example/2']);
	assert.equal(isStarred(marks.get('/a.txt')), false);
	assert.equal(isStarred(marks.get('/c.txt')), true);
	assert.equal(marks.get('/never'), undefined);
});

test('places: each collection keeps the article it was left on', () => {
	const file = path.join(temp(), 'state', 'places.json');
	assert.deepEqual(readPlace(file, 'c1'), {});
	savePlace(file, 'c1', '/a.txt', 10);
	savePlace(file, 'c2', '/b.txt', 11);
	savePlace(file, 'c1', '/old.txt', 5);
	assert.equal(readPlace(file, 'c1').article, '/a.txt');
	writeFileSync(file, 'garbage');
	assert.match(readPlace(file, 'c1').notice!, /places\.json: not valid JSON/);
	assert.deepEqual(readPlace(file, 'c1'), {});
});

const item = (key: string, published: string, text = 'Body.'): CachedItem => ({
	key,
	seen: 1,
	article: {file: key, title: key, paragraphs: [key, text], published} as CachedItem['article'],
});

test('feed items: new ones counted, newest first, 500 kept and the starred beyond them', () => {
	const old = Array.from({length: 500}, (_, index) => item(`old${index}`, new Date(Date.UTC(2020, 0, 1, 0, index)).toISOString()));
	const fresh = [item('new1', '2026-01-02T00:00:00Z'), item('new2', '2026-01-03T00:00:00Z'), item('old499', '2020-01-01T08:19:00Z', 'Updated.')];
	const {items, added} = mergeItems(old, fresh, key => key === 'old0');
	assert.equal(added, 2);
	assert.deepEqual(items.slice(0, 2).map(kept => kept.key), ['new2', 'new1']);
	assert.equal(items.length, 501, '500 newest and the starred oldest');
	assert.equal(items.at(-1)!.key, 'old0');
	assert.ok(!items.some(kept => kept.key === 'old1'), 'the oldest unstarred one goes');
	assert.equal(items.find(kept => kept.key === 'old499')!.article.paragraphs[1], 'Updated.');
});

function runWriter(folder: string, prefix: string, count: number) {
	const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'store-writer.ts'), folder, prefix, String(count)], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let out = '';
	const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
	// A writer that ends before it is ready fails the test, rather than leaving it waiting for ever.
	const ready = new Promise<void>((resolve, reject) => {
		child.stdout.on('data', chunk => {
			out += chunk;
			if (out.includes('ready')) resolve();
		});
		// 'close' comes once its output is all read, so a `ready` in it is never missed.
		child.on('close', code => reject(new Error(`the writer ended (code ${code}) before it was ready: ${out}`)));
	});
	return {child, ready, exited};
}

test('two processes marking at once: every mark of both is kept', async () => {
	const folder = temp();
	const [a, b] = [runWriter(folder, 'a', 150), runWriter(folder, 'b', 150)];
	assert.deepEqual(await Promise.all([a.exited, b.exited]), [0, 0]);
	const {marks, notices} = openMarkStore(folder).load();
	assert.deepEqual(notices, []);
	assert.equal(readdirSync(folder).filter(name => name.startsWith('.') && name.endsWith('.tmp')).length, 0);
	for (const prefix of ['a', 'b']) for (let index = 0; index < 150; index++) assert.ok(isRead(marks.get(`${prefix}-${index}`)), `${prefix}-${index}`);
	assert.equal(marks.get('shared')!.place.paragraph, 149);
});

test('killed at a random moment while writing: every file is still whole', async () => {
	const folder = temp();
	for (let round = 0; round < 3; round++) {
		const writer = runWriter(folder, `r${round}`, 100_000);
		await writer.ready;
		await new Promise(resolve => setTimeout(resolve, 50 + Math.random() * 300));
		writer.child.kill('SIGKILL');
		await writer.exited;
		const {marks, notices} = openMarkStore(folder).load();
		assert.deepEqual(notices, [], 'no file half written');
		// Marks were written in order: those kept are the first ones, none missing before the last.
		let kept = 0;
		while (isRead(marks.get(`r${round}-${kept}`))) kept++;
		assert.ok(kept > 0, 'some marks were written before the kill');
		for (let after = kept + 1; after < kept + 50; after++) assert.equal(marks.get(`r${round}-${after}`), undefined, `r${round}-${after} after a gap`);
		assert.ok(!readdirSync(folder).some(name => name.endsWith('.tmp') && !name.startsWith('.')), 'no temporary file in the open');
	}
});

test('a lock left by a process that is gone is broken; a live one is waited for', () => {
	const folder = temp();
	const lock = path.join(folder, '.lock');
	// A pid no process has (beyond the kernel's limit).
	writeFileSync(lock, '4194999');
	assert.equal(withLock(lock, () => 'ran'), 'ran');
	assert.ok(!readdirSync(folder).includes('.lock'), 'released');
});

test('a lock left empty, by a process killed between making it and writing its pid, is broken within seconds', () => {
	const folder = temp();
	const lock = path.join(folder, '.lock');
	writeFileSync(lock, '');
	const started = Date.now();
	assert.equal(withLock(lock, () => 'ran'), 'ran');
	const waited = Date.now() - started;
	// Waited for its owner to write the pid, as a live one would, but not the 30 s a held lock gets.
	assert.ok(waited >= 900 && waited < 10_000, `waited ${waited} ms`);
});

test('a feed change that gives back the feed as it was, or none, writes nothing', () => {
	const folder = temp();
	const url = 'http://127.0.0.1/wire.xml';
	assert.equal(changeFeed(folder, url, feed => feed).feed, undefined);
	assert.ok(!readdirSync(folder).some(name => name.endsWith('.json')), 'no file for a feed never cached');
	changeFeed(folder, url, () => ({url, title: 'Wire', items: []}));
	// Every write puts a new file in the old one's place: the same file means no write.
	const before = statSync(feedFile(folder, url)).ino;
	assert.equal(changeFeed(folder, url, feed => feed).feed!.title, 'Wire');
	assert.equal(statSync(feedFile(folder, url)).ino, before, 'not written again');
	changeFeed(folder, url, feed => ({...feed!, title: 'Wire again'}));
	assert.notEqual(statSync(feedFile(folder, url)).ino, before, 'a change is written');
});
