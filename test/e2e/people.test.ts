// The People view in the built reader, in a real pseudo-terminal, over the Wikinews fixtures: open
// it, filter to a person with a typo, list their quotes, open one in its text, and come back.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {lastMode, start, stopAll} from './terminal.js';

after(stopAll);

const TEST_TIMEOUT_MS = 90_000;
const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'wikinews');
const text = (screen: string[]) => screen.join('\n');
// The status line is the last row drawn on.
const status = (screen: string[]) => screen.findLast(row => row.trim() !== '') ?? '';

for (const [columns, rows] of [
	[80, 24],
	[160, 48],
] as const) {
	test(`${columns}x${rows}: p, a name typed with a typo, Enter on the person, Enter on a quote, Esc back to the same row`, {timeout: TEST_TIMEOUT_MS}, async () => {
		const session = start([corpus], {columns, rows});
		await session.waitFor(screen => /\? help/.test(status(screen)), 'the first frame');
		session.press('p');
		// Every article's quotes are found in the background; the view says how far it has got until then.
		let screen = await session.waitFor(screen => /^ People · \d+ people$/.test(screen[0]!), 'everyone quoted');
		assert.match(screen[3]!, /^ › Donald Trump /, 'the most quoted first');
		// (her "inevitable" and the report after it, "that she was considering it", are two quotes of one article)
		session.press('sturgen');
		screen = await session.waitFor(screen => /Filter: sturgen \(1 of \d+\)/.test(text(screen)), 'the filter');
		assert.match(screen[3]!, /^ › Nicola Sturgeon +.*person +4 +3$/);
		session.press('\r');
		screen = await session.waitFor(screen => /^ Nicola Sturgeon · .*4 quotes in 3 articles/.test(screen[0]!), 'her quotes');
		// Newest first: September 2019, then March 2019, then the article that gives no date.
		const headlines = screen.filter(row => /^ [^\s›]/.test(row)).slice(2);
		assert.match(headlines[0]!, /^ Scottish court finds suspension of UK parliament/);
		assert.match(headlines[0]!, /2019-09-13/);
		assert.match(headlines[1]!, /^ Thousands march in anti-Brexit protest/);
		assert.match(headlines[2]!, /^ Face coverings to be mandatory/);
		assert.match(text(screen), /› +“Today's Court of Session judgment/);
		session.press('j');
		screen = await session.waitFor(screen => /› +“the moment of maximum opportunity”/.test(text(screen)), 'the cursor on her second quote');
		session.press('\r');
		screen = await session.waitFor(screen => /Esc back to people/.test(status(screen)), 'the quote in its article');
		assert.match(status(screen), /Thousands march in anti-Brexit/);
		const highlighted = (await session.inverseRuns()).flat().join(' ');
		assert.match(highlighted, /the moment of maximum opportunity/, 'the quote is highlighted');
		session.press('\x1b');
		// A frame can be read half drawn: wait for the row the cursor should be on, or time out saying so.
		screen = await session.waitFor(screen => /^ Nicola Sturgeon · /.test(screen[0]!) && /› +“the moment of maximum opportunity”/.test(text(screen)), 'back in her quotes, on the same row');
		assert.match(text(screen), /› +“the moment of maximum opportunity”/, 'on the same row');
		session.press('\x1b');
		screen = await session.waitFor(screen => /Filter: sturgen/.test(text(screen)), 'back in the people');
		assert.match(screen[3]!, /^ › Nicola Sturgeon/);
		session.press('\x1b');
		await session.waitFor(screen => /\? help/.test(status(screen)), 'the text');
		session.press('q');
		assert.equal((await session.exited).exitCode, 0);
		assert.equal(lastMode(session.output(), '25'), 'h', 'cursor shown');
	});
}
