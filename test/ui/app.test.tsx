import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {MIN_COLUMNS, MIN_ROWS} from '../../source/state/geometry.js';

// Colours on, so the test can see NO_COLOR take them away; chalk reads this when first imported.
process.env['FORCE_COLOR'] = '1';
const {render} = await import('ink-testing-library');
const {App} = await import('../../source/app.js');

const seeds = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');
const loaded = loadPaths([seeds], () => new Uint8Array());
assert.ok(loaded.ok);
const seed = loaded.articles[0]!;
const other: Article = {file: 'b.txt', title: 'Second story', paragraphs: ['Second story', 'Its only paragraph.']};

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const plain = (frame = '') => frame.replace(/\x1b\[[0-9;]*m/g, '');

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
	assert.match(screen[0]!, /^ 'Moscow To Develop Cooperation With North Korea Despite Sanctions': Sergei$/);
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
	assert.match(app.screen()[0]!, /2 articles/);
	assert.match(app.screen()[1]!, /1 {2}'Moscow/);
	await app.press('j', '\r');
	assert.match(app.screen()[0]!, /Second story/);
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
	const paragraph = seed.paragraphs.find(text => text.includes(top))!;
	assert.ok(paragraph.startsWith(screen[0]!.trim().slice(0, 20)) || paragraph.includes(screen[0]!.trim()));
	app.unmount();
});

test('a terminal too small says so', async () => {
	const app = await open([seed], {columns: 15, rows: 4});
	assert.match(app.screen().join(' ').replace(/\s+/g, ' '), /too small/);
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
