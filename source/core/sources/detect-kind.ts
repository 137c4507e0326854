// What some bytes are — a feed, a web page, Markdown or plain text — from their first bytes, then
// their file name's extension, then the server's Content-Type (servers often say text/html or
// text/xml for anything). Cheap: it runs on every file loaded, before any parser is loaded.
import path from 'node:path';
import {asciiHead} from './charset.js';
import type {DocumentKind} from './types.js';

const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.rdf', '.json']);
const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn']);

/** Extensions of the files a folder's pages, feeds and Markdown are found by. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([...FEED_EXTENSIONS, ...PAGE_EXTENSIONS, ...MARKDOWN_EXTENSIONS]);

// Past the byte-order mark, white space, the XML declaration, processing instructions, comments
// and the doctype (which is kept: `<!doctype html` says page): the first tag's name.
const PROLOGUE = /^(?:\uFEFF|\u00EF\u00BB\u00BF|\s+|<\?[^>]*\?>|<!--[^]*?-->|<!doctype\s+(?!html)[^>]*>)*/i;
const FIRST_TAG = /^<(!doctype\s+html|[a-z][\w.-]*(?::[a-z][\w.-]*)?)/i;
const FEED_ROOTS = /^(?:rss|feed|(?:[\w.-]+:)?rdf|channel)$/i;
const HTML_ROOTS = /^(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base|div|p|article|section|main|header|table|h[1-6])$/i;
const XML_DECLARATION = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml\s/;
const JSON_FEED = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

const mediaType = (contentType: string | undefined) => contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
const isXmlType = (type: string) => /[/+]xml$/.test(type);
const isJsonType = (type: string) => /[/+]json$/.test(type);

/** The kind of document `bytes` are; `name` is a path or an address (its extension counts), `contentType` the server's. */
export function detectKind(bytes: Uint8Array, name: string, contentType?: string): DocumentKind {
	const raw = asciiHead(bytes, 2048);
	const head = raw.replace(PROLOGUE, '');
	const tag = FIRST_TAG.exec(head)?.[1];
	if (tag && FEED_ROOTS.test(tag)) return 'feed';
	if (tag && HTML_ROOTS.test(tag)) return 'page';
	if (head.startsWith('{') && JSON_FEED.test(head)) return 'feed';
	let extension = '';
	try {
		extension = path.extname(/^https?:/i.test(name) ? new URL(name).pathname : name).toLowerCase();
	} catch {
		// not an address after all: no extension
	}
	const type = mediaType(contentType);
	if (MARKDOWN_EXTENSIONS.has(extension) || type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
	if (PAGE_EXTENSIONS.has(extension) || type === 'text/html' || type === 'application/xhtml+xml') return 'page';
	// Named or served as XML or JSON: the feed parser says whether it is a feed.
	if (FEED_EXTENSIONS.has(extension)) return 'feed';
	const markup = head.startsWith('<') || head.startsWith('{');
	if (markup && (isXmlType(type) || isJsonType(type) || XML_DECLARATION.test(raw))) return 'feed';
	return 'text';
}
