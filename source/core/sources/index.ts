// Reading news where it is published: http(s) addresses, feeds, web pages and Markdown, beside the
// plain-text files core/load.ts reads. The entry of core/sources/: the rest of the program imports
// this file only. The parsers (feedsmith, Readability over linkedom, marked) are loaded on first
// need, so a start on plain text never pays for them.
import type {Article} from '../article.js';
import {loadPaths, type Loaded, type LoadOptions} from '../load.js';
import {readStandardInput, type Read as InputRead} from '../read-input.js';
import {detectKind, DOCUMENT_EXTENSIONS} from './detect-kind.js';
import {fetchSource, isWebAddress} from './fetch-with-limits.js';
import {mapLimit} from './limit.js';
import type {Feed, FetchOptions, Origin, Read} from './types.js';

export {mapLimit} from './limit.js';
export {fetchSource, isWebAddress, FETCH_TIMEOUT_MS, MAX_BODY_BYTES, MAX_REDIRECTS, USER_AGENT} from './fetch-with-limits.js';
export {detectKind, DOCUMENT_EXTENSIONS} from './detect-kind.js';
export {articleJson, sourceLine} from './source-article.js';
export type {DocumentKind, Feed, FeedItem, FetchOptions, FetchResult, Origin, Read} from './types.js';

/** At most this many pages are fetched at once (feed items' full text, addresses named together). */
export const FETCHES_AT_ONCE = 4;

type Parsers = typeof import('./parse.js');
let parsers: Promise<Parsers> | undefined;
const loadParsers = (): Promise<Parsers> => (parsers ??= import('./parse.js'));

/** A feed's title, link and items (each with its article), from its bytes as fetched or read. */
export async function parseFeed(bytes: Uint8Array, origin: Origin): Promise<Read<Feed>> {
	return (await loadParsers()).parseFeedBytes(bytes, origin);
}

/** The articles in a document's bytes, whatever its kind (a feed is one article per item). */
export async function readDocument(bytes: Uint8Array, origin: Origin): Promise<Read<Article[]>> {
	return (await loadParsers()).parseDocument(bytes, origin, detectKind(bytes, origin.url ?? origin.file, origin.contentType));
}

const mediaType = (contentType: string | undefined) => contentType?.split(';')[0]!.trim().toLowerCase();
// Served as one of these, bytes that are no feed or page are not text either.
const NOT_TEXT = /^(?:image|audio|video|font|model)\/|^application\/(?:octet-stream|pdf|zip|gzip|x-[\w-]*compressed|vnd\.)/;

/** Fetches `url` and reads what came back: a feed's items, a page's article, or a text. */
export async function loadUrl(url: string, options: Pick<FetchOptions, 'signal'> = {}): Promise<Read<Article[]>> {
	const parsing = loadParsers(); // loads while the answer is awaited
	const fetched = await fetchSource(url, options);
	if (!fetched.ok) return {ok: false, error: fetched.error};
	if (fetched.notModified) return {ok: false, error: `${url}: HTTP 304 Not Modified`};
	const kind = detectKind(fetched.bytes, fetched.url, fetched.contentType);
	const type = mediaType(fetched.contentType);
	if (kind === 'text' && type && NOT_TEXT.test(type)) return {ok: false, error: `${url}: not a feed, a page or text (${type})`};
	const read = (await parsing).parseDocument(fetched.bytes, {file: url, url: fetched.url, contentType: fetched.contentType}, kind);
	if (!read.ok && /binary file/.test(read.error)) return {ok: false, error: `${url}: not a feed, a page or text${type ? ` (${type})` : ''}`};
	return read;
}

/**
 * Loads paths (files, folders, `-`) with core/load.ts, pages, feeds and Markdown among them. The
 * parsers are loaded when the first such document is met: the paths are then read again.
 */
async function loadLocal(paths: string[], readStdin: () => InputRead | Uint8Array): Promise<Loaded> {
	let loaded: Parsers | undefined;
	let needed = false;
	const options: LoadOptions = {
		documentExtensions: DOCUMENT_EXTENSIONS,
		readDocument: (file, bytes) => {
			const kind = detectKind(bytes, file);
			if (kind === 'text') return undefined;
			if (!loaded) {
				needed = true;
				return {ok: true, articles: []};
			}
			const read = loaded.parseDocument(bytes, {file}, kind);
			return read.ok ? {ok: true, articles: read.value} : read;
		},
	};
	const first = loadPaths(paths, readStdin, options);
	if (!needed) return first;
	loaded = await loadParsers();
	return loadPaths(paths, readStdin, options);
}

/** Loads what the user named, in order: files, folders, `-` and http(s) addresses (fetched at once, a few at a time). */
export async function loadInputs(
	inputs: string[],
	readStdin: () => InputRead | Uint8Array = readStandardInput,
	options: Pick<FetchOptions, 'signal'> = {},
): Promise<Loaded> {
	// Read again when a page or feed among the paths has the parsers loaded: standard input only once.
	let stdin: InputRead | Uint8Array | undefined;
	const readStdinOnce = () => (stdin ??= readStdin());
	const urls = inputs.filter(isWebAddress);
	const fetching = mapLimit(urls, FETCHES_AT_ONCE, url => loadUrl(url, options));
	const articles: Article[] = [];
	const notices: string[] = [];
	let fetched: Array<Read<Article[]>> | undefined;
	for (let start = 0; start < inputs.length; ) {
		if (isWebAddress(inputs[start]!)) {
			fetched ??= await fetching;
			const read = fetched[urls.indexOf(inputs[start]!)]!;
			if (!read.ok) return read;
			for (const article of read.value) articles.push(article);
			start++;
			continue;
		}
		let end = start;
		while (end < inputs.length && !isWebAddress(inputs[end]!)) end++;
		const local = await loadLocal(inputs.slice(start, end), readStdinOnce);
		if (!local.ok) return local;
		for (const article of local.articles) articles.push(article);
		for (const notice of local.notices) notices.push(notice);
		start = end;
	}
	return {ok: true, articles, notices};
}

/** A summary-only feed item with the full article from its link, when the page there holds one. */
export async function fetchFullText(article: Article, options: Pick<FetchOptions, 'signal'> = {}): Promise<Read<Article>> {
	if (!article.url) return {ok: false, error: `${article.title}: no link to fetch the article from`};
	const parsing = loadParsers();
	const fetched = await fetchSource(article.url, options);
	if (!fetched.ok) return {ok: false, error: fetched.error};
	if (fetched.notModified) return {ok: false, error: `${article.url}: HTTP 304 Not Modified`};
	const origin = {file: article.url, url: fetched.url, contentType: fetched.contentType};
	return (await parsing).withPageText(article, fetched.bytes, origin, detectKind(fetched.bytes, fetched.url, fetched.contentType));
}

/** `--full`: every summary-only item with its full article, a few fetched at a time; what failed keeps its summary, with a notice added to `notices`. */
export async function withFullText(
	articles: readonly Article[],
	notices: string[] = [],
	options: Pick<FetchOptions, 'signal'> = {},
): Promise<{articles: Article[]; notices: string[]}> {
	const full = await mapLimit(articles, FETCHES_AT_ONCE, async article => {
		if (!article.summaryOnly) return article;
		const read = await fetchFullText(article, options);
		if (read.ok) return read.value;
		notices.push(`kept the summary: ${read.error}`);
		return article;
	});
	return {articles: full, notices};
}
