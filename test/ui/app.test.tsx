import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {geometry, MIN_COLUMNS, MIN_ROWS} from '../../source/state/geometry.js';
import {App, plain, render, seed, sleep} from './reader-harness.js';

const other: Article = {file: 'b.txt', title: 'Second story', paragraphs: ['Second story', 'Its only paragraph.']};

const textColumn = (columns: number, rows: number) => geometry(columns, rows, {panel: true, bottomBars: 0}).textColumn;

// The status line is the last row and spans the width (Ink trims its trailing space).
const resizedTo = (frame: string | undefined, width: number, height: number) => {
	const lines = plain(frame).split('\n');
	if (width < MIN_COLUMNS || height < MIN_ROWS) return /too small/.test(lines.join(' '));
	return lines.length === height - 1 && lines.at(-1)!.length >= width - 1 && lines.at(-1)!.length <= width;
};

// React may take more than one turn of the event loop to draw (it yields to other work):
// wait for the frame rather than for a fixed time.
async function until(ready: () => boolean, what: string) {
	for (const start = Date.now(); !ready(); await sleep(2)) {
		if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
	}
}

async function open(articles: Article[], {columns = 80, rows = 24, color = true} = {}) {
	const app = render(<App articles={articles} color={color} />);
	const resize = async (width: number, height: number) => {
		Object.defineProperty(app.stdout, 'columns', {value: width, configurable: true});
		Object.defineProperty(app.stdout, 'rows', {value: height, configurable: true});
		app.stdout.emit('resize');
		await until(() => resizedTo(app.lastFrame(), width, height), `a ${width}x${height} frame`);
	};
	await resize(columns, rows);
	// Each key here changes the screen, so each is followed by a new frame.
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			const frames = app.frames.length;
			app.stdin.write(key);
			await until(() => app.frames.length > frames, `a frame after ${JSON.stringify(key)}`);
		}
	};
	const screen = () => plain(app.lastFrame()).split('\n');
	return {...app, resize, press, screen};
}

