// The built reader in a real pseudo-terminal: what a person sees at 80x24 and 120x40, and that
// the terminal is always given back.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {articleFromBytes} from '../../source/core/load.js';
import {layoutArticle} from '../../source/core/layout.js';
import {geometry, QUOTE_GUTTER} from '../../source/state/geometry.js';
import {lastMode, seed, start, stopAll, type Session} from './terminal.js';

after(stopAll);

// A program that stops answering fails its test instead of hanging the run.
const TEST_TIMEOUT_MS = 60_000;

const one = articleFromBytes(seed, readFileSync(seed));
assert.ok(one.ok);
const article = one.article;

// The side panel stands at the right from 100 columns; the text is what is left of it.
const textGeometry = (columns: number, rows: number) => geometry(columns, rows, {panel: true, bottomBars: 0});

/** The rows the pager should show at this size from a top line: text at its indent, blank rows empty. */
function expectedRows(columns: number, rows: number, top: number): string[] {
	const {wrapWidth, indent, pagerHeight} = textGeometry(columns, rows);
	return layoutArticle(article, wrapWidth)
		.lines.slice(top, top + pagerHeight)
		.map(line => (line.start < 0 ? '' : ' '.repeat(indent) + article.paragraphs[line.paragraph]!.slice(line.start, line.end)));
}
const lineCount = (columns: number, rows: number) =>
	layoutArticle(article, textGeometry(columns, rows).wrapWidth).lines.length;
/** The text column of the screen's rows, without the panel beside it and without the speaker tags in its gutter. */
function textRows(screen: string[], columns: number, rows: number): string[] {
	const {textColumn, indent} = textGeometry(columns, rows);
	const gutter = indent - QUOTE_GUTTER;
	return screen.slice(0, rows - 2).map(whole => {
		const row = whole.slice(0, textColumn);
		return (row.length > gutter ? row.slice(0, gutter) + ' '.repeat(Math.min(QUOTE_GUTTER, row.length - gutter)) + row.slice(indent) : row).trimEnd();
	});
}
const shows = (screen: string[], columns: number, rows: number, top: number) =>
	textRows(screen, columns, rows).join('\n') === expectedRows(columns, rows, top).join('\n');
const statusOn = (screen: string[], rows: number) => screen[rows - 2]!;
const ready = (session: Session, rows: number) => session.waitFor(screen => /\? help/.test(statusOn(screen, rows)), 'the first frame');

async function assertRestored(session: Session) {
	await session.exited;
	assert.equal(await session.isAlternateScreen(), false, 'back on the normal screen');
	assert.equal(lastMode(session.output(), '1049'), 'l', 'alternate screen left');
	assert.equal(lastMode(session.output(), '25'), 'h', 'cursor shown');
}

for (const [columns, rows] of [
	[80, 24],
	[120, 40],
] as const) {
	test(`${columns}x${rows}: start, page, end, help, quit`, {timeout: TEST_TIMEOUT_MS}, async () => {
		const session = start([seed], {columns, rows});
		let screen = await ready(session, rows);
		assert.equal(await session.isAlternateScreen(), true);
		const pager = rows - 2;
		assert.deepEqual(textRows(screen, columns, rows), expectedRows(columns, rows, 0));
		assert.match(statusOn(screen, rows), /Top {2}\? help · q quit$/);
		assert.equal(screen[rows - 1], '', 'the last row stays free');

		// A page down keeps one line of the last page, and stops where the text ends.
		const last = lineCount(columns, rows) - pager;
		const next = Math.min(pager - 1, last);
		session.press(' ');
		// A frame can arrive in several writes: wait for all of it.
		screen = await session.waitFor(s => shows(s, columns, rows, next), 'the next page');
		assert.deepEqual(textRows(screen, columns, rows), expectedRows(columns, rows, next));

		session.press('gG');
		screen = await session.waitFor(s => /End {2}\?/.test(statusOn(s, rows)) && shows(s, columns, rows, last), 'the end');
		assert.deepEqual(textRows(screen, columns, rows), expectedRows(columns, rows, last));
		assert.match(textRows(screen, columns, rows)[pager - 1]!, / in response\."$/);

		session.press('?');
		screen = await session.waitFor(s => s.some(row => /down a line/.test(row)), 'the help');
		for (const words of ['Space f PgDn', 'next article', 'list of articles', 'q Ctrl-C']) assert.ok(screen.join('\n').includes(words), words);
		assert.match(statusOn(screen, rows), /(Top|All) {2}q\/Esc close$/, 'where in help, and how to leave it');
		session.press('\x1b');
		await session.waitFor(s => /End {2}\?/.test(statusOn(s, rows)), 'help closed');
		// As in less, q leaves help, and only then the program.
		session.press('?');
		await session.waitFor(s => s.some(row => /down a line/.test(row)), 'the help again');
		session.press('q');
		await session.waitFor(s => /End {2}\?/.test(statusOn(s, rows)), 'help closed by q');

		session.press('q');
		assert.equal((await session.exited).exitCode, 0);
		await assertRestored(session);
	});
}

test('a resize re-wraps and keeps the paragraph being read on top', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start([seed], {columns: 80, rows: 24});
	await ready(session, 24);
	session.press('jjjjjjjjjjjj');
	const before = await session.waitFor(s => textRows(s, 80, 24)[0] === expectedRows(80, 24, 12)[0], 'twelve lines down');
	const paragraph = article.paragraphs.findIndex(text => text.includes(textRows(before, 80, 24)[0]!.trim()));
	session.resize(120, 40);
	const after = await session.waitFor(s => /\? help/.test(statusOn(s, 40)), 'a 120x40 frame');
	const top = textRows(after, 120, 40)[0]!.trim();
	assert.ok(article.paragraphs[paragraph]!.includes(top), `still in paragraph ${paragraph}: ${top}`);
	assert.ok(after.every(row => row.length <= 120));
	session.resize(30, 10);
	await session.waitFor(s => /\? help/.test(statusOn(s, 10)), 'a 30x10 frame');
	session.resize(15, 5);
	await session.waitFor(s => /too small: enlarge it or press q/.test(s.join(' ')), 'the too-small message');
	session.press('q');
	await assertRestored(session);
});

