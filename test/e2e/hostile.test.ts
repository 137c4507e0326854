// The built program given what someone else made: endless and oversized standard input, file names
// and flags full of escape sequences, folders it may not read, and every signal that ends it.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cli, lastMode, seed, start, stopAll, type Session} from './terminal.js';

after(stopAll);

const TEST_TIMEOUT_MS = 60_000;
const PROSE = 'The council voted on Tuesday to close the old bridge, "It is unsafe," the mayor said.';

function run(args: string[], {input, stdin}: {input?: string | Buffer; stdin?: number} = {}) {
	const result = spawnSync(process.execPath, [cli, ...args], {input, stdio: [stdin ?? 'pipe', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30, timeout: 30_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal};
}

// What a terminal would act on: ESC, C1 controls, BEL.
const ACTS_ON_TERMINAL = /[\u0007\u001B\u0080-\u009F]/;

test('standard input of endless zeros stops at its first bytes', () => {
	const {code, stderr, signal} = run(['-'], {stdin: openSync('/dev/zero', 'r')});
	assert.equal(signal, null, 'it ended by itself');
	assert.equal(code, 1);
	assert.equal(stderr, 'news-tui: standard input: binary file, not text\n');
});

test('standard input past 64 MiB stops with one line', () => {
	const line = `${PROSE}\n`;
	const input = Buffer.from(line.repeat(Math.ceil((64 * 1024 * 1024 + 1) / line.length)));
	const {code, stderr} = run(['-'], {input});
	assert.equal(code, 1);
	assert.equal(stderr, 'news-tui: standard input: larger than 64 MiB, the most news-tui reads\n');
});

test('devices are refused by name', () => {
	const {code, stderr} = run(['/dev/urandom']);
	assert.equal(code, 1);
	assert.equal(stderr, 'news-tui: /dev/urandom: a character device\n');
});

// A name that clears the screen, sets the window title, writes the clipboard and breaks the line.
const HOSTILE_NAME = 'x\u001B[2J\u001B]0;pwned\u0007\u001B]52;c;ZXZpbA==\u0007\nsplit\u009B31m.txt';

test('file names with escape sequences are printed as escapes: errors, notices, --quotes, --search, --json', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-names-'));
	const bad = path.join(folder, 'bad');
	mkdirSync(bad);
	writeFileSync(path.join(bad, HOSTILE_NAME), Buffer.from([0, 1, 2]));
	writeFileSync(path.join(bad, 'good.txt'), `Good\n\n${PROSE}`);
	const good = path.join(folder, HOSTILE_NAME);
	writeFileSync(good, `Bridge closes\n\n${PROSE}`);
	const shown = 'x\\x1b[2J\\x1b]0;pwned\\x07\\x1b]52;c;ZXZpbA==\\x07\\nsplit\\x9b31m.txt';

	const fatal = run([path.join(bad, HOSTILE_NAME)]);
	assert.equal(fatal.stderr, `news-tui: ${path.join(bad, shown)}: binary file, not text\n`);
	const notice = run([bad]);
	assert.equal(notice.stderr, `news-tui: skipped ${path.join(bad, shown)}: binary file, not text\n`);
	const quotes = run(['--quotes', good]);
	assert.doesNotMatch(quotes.stdout, ACTS_ON_TERMINAL);
	assert.ok(quotes.stdout.includes(`  ${path.join(folder, shown)}\n`), quotes.stdout);
	const search = run(['--search', `bridge\u001B]0;title\u0007`, good]);
	assert.doesNotMatch(search.stdout, ACTS_ON_TERMINAL);
	assert.match(search.stdout, /^Search "bridge\\x1b\]0;title\\x07": /);
	assert.ok(run(['--search', 'bridge', good]).stdout.includes(`. ${path.join(folder, shown)} paragraph`));
	const json = run(['--json', good]);
	assert.doesNotMatch(json.stdout, ACTS_ON_TERMINAL);
	assert.ok(json.stdout.includes('\\u009b31m.txt'), 'C1 escaped as \\u00XX');
	assert.equal(JSON.parse(json.stdout).articles[0].file, good, 'the JSON still names the file exactly');
	const people = run(['--people', good]);
	assert.ok(people.stdout.includes(`    ${path.join(folder, shown)}\n`), people.stdout);
	const peopleJson = run(['--people', '--json', good]);
	assert.doesNotMatch(peopleJson.stdout, ACTS_ON_TERMINAL);
	assert.equal(JSON.parse(peopleJson.stdout).people[0].articles[0].file, good);
	const searchJson = run(['--search', 'bridge\u009B', '--json', good]);
	assert.doesNotMatch(searchJson.stdout, ACTS_ON_TERMINAL);
	assert.equal(JSON.parse(searchJson.stdout).query, 'bridge\u009B');
});

// Root reads every folder, so the test runs the program as nobody, who must be able to reach it.
const asRoot = process.getuid?.() === 0;
const nobody = {uid: 65_534, gid: 65_534};
const nobodyReachesCli = !asRoot || spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1])', cli], nobody).status === 0;

