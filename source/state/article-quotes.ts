// Who said what in an article, worked out the first time the article is shown and kept with it:
// a folder of thousands of articles extracts only those the reader opens. A long article's quotes
// take seconds to find (about a megabyte of text a second): they are found off the main thread, in
// a worker when the reader names one (findQuotesInWorker), and are unknown until then, so the keys
// stay live meanwhile.
import {Worker} from 'node:worker_threads';
import type {Article} from '../core/article.js';
import {extractQuotes} from '../core/quotes/extract.js';
import type {ArticleQuotes} from '../core/quotes/types.js';
import {inSlices} from './worker-slices.js';

/** Articles longer than this (in UTF-16 units) have their quotes found off the main thread. */
export const LONG_ARTICLE = 200_000;

const extracted = new WeakMap<Article, ArticleQuotes>();
const finding = new WeakMap<Article, Promise<ArticleQuotes>>();
const lengths = new WeakMap<Article, number>();

function isLong(article: Article): boolean {
	let length = lengths.get(article);
	if (length === undefined) lengths.set(article, (length = article.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0)));
	return length > LONG_ARTICLE;
}

/** The article's quotes, found now if it is short; undefined for a long one until they are found (findQuotesInBackground). */
export function knownQuotes(article: Article): ArticleQuotes | undefined {
	const known = extracted.get(article);
	if (known || isLong(article)) return known;
	const quotes = extractQuotes(article);
	extracted.set(article, quotes);
	return quotes;
}

let workerFile: string | undefined;

/** The built worker (dist/quotes-worker.cjs) that finds a long article's quotes; without one they are found on a later turn of the main thread. */
export function findQuotesInWorker(file: string): void {
	workerFile = file;
}

const NO_QUOTES: ArticleQuotes = {speakers: [], quotes: []};
const working = new Set<Worker>();

/** Ends the workers still finding quotes: the reader is closing. */
export function stopFindingQuotes(): void {
	for (const worker of working) void worker.terminate();
	working.clear();
}

// The article goes to the worker half a million characters a turn, keys handled between the slices.
const CHARACTERS_A_SLICE = 500_000;

function extractElsewhere(article: Article): Promise<ArticleQuotes> {
	const file = workerFile;
	if (!file) return new Promise(resolve => setTimeout(() => resolve(extractQuotes(article)), 0));
	return new Promise(resolve => {
		const {paragraphs, ...head} = article;
		const worker = new Worker(file, {workerData: {head, paragraphs: paragraphs.length}});
		working.add(worker);
		worker.once('exit', () => {
			working.delete(worker);
			// Ended before all its quotes came (terminated, out of memory): the article has none, the reader keeps it.
			resolve(NO_QUOTES);
		});
		worker.once('error', () => resolve(NO_QUOTES));
		const slices = inSlices(paragraphs, paragraph => paragraph.length, CHARACTERS_A_SLICE);
		const send = (slice: number): void => {
			if (!working.has(worker)) return;
			worker.postMessage(slices[slice] ?? []);
			if (slice + 1 < slices.length) setImmediate(send, slice + 1);
		};
		send(0);
		// First the speakers and how many quotes follow, then the quotes in slices.
		let found: {speakers: ArticleQuotes['speakers']; quotes: ArticleQuotes['quotes']; expected: number} | undefined;
		worker.on('message', (message: {speakers: ArticleQuotes['speakers']; quotes: number} | ArticleQuotes['quotes']) => {
			if (!found) {
				const first = message as {speakers: ArticleQuotes['speakers']; quotes: number};
				found = {speakers: first.speakers, quotes: [], expected: first.quotes};
			} else for (const quote of message as ArticleQuotes['quotes']) found.quotes.push(quote);
			if (found.quotes.length >= found.expected) resolve({speakers: found.speakers, quotes: found.quotes});
		});
	});
}

/** Finds the article's quotes (once), in the worker if it is long; resolves when they are known. */
export function findQuotesInBackground(article: Article): Promise<ArticleQuotes> {
	const known = knownQuotes(article);
	if (known) return Promise.resolve(known);
	let found = finding.get(article);
	if (!found) {
		found = extractElsewhere(article).then(quotes => {
			extracted.set(article, quotes);
			finding.delete(article);
			return quotes;
		});
		finding.set(article, found);
	}
	return found;
}

/**
 * The quotes for one look (the search's pass over every article for its speakers): kept ones are
 * reused, others are not kept, so that pass never holds every article's quotes at once. Undefined
 * for a long article whose quotes are not found yet.
 */
export function quotesInPassing(article: Article): ArticleQuotes | undefined {
	return extracted.get(article) ?? (isLong(article) ? undefined : extractQuotes(article));
}
