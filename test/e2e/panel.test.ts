// The side panel in the built reader, in a real pseudo-terminal: who the seed quotes, a jump from
// the panel to a quote in the text, and the overlay on a small screen.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {geometry} from '../../source/state/geometry.js';
import {lastMode, seed, start, stopAll, type Session} from './terminal.js';

after(stopAll);

// A program that stops answering fails its test instead of hanging the run.
const TEST_TIMEOUT_MS = 60_000;

const statusOn = (screen: string[], rows: number) => screen[rows - 2]!;
const ready = (session: Session, rows: number) => session.waitFor(screen => /\? help/.test(statusOn(screen, rows)), 'the first frame');
const split = (screen: string[], columns: number, rows: number) => {
	const {textColumn} = geometry(columns, rows, {panel: true, bottomBars: 0});
	const pager = screen.slice(0, rows - 2);
	return {text: pager.map(row => row.slice(0, textColumn)).join('\n'), panel: pager.map(row => row.slice(textColumn)).join('\n')};
};

async function quit(session: Session) {
	session.press('q');
	assert.equal((await session.exited).exitCode, 0);
	assert.equal(await session.isAlternateScreen(), false, 'back on the normal screen');
	assert.equal(lastMode(session.output(), '25'), 'h', 'cursor shown');
}

test('140x40: the panel lists who is quoted, and Enter on a quote brings its paragraph on screen', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start([seed], {columns: 140, rows: 40});
	await ready(session, 40);
	// The quotes are found just after the first frame.
	const screen = await session.waitFor(s => /Speakers \d/.test(split(s, 140, 40).panel), 'the speakers');
	const {panel, text} = split(screen, 140, 40);
	assert.match(panel, /Sergei Lavrov/);
	assert.match(panel, /Kim Jong Un/);
	assert.doesNotMatch(panel, /Vladimir Putin|Pavel Zarubin/);
	// Kim Jong Un's first quote, "punish the evil forces", is in a paragraph below the first screen.
	assert.doesNotMatch(text, /Issuing support to Moscow/);

	session.press('\t');
	await session.waitFor(s => /Tab text/.test(statusOn(s, 40)), 'the keys in the panel');
	session.press('j');
	await session.waitFor(s => /›▸ 2 Kim Jong Un/.test(split(s, 140, 40).panel), 'the cursor on Kim Jong Un');
	session.press('\r');
	await session.waitFor(s => /▾ 2 Kim Jong Un/.test(split(s, 140, 40).panel), 'Kim Jong Un expanded');
	session.press('j');
	await session.waitFor(s => /› +“punish the evil forces”/.test(split(s, 140, 40).panel), 'the cursor on a quote');
	session.press('\r');
	const jumped = await session.waitFor(s => /Issuing support to Moscow/.test(split(s, 140, 40).text), "the quote's paragraph in the text");
	assert.ok(jumped.every(row => row.length <= 140));
	await quit(session);
});

test('80x24: the panel is hidden; s shows it over the text and Esc closes it', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start([seed], {columns: 80, rows: 24});
	let screen = await ready(session, 24);
	assert.doesNotMatch(screen.join('\n'), /Speakers/);
	session.press('s');
	screen = await session.waitFor(s => /Speakers 3/.test(s.join('\n')), 'the panel overlay');
	assert.match(screen[0]!, /^╔═+╗$/);
	assert.equal(screen[0]!.length, 80);
	assert.match(screen.join('\n'), /Sergei Lavrov/);
	session.press('\x1b');
	screen = await session.waitFor(s => !/Speakers/.test(s.join('\n')), 'the overlay closed');
	assert.match(screen[0]!, /Moscow/);
	session.resize(140, 40);
	await session.waitFor(s => /Speakers 3/.test(s.join('\n')) && /\? help/.test(statusOn(s, 40)), 'the panel beside the text at 140x40');
	await quit(session);
});

test('NO_COLOR at 140x40: the panel and the quote marks use no colour, the quotes are underlined', {timeout: TEST_TIMEOUT_MS}, async () => {
	const session = start([seed], {columns: 140, rows: 40, env: {NO_COLOR: '1'}});
	await ready(session, 40);
	// Without colour the speakers still differ: each one's tag in the panel and in the margin of their quotes.
	const screen = await session.waitFor(s => /Speakers \d/.test(split(s, 140, 40).panel), 'the speakers');
	const {panel, text} = split(screen, 140, 40);
	assert.match(panel, /▸ 1 Sergei Lavrov[\s\S]*▸ 2 Kim Jong Un/);
	const tagged = text.split('\n').filter(row => /^[1-9+?] \S/.test(row));
	assert.ok(tagged.length >= 3 && tagged.some(row => row.startsWith('1 ')), tagged.join('\n'));
	await quit(session);
	assert.doesNotMatch(session.output(), /\x1b\[(?:3[0-79]|9[0-7]|38;)/);
	assert.match(session.output(), /\x1b\[4m/);
});
