// Who said what in an article, worked out the first time the article is shown and kept with it:
// a folder of thousands of articles extracts only those the reader opens.
import type {Article} from '../core/article.js';
import {extractQuotes} from '../core/quotes/extract.js';
import type {ArticleQuotes} from '../core/quotes/types.js';

const extracted = new WeakMap<Article, ArticleQuotes>();

export function quotesOf(article: Article): ArticleQuotes {
	let quotes = extracted.get(article);
	if (!quotes) extracted.set(article, (quotes = extractQuotes(article)));
	return quotes;
}

/**
 * The quotes for one look (the search's pass over every article for its speakers): kept ones are
 * reused, others are not kept, so that pass never holds every article's quotes at once.
 */
export function quotesInPassing(article: Article): ArticleQuotes {
	return extracted.get(article) ?? extractQuotes(article);
}
