// The first frame is drawn before React and Ink load (source/ui/first-frame.ts); Ink then draws its
// own first frame over it, with the article's quotes. In a real pseudo-terminal, the two must be the
// same screen but for the quotes (the speakers' numbers in the gutter, the panel's list), or the user
// would see the reader jump as it starts.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {wikinewsArticle} from '../fixtures/wikinews.js';
import {FRAME_END, FRAME_START, screenOf, seed, start, stopAll} from './terminal.js';

after(stopAll);

const TEST_TIMEOUT_MS = 60_000;

const corpusArticle = wikinewsArticle('2019/001.txt');

// A screen without what the quotes add: the gutter's speaker numbers, and the panel from its left border on.
function withoutQuotes(screen: string[], panelAt: number): string[] {
	return screen.map(row => (panelAt < 0 ? row : row.slice(0, panelAt)).replace(/^\S /u, '  '));
}

for (const [columns, rows, paths, env] of [
	[80, 24, [seed], {}],
	[140, 40, [seed], {}],
	[100, 30, [seed, corpusArticle], {}],
	[45, 12, [corpusArticle], {NO_COLOR: '1'}],
	[19, 4, [seed], {}],
] as const) {
	test(`${columns}x${rows}: the painted first frame is the frame Ink draws over it, but for the quotes`, {timeout: TEST_TIMEOUT_MS}, async () => {
		// Ink wraps each frame in synchronized output; what comes before its first one is the painted frame.
		const session = start([...paths], {columns, rows, env});
		await session.waitFor(() => session.output().includes(FRAME_END), "Ink's first frame");
		const output = session.output();
		const inkStarts = output.indexOf(FRAME_START);
		const painted = await screenOf(output.slice(0, inkStarts), columns, rows);
		const drawn = await screenOf(output.slice(0, output.indexOf(FRAME_END, inkStarts) + FRAME_END.length), columns, rows);
		assert.ok(painted.join('').trim().length > 0, 'a frame was painted before Ink drew');
		const panelAt = painted[0]!.indexOf('┌');
		assert.deepEqual(withoutQuotes(drawn, panelAt), withoutQuotes(painted, panelAt));
		if (panelAt >= 0) {
			assert.ok(painted.some(row => row.includes('Finding quotes…')), 'the painted panel waits for the quotes');
			assert.ok(drawn.some(row => /Speakers \d/u.test(row)), 'Ink’s lists the speakers');
		}
		if (rows > 5) assert.match(painted[rows - 2]!, /1\/\d+ .*\? help/, 'the status line is there');
		session.press('q');
		assert.equal((await session.exited).exitCode, 0);
	});
}

test('keys typed while the painted frame waits for Ink are not lost', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start([seed], {columns: 80, rows: 24});
	const painted = await session.waitFor(screen => /\? help/.test(screen[22]!), 'the first frame');
	// Three lines down, whether Ink has loaded yet or not: the keys wait in the terminal until it reads them.
	session.press('jjj');
	await session.waitFor(screen => screen[0] === painted[3], 'the text three lines down');
	session.press('q');
	assert.equal((await session.exited).exitCode, 0);
});
