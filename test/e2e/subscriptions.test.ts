// The subscription commands without a terminal, in XDG folders of the test's own.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(root, 'test', 'fixtures', 'opml');

function userFolders() {
	const home = mkdtempSync(path.join(tmpdir(), 'news-tui-subs-'));
	return {XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
}

function run(args: string[], env: Record<string, string>) {
	const result = spawnSync(process.execPath, [cli, ...args], {cwd: tmpdir(), encoding: 'utf8', env: {...process.env, ...env}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('--import a newsboat export with nested folders, --export OPML 2.0, which --import reads back to the same list', () => {
	const env = userFolders();
	const imported = run(['--import', path.join(fixtures, 'newsboat-tags.opml')], env);
	assert.equal(imported.code, 0, imported.stderr);
	assert.match(imported.stdout, /^imported 4 feeds from .*newsboat-tags\.opml\n$/);
	const file = path.join(env.XDG_CONFIG_HOME, 'news-tui', 'subscriptions.opml');
	assert.equal(statSync(file).mode & 0o777, 0o600);
	assert.equal(statSync(path.dirname(file)).mode & 0o777, 0o700);
	const exported = run(['--export'], env);
	assert.equal(exported.code, 0, exported.stderr);
	assert.match(exported.stdout, /<opml version="2.0">/);
	assert.match(exported.stdout, /<outline text="tech" title="tech">\s*<outline text="LWN.net"/);
	assert.match(exported.stdout, /<outline text="linux" title="linux">\s*<outline text="Phoronix"/);
	// Read back elsewhere, it is the same list; imported twice, nothing is added.
	const other = userFolders();
	writeFileSync(path.join(tmpdir(), 'news-tui-exported.opml'), exported.stdout);
	assert.equal(run(['--import', path.join(tmpdir(), 'news-tui-exported.opml')], other).code, 0);
	assert.equal(run(['--export'], other).stdout, exported.stdout);
	assert.match(run(['--import', path.join(tmpdir(), 'news-tui-exported.opml')], other).stdout, /imported 0 feeds \(4 already subscribed\)/);
	// Feedly's export joins the list.
	assert.match(run(['--import', path.join(fixtures, 'feedly.opml')], env).stdout, /imported 3 feeds/);
});

test('--unsubscribe by title or URL; unknown ones, bad files and wrong use are one-line errors', () => {
	const env = userFolders();
	run(['--import', path.join(fixtures, 'inoreader.xml')], env);
	const byTitle = run(['--unsubscribe', 'hacker news'], env);
	assert.equal(byTitle.code, 0, byTitle.stderr);
	assert.equal(byTitle.stdout, 'unsubscribed from Hacker News (https://news.ycombinator.com/rss)\n');
	const byUrl = run(['--unsubscribe', 'https://www.nature.com/nature.rss'], env);
	assert.equal(byUrl.code, 0, byUrl.stderr);
	assert.doesNotMatch(run(['--export'], env).stdout, /xmlUrl/);
	const unknown = run(['--unsubscribe', 'Nope'], env);
	assert.equal(unknown.code, 1);
	assert.match(unknown.stderr, /^news-tui: Nope: not subscribed \(see --export for the list\)\n$/);
	const notOpml = path.join(tmpdir(), 'news-tui-not.opml');
	writeFileSync(notOpml, 'hello');
	const bad = run(['--import', notOpml], env);
	assert.equal(bad.code, 1);
	assert.match(bad.stderr, /^news-tui: .*news-tui-not\.opml: not an OPML file/);
	assert.equal(run(['--import', '/no/such.opml'], env).stderr, 'news-tui: /no/such.opml: no such file\n');
	assert.equal(run(['--export', '--starred'], env).code, 2);
	assert.equal(run(['--export', 'a.txt'], env).code, 2);
	// A subscriptions file broken by hand is reported and left as it was.
	const file = path.join(env.XDG_CONFIG_HOME, 'news-tui', 'subscriptions.opml');
	writeFileSync(file, '<opml><body><outline');
	assert.match(run(['--export'], env).stderr, /subscriptions\.opml: not an OPML file/);
	assert.equal(readFileSync(file, 'utf8'), '<opml><body><outline');
});

test('--starred with nothing starred and --feeds with no subscriptions say what to do', () => {
	const env = userFolders();
	assert.match(run(['--starred'], env).stderr, /^news-tui: no starred articles yet \(press \* in the reader to star one\)\n$/);
	assert.match(run(['--feeds'], env).stderr, /^news-tui: no subscriptions yet/);
});
