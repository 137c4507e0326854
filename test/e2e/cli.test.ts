// The built program without a terminal: the faces scripts rely on (../shared/CONTRACT.md).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const seed = path.join(root, 'seeds', '000_a28becac22cdf2d7.txt');

function run(args: string[], input?: string, cwd = tmpdir()) {
	const result = spawnSync(process.execPath, [cli, ...args], {cwd, input, encoding: 'utf8'});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const assertOneLineError = (stderr: string, pattern: RegExp) => {
	assert.match(stderr, /^news-tui: [^\n]+\n$/);
	assert.match(stderr, pattern);
};

test('piped with no path: the bundled seeds as plain text, found relative to the program', () => {
	const {code, stdout, stderr} = run([]);
	assert.equal(code, 0, stderr);
	assert.match(stdout, /^'Moscow To Develop Cooperation With North Korea Despite Sanctions': Sergei Lavrov\n\nMoscow: /);
	assert.doesNotMatch(stdout, /\u001B|No comments|Post a Comment/);
});

test('standard input with -', () => {
	const {code, stdout} = run(['-'], 'Piped headline\n\nPiped body.\n');
	assert.equal(code, 0);
	assert.equal(stdout, 'Piped headline\n\nPiped body.\n');
});

test('escape sequences in an article never reach standard output', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-cli-'));
	const file = path.join(folder, 'evil.txt');
	writeFileSync(file, 'Evil\u001B]0;title\u0007 headline\n\u001B[2J\u001B[31mBody\u001B]52;c;aGk=\u0007 text\u009B1m.\u0007\n');
	for (const args of [[file], ['--json', file], ['--quotes', file], ['--quotes', '--json', file], ['--search', 'body', file]]) {
		const {code, stdout} = run(args);
		assert.equal(code, 0, args.join(' '));
		assert.doesNotMatch(stdout, /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u, args.join(' '));
	}
});

test('--json alone prints the loaded articles', () => {
	const {code, stdout} = run(['--json', seed]);
	assert.equal(code, 0);
	const {articles} = JSON.parse(stdout) as {articles: Array<{file: string; title: string; paragraphs: string[]}>};
	assert.equal(articles.length, 1);
	assert.equal(articles[0]!.file, seed);
	assert.equal(articles[0]!.paragraphs.length, 13);
});

test('--quotes --json follows the contract', () => {
	const {code, stdout} = run(['--quotes', '--json', seed]);
	assert.equal(code, 0);
	const [article] = (JSON.parse(stdout) as {articles: any[]}).articles;
	assert.equal(article.file, seed);
	assert.equal(article.title, "'Moscow To Develop Cooperation With North Korea Despite Sanctions': Sergei Lavrov");
	const names = article.speakers.map((speaker: {name: string}) => speaker.name);
	assert.ok(names.includes('Sergei Lavrov'));
	assert.ok(!names.includes('Vladimir Putin') && !names.includes('Pavel Zarubin'));
	for (const quote of article.quotes) {
		assert.ok(['direct', 'partial', 'headline', 'indirect'].includes(quote.kind));
		assert.equal(typeof quote.paragraph, 'number');
		assert.ok(quote.end > quote.start);
	}
});

test('--search with --json, and piped without it', () => {
	const json = run(['--search', 'lavrof', '--json', seed]);
	assert.equal(json.code, 0);
	const parsed = JSON.parse(json.stdout) as {query: string; results: Array<{text: string; matches: number[][]; score: number}>};
	assert.equal(parsed.query, 'lavrof');
	assert.ok(parsed.results.length > 0);
	const [best] = parsed.results;
	const [start, end] = best!.matches[0]!;
	assert.equal(best!.text.slice(start, end).toLowerCase().slice(0, 5), 'lavro');
	const text = run(['--search', 'lavrof', seed]);
	assert.equal(text.code, 0);
	assert.match(text.stdout, /Lavrov/);
});

test('bad input: one line on standard error, exit 1, no stack trace', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-cli-'));
	writeFileSync(path.join(folder, 'empty.txt'), '\n\n');
	writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
	const cases: Array<[string[], RegExp]> = [
		[[path.join(folder, 'nope.txt')], /nope\.txt: no such file or folder/],
		[[path.join(folder, 'empty.txt')], /empty\.txt: empty file/],
		[[path.join(folder, 'binary.txt')], /binary\.txt: binary file/],
		[[seed, path.join(folder, 'nope.txt')], /nope\.txt/],
	];
	for (const [args, pattern] of cases) {
		const {code, stdout, stderr} = run(args);
		assert.equal(code, 1, args.join(' '));
		assert.equal(stdout, '');
		assertOneLineError(stderr, pattern);
	}
	const empty = run(['-'], '');
	assert.equal(empty.code, 1);
	assertOneLineError(empty.stderr, /standard input: empty file/);
});

test('a folder with a bad file: a notice for it, the rest still print', () => {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-cli-'));
	writeFileSync(path.join(folder, 'a.txt'), 'Good one\nBody.');
	writeFileSync(path.join(folder, 'b.txt'), Buffer.from([0, 1, 2, 3]));
	const {code, stdout, stderr} = run([folder]);
	assert.equal(code, 0);
	assert.match(stdout, /^Good one\n/);
	assertOneLineError(stderr, /skipped .*b\.txt: binary file/);
});

test('usage errors exit 2', () => {
	for (const args of [['--frobnicate'], ['--search', ''], ['--quotes', '--search', 'x'], ['-', '-'], ['--search', 'a', '--search', 'b'], ['--JSON'], ['--Quotes']]) {
		const {code, stderr} = run(args, '');
		assert.equal(code, 2, args.join(' '));
		assertOneLineError(stderr, /./);
	}
	assert.match(run(['--search-foo']).stderr, /^news-tui: unknown option --search-foo \(see --help\)\n$/, 'named as typed');
	assert.match(run(['--json', '--json']).stderr, /^news-tui: --json can be given only once\n$/);
});

test('-h is --help; a query may start with a dash; after -- every argument is a path', () => {
	assert.match(run(['-h']).stdout, /Usage/);
	assert.equal(JSON.parse(run(['--search', '-lavrov', '--json', seed]).stdout).query, '-lavrov');
	const dashed = mkdtempSync(path.join(tmpdir(), 'news-tui-cli-'));
	writeFileSync(path.join(dashed, '-story.txt'), 'A dashed name\nBody.');
	const {code, stdout} = run(['--', '-story.txt'], undefined, dashed);
	assert.equal(code, 0);
	assert.match(stdout, /^A dashed name\n/);
});

test('--help and --version', () => {
	const help = run(['--help']);
	assert.equal(help.code, 0);
	assert.match(help.stdout, /Usage[\s\S]*--quotes[\s\S]*--search/);
	for (const flag of ['--version', '-v', '-V']) {
		const version = run([flag]);
		assert.equal(version.code, 0, flag);
		assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/, flag);
	}
});

test('a mistyped option suggests the nearest one', () => {
	for (const [typed, meant] of [['--quote', '--quotes'], ['--jsno', '--json'], ['--serach', '--search'], ['--sea', '--search'], ['-quotes', '--quotes'], ['--Version', '--version']]) {
		const {code, stderr} = run([typed!, seed]);
		assert.equal(code, 2, typed);
		assert.equal(stderr, `news-tui: unknown option ${typed}: did you mean ${meant}? (see --help)\n`);
	}
	assert.equal(run(['--frobnicate']).stderr, 'news-tui: unknown option --frobnicate (see --help)\n', 'nothing near: no guess');
});
