// Search at scale: the Wikinews corpus replicated to 1,000 and 10,000 articles in a temporary folder;
// index build time (at once, and in slices with the longest pause it causes), the speakers added
// afterwards as quotes are found (in slices, as the reader does), per-keystroke latency while typing
// four queries letter by letter (and, apart, terms with punctuation, read from the text itself),
// recall on misspelt names, and memory after indexing.
import {rmSync} from 'node:fs';
import os from 'node:os';
import {monitorEventLoopDelay} from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import Fuse from 'fuse.js';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import type {ArticleQuotes} from '../../source/core/quotes/types.js';
import {
	addArticleSpeakers,
	addSpeakersInSlices,
	buildSearchIndex,
	buildSearchIndexInSlices,
	searchIndex,
	type QuotesOf,
	type SearchIndex,
	type SliceOptions,
} from '../../source/core/search/index.js';
import {replicateCorpus} from '../replicate-corpus.js';
import {inShared} from '../shared-folder.js';

// A collection before each memory reading, so the figures are what is live, not what awaits collection.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const corpus = inShared('corpus', 'wikinews');
const TYPED = ['thunberg', 'bolsanaro', 'boris johnson', 'government'];
// Each keystroke of these reads the paragraphs holding its rarest word, or all of them for `£`.
const PUNCTUATED = ['U.S.', 'co-founder', '£', 'the.'];
const RECALL_NAMES = 60;
const RECALL_DEPTH = 10;

function load(folder: string): Article[] {
	const loaded = loadPaths([folder], () => new Uint8Array());
	if (!loaded.ok) throw new Error(loaded.error);
	return loaded.articles;
}

const percentile = (values: number[], share: number): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

interface Keystroke {
	query: string;
	/** Wall time, and the process's CPU time: on a busy machine the first includes waiting for a core. */
	ms: number;
	cpuMs: number;
}

/** Each query typed letter by letter, one search per keystroke. */
function keystrokes(index: SearchIndex, queries = TYPED): Keystroke[] {
	const times: Keystroke[] = [];
	for (const typed of queries) {
		for (let length = 1; length <= typed.length; length++) {
			const query = typed.slice(0, length);
			const cpu = process.cpuUsage();
			const started = performance.now();
			searchIndex(index, query);
			const ms = performance.now() - started;
			const {user, system} = process.cpuUsage(cpu);
			times.push({query, ms, cpuMs: (user + system) / 1000});
		}
	}
	return times;
}

// A small seeded generator, so every run misspells the same names the same way.
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

function misspell(word: string, next: () => number): string {
	const at = Math.floor(next() * word.length);
	const letter = String.fromCharCode(97 + Math.floor(next() * 26));
	switch (Math.floor(next() * 4)) {
		case 0:
			return word.slice(0, at) + word.slice(at + 1);
		case 1:
			return word.slice(0, at) + letter + word.slice(at + 1);
		case 2:
			return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at) + letter + word.slice(at);
		default:
			return word.slice(0, at) + letter + word.slice(at);
	}
}

interface Typo {
	typed: string;
	name: string;
}

/** Names (words mostly written with a capital, 5+ letters) with one random edit each. */
function typos(index: SearchIndex): Typo[] {
	const next = random(5);
	const names = index.terms.filter((term, id) => index.nameLike[id] === 1 && term.length >= 5 && /^[a-z]+$/.test(term));
	const picked: Typo[] = [];
	while (picked.length < RECALL_NAMES) {
		const name = names[Math.floor(next() * names.length)]!;
		const typed = misspell(name, next);
		if (typed !== name && !index.termIds.has(typed)) picked.push({typed, name});
	}
	return picked;
}

/** Global ids of the paragraphs that hold a term. */
function holders(index: SearchIndex, name: string): Set<number> {
	const term = index.termIds.get(name)!;
	return new Set(index.paragraphs.ids.subarray(index.paragraphs.offsets[term], index.paragraphs.offsets[term + 1]));
}

function recall(index: SearchIndex, cases: Typo[]): number {
	const found = cases.filter(({typed, name}) => {
		const holding = holders(index, name);
		return searchIndex(index, typed, {limit: RECALL_DEPTH}).paragraphs.some(hit => holding.has(index.firstParagraph[hit.article]! + hit.paragraph));
	});
	return found.length / cases.length;
}

