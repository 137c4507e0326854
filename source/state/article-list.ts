// The article list (`l`) as an index: a row per article (unread mark, star, date, source, headline),
// grouped by source when the articles come from feeds, each group headed with its unread count;
// typing filters it (fuzzy, like fzf), best matches first. Pure: the rows are worked out from the state.
import path from 'node:path';
import type {Article} from '../core/article.js';
import {fuzzyFilter} from '../core/fuzzy-filter.js';

/** The site or feed an article came from, when sources gave one. */
export const sourceOf = (article: Article): string | undefined => (article as {source?: string | null}).source ?? undefined;

/** The article's date as `2026-12-03`, when its feed or page gave one. */
export function dateOf(article: Article): string | undefined {
	const published = (article as {published?: string | null}).published;
	const time = published ? Date.parse(published) : NaN;
	return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** Where a row's article is from: its source, else its folder. */
export const originOf = (article: Article): string => sourceOf(article) ?? (article.file === '-' ? 'standard input' : path.basename(path.dirname(path.resolve(article.file))));

export type ListRow = {kind: 'group'; source: string; unread: number; total: number} | {kind: 'article'; article: number};

export interface ListView {
	/** The rows to draw, group headings among them. */
	rows: ListRow[];
	/** The articles in the order the cursor moves through them. */
	order: number[];
}

// One list is worked out per filter and articles, not per key that moves the cursor.
let last: {articles: readonly Article[]; filter: string; order: number[]} | undefined;

/** The articles the filter keeps, in list order: grouped by source (as loaded) unfiltered, best match first filtered. */
export function listOrder(articles: readonly Article[], filter: string): number[] {
	if (last && last.articles === articles && last.filter === filter) return last.order;
	const order = filter.trim() === '' ? articles.map((_, index) => index) : fuzzyFilter(articles.map(article => `${article.title} ${originOf(article)}`), filter);
	last = {articles, filter, order};
	return order;
}

/** The rows: unfiltered feed items under a heading per source; a filtered list is flat, best first. */
export function listView(articles: readonly Article[], read: readonly boolean[], filter: string): ListView {
	const order = listOrder(articles, filter);
	const grouped = filter.trim() === '' && articles.some(article => sourceOf(article) !== undefined);
	if (!grouped) return {rows: order.map(article => ({kind: 'article', article})), order};
	const counts = new Map<string, {unread: number; total: number}>();
	for (const index of order) {
		const source = originOf(articles[index]!);
		const count = counts.get(source) ?? {unread: 0, total: 0};
		counts.set(source, {unread: count.unread + (read[index] ? 0 : 1), total: count.total + 1});
	}
	const rows: ListRow[] = [];
	let source: string | undefined;
	for (const index of order) {
		const origin = originOf(articles[index]!);
		if (origin !== source) rows.push({kind: 'group', source: (source = origin), ...counts.get(origin)!});
		rows.push({kind: 'article', article: index});
	}
	return {rows, order};
}
