// `news-tui --people` in the built program: the contract's JSON, plain text, and its usage errors.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cli, seed} from './terminal.js';

const run = (args: string[]) => {
	const result = spawnSync(process.execPath, [cli, ...args], {cwd: tmpdir(), input: '', encoding: 'utf8'});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
};

function twoStories(): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-people-'));
	writeFileSync(path.join(folder, 'a.txt'), 'Talks in Moscow\n\n"We are ready to talk," Sergei Lavrov said on Monday.\n');
	writeFileSync(path.join(folder, 'b.txt'), 'Talks go on\n\n"The talks were useful," Russian Foreign Minister Sergei Lavrov said.\n');
	return folder;
}

test('--people --json: one entry per person across the articles, with their quotes by article', () => {
	const folder = twoStories();
	const {code, stdout, stderr} = run(['--people', '--json', seed, folder]);
	assert.equal(code, 0, stderr);
	const {people} = JSON.parse(stdout) as {people: Array<{name: string; quotes: number; articles: Array<{file: string; quotes: unknown[]}>}>};
	const lavrov = people.filter(person => person.name === 'Sergei Lavrov');
	assert.equal(lavrov.length, 1, 'Lavrov once');
	assert.deepEqual(
		lavrov[0]!.articles.map(article => article.file),
		[seed, path.join(folder, 'a.txt'), path.join(folder, 'b.txt')],
	);
	assert.equal(lavrov[0]!.quotes, lavrov[0]!.articles.reduce((sum, article) => sum + article.quotes.length, 0));
	assert.equal(people[0]!.name, 'Sergei Lavrov', 'most quoted first');
});

test('--people without --json prints plain text; with --quotes or --search it is a usage error', () => {
	const {code, stdout} = run(['--people', twoStories()]);
	assert.equal(code, 0);
	assert.match(stdout, /^Sergei Lavrov, Russian Foreign Minister \(person, 2 quotes in 2 articles\)\n/);
	assert.doesNotMatch(stdout, /\u001b/u);
	for (const args of [['--people', '--quotes'], ['--people', '--search', 'x']]) {
		const result = run(args);
		assert.equal(result.code, 2, args.join(' '));
		assert.match(result.stderr, /^news-tui: --[a-z]+ and --[a-z]+ cannot be used together\n$/);
	}
});