test('an unreadable subfolder is skipped with a notice; the rest opens', {skip: nobodyReachesCli ? false : 'run as root in a folder nobody can enter'}, () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-locked-'));
	chmodSync(folder, 0o755);
	writeFileSync(path.join(folder, 'open.txt'), `Open\n\n${PROSE}`);
	mkdirSync(path.join(folder, 'locked'));
	writeFileSync(path.join(folder, 'locked', 'inside.txt'), `Inside\n\n${PROSE}`);
	chmodSync(path.join(folder, 'locked'), 0o000);
	const result = spawnSync(process.execPath, [cli, folder], {encoding: 'utf8', ...(asRoot ? nobody : {})});
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stdout, `Open\n\n${PROSE}\n`);
	assert.equal(result.stderr, `news-tui: skipped ${path.join(folder, 'locked')}: permission denied\n`);
});

async function assertRestored(session: Session) {
	await session.exited;
	assert.equal(await session.isAlternateScreen(), false, 'back on the normal screen');
	assert.equal(lastMode(session.output(), '1049'), 'l', 'alternate screen left');
	assert.equal(lastMode(session.output(), '25'), 'h', 'cursor shown');
}

const ready = (session: Session) => session.waitFor(screen => /\? help/.test(screen[22]!), 'the first frame');

test('every signal that ends the program gives the terminal back', {timeout: 4 * TEST_TIMEOUT_MS}, async () => {
	const signals = ['SIGQUIT', 'SIGUSR2', 'SIGALRM', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGTRAP', 'SIGABRT', 'SIGSYS', 'SIGIO', 'SIGPWR'];
	// Two at a time: each start costs a second on a busy machine.
	for (let at = 0; at < signals.length; at += 2) {
		await Promise.all(
			signals.slice(at, at + 2).map(async signal => {
				const session = start([seed]);
				await ready(session);
				session.kill(signal);
				await assertRestored(session);
			}),
		);
	}
});

test('a --search query given on the command line is drawn without its escape sequences', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start(['--search', 'lavrov\u001B]0;pwned\u0007\u001B[2J', seed]);
	await session.waitFor(screen => screen.some(row => row.includes('/lavrov')), 'the search line');
	assert.doesNotMatch(session.output(), /pwned|\u001B\]0;/);
	session.press('\x03');
	await assertRestored(session);
});

test('a long article takes keys while its quotes are found off the main thread', {timeout: TEST_TIMEOUT_MS}, async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-long-'));
	const body = readFileSync(seed, 'utf8').split(/\n+/).filter(Boolean).slice(1);
	const paragraphs = ['A very long article', ...Array.from({length: 1200 * body.length}, (_, index) => `${index + 1}. ${body[index % body.length]!}`)];
	const file = path.join(folder, 'long.txt');
	writeFileSync(file, paragraphs.join('\n\n'));
	const session = start([file], {columns: 120, rows: 40});
	const finding = (screen: string[]) => screen.some(row => row.includes('Finding quotes'));
	await session.waitFor(screen => screen[0]!.includes('A very long article') && finding(screen), 'the first frame');
	session.press('j');
	// Before, the quotes were found on the main thread and the key waited for them.
	await session.waitFor(screen => !screen[0]!.includes('A very long article') && finding(screen), 'a line down while quotes are still being found');
	session.press('q');
	await assertRestored(session);
});
