// Loading what someone else made: devices, endless and oversized input, binary behind a FIFO, odd
// folders (tools' folders, undecodable names, links and loops), invisible characters, huge articles.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {articleFromBytes, loadPaths} from '../../source/core/load.js';
import {MAX_INPUT_BYTES} from '../../source/core/read-input.js';

const tempFolder = () => mkdtempSync(path.join(tmpdir(), 'news-tui-hostile-'));
const noStdin = () => {
	throw new Error('stdin read unexpectedly');
};
const article = (text: string) => {
	const one = articleFromBytes('t.txt', Buffer.from(text));
	assert.ok(one.ok, one.ok ? '' : one.error);
	return one.article;
};
const failure = (paths: string[]) => {
	const loaded = loadPaths(paths, noStdin);
	assert.ok(!loaded.ok, 'expected an error');
	return loaded.error;
};
const PROSE = 'The council voted on Tuesday to close the old bridge, the mayor said in a statement.';

test('devices and sockets are refused before a byte is read', () => {
	assert.equal(failure(['/dev/zero']), '/dev/zero: a character device');
	assert.equal(failure(['/dev/urandom']), '/dev/urandom: a character device');
});

test('a regular file over the limit is refused by its size, unread', () => {
	const file = path.join(tempFolder(), 'huge.txt');
	writeFileSync(file, 'Headline\n');
	truncateSync(file, MAX_INPUT_BYTES + 1); // sparse: nothing is written
	assert.equal(failure([file]), `${file}: larger than 64 MiB, the most news-tui reads`);
	truncateSync(file, MAX_INPUT_BYTES);
	assert.match(failure([file]), /binary file/, 'at the limit it is read, and its zeros are binary');
});

/** A FIFO that is sent `write`, then closed, or with `keepOpen` held open for half a minute. */
function fifoWith(write: string, {keepOpen = false} = {}): string {
	const fifo = path.join(tempFolder(), 'pipe');
	assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
	// Held open, a reader that waits for the end of the input does not return.
	const writer = spawn('sh', ['-c', `{ printf '${write}'; ${keepOpen ? 'sleep 30' : ':'}; } > "${fifo}"`], {stdio: 'ignore'});
	writer.unref();
	process.on('exit', () => writer.kill());
	return fifo;
}

test('binary is known from the first bytes, without reading to the end', {timeout: 10_000}, async () => {
	const fifo = fifoWith('\\0\\1\\2'.repeat(100), {keepOpen: true});
	const started = Date.now();
	// Loading is synchronous: run it in a child so the test's own timers stay alive.
	const child = spawnSync(
		process.execPath,
		['--import', 'tsx', '-e', `import('${path.resolve('source/core/load.ts')}').then(m => console.log(JSON.stringify(m.loadPaths([${JSON.stringify(fifo)}]))))`],
		{encoding: 'utf8', timeout: 8000},
	);
	assert.equal(child.signal, null, 'the load ended by itself');
	assert.match(JSON.parse(child.stdout).error, /pipe: binary file, not text$/);
	assert.ok(Date.now() - started < 8000);
});

test('a FIFO holding text is read like a file', () => {
	const fifo = fifoWith(`Piped headline\\n\\n${PROSE}\\n`);
	const child = spawnSync(
		process.execPath,
		['--import', 'tsx', '-e', `import('${path.resolve('source/core/load.ts')}').then(m => { const l = m.loadPaths([${JSON.stringify(fifo)}]); console.log(l.ok ? 'ok' : l.error); })`],
		{encoding: 'utf8', timeout: 8000},
	);
	assert.equal(child.stdout.trim(), 'ok');
});

test('tools’ folders, version control and hidden folders are not walked; one line says what was skipped', () => {
	const folder = tempFolder();
	writeFileSync(path.join(folder, 'story.txt'), `Story\n\n${PROSE}`);
	for (const tool of ['node_modules', '.git', '.cache', 'CVS']) {
		mkdirSync(path.join(folder, tool, 'deep'), {recursive: true});
		writeFileSync(path.join(folder, tool, 'deep', 'LICENSE.txt'), `MIT License\n\n${PROSE}`);
	}
	writeFileSync(path.join(folder, 'index.js'), 'console.log(1);');
	writeFileSync(path.join(folder, '.env'), 'A=1');
	const loaded = loadPaths([folder], noStdin);
	assert.ok(loaded.ok);
	assert.deepEqual(
		loaded.articles.map(one => one.title),
		['Story'],
	);
	assert.deepEqual(loaded.notices, [`skipped 4 folders (.cache, .git, CVS, …) and 2 files (1 by their extension, 1 hidden) in ${folder}`]);
});

