// Quote extraction speed: the whole Wikinews corpus in MB/s (target >= 5), and the hostile 1 MB paragraphs
// (unmatched quote marks, alternating " and ', no punctuation, many short quotations) that must each take under a second.
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {hostileParagraphs} from '../../test/unit/quotes-hostile.js';
import {inShared} from '../shared-folder.js';

const corpus = inShared('corpus', 'wikinews');
const ROUNDS = 7;

const characters = (articles: Article[]): number => articles.reduce((sum, a) => sum + a.paragraphs.reduce((s, p) => s + Buffer.byteLength(p), 0), 0);

/** Wall-clock and CPU milliseconds of `run` (CPU time is what the code costs when other processes share the machine). */
function timed(run: () => void): {wall: number; cpu: number} {
	const cpu = process.cpuUsage();
	const start = performance.now();
	run();
	const used = process.cpuUsage(cpu);
	return {wall: performance.now() - start, cpu: (used.user + used.system) / 1000};
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export default async function quotesBench(): Promise<void> {
	const loaded = loadPaths([corpus], () => new Uint8Array());
	if (!loaded.ok) throw new Error(loaded.error);
	const {articles} = loaded;
	const bytes = characters(articles);
	for (const article of articles) extractQuotes(article); // warm-up
	const times = Array.from({length: ROUNDS}, () => timed(() => articles.forEach(article => extractQuotes(article))));
	const wall = median(times.map(t => t.wall));
	const cpu = median(times.map(t => t.cpu));
	const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
	console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB; median of ${ROUNDS}: ${wall.toFixed(0)} ms wall = ${mbps(wall)} MB/s, ${cpu.toFixed(0)} ms CPU = ${mbps(cpu)} MB/s; target >= 5 MB/s`);
	for (const [name, paragraph] of Object.entries(hostileParagraphs())) {
		const article: Article = {file: name, title: 'Hostile input', paragraphs: ['Hostile input', paragraph]};
		let found = 0;
		const {wall, cpu} = timed(() => {
			found = extractQuotes(article).quotes.length;
		});
		console.log(`hostile ${name} (${(paragraph.length / 1e6).toFixed(1)} MB): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, ${found} quotes; target < 1000 ms`);
	}
}