/** The baseline the issue names: plain fuse.js over every paragraph (location ignored, or it only looks near the start). */
function fuseRecall(articles: Article[], index: SearchIndex, cases: Typo[]): number {
	const paragraphs = articles.flatMap(article => article.paragraphs);
	const fuse = new Fuse(paragraphs, {ignoreLocation: true});
	const found = cases.filter(({typed, name}) => {
		const holding = holders(index, name);
		return fuse.search(typed, {limit: RECALL_DEPTH}).some(result => holding.has(result.refIndex));
	});
	return found.length / cases.length;
}

interface Pauses {
	/** The longest wait of the event loop (what a key pressed then waits), which includes the machine's other work. */
	longestPause: number;
	/** The longest slice of work between yields. */
	longestSlice: number;
	/** The most memory the process held at the end of a slice: collections come late while work goes on. */
	peakRss: number;
}

/** Runs sliced work and measures how long it held the event loop. */
async function measurePauses<T>(work: (options: SliceOptions) => Promise<T>): Promise<{result: T; ms: number} & Pauses> {
	const delay = monitorEventLoopDelay({resolution: 1});
	let sliceStart = 0;
	let longestSlice = 0;
	let peakRss = 0;
	const options: SliceOptions = {
		whenIdle: async () => {
			sliceStart = performance.now();
		},
		onProgress: () => {
			longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
			peakRss = Math.max(peakRss, process.memoryUsage.rss());
		},
	};
	delay.enable();
	const started = performance.now();
	const result = await work(options);
	const ms = performance.now() - started;
	delay.disable();
	return {result, ms, longestPause: delay.max / 1e6, longestSlice, peakRss};
}

/** The index's typed arrays (most of it), which live outside the JavaScript heap. */
function typedBytes(value: unknown): number {
	if (ArrayBuffer.isView(value)) return value.byteLength;
	if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Map) return 0;
	return Object.values(value).reduce((total: number, field) => total + typedBytes(field), 0);
}

interface AtOnce {
	building: number;
	times: Keystroke[];
	punctuated: Keystroke[];
	picked: Typo[];
	typoRecall: number;
	memory: NodeJS.MemoryUsage;
	/** Heap the index added (vocabulary, speakers, caches) and its typed arrays (postings). */
	indexHeap: number;
	indexTyped: number;
	paragraphs: number;
	terms: number;
}

// Each measurement builds its own index and lets it go, so one index is alive at a time, as in the reader.
function measureAtOnce(articles: Article[], quotes: ArticleQuotes[], cases: Typo[] | undefined): AtOnce {
	collectGarbage();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = performance.now();
	const index = buildSearchIndex(articles);
	const building = performance.now() - started;
	quotes.forEach((found, article) => addArticleSpeakers(index, article, found));
	const times = keystrokes(index);
	const picked = cases ?? typos(index);
	const typoRecall = recall(index, picked);
	const punctuated = keystrokes(index, PUNCTUATED);
	collectGarbage();
	const memory = process.memoryUsage();
	return {building, times, punctuated, picked, typoRecall, memory, indexHeap: memory.heapUsed - heapBefore, indexTyped: typedBytes(index), paragraphs: index.paragraphArticle.length, terms: index.terms.length};
}

/** As the reader does it: the index in slices, then every article's speakers in slices. */
async function measureSliced(articles: Article[], quotesOf: QuotesOf): Promise<{ready: number; speakersIn: number; building: Pauses; adding: Pauses; times: Keystroke[]; memory: NodeJS.MemoryUsage}> {
	collectGarbage();
	const building = await measurePauses(options => buildSearchIndexInSlices(articles, options));
	const index = building.result;
	const adding = await measurePauses(options => addSpeakersInSlices(index, quotesOf, options));
	const times = keystrokes(index);
	collectGarbage();
	return {ready: building.ms, speakersIn: adding.ms, building, adding, times, memory: process.memoryUsage()};
}

const pauses = ({longestPause, longestSlice, peakRss}: Pauses): string => `longest pause ${ms(longestPause)}, longest slice ${ms(longestSlice)}, peak RSS ${mb(peakRss)}`;

