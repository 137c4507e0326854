#!/usr/bin/env node
// `npm run eval`: runs the built `news-tui --quotes --json` over the seed and the dev-gold articles and scores it
// with ../shared/eval/score.mjs (the shared folder sits next to the repository), after the whole-corpus checks
// (scripts/eval/corpus.ts); then the name search's MRR and recall@10 (scripts/eval/search.ts). `--verbose` lists every miss.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const cli = path.join(root, 'dist', 'cli.js');
const verbose = process.argv.includes('--verbose');
if (!existsSync(shared)) {
	console.error(`npm run eval: ${shared} is not there: the gold annotations and the Wikinews corpus it scores sit in ../shared, beside the repository (npm test needs none of it).`);
	process.exit(1);
}

const newestBelow = folder =>
	readdirSync(folder, {withFileTypes: true}).reduce((newest, entry) => {
		const full = path.join(folder, entry.name);
		return Math.max(newest, entry.isDirectory() ? newestBelow(full) : statSync(full).mtimeMs);
	}, 0);

function ensureBuilt() {
	let built = 0;
	try {
		built = statSync(cli).mtimeMs;
	} catch {}
	if (built < newestBelow(path.join(root, 'source'))) {
		console.log('building dist/ (missing or older than source/) …');
		try {
			execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
		} catch {
			console.error('npm run eval: `npm run build` failed (see above); the extractor is scored through the built CLI.');
			process.exit(1);
		}
	}
}

const sets = [
	{label: 'seed', gold: path.join(shared, 'eval', 'seed-gold.jsonl'), base: path.join(shared, 'seeds')},
	{label: 'dev', gold: path.join(shared, 'eval', 'dev-gold.jsonl'), base: path.join(shared, 'corpus')},
];

ensureBuilt();
let corpusChecked = true;
try {
	execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'eval', 'corpus.ts'), path.join(shared, 'corpus', 'wikinews')], {cwd: root, stdio: 'inherit'});
} catch {
	corpusChecked = false;
}
// Pages and feeds (scripts/eval/sources.ts): the 25 pages' text against Readability's, the 31 feeds.
let sourcesChecked = true;
try {
	execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'eval', 'sources.ts'), path.join(shared, 'fixtures')], {cwd: root, stdio: 'inherit'});
} catch {
	sourcesChecked = false;
}
console.log();
const work = mkdtempSync(path.join(tmpdir(), 'news-tui-eval-'));
const summaries = [];
for (const set of sets) {
	const files = readFileSync(set.gold, 'utf8')
		.split('\n')
		.filter(line => line.trim())
		.map(line => path.join(set.base, JSON.parse(line).file));
	const pred = path.join(work, `${set.label}.json`);
	writeFileSync(pred, execFileSync('node', [cli, '--quotes', '--json', ...files], {maxBuffer: 1 << 28}));
	const args = [path.join(shared, 'eval', 'score.mjs'), '--gold', set.gold, '--pred', pred, ...(verbose ? ['--verbose'] : [])];
	const report = execFileSync('node', args, {encoding: 'utf8'});
	console.log(`== ${set.label} (${files.length} articles) ==\n${report.trimEnd()}\n`);
	const figures = Object.fromEntries([...report.matchAll(/(\w+)=([\d.]+)/g)].map(m => [m[1], m[2]]));
	summaries.push(`${set.label.padEnd(5)} quoted e2e F1 ${figures.quoted_e2e_f1}  indirect e2e F1 ${figures.indirect_e2e_f1}  false speakers ${figures.false_speakers}`);
}
console.log(summaries.join('\n') + '\n');
if (spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'eval', 'search.ts'), path.join(shared, 'corpus', 'wikinews'), ...(verbose ? ['--verbose'] : [])], {cwd: root, stdio: 'inherit'}).status !== 0) process.exitCode = 1;
if (!sourcesChecked) {
	console.log('sources checks FAILED (see above)');
	process.exitCode = 1;
}
if (!corpusChecked) {
	console.log('corpus checks FAILED (see above)');
	process.exitCode = 1;
}
