// The worker that finds a long article's quotes off the reader's main thread (article-quotes.ts):
// the article comes as its data, its quotes go back as the one message.
import {parentPort, workerData} from 'node:worker_threads';
import type {Article} from '../core/article.js';
import {extractQuotes} from '../core/quotes/extract.js';

parentPort!.postMessage(extractQuotes(workerData as Article));
