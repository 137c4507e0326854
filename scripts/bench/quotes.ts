// Quote extraction speed: the whole Wikinews corpus in MB/s (target >= 4, with the language layer), and the hostile 1 MB
// paragraphs (unmatched quote marks, alternating " and ', no punctuation, many short quotations) that must each take
// under a second, and articles of 10k/20k/40k speakers sharing first names (linear).
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {hostileParagraphs, manySpeakersArticle} from '../../test/unit/quotes-hostile.js';
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
	console.log(`corpus: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB; median of ${ROUNDS}: ${wall.toFixed(0)} ms wall = ${mbps(wall)} MB/s, ${cpu.toFixed(0)} ms CPU = ${mbps(cpu)} MB/s; target >= 4 MB/s`);
	// Linear in size: the corpus's articles, repeated up to 1, 2 and 4 MB, in one run each.
	for (const megabytes of [1, 2, 4]) {
		const picked: Article[] = [];
		for (let size = 0, k = 0; size < megabytes * 1e6; k++) {
			const article = articles[k % articles.length]!;
			picked.push(article);
			size += characters([article]);
		}
		const {cpu} = timed(() => picked.forEach(article => extractQuotes(article)));
		console.log(`corpus at ${megabytes} MB: ${cpu.toFixed(0)} ms CPU = ${mbps(cpu * (bytes / characters(picked)))} MB/s; target linear`);
	}
	for (const [name, paragraph] of Object.entries(hostileParagraphs())) {
		const article: Article = {file: name, title: 'Hostile input', paragraphs: ['Hostile input', paragraph]};
		let found = 0;
		const {wall, cpu} = timed(() => {
			found = extractQuotes(article).quotes.length;
		});
		console.log(`hostile ${name} (${(paragraph.length / 1e6).toFixed(1)} MB): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU, ${found} quotes; target < 1000 ms`);
	}
	// Speakers who share first names: merging their name forms must stay linear in the number of speakers.
	for (const count of [10_000, 20_000, 40_000]) {
		const article = manySpeakersArticle(count);
		let speakers = 0;
		const {wall, cpu} = timed(() => {
			speakers = extractQuotes(article).speakers.length;
		});
		console.log(`hostile ${count} speakers sharing first names: ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${(cpu / (count / 1000)).toFixed(0)} ms per 1000), ${speakers} speakers; target linear`);
	}
}
