// A web page to its readable article with Mozilla's Readability over linkedom: title, byline,
// date, site name and the article's paragraphs, without menus, ads, comments or share buttons.
// linkedom only builds the tree: it runs no script and fetches nothing (no styles, images, frames).
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {Article} from '../article.js';
import {domParagraphs, type DomNode} from './html-paragraphs.js';
import {isoDate, sourceArticle, webLink} from './source-article.js';
import type {Origin, Read} from './types.js';

// Readability's own default (500 characters) for "this is an article".
const MIN_ARTICLE_CHARACTERS = 500;

interface Readable {
	title: string;
	byline: string | null;
	siteName: string | null;
	publishedTime: string | null;
	content: DomNode;
	length: number;
}

type LinkedDocument = ReturnType<typeof parseHTML>['document'];

function canonicalLink(document: LinkedDocument): string | undefined {
	const link = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
	return link ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
}

// A page Readability finds no article in (a notice that a document moved, a list of links) is
// shown as its body's text, as a browser would show it; it never counts as an article.
function wholeBody(document: LinkedDocument): Readable {
	const body = document.body as unknown as DomNode | null;
	return {title: document.title ?? '', byline: null, siteName: null, publishedTime: null, content: body ?? document, length: 0};
}

function readable(document: LinkedDocument, html: string): Readable {
	let parsed: ReturnType<Readability<unknown>['parse']>;
	try {
		// The serializer hands back the article's element itself, to walk, rather than its HTML to parse again.
		parsed = new Readability(document as unknown as Document, {serializer: (node: unknown) => node}).parse();
	} catch {
		// A page Readability cannot read is still read as a browser would show it.
		parsed = null;
	}
	// Readability has changed the document it read: the body is taken from the page as it came.
	if (!parsed?.content) return wholeBody(parseHTML(html).document);
	return {
		title: parsed.title ?? '',
		byline: parsed.byline ?? null,
		siteName: parsed.siteName ?? null,
		publishedTime: parsed.publishedTime ?? null,
		content: parsed.content as unknown as DomNode,
		length: parsed.length ?? 0,
	};
}

export interface PageRead {
	article: Article;
	/** Whether Readability found a whole article (at least its 500 characters), not a page of links. */
	isArticle: boolean;
}

// linkedom builds the tree as it is written: a page without <html> (which browsers accept) would lose its
// body, and one without <body> (a fragment: `<div><p>…</p></div>`) keeps its text outside the body that
// Readability climbs to. Such a page gets what it lacks.
function withRoot(html: string): string {
	const hasBody = /<body[\s>]/i.test(html);
	if (hasBody && /<html[\s>]/i.test(html.slice(0, 8192))) return html;
	const inner = html.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>)?\s*(?:<html[^>]*>)?/i, '').replace(/<\/html>\s*$/i, '');
	if (hasBody) return `<!doctype html><html>${inner}</html>`;
	const headEnd = /<\/head\s*>/i.exec(inner);
	const head = headEnd ? inner.slice(0, headEnd.index + headEnd[0].length) : '';
	return `<!doctype html><html>${head}<body>${inner.slice(head.length)}</body></html>`;
}

/** The readable article of `html`; `origin.url`, the address it was fetched from, is its link (a file's is its canonical link). */
export function readPage(page: string, origin: Origin): Read<PageRead> {
	const html = withRoot(page);
	const {document} = parseHTML(html);
	const link = webLink(origin.url ?? canonicalLink(document));
	const found = readable(document, html);
	const article = sourceArticle({
		file: origin.file,
		title: found.title,
		body: domParagraphs(found.content),
		url: link,
		published: isoDate(found.publishedTime),
		byline: found.byline,
		source: found.siteName ?? (link ? new URL(link).hostname.replace(/^www\./, '') : null),
	});
	if (!article) return {ok: false, error: `${origin.file}: a web page with no text in it`};
	return {ok: true, value: {article, isArticle: found.length >= MIN_ARTICLE_CHARACTERS}};
}
