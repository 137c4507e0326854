// The name an article is remembered by, the same from one run to the next: its link for items of
// feeds and pages; its absolute path for files; standard input has none (it cannot be opened again).
// A feed item without a link is its feed's address (or file) and its headline.
import path from 'node:path';
import type {Article} from '../article.js';

const isWebAddress = (name: string): boolean => /^https?:\/\//i.test(name);

const keys = new WeakMap<Article, string | undefined>();

export function articleKey(article: Article): string | undefined {
	if (keys.has(article)) return keys.get(article);
	const {url} = article as {url?: string | null};
	let key: string | undefined;
	if (url) key = url;
	else if (article.file !== '-') {
		const base = isWebAddress(article.file) ? article.file : path.resolve(article.file);
		// Articles from feeds and pages carry these fields (null when unknown); one such file holds many.
		key = 'source' in article || 'published' in article ? `${base}#${article.title}` : base;
	}
	keys.set(article, key);
	return key;
}