test('SIGTERM and SIGHUP give the terminal back', {timeout: TEST_TIMEOUT_MS}, async () => {
	for (const signal of ['SIGTERM', 'SIGHUP']) {
		const session = start([seed]);
		await ready(session, 24);
		session.kill(signal);
		await assertRestored(session);
	}
});

test('Ctrl-C quits', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start([seed]);
	await ready(session, 24);
	session.press('\x03');
	assert.equal((await session.exited).exitCode, 0);
	await assertRestored(session);
});

test('standard error redirected to a file gets nothing from the reader: the cursor is shown again on the terminal, not in the file', {timeout: TEST_TIMEOUT_MS}, async () => {
	const log = path.join(mkdtempSync(path.join(tmpdir(), 'news-tui-stderr-')), 'stderr.log');
	const session = start([], {command: `'${process.execPath}' dist/cli.js '${seed}' 2>'${log}'`});
	await ready(session, 24);
	session.press('q');
	assert.equal((await session.exited).exitCode, 0);
	await assertRestored(session);
	assert.equal(readFileSync(log, 'utf8'), '');
});

test('an article piped to standard input still takes keys from the terminal', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start([], {command: `cat '${seed}' | '${process.execPath}' dist/cli.js -`});
	await ready(session, 24);
	session.press('j');
	await session.waitFor(s => s[0] === expectedRows(80, 24, 1)[0], 'a line down');
	session.press('q');
	assert.equal((await session.exited).exitCode, 0);
	await assertRestored(session);
});

test('an article full of escape sequences never emits them', {timeout: TEST_TIMEOUT_MS}, async () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-e2e-'));
	const file = path.join(folder, 'evil.txt');
	const evil = [
		'Evil \x1b]0;owned title\x07headline',
		'Clipboard \x1b]52;c;aGVsbG8=\x07 and link \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ text.',
		'Clear \x1b[2J\x1b[H screen, \x1b[?1049l leave, bell \x07, C1 \x9b31m red, DCS \x1bPq#0\x1b\\ done.',
	].join('\n');
	writeFileSync(file, evil);
	const session = start([file]);
	const screen = await ready(session, 24);
	assert.match(screen[0]!, /Evil headline/);
	assert.ok(screen.some(row => /Clipboard and link here text\./.test(row)));
	session.press('q');
	await assertRestored(session);
	const output = session.output();
	for (const forbidden of ['\x1b]', '\x07', '\x9b', '\x1bP', 'owned title', 'aGVsbG8=', 'evil.example', '\x1b[2J']) {
		assert.ok(!output.includes(forbidden), `emitted ${JSON.stringify(forbidden)}`);
	}
	assert.equal((output.match(/\x1b\[\?1049l/g) ?? []).length, 1, 'the alternate screen is left once, by the program');
});

test('NO_COLOR: no colours, still bold and inverse', {timeout: TEST_TIMEOUT_MS}, async () => {
	const colour = start([seed]);
	await ready(colour, 24);
	colour.press('q');
	await colour.exited;
	assert.match(colour.output(), /\x1b\[36m/);
	const mono = start([seed], {env: {NO_COLOR: '1'}});
	await ready(mono, 24);
	mono.press('q');
	await mono.exited;
	assert.doesNotMatch(mono.output(), /\x1b\[(?:3[0-79]|9[0-7]|38;)/);
	assert.match(mono.output(), /\x1b\[1m/);
	assert.match(mono.output(), /\x1b\[7m/);
});