test('opens on the headline with a status line, one row short of the terminal', async () => {
	const app = await open([seed, other]);
	const screen = app.screen();
	assert.equal(screen.length, 23);
	assert.match(screen[0]!, /^1 'Moscow To Develop Cooperation With North Korea Despite Sanctions': Sergei$/, 'the headline quotes Lavrov, speaker 1');
	assert.match(screen.at(-1)!, /^ 1\/2 {2}'Moscow To .*Top {2}\? help · q quit $/);
	assert.equal(screen.at(-1)!.length, 80);
	app.unmount();
});

test('several keys in one read are each handled: "jjj" moves three lines', async () => {
	const app = await open([seed]);
	const first = app.screen();
	await app.press('jjj');
	assert.equal(app.screen()[0], first[3]);
	await app.press('k');
	assert.equal(app.screen()[0], first[2]);
	app.unmount();
});

test('space pages, G goes to the end, g back to the top', async () => {
	const app = await open([seed]);
	const first = app.screen();
	await app.press(' ');
	assert.equal(app.screen()[0], first[21]);
	await app.press('G');
	assert.match(app.screen().at(-2)!, /does in response\."$/);
	assert.match(app.screen().at(-1)!, /End/);
	await app.press('\x1b[H');
	assert.deepEqual(app.screen(), first);
	app.unmount();
});

test('] and ← change article; l lists them and Enter opens one', async () => {
	const app = await open([seed, other]);
	await app.press(']');
	assert.match(app.screen()[0]!, /Second story/);
	assert.match(app.screen().at(-1)!, / 2\/2 /);
	await app.press('\x1b[D');
	assert.match(app.screen()[0]!, /Moscow/);
	await app.press('l');
	assert.match(app.screen()[0]!, /2 articles, 0 unread/);
	assert.match(app.screen()[1]!, /^ {4}.*'Moscow/);
	await app.press('j', '\r');
	assert.match(app.screen()[0]!, /Second story/);
	// After /, typed letters filter the list, fuzzily; Enter opens the best match.
	await app.press('l', '/', 'm', 's', 'c');
	assert.match(app.screen()[0]!, /^ \/msc▏ 1 of 2 articles/);
	assert.match(app.screen()[1]!, /Moscow/);
	await app.press('\r');
	assert.match(app.screen()[0]!, /Moscow/);
	app.unmount();
});

test('? shows every key from the key table; a lone Esc closes it', async () => {
	const app = await open([seed]);
	await app.press('?');
	const help = app.screen().join('\n');
	for (const words of ['down a line', 'Space f PgDn', 'G End', 'next article', 'q Ctrl-C']) assert.ok(help.includes(words), words);
	await app.press('\x1b');
	assert.match(app.screen()[0]!, /Moscow/);
	app.unmount();
});

test('Esc and a key typed right after it both count', async () => {
	const app = await open([seed]);
	const first = app.screen();
	await app.press('?', '\x1bj');
	assert.equal(app.screen()[0], first[1]);
	app.unmount();
});

test('a resize re-wraps to the new width and keeps the paragraph on top', async () => {
	const app = await open([seed]);
	await app.press('jjjjjjjjjj');
	const top = app.screen()[0]!.trim();
	await app.resize(120, 40);
	const screen = app.screen();
	assert.equal(screen.length, 39);
	assert.ok(screen.every(line => line.length <= 120));
	// The panel now stands at the right: the text is what is left of it.
	const text = screen[0]!.slice(0, textColumn(120, 40)).trim();
	const paragraph = seed.paragraphs.find(paragraph => paragraph.includes(top))!;
	assert.ok(paragraph.startsWith(text.slice(0, 20)) || paragraph.includes(text));
	app.unmount();
});

test('a terminal too small says so', async () => {
	const app = await open([seed], {columns: 15, rows: 4});
	assert.match(app.screen().join(' ').replace(/\s+/g, ' '), /Terminal too small: enlarge it or press q/);
	await app.resize(80, 24);
	assert.match(app.screen()[0]!, /Moscow/);
	app.unmount();
});

test('NO_COLOR drops colours but keeps bold', async () => {
	const coloured = await open([seed]);
	assert.match(coloured.lastFrame()!, /\x1b\[3\dm/);
	coloured.unmount();
	const mono = await open([seed], {color: false});
	assert.doesNotMatch(mono.lastFrame()!, /\x1b\[3\dm/);
	assert.match(mono.lastFrame()!, /\x1b\[1m/);
	mono.unmount();
});

// The side panel in the reader. The seed's speakers, by number of quotes: Sergei Lavrov, Kim Jong Un, Kremlin.
const panelOf = (screen: string[], columns: number, rows: number) => screen.map(line => line.slice(textColumn(columns, rows)));
const textOf = (screen: string[], columns: number, rows: number) => screen.slice(0, -1).map(line => line.slice(0, textColumn(columns, rows)).trimEnd());
const cursorRow = (lines: string[]) => lines.find(line => line.includes('›'));
/** Where a quote's words are on screen: the paragraph's text is laid out around them, so look for a few words. */
const showsQuote = (screen: string[], words: string) => screen.some(line => line.includes(words));

test('from 100 columns the panel stands at the right, a third wide, and the text wraps in what is left', async () => {
	const app = await open([seed], {columns: 140, rows: 40});
	const screen = app.screen();
	const column = textColumn(140, 40);
	assert.equal(140 - column, Math.round(140 / 3));
	assert.equal(screen[0]![column], '┌', 'the panel starts right after the text column');
	assert.ok(textOf(screen, 140, 40).every(line => line.length < column), 'the text keeps out of the panel');
	const panel = panelOf(screen, 140, 40).join('\n');
	for (const words of ['Speakers 3 · quotes', 'Sergei Lavrov', 'Kim Jong Un', 'Kremlin [org]', 'Russian Foreign Minister']) {
		assert.ok(panel.includes(words), words);
	}
	assert.ok(!panel.includes('Vladimir Putin') && !panel.includes('Pavel Zarubin'), 'people merely named are not speakers');
	app.unmount();
});

test('Ink’s first frame lists the speakers: the frame painted before the reader loaded is what waits for them', () => {
	const app = render(<App articles={[seed]} color />);
	const first = plain(app.frames[0]);
	assert.match(first, /Speakers 3/);
	assert.doesNotMatch(first, /Finding quotes/);
	assert.match(first, /Russian Foreign Minister Sergei Lavrov/, 'the text is all there');
	app.unmount();
});

test('Tab moves the keys to the panel and marks it; j then moves the panel cursor, not the text', async () => {
	const app = await open([seed], {columns: 140, rows: 40});
	const before = app.screen();
	assert.equal(before[0]![textColumn(140, 40)], '┌');
	await app.press('\t');
	let screen = app.screen();
	assert.equal(screen[0]![textColumn(140, 40)], '╔', 'the focused panel has a double border');
	assert.match(screen.at(-1)!, /Tab text · \? help/);
	assert.match(app.lastFrame()!, /\x1b\[7m[^\n]*Sergei Lavrov/, 'the cursor row is shown inverse');
	await app.press('j');
	screen = app.screen();
	assert.match(cursorRow(panelOf(screen, 140, 40))!, /Kim Jong Un/);
	assert.deepEqual(textOf(screen, 140, 40), textOf(before, 140, 40), 'the text did not move');
	await app.press('\t', 'j');
	screen = app.screen();
	assert.equal(screen[0]![textColumn(140, 40)], '┌');
	assert.equal(textOf(screen, 140, 40)[0], textOf(before, 140, 40)[1], 'back in the text, j scrolls it');
	app.unmount();
});

test('Enter expands a speaker; Enter on a quote scrolls the text to it and highlights it there', async () => {
	const app = await open([seed], {columns: 140, rows: 40});
	await app.press('\t', 'j', '\r');
	const panel = panelOf(app.screen(), 140, 40).join('\n');
	assert.match(panel, /▾ 2 Kim Jong Un/);
	assert.match(panel, /“stood up against the hegemonic forces”[^\n]*\n[^\n]*partial/);
	assert.match(panel, /via CNN/);
	await app.press('j', 'j', 'j');
	assert.match(cursorRow(panelOf(app.screen(), 140, 40))!, /stood up against/);
	assert.ok(!showsQuote(textOf(app.screen(), 140, 40), 'He praised Russia'), 'the quote starts off screen');
	await app.press('\r');
	assert.ok(showsQuote(textOf(app.screen(), 140, 40), 'He praised Russia'), 'its paragraph is on screen');
	assert.match(app.lastFrame()!, /\x1b\[[0-9;]*7[0-9;]*m(?:\x1b\[[0-9;]*m)*stood up against the hegemonic forces/, 'highlighted in the text');
	assert.match(app.screen().at(-1)!, /Tab text/, 'beside the text, the keys stay in the panel');
	app.unmount();
});

test('at 80x24 the panel is hidden; s shows it over the text, and a jump closes it on the quote', async () => {
	const app = await open([seed]);
	assert.ok(!app.screen().join('\n').includes('Speakers'));
	await app.press('s');
	let screen = app.screen();
	assert.match(screen[1]!, /Speakers 3/);
	assert.equal(screen[0]!.length, 80, 'the overlay takes the whole width');
	assert.match(screen[0]!, /^╔/, 'and the keys');
	await app.press('j', '\r', 'j', '\r');
	screen = app.screen();
	assert.ok(!screen.join('\n').includes('Speakers'), 'the overlay closed');
	assert.ok(showsQuote(screen, 'Issuing support to Moscow'), `the quote's paragraph is on screen:\n${screen.join('\n')}`);
	assert.match(screen.at(-1)!, /\? help · q quit/);
	await app.press('s', '\x1b');
	assert.ok(!app.screen().join('\n').includes('Speakers'), 'Esc closes the overlay');
	app.unmount();
});

test('s hides and shows the panel beside the text; the text takes the width it leaves', async () => {
	const app = await open([seed], {columns: 140, rows: 40});
	await app.press('s');
	assert.ok(!app.screen().join('\n').includes('Speakers'));
	assert.ok(app.screen().some(line => line.length > textColumn(140, 40)), 'the text wraps wider');
	await app.press('s');
	assert.match(app.screen()[1]!, /Speakers 3/);
	app.unmount();
});

test('the panel follows resizes: hidden when narrow, the overlay becomes the column when wide', async () => {
	const app = await open([seed], {columns: 140, rows: 40});
	await app.press('\t');
	await app.resize(90, 30);
	assert.ok(!app.screen().join('\n').includes('Speakers'), 'hidden below 100 columns');
	assert.match(app.screen().at(-1)!, /\? help · q quit/, 'and the keys are back in the text');
	await app.press('s');
	await app.resize(200, 60);
	const screen = app.screen();
	assert.equal(screen.length, 59);
	assert.equal(screen[0]![textColumn(200, 60)], '╔', 'beside the text, still with the keys');
	assert.ok(screen.every(line => line.length <= 200));
	await app.resize(80, 24);
	assert.match(app.screen()[0]!, /Moscow/);
	app.unmount();
});

test('a new article starts its panel afresh; one without quotes says so', async () => {
	const app = await open([seed, other], {columns: 140, rows: 40});
	await app.press('\t', '\r', 'j');
	assert.match(panelOf(app.screen(), 140, 40).join('\n'), /▾ 1 Sergei Lavrov/);
	await app.press(']');
	assert.match(panelOf(app.screen(), 140, 40).join('\n'), /No quotes found/);
	await app.press('[');
	const panel = panelOf(app.screen(), 140, 40);
	assert.match(panel.join('\n'), /▸ 1 Sergei Lavrov/);
	assert.match(cursorRow(panel)!, /Sergei Lavrov/);
	app.unmount();
});

test('quotes are marked in the text: a colour per speaker, underlined under NO_COLOR', async () => {
	const coloured = await open([seed], {columns: 140, rows: 40});
	const colourBefore = (words: string) => coloured.lastFrame()!.match(new RegExp(`\\x1b\\[(3\\d|38;[0-9;]+)m${words}`))?.[1];
	const lavrov = colourBefore('We have not declared');
	const kremlin = colourBefore('it abides by UN sanctions');
	assert.ok(lavrov && kremlin, 'both quotes are coloured');
	assert.notEqual(lavrov, kremlin, 'each speaker has a colour');
	coloured.unmount();
	const mono = await open([seed], {columns: 140, rows: 40, color: false});
	assert.match(mono.lastFrame()!, /\x1b\[4m(?:\x1b\[[0-9;]*m)*We have not declared/);
	assert.doesNotMatch(mono.lastFrame()!, /\x1b\[(?:3[0-79]|9[0-7]|38;)/);
	mono.unmount();
});

test('the help lists the panel keys from the key table', async () => {
	const app = await open([seed]);
	await app.press('?');
	const help = app.screen().join('\n');
	for (const words of ['show or hide the panel', 'Tab', 'move between the text and the panel', 'expand speaker, show quote']) assert.ok(help.includes(words), words);
	app.unmount();
});

test('Tab and Enter typed fast, in one read with other keys, still count', async () => {
	const app = await open([seed], {columns: 140, rows: 40});
	await app.press('\tj\r');
	await until(() => /▾ 2 Kim Jong Un/.test(panelOf(app.screen(), 140, 40).join('\n')), 'Kim Jong Un expanded');
	app.unmount();
});