async function benchAt(count: number, cases: Typo[] | undefined): Promise<Typo[]> {
	const folder = replicateCorpus('search', count);
	try {
		let started = performance.now();
		const articles = load(folder);
		const loading = performance.now() - started;
		// As the reader does: its memory is measured with no article's quotes kept, only the speakers found in them.
		const extracted = await measureSliced(articles, article => extractQuotes(articles[article]!));
		started = performance.now();
		const quotes = articles.map(extractQuotes);
		const extracting = performance.now() - started;
		const once = measureAtOnce(articles, quotes, cases);
		const given = await measureSliced(articles, article => quotes[article]!);
		// Typing on two fresh indexes (each caches what it matched), pooled: one run is at the mercy of a collection.
		const times = [...once.times, ...given.times].sort((a, b) => a.ms - b.ms);
		const wall = times.map(time => time.ms);
		const cpu = times.map(time => time.cpuMs);
		const slowest = times.slice(-3).reverse().map(({query, ms}) => `"${query}" ${ms.toFixed(1)}`).join(', ');
		const {memory} = once;
		console.log(`${count} articles, ${once.paragraphs} paragraphs, ${once.terms} distinct words (loading ${ms(loading)}, quotes ${ms(extracting)})`);
		console.log(`  index built at once        ${ms(once.building)}  (target <= 2000 ms; speakers come after)`);
		console.log(`  index ready in slices      ${ms(given.ready)}, ${pauses(given.building)}  (target <= 2000 ms, no pause a keystroke would feel)`);
		console.log(`  speakers added in slices   ${ms(given.speakersIn)}, ${pauses(given.adding)}  (quotes found before)`);
		console.log(`  quotes found and added     ${ms(extracted.speakersIn)}, ${pauses(extracted.adding)}  (as the reader does after the index is ready)`);
		console.log(`  keystroke median           ${ms(percentile(wall, 0.5))}, CPU ${ms(percentile(cpu, 0.5))}  (target <= 10 ms)`);
		console.log(`  keystroke p95              ${ms(percentile(wall, 0.95))}, CPU ${ms(percentile(cpu, 0.95))}  (target <= 25 ms; ${times.length} keystrokes typing ${TYPED.map(query => `"${query}"`).join(', ')})`);
		console.log(`  slowest keystrokes         ${slowest} ms`);
		const punctuated = once.punctuated.map(time => time.ms);
		const slowestPunctuated = [...once.punctuated].sort((a, b) => b.ms - a.ms).slice(0, 3).map(({query, ms}) => `"${query}" ${ms.toFixed(1)}`).join(', ');
		console.log(`  punctuated keystroke median ${ms(percentile(punctuated, 0.5))}, slowest ${slowestPunctuated} ms  (typing ${PUNCTUATED.map(query => `"${query}"`).join(', ')}; no target)`);
		console.log(`  typo recall@${RECALL_DEPTH}            ${once.typoRecall.toFixed(2)}  (target >= 0.9; ${once.picked.length} misspelt names)`);
		console.log(`  memory as the reader holds it  RSS ${mb(extracted.memory.rss)}, heap ${mb(extracted.memory.heapUsed)}  (target <= 400 MB; the articles, the index and every speaker, no article's quotes)`);
		console.log(`  memory with every quote kept   RSS ${mb(memory.rss)}, heap ${mb(memory.heapUsed)}, the index ${mb(once.indexTyped)} of typed arrays + ${mb(once.indexHeap)} of heap`);
		return once.picked;
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

export default async function searchBench(): Promise<void> {
	const articles = load(corpus);
	const index = buildSearchIndex(articles, articles.map(extractQuotes));
	const cases = typos(index);
	console.log(`Load average ${os.loadavg().map(load => load.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores: wall times include waiting for a core.`);
	console.log(`Typo recall@${RECALL_DEPTH} on the ${articles.length} Wikinews articles: this index ${recall(index, cases).toFixed(2)}, plain fuse.js over every paragraph ${fuseRecall(articles, index, cases).toFixed(2)}`);
	for (const count of [1000, 10000]) await benchAt(count, cases);
}
