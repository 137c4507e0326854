// The worker that finds a long article's quotes off the reader's main thread (article-quotes.ts).
// Both ways the article and its quotes go in slices (worker-slices.ts): copying a whole 50 MB
// article or its tens of thousands of quotes at once would hold the main thread for a tenth of a second or more.
import {parentPort, workerData} from 'node:worker_threads';
import type {Article} from '../core/article.js';
import {extractQuotes} from '../core/quotes/extract.js';
import {inSlices, type ArticleHead} from './worker-slices.js';

// A quote is a few hundred bytes of objects: this many are copied in a millisecond or two.
const QUOTES_A_SLICE = 2_000;

const {head, paragraphs: count} = workerData as {head: ArticleHead; paragraphs: number};
const paragraphs: string[] = [];
parentPort!.on('message', (slice: string[]) => {
	for (const paragraph of slice) paragraphs.push(paragraph);
	if (paragraphs.length < count) return;
	const {speakers, quotes} = extractQuotes({...head, paragraphs} as Article);
	parentPort!.postMessage({speakers, quotes: quotes.length});
	for (const part of inSlices(quotes, () => 1, QUOTES_A_SLICE)) parentPort!.postMessage(part);
	parentPort!.close();
});