test('a file without an extension is an article only when it reads as one', () => {
	const folder = tempFolder();
	writeFileSync(path.join(folder, 'bridge-closes'), `Bridge closes\n\n${PROSE}\n\nTraffic will move to the new road.\n`);
	writeFileSync(path.join(folder, 'LICENSE'), `MIT License\n\nCopyright (c) 2020 Someone\n\n${PROSE}\n`);
	writeFileSync(path.join(folder, 'Makefile'), 'all: build\n\tnpm run build\n\ntest:\n\tnpm test\n');
	writeFileSync(path.join(folder, 'deploy'), '#!/bin/sh\nset -e\nrsync -a dist/ "$HOST:/srv"\n');
	writeFileSync(path.join(folder, 'config'), '[core]\n\teditor = vim\n\tpager = less\n');
	writeFileSync(path.join(folder, 'names'), 'Alice\nBob\nCarol\n');
	const loaded = loadPaths([folder], noStdin);
	assert.ok(loaded.ok);
	assert.deepEqual(
		loaded.articles.map(one => one.title),
		['Bridge closes'],
	);
	assert.deepEqual(loaded.notices, [`skipped 5 files (5 without an extension that do not read as articles) in ${folder}`]);
});

test('a file name that is not UTF-8 opens; its shown name marks the bytes it could not decode', () => {
	const folder = tempFolder();
	const name = Buffer.concat([Buffer.from(folder + '/caf'), Buffer.from([0xe9]), Buffer.from('.txt')]);
	writeFileSync(name, `Latin-1 name\n\n${PROSE}`);
	const loaded = loadPaths([folder], noStdin);
	assert.ok(loaded.ok, loaded.ok ? '' : loaded.error);
	assert.deepEqual(loaded.notices, []);
	assert.equal(loaded.articles[0]!.title, 'Latin-1 name');
	assert.equal(loaded.articles[0]!.file, path.join(folder, 'caf\uFFFD.txt'));
});

test('links to files are followed; links to folders too, but never round a loop or into a folder twice', () => {
	const folder = tempFolder();
	const elsewhere = tempFolder();
	writeFileSync(path.join(elsewhere, 'linked.txt'), `Linked\n\n${PROSE}`);
	mkdirSync(path.join(folder, 'sub'));
	writeFileSync(path.join(folder, 'sub', 'inner.txt'), `Inner\n\n${PROSE}`);
	symlinkSync(path.join(elsewhere, 'linked.txt'), path.join(folder, 'a-link.txt'));
	symlinkSync(folder, path.join(folder, 'sub', 'loop'));
	symlinkSync(path.join(folder, 'sub'), path.join(folder, 'z-again'));
	symlinkSync(path.join(folder, 'missing.txt'), path.join(folder, 'broken.txt'));
	const loaded = loadPaths([folder], noStdin);
	assert.ok(loaded.ok);
	assert.deepEqual(
		loaded.articles.map(one => one.title),
		['Linked', 'Inner'],
	);
	assert.deepEqual(loaded.notices, [
		`skipped ${path.join(folder, 'broken.txt')}: a broken link`,
		`skipped ${path.join(folder, 'sub', 'loop')}: a link to a folder already read`,
		`skipped ${path.join(folder, 'z-again')}: a link to a folder already read`,
	]);
});

test('an article of half a million paragraphs loads (no spread over its lines)', () => {
	const text = 'Headline\n' + 'A short line of text.\n'.repeat(500_000);
	const one = article(text);
	assert.equal(one.paragraphs.length, 500_001);
});

test('line and paragraph separators are breaks; invisible characters are removed where text is loaded', () => {
	const loaded = article('Head\u2028line\u2029First\u2028paragraph.\u2029Second one.');
	assert.deepEqual(loaded.paragraphs, ['Head', 'line', 'First', 'paragraph.', 'Second one.']);
	const hidden = article(`Head\n\nA\u061Cb \uFFF9note\uFFFAruby\uFFFB and tags\u{E0041}\u{E0042}\u{E007F} end; soft\u00ADhyphen; Persian \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.`);
	assert.equal(hidden.paragraphs[1], 'Ab noteruby and tags end; softhyphen; Persian \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645.');
	// A tagged flag keeps its black flag.
	assert.equal(article('H\n\nEngland \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}!').paragraphs[1], 'England \u{1F3F4}!');
});
