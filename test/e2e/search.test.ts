// Search in the built reader, in a real pseudo-terminal: `/lavrof` and Enter show Lavrov highlighted
// in the text (read from the terminal's cells), n steps on with `match k/N` on the status line, Esc
// clears; `--search lavrof` opens with the results listed.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {lastMode, seed, start, stopAll, type Session} from './terminal.js';

after(stopAll);

const COLUMNS = 80;
const ROWS = 24;
const statusOn = (screen: string[]) => screen[ROWS - 2]!;
const searchLineOn = (screen: string[]) => screen[ROWS - 3]!;
const ready = (session: Session) => session.waitFor(screen => /\? help/.test(statusOn(screen)), 'the first frame');
/** Inverse runs in the text rows, without the status line (itself drawn inverse). */
const textInverse = async (session: Session, options?: {underline?: boolean}) => (await session.inverseRuns(options)).slice(0, ROWS - 2);

async function quit(session: Session) {
	session.press('q');
	assert.equal((await session.exited).exitCode, 0);
	assert.equal(await session.isAlternateScreen(), false, 'back on the normal screen');
	assert.equal(lastMode(session.output(), '25'), 'h', 'cursor shown');
}

test('/lavrof then Enter shows Lavrov highlighted; n steps to the next match; Esc clears', {timeout: 60_000}, async () => {
	const session = start([seed], {columns: COLUMNS, rows: ROWS});
	await ready(session);
	session.press('/');
	await session.waitFor(screen => searchLineOn(screen).startsWith('/'), 'the search line');
	session.press('lavrof');
	let screen = await session.waitFor(screen => /Sergei Lavrov \d+ quotes/.test(screen.join('\n')) && /\d+ matches/.test(searchLineOn(screen)), 'the results');
	assert.match(searchLineOn(screen), /^\/lavrof +1 speaker · (\d+) matches in \d+ paragraphs$/);
	const total = Number(/(\d+) matches/.exec(searchLineOn(screen))![1]);
	assert.ok((await textInverse(session)).flat().includes('Lavrov'), 'matched characters are inverse in the results');

	session.press('\x1b[B');
	await session.waitFor(screen => screen.some(line => /^› 'Moscow/.test(line)), 'the first paragraph chosen');
	session.press('\r');
	screen = await session.waitFor(screen => /match \d+\//.test(statusOn(screen)), 'the text at the first match');
	assert.match(statusOn(screen), new RegExp(`match 1/${total} {2}Top {2}n/N · Esc clear · \\? help$`));
	assert.ok(screen.some(row => /Sergei Lavrov has said that Moscow wants/.test(row)), 'the paragraph is on screen');
	let inverse = (await textInverse(session)).flat();
	assert.ok(inverse.filter(run => run === 'Lavrov').length >= 3, `every Lavrov on screen is inverse: ${JSON.stringify(inverse)}`);
	assert.ok(inverse.every(run => run === 'Lavrov'), `nothing else is: ${JSON.stringify(inverse)}`);
	const current = (await textInverse(session, {underline: true})).findIndex(runs => runs.includes('Lavrov'));
	assert.ok(current >= 0, 'the current match is underlined too');

	session.press('n');
	screen = await session.waitFor(screen => new RegExp(`match 2/${total}`).test(statusOn(screen)), 'the next match');
	const next = (await textInverse(session, {underline: true})).findIndex(runs => runs.includes('Lavrov'));
	assert.ok(next > current, `the current match moved down, from row ${current} to ${next}`);

	session.press('\x1b');
	screen = await session.waitFor(screen => !/match/.test(statusOn(screen)), 'the highlighting cleared');
	assert.match(statusOn(screen), /\? help · q quit$/);
	inverse = (await textInverse(session)).flat();
	assert.deepEqual(inverse, [], 'no inverse text left');
	await quit(session);
});

test('--search lavrof in a terminal opens the reader with the search done', {timeout: 60_000}, async () => {
	const session = start(['--search', 'lavrof', path.dirname(seed)], {columns: COLUMNS, rows: ROWS});
	const screen = await session.waitFor(screen => /Sergei Lavrov \d+ quotes/.test(screen.join('\n')) && /paragraphs$/.test(searchLineOn(screen)), 'the results');
	assert.equal(await session.isAlternateScreen(), true);
	assert.match(searchLineOn(screen), /^\/lavrof +1 speaker · \d+ matches in \d+ paragraphs$/);
	assert.equal(screen[0], 'Speakers');
	assert.match(screen[1]!, /^› Sergei Lavrov/);
	// The speaker is a person across the articles (Enter there opens People at him): the first paragraph is below.
	session.press('\x1b[B');
	await session.waitFor(screen => screen.some(row => row.startsWith('› ') && !/Sergei Lavrov/.test(row)), 'the first paragraph chosen');
	session.press('\r');
	await session.waitFor(screen => /match \d+\/\d+/.test(statusOn(screen)), 'Enter opens the first match');
	assert.ok((await textInverse(session)).flat().includes('Lavrov'));
	await quit(session);
});
