// `npm run eval`'s name search scores: each query of eval/search-queries.jsonl run over the Wikinews corpus
// (speakers in, as `--search` has them), scored against the paragraphs judged to answer it. MRR is the mean of
// 1/rank of the first answering paragraph; recall@10 the share of a query's answering paragraphs in its first
// ten (of at most ten: a person named in 30 paragraphs is fully recalled by ten of them). By query kind too.
// Usage: node --import tsx scripts/eval/search.ts CORPUS-FOLDER [--verbose]
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {buildSearchIndex, searchIndex} from '../../source/core/search/index.js';

interface Judged {
	query: string;
	kind: string;
	person: string;
	relevant: Array<{file: string; paragraph: number}>;
}

const DEPTH = 10;
const TYPO_TARGET = 0.9;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = process.argv[2]!;
const verbose = process.argv.includes('--verbose');
if (!folder || !existsSync(folder)) {
	console.error(`search eval: the corpus folder ${folder ?? '(none given)'} is not there (../shared/corpus/wikinews, beside the repository).`);
	process.exit(1);
}

const judged = readFileSync(path.join(root, 'eval', 'search-queries.jsonl'), 'utf8')
	.split('\n')
	.filter(line => line.trim())
	.map(line => JSON.parse(line) as Judged);
const loaded = loadPaths([folder], () => new Uint8Array());
if (!loaded.ok) {
	console.error(`search eval: ${loaded.error}`);
	process.exit(1);
}
const {articles} = loaded;
const files = articles.map(article => path.relative(folder, article.file).split(path.sep).join('/'));
const index = buildSearchIndex(articles, articles.map(extractQuotes));

interface Score {
	query: Judged;
	reciprocal: number;
	recall: number;
	missed: string[];
}

const scores: Score[] = judged.map(query => {
	const wanted = new Set(query.relevant.map(({file, paragraph}) => `${file}:${paragraph}`));
	const ranked = searchIndex(index, query.query, {limit: 1000}).paragraphs.map(hit => `${files[hit.article]}:${hit.paragraph}`);
	const first = ranked.findIndex(place => wanted.has(place));
	const top = ranked.slice(0, DEPTH);
	const found = top.filter(place => wanted.has(place)).length;
	return {
		query,
		reciprocal: first < 0 ? 0 : 1 / (first + 1),
		recall: wanted.size === 0 ? 1 : found / Math.min(DEPTH, wanted.size),
		missed: top.filter(place => !wanted.has(place)),
	};
});

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const line = (label: string, group: Score[]): string =>
	`${label.padEnd(15)} ${String(group.length).padStart(3)} queries  MRR ${mean(group.map(score => score.reciprocal)).toFixed(3)}  recall@${DEPTH} ${mean(group.map(score => score.recall)).toFixed(3)}`;

console.log(`== name search (${judged.length} judged queries over ${articles.length} Wikinews articles) ==`);
console.log(line('all', scores));
for (const kind of [...new Set(judged.map(query => query.kind))].sort()) console.log(line(kind, scores.filter(score => score.query.kind === kind)));
const typos = scores.filter(score => score.query.kind === 'typo');
const typoRecall = mean(typos.map(score => score.recall));
console.log(`typo recall@${DEPTH} ${typoRecall.toFixed(3)} (target >= ${TYPO_TARGET})`);
for (const score of scores) {
	if (!verbose && score.recall === 1 && score.reciprocal === 1) continue;
	if (!verbose && score.recall >= 0.8) continue;
	console.log(`  ${JSON.stringify(score.query.query)} (${score.query.kind}): RR ${score.reciprocal.toFixed(2)}, recall ${score.recall.toFixed(2)}${score.missed.length > 0 ? `; not answering in the first ${DEPTH}: ${score.missed.slice(0, 4).join(' ')}` : ''}`);
}
process.exitCode = typoRecall >= TYPO_TARGET ? 0 : 1;
