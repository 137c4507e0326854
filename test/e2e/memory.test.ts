// The reader remembers, in a real pseudo-terminal: read an article halfway, quit, open the same
// folder again (at another size) and it is on that article at that paragraph, marked read; a
// state file replaced by garbage is set aside with a one-line notice and the reader starts.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {start, stopAll, userFolders} from './terminal.js';

after(stopAll);

const TEST_TIMEOUT_MS = 60_000;

// One line each at any width here, so the top row names the paragraph read.
const paragraph = (article: number, index: number) => `Paragraph ${index} of story ${article}.`;

function folderOfStories(): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-stories-'));
	for (let article = 1; article <= 3; article++) {
		const body = Array.from({length: 60}, (_, index) => paragraph(article, index + 1)).join('\n\n');
		writeFileSync(path.join(folder, `${article}.txt`), `Story ${article}\n\n${body}\n`);
	}
	return folder;
}

const statusOf = (screen: string[]) => screen.filter(Boolean).at(-1) ?? '';

test('reopened, the reader is on the article and paragraph it was left at, even at another size, and it is read', {timeout: TEST_TIMEOUT_MS}, async () => {
	const env = userFolders();
	const folder = folderOfStories();
	const first = start([folder], {env});
	await first.waitFor(screen => /\? help/.test(statusOf(screen)), 'the first frame');
	first.press(']');
	await first.waitFor(screen => / 2\/3 /.test(statusOf(screen)), 'the second story');
	// Halfway down the second story, two pages and a line.
	first.press('  j');
	const screen = await first.waitFor(screen => /%/.test(statusOf(screen)) && /Paragraph [2-9]\d of story 2/.test(screen.slice(0, 2).join(' ')), 'halfway down');
	// The top row is the paragraph or the blank line just above it.
	const left = Number(/Paragraph (\d+)/.exec(screen.slice(0, 2).join(' '))![1]);
	const blankAbove = screen[0] === '';
	first.press('q');
	await first.exited;

	const again = start([folder], {env, columns: 100, rows: 30});
	const reopened = await again.waitFor(screen => / 2\/3 /.test(statusOf(screen)), 'the second story again');
	assert.match(reopened[blankAbove ? 1 : 0]!, new RegExp(`^ +Paragraph ${left} of story 2\\.`), `paragraph ${left} at the top`);
	// The list shows it read, the third story unread.
	again.press('l');
	// The whole list, not a frame caught half drawn: its title row and both stories' rows.
	const list = await again.waitFor(screen => /unread/.test(screen[0]!) && screen.some(row => /Story 2/.test(row)) && screen.some(row => /Story 3/.test(row)), 'the list');
	assert.match(list[0]!, /3 articles, 1 unread/);
	assert.match(list.find(row => /Story 2/.test(row))!, /^ {4}/);
	assert.match(list.find(row => /Story 3/.test(row))!, /^ N /);
	again.press('\x1b');
	again.press('q');
	await again.exited;
});

test('U marks unread, * stars: --starred opens the starred one; state files of garbage are set aside and said once', {timeout: TEST_TIMEOUT_MS}, async () => {
	const env = userFolders();
	const folder = folderOfStories();
	const first = start([folder], {env});
	await first.waitFor(screen => /\? help/.test(statusOf(screen)), 'the first frame');
	first.press(']*]');
	await first.waitFor(screen => / 3\/3 /.test(statusOf(screen)), 'the third story');
	first.press('U');
	first.press('q');
	await first.exited;

	const starred = start(['--starred'], {env});
	const screen = await starred.waitFor(screen => /\? help/.test(statusOf(screen)), 'the starred');
	assert.match(statusOf(screen), / 1\/1 +Story 2/);
	starred.press('q');
	await starred.exited;

	// Every marks file and the places file replaced by garbage.
	const marks = path.join(env.XDG_DATA_HOME, 'news-tui', 'marks');
	for (const name of readdirSync(marks)) writeFileSync(path.join(marks, name), 'garbage\u0000');
	mkdirSync(path.join(env.XDG_STATE_HOME, 'news-tui'), {recursive: true});
	writeFileSync(path.join(env.XDG_STATE_HOME, 'news-tui', 'places.json'), '{"version":1,"pla');
	const after = start([folder], {env, command: `node dist/cli.js '${folder}' 2>'${path.join(env.XDG_STATE_HOME, 'stderr')}'`});
	await after.waitFor(screen => / 1\/3 /.test(statusOf(screen)), 'the reader, on the first story');
	after.press('q');
	await after.exited;
	const {readFileSync} = await import('node:fs');
	const lines = readFileSync(path.join(env.XDG_STATE_HOME, 'stderr'), 'utf8').replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '').trim().split('\n');
	assert.ok(lines.length >= 3, lines.join('\n'));
	for (const line of lines) assert.match(line, /^news-tui: .*(marks-[0-9a-f]{2}\.bin|starred\.json|places\.json): .*set aside as .*\.corrupt-\d{8}T\d{6}Z, starting afresh$/);
	assert.ok(readdirSync(marks).some(name => name.includes('.corrupt-')));
});
