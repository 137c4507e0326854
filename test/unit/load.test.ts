import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadPaths, articleFromBytes} from '../../source/core/load.js';
import {stripControls} from '../../source/core/sanitize.js';
import {assertReadable} from '../article-invariants.js';
import {wikinews} from '../fixtures/wikinews.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const noStdin = () => {
	throw new Error('stdin read unexpectedly');
};
const fromText = (text: string | Uint8Array) => {
	const one = articleFromBytes('t.txt', typeof text === 'string' ? Buffer.from(text) : text);
	assert.ok(one.ok, one.ok ? '' : one.error);
	return one.article;
};
const tempFolder = () => mkdtempSync(path.join(tmpdir(), 'news-tui-load-'));

test('the seed: headline, dateline, body paragraphs, boilerplate dropped', () => {
	const loaded = loadPaths([path.join(root, 'seeds')], noStdin);
	assert.ok(loaded.ok);
	const [seed] = loaded.articles;
	assert.equal(seed!.title, "'Moscow To Develop Cooperation With North Korea Despite Sanctions': Sergei Lavrov");
	assert.equal(seed!.paragraphs.length, 13);
	assert.deepEqual(seed!.dateline, {paragraph: 1, length: 'Moscow:'.length});
	assert.match(seed!.paragraphs.at(-1)!, /^He praised Russia/);
});

test('every Wikinews article loads, readable, in a stable order', () => {
	const loaded = loadPaths([wikinews], noStdin);
	assert.ok(loaded.ok);
	assert.equal(loaded.articles.length, 28);
	assert.deepEqual(loaded.notices, []);
	const files = loaded.articles.map(article => path.relative(wikinews, article.file));
	assert.equal(files[0], path.join('2019', '001.txt'));
	assert.equal(files.at(-1), path.join('2020', '124.txt'));
	for (const article of loaded.articles) assertReadable(article);
	// Each of 2019's articles here opens with a date line, as does the one with review notes (dropped before it).
	const from2019 = loaded.articles.filter(article => files[loaded.articles.indexOf(article)]!.startsWith('2019'));
	assert.equal(from2019.length, 17);
	assert.ok(from2019.every(article => article.dateline?.paragraph === 1), 'every 2019 date line');
	const reviewed = loaded.articles.find(article => article.file.endsWith(path.join('2020', '113.txt')))!;
	assert.equal(reviewed.paragraphs[1], 'Tuesday, November 17, 2020');
	assert.deepEqual(reviewed.dateline, {paragraph: 1, length: 'Tuesday, November 17, 2020'.length});
});

test('a date run into the first sentence is still a dateline', () => {
	const article = fromText('Head\n\nFriday, March 29, 2019 Toronto Comicon returned to its venue this weekend.\n');
	assert.deepEqual(article.dateline, {paragraph: 1, length: 'Friday, March 29, 2019'.length});
});

test('place datelines, and sentences that only look like them', () => {
	assert.deepEqual(fromText('H\nNEW DELHI, Jan 4 (Reuters) - The government said on Friday it would act.').dateline, {
		paragraph: 1,
		length: 'NEW DELHI, Jan 4 (Reuters) -'.length,
	});
	assert.equal(fromText('H\nThe minister said: This is not a dateline at all, it is a sentence.').dateline, undefined);
	assert.equal(fromText('H\nShort: Text.').dateline, undefined);
});

test('UTF-8 with BOM, CRLF, trailing spaces and non-breaking spaces', () => {
	const article = fromText('\uFEFFHeadline\u00A0\r\n\r\nFirst\u00A0 paragraph.  \r\nSecond\tone, 10\u00A0km away.\r\n');
	// A non-breaking space stays where it holds two words together; beside a plain space it is one.
	assert.deepEqual(article.paragraphs, ['Headline', 'First paragraph.', 'Second one, 10\u00A0km away.']);
});

test('UTF-16 with a BOM', () => {
	const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Título\nCuerpo.', 'utf16le')]);
	assert.deepEqual(fromText(bytes).paragraphs, ['Título', 'Cuerpo.']);
});

test('Latin-1 / Windows-1252 bytes fall back after strict UTF-8 fails', () => {
	const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64]);
	assert.deepEqual(fromText(bytes).paragraphs, ['Café', '“Hi” said']);
});

test('quotes of every kind survive loading untouched', () => {
	const text = 'H\n„vas” «oui» ‘single’ "straight" ‚low‘ don\'t';
	assert.equal(fromText(text).paragraphs[1], '„vas” «oui» ‘single’ "straight" ‚low‘ don\'t');
});

