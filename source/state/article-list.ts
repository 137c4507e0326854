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

// One list is worked out per filter and articles, not per key that moves the cursor; the unfiltered
// order is kept apart, since the status line asks for it while a filter is typed.
type Worked = {articles: readonly Article[]; filter: string; joins: readonly number[]; order: number[]};
const last: {filtered?: Worked; unfiltered?: Worked} = {};

/**
 * Feed items by source, in the order the sources first come; in each, the items that joined at the
 * last refresh (`joins`: where each batch starts in `articles`) first, then earlier ones, each batch in feed order.
 */
function bySource(articles: readonly Article[], joins: readonly number[]): number[] {
	const order = articles.map((_, index) => index);
	if (!articles.some(article => sourceOf(article) !== undefined)) return order;
	const rank = new Map<string, number>();
	const group = articles.map(article => {
		const origin = originOf(article);
		if (!rank.has(origin)) rank.set(origin, rank.size);
		return rank.get(origin)!;
	});
	const batch = new Int32Array(articles.length);
	for (const start of joins) batch.fill(batch[start]! + 1, start);
	return order.sort((a, b) => group[a]! - group[b]! || batch[b]! - batch[a]! || a - b);
}

/** The articles the filter keeps, in list order: grouped by source unfiltered, best match first filtered. */
export function listOrder(articles: readonly Article[], filter: string, joins: readonly number[] = []): number[] {
	const slot = filter.trim() === '' ? 'unfiltered' : 'filtered';
	const kept = last[slot];
	if (kept && kept.articles === articles && kept.filter === filter && kept.joins === joins) return kept.order;
	const order = slot === 'unfiltered' ? bySource(articles, joins) : fuzzyFilter(articles.map(article => `${article.title} ${originOf(article)}`), filter);
	last[slot] = {articles, filter, joins, order};
	return order;
}

/** The rows: unfiltered feed items under a heading per source; a filtered list is flat, best first. */
export function listView(articles: readonly Article[], read: readonly boolean[], filter: string, joins: readonly number[] = []): ListView {
	const order = listOrder(articles, filter, joins);
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
