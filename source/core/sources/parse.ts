// Bytes of a known kind to articles: the parsers' side of the sources, loaded only when a page,
// a feed or Markdown is met (the libraries cost more to load than plain text takes to read).
import type {Article} from '../article.js';
import {parseArticle} from '../parse-article.js';
import {stripControls} from '../sanitize.js';
import {decodeDocument} from './charset.js';
import {readFeed} from './feed.js';
import {readMarkdown} from './markdown.js';
import {readPage} from './page.js';
import {bodyOf, sourceArticle} from './source-article.js';
import type {DocumentKind, Feed, Origin, Read} from './types.js';

function decoded(bytes: Uint8Array, origin: Origin): Read<string> {
	const text = decodeDocument(bytes, origin.contentType);
	return text.ok ? {ok: true, value: text.text} : {ok: false, error: `${origin.file}: ${text.reason}`};
}

export function parseFeedBytes(bytes: Uint8Array, origin: Origin): Read<Feed> {
	const text = decoded(bytes, origin);
	return text.ok ? readFeed(text.value, origin.file, origin.url) : text;
}

/** The articles in `bytes` of `kind`: a feed's items, a page's article, a Markdown or a plain text. */
export function parseDocument(bytes: Uint8Array, origin: Origin, kind: DocumentKind): Read<Article[]> {
	const text = decoded(bytes, origin);
	if (!text.ok) return text;
	const empty = {ok: false as const, error: `${origin.file}: empty file, no article in it`};
	switch (kind) {
		case 'feed': {
			const feed = readFeed(text.value, origin.file, origin.url);
			if (!feed.ok) return feed;
			if (feed.value.items.length === 0) return {ok: false, error: `${origin.file}: a feed with no items in it`};
			return {ok: true, value: feed.value.items.map(item => item.article)};
		}
		case 'page': {
			const page = readPage(text.value, origin);
			return page.ok ? {ok: true, value: [page.value.article]} : page;
		}
		case 'markdown': {
			const article = readMarkdown(text.value, origin.file);
			return article ? {ok: true, value: [article]} : empty;
		}
		case 'text': {
			const article = parseArticle(origin.file, stripControls(text.value.replace(/\r\n?/g, '\n')));
			if (!article) return empty;
			// Text fetched from an address keeps it, as pages and feeds do.
			const fetched = origin.url ? {url: origin.url, published: null, byline: null, source: new URL(origin.url).hostname} : {};
			return {ok: true, value: [{...article, ...fetched}]};
		}
	}
}

const words = (paragraphs: string[]) => paragraphs.reduce((sum, paragraph) => sum + (paragraph.match(/\S+/g)?.length ?? 0), 0);

/**
 * A summary-only feed item with the text of the page its link led to, when that page really holds
 * an article longer than the summary; the item's title, source and date stay.
 */
export function withPageText(item: Article, bytes: Uint8Array, origin: Origin, kind: DocumentKind): Read<Article> {
	if (kind !== 'page') return {ok: false, error: `${origin.file}: not a web page`};
	const text = decoded(bytes, origin);
	if (!text.ok) return text;
	const page = readPage(text.value, origin);
	if (!page.ok) return page;
	const body = bodyOf(page.value.article);
	if (!page.value.isArticle || words(body) <= words(bodyOf(item))) return {ok: false, error: `${origin.file}: no article on the page`};
	const found = page.value.article;
	const article = sourceArticle({
		file: item.file,
		title: item.title,
		body,
		url: item.url ?? found.url ?? null,
		published: item.published ?? found.published ?? null,
		byline: item.byline ?? found.byline ?? null,
		source: item.source ?? found.source ?? null,
	});
	return article ? {ok: true, value: article} : {ok: false, error: `${origin.file}: a web page with no article text in it`};
}