test('hard-wrapped files join their lines; one-paragraph-a-line files do not', () => {
	const wrapped = [
		'Headline',
		'',
		'The first paragraph of this story is wrapped the way mail and',
		'old wire copy are, at a little under seventy-two columns.',
		'',
		'The second paragraph is wrapped in the same way, so it runs',
		'over two lines.',
	].join('\n');
	assert.deepEqual(fromText(wrapped).paragraphs, [
		'Headline',
		'The first paragraph of this story is wrapped the way mail and old wire copy are, at a little under seventy-two columns.',
		'The second paragraph is wrapped in the same way, so it runs over two lines.',
	]);
	const long = 'x'.repeat(150);
	assert.deepEqual(fromText(`Headline\n\n${long}\n${long}\n`).paragraphs, ['Headline', long, long]);
});

test('trailing blog boilerplate goes; a real paragraph that mentions comments stays', () => {
	const article = fromText('H\nBody.\nThe mayor had no comments: she left.\nNo comments:\nPost a Comment\n');
	assert.deepEqual(article.paragraphs, ['H', 'Body.', 'The mayor had no comments: she left.']);
});

test('escape sequences and control characters never survive', () => {
	const hostile = [
		'Title\u001B]0;pwned\u0007 here',
		'Red \u001B[31mtext\u001B[0m and \u001B[2J clear, \u001B[?1049l alt off',
		'Clip \u001B]52;c;ZXZpbA==\u001B\\ and link \u001B]8;;http://x\u001B\\y\u001B]8;;\u001B\\',
		'C1 \u009B31m csi \u009D0;t\u009C osc, bell\u0007, backspace\b, DEL\u007F, bidi \u202Egnp.exe',
		'ESC c reset \u001Bc and charset \u001B(0 and lone \u001B',
	].join('\n');
	const article = fromText(hostile);
	for (const paragraph of article.paragraphs) {
		assert.doesNotMatch(paragraph, /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
	}
	assert.equal(article.paragraphs[0], 'Title here');
	assert.equal(article.paragraphs[1], 'Red text and clear, alt off');
	assert.equal(article.paragraphs[2], 'Clip and link y');
});

test('emoji joiners are kept, stray joiners dropped', () => {
	assert.equal(stripControls('👩\u200D💻 x:\u200Dy'), '👩\u200D💻 x:y');
});

test('a megabyte of escape introducers is stripped in linear time without crashing', () => {
	const text = '\u001B]'.repeat(500_000) + 'end';
	assert.equal(stripControls(text), '');
	assert.equal(stripControls('\u001B['.repeat(500_000) + 'x'), '');
});

test('errors: missing path, empty file, binary file, folder without articles', () => {
	const folder = tempFolder();
	writeFileSync(path.join(folder, 'empty.txt'), '  \n\n\t\n');
	writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
	mkdirSync(path.join(folder, 'nothing'));
	writeFileSync(path.join(folder, 'nothing', 'data.json'), '{}');
	const cases: Array<[string, RegExp]> = [
		[path.join(folder, 'missing.txt'), /missing\.txt: no such file or folder$/],
		[path.join(folder, 'empty.txt'), /empty\.txt: empty file/],
		[path.join(folder, 'binary.txt'), /binary\.txt: binary file/],
		[path.join(folder, 'nothing'), /nothing: no articles in this folder$/],
	];
	for (const [given, message] of cases) {
		const loaded = loadPaths([given], noStdin);
		assert.ok(!loaded.ok);
		assert.match(loaded.error, message);
	}
});

test('a bad file inside a folder is skipped with a notice while the rest open', () => {
	const folder = tempFolder();
	writeFileSync(path.join(folder, 'a.txt'), 'Alpha\nBody.');
	writeFileSync(path.join(folder, 'b.txt'), Buffer.from([0, 1, 2]));
	mkdirSync(path.join(folder, 'sub'));
	writeFileSync(path.join(folder, 'sub', 'c.txt'), 'Gamma\nBody.');
	writeFileSync(path.join(folder, 'notes.md'), '# not an article');
	writeFileSync(path.join(folder, '.hidden.txt'), 'Hidden\nBody.');
	const loaded = loadPaths([folder], noStdin);
	assert.ok(loaded.ok);
	assert.deepEqual(loaded.articles.map(article => article.title), ['Alpha', 'Gamma']);
	assert.equal(loaded.notices.length, 2);
	assert.match(loaded.notices[0]!, /^skipped .*b\.txt: binary file/);
	assert.equal(loaded.notices[1], `skipped 2 files (1 by their extension, 1 hidden) in ${folder}`);
});

test('standard input is read once, for -', () => {
	let reads = 0;
	const loaded = loadPaths(['-'], () => {
		reads++;
		return Buffer.from('From stdin\nBody.');
	});
	assert.ok(loaded.ok);
	assert.equal(reads, 1);
	assert.equal(loaded.articles[0]!.file, '-');
	const empty = loadPaths(['-'], () => Buffer.from(''));
	assert.ok(!empty.ok);
	assert.match(empty.error, /^standard input: empty file/);
});
