// Quote extraction speed: the whole Wikinews corpus in MB/s (target >= 5), and three hostile 1 MB paragraphs
// (unmatched quote marks, alternating " and ', no punctuation) that must each take under a second.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {hostileParagraphs} from '../../test/unit/quotes-hostile.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'wikinews');
const ROUNDS = 5;

const characters = (articles: Article[]): number => articles.reduce((sum, a) => sum + a.paragraphs.reduce((s, p) => s + Buffer.byteLength(p), 0), 0);

function timed(run: () => void): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

export default async function quotesBench(): Promise<void> {
	const loaded = loadPaths([corpus], () => new Uint8Array());
	if (!loaded.ok) throw new Error(loaded.error);
	const {articles} = loaded;
	const bytes = characters(articles);
	for (const article of articles) extractQuotes(article); // warm-up
	const times = Array.from({length: ROUNDS}, () => timed(() => articles.forEach(article => extractQuotes(article)))).sort((a, b) => a - b);
	const best = times[0]!;
	const median = times[Math.floor(ROUNDS / 2)]!;
	const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
	console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB; median ${median.toFixed(0)} ms = ${mbps(median)} MB/s (best ${mbps(best)} MB/s); target >= 5 MB/s`);
	for (const [name, paragraph] of Object.entries(hostileParagraphs())) {
		const article: Article = {file: name, title: 'Hostile input', paragraphs: ['Hostile input', paragraph]};
		let found = 0;
		const ms = timed(() => {
			found = extractQuotes(article).quotes.length;
		});
		console.log(`hostile ${name} (${(paragraph.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms, ${found} quotes; target < 1000 ms`);
	}
}
