// `npm run eval`'s whole-corpus checks: every Wikinews article in ../shared loads readable, in the corpus's own
// order, and holds what the tests check of their copies in test/fixtures (test/article-invariants.ts).
// Usage: node --import tsx scripts/eval/corpus.ts CORPUS-FOLDER. Exits 1 when any check fails.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {
	assertHeadlineFits,
	assertQuotesMarkTheirText,
	assertReadable,
	assertWidthsAgree,
	assertWraps,
} from '../../test/article-invariants.js';

const folder = process.argv[2]!;
const listed = readFileSync(path.join(folder, 'index.tsv'), 'utf8')
	.split('\n')
	.slice(1)
	.filter(line => line.trim())
	.map(line => line.split('\t')[0]!);

const loaded = loadPaths([folder], () => new Uint8Array());
if (!loaded.ok) {
	console.error(`corpus: ${loaded.error}`);
	process.exit(1);
}
const {articles, notices} = loaded;
const failures: string[] = [];
const files = articles.map(article => path.relative(folder, article.file).split(path.sep).join('/'));
if (files.join('\n') !== listed.join('\n')) failures.push(`load: ${files.length} articles, not the ${listed.length} of index.tsv in its order`);
// The corpus's own listing files (index.tsv, SOURCE.md) are passed over by their extension, as any folder's are;
// any other notice (a file unreadable, not text) is a failure.
const byExtension = /^skipped \d+ files? \(\d+ by their extension\) in /;
for (const notice of notices) if (!byExtension.test(notice)) failures.push(`load: ${notice}`);
const datelines = articles.filter(article => article.dateline).length;
// 170 of 2019's articles open with a date line, as do the two with review notes before it.
if (datelines < 172) failures.push(`load: ${datelines} date lines, fewer than 172`);

let indicWider = 0;
const checks: Array<[string, (article: Article) => void]> = [
	['readable', assertReadable],
	['quotes', assertQuotesMarkTheirText],
	['wrap', article => assertWraps(article)],
	['headline', assertHeadlineFits],
	['widths', article => (indicWider += assertWidthsAgree(article))],
];
for (const article of articles) {
	for (const [name, check] of checks) {
		try {
			check(article);
		} catch (error) {
			failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
		}
	}
}
if (indicWider === 0) failures.push('widths: no Indic word measured wider than string-width does');

console.log(`== corpus (${articles.length} Wikinews articles) ==`);
console.log(`${datelines} date lines; ${checks.map(([name]) => name).join(', ')} checked; ${indicWider} Indic words wider than string-width counts`);
for (const failure of failures.slice(0, 20)) console.log(`FAIL ${failure}`);
if (failures.length > 20) console.log(`… and ${failures.length - 20} more`);
console.log(failures.length === 0 ? 'corpus checks: all pass' : `corpus checks: ${failures.length} failed`);
process.exitCode = failures.length === 0 ? 0 : 1;
