// The Article of a page or a feed item: its headline, a line saying where and when it was
// published (shown with the headline, as the dateline of files is), and its paragraphs.
import type {Article} from '../article.js';
import {normalizeSpaces, stripControls} from '../sanitize.js';

export interface SourceFields {
	file: string;
	title: string;
	body: string[];
	url: string | null;
	published: string | null;
	byline: string | null;
	source: string | null;
	summaryOnly?: boolean;
}

/** Any text from a page or feed as one safe line. */
export const safeLine = (text: string | null | undefined): string | null => {
	const line = text == null ? '' : normalizeSpaces(stripControls(text.replace(/\s+/g, ' ')));
	return line === '' ? null : line;
};

/** A date as ISO 8601 (`2026-12-01T08:00:00Z`), or null when it is none. */
export function isoDate(value: unknown): string | null {
	if (value == null || value === '') return null;
	const date = value instanceof Date ? value : new Date(String(value).trim());
	return Number.isNaN(date.getTime()) ? null : date.toISOString().replace('.000Z', 'Z');
}

/** Only http and https links are kept (never file:, data:, javascript:); relative ones are resolved against `base`. */
export function webLink(link: unknown, base?: string): string | null {
	if (typeof link !== 'string' || link.trim() === '') return null;
	try {
		const url = new URL(link.trim(), base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `3 Dec 2026 08:00 UTC`: the same on every machine, as the text of an article should be. */
export function shownDate(iso: string): string {
	const date = new Date(iso);
	const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} UTC`;
}

/** The line under the headline: `BBC News · 3 Dec 2026 08:00 UTC · By Jane Doe`. */
export function sourceLine({source, published, byline}: Pick<SourceFields, 'source' | 'published' | 'byline'>): string {
	// Sites often give their own name as the byline: said once.
	return [source, published ? shownDate(published) : null, byline === source ? null : byline].filter(Boolean).join(' · ');
}

/** First words of the body, for an item without a title. */
function headlineFrom(body: string[]): string {
	const first = body[0] ?? '';
	const sentence = /^.{20,}?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
	if (sentence.length <= 100) return sentence;
	return sentence.slice(0, 100).replace(/\s+\S*$/, '') + '…';
}

export function sourceArticle(fields: SourceFields): Article | undefined {
	const title = safeLine(fields.title) ?? (fields.body.length > 0 ? headlineFrom(fields.body) : null);
	if (!title) return undefined;
	// A page often repeats its headline at the top of the article.
	const body = fields.body[0] === title ? fields.body.slice(1) : fields.body;
	const byline = safeLine(fields.byline);
	const source = safeLine(fields.source);
	const meta = sourceLine({source, published: fields.published, byline});
	const paragraphs = meta ? [title, meta, ...body] : [title, ...body];
	return {
		file: fields.file,
		title,
		paragraphs,
		...(meta ? {dateline: {paragraph: 1, length: meta.length}} : {}),
		url: fields.url,
		published: fields.published,
		byline,
		source,
		...(fields.summaryOnly ? {summaryOnly: true} : {}),
	};
}

/** The paragraphs an article read from a page or feed has beside its headline and source line. */
export function bodyOf(article: Article): string[] {
	return article.paragraphs.slice(article.dateline?.paragraph === 1 && article.source !== undefined ? 2 : 1);
}

/** An article as the JSON faces print it: `summaryOnly` is the reader's to know (it fetches those on opening). */
export function articleJson({summaryOnly: _summaryOnly, ...article}: Article): Omit<Article, 'summaryOnly'> {
	return article;
}
