// A feed (RSS 0.9x/2.0, RSS 1.0/RDF, Atom, JSON Feed, as feedsmith reads them) to one article per
// item, in the feed's order: title, date, author, link, and the item's fullest text as paragraphs.
import {parseFeed as parseAnyFeed} from 'feedsmith';
import {htmlLine, htmlParagraphs} from './html-paragraphs.js';
import {isoDate, safeLine, sourceArticle, webLink} from './source-article.js';
import type {Feed, FeedItem, Read} from './types.js';

// feedsmith's types differ by format; the fields read here are looked up by name and checked, as
// any field of an untrusted feed may be missing or of another shape.
type Loose = Record<string, unknown>;
const field = (value: unknown, ...keys: string[]): unknown => {
	let at = value;
	for (const key of keys) at = at && typeof at === 'object' ? (at as Loose)[key] : undefined;
	return at;
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);
const first = (...values: unknown[]): unknown => values.find(value => value != null && value !== '');

/** Text of a plain string or of an Atom text construct (`{value, type}`); html says whether it is markup. */
function textOf(value: unknown, markupByDefault: boolean): {text: string; html: boolean} | undefined {
	if (typeof value === 'string') return value.trim() === '' ? undefined : {text: value, html: markupByDefault};
	if (value && typeof value === 'object' && typeof (value as Loose)['value'] === 'string') {
		const type = (value as Loose)['type'];
		return {text: (value as Loose)['value'] as string, html: type === 'html' || type === 'xhtml' || (type === undefined && markupByDefault)};
	}
	return undefined;
}

const lineOf = (value: unknown, markupByDefault: boolean): string | null => {
	const text = textOf(value, markupByDefault);
	return text ? safeLine(text.html ? htmlLine(text.text) : text.text) : null;
};

function paragraphsOf(value: unknown, markupByDefault: boolean): string[] {
	const text = textOf(value, markupByDefault);
	if (!text) return [];
	if (text.html) return htmlParagraphs(text.text);
	return text.text.split(/\n\s*\n/).map(safeLine).filter((line): line is string => line !== null);
}

const personName = (person: unknown): string | undefined => {
	if (typeof person === 'string') return person.replace(/^\S+@\S+\s+\((.+)\)$/, '$1');
	const name = field(person, 'name');
	return typeof name === 'string' ? name : undefined;
};
const names = (...people: unknown[]): string | null => {
	const all = [...new Set(people.flatMap(list).map(personName).filter((name): name is string => Boolean(name?.trim())))];
	return all.length > 0 ? all.join(', ') : null;
};

function atomLink(links: unknown, base: string | undefined): string | null {
	const all = list(links);
	const alternate = all.find(link => (field(link, 'rel') ?? 'alternate') === 'alternate') ?? all[0];
	return webLink(field(alternate, 'href'), base);
}

// A body this short is a summary: the article it sums up is at the item's link.
const SUMMARY_WORDS = 150;
const wordCount = (paragraphs: string[]) => paragraphs.reduce((sum, paragraph) => sum + (paragraph.match(/\S+/g)?.length ?? 0), 0);

interface ItemFields {
	id: unknown;
	title: string | null;
	link: string | null;
	body: string[];
	published: string | null;
	byline: string | null;
}

function readItem(format: string, item: unknown, base: string | undefined): ItemFields {
	switch (format) {
		case 'atom':
			return {
				id: field(item, 'id'),
				title: lineOf(field(item, 'title'), false),
				link: atomLink(field(item, 'links'), base),
				body: paragraphsOf(first(field(item, 'content'), field(item, 'summary')), false),
				published: isoDate(first(field(item, 'published'), field(item, 'updated'))),
				byline: names(field(item, 'authors')),
			};
		case 'json':
			return {
				id: field(item, 'id'),
				title: lineOf(field(item, 'title'), false),
				link: webLink(first(field(item, 'url'), field(item, 'external_url')), base),
				body: field(item, 'content_html')
					? paragraphsOf(field(item, 'content_html'), true)
					: paragraphsOf(first(field(item, 'content_text'), field(item, 'summary')), false),
				published: isoDate(first(field(item, 'date_published'), field(item, 'date_modified'))),
				byline: names(field(item, 'authors'), field(item, 'author')),
			};
		default: {
			// RSS and RDF: titles and descriptions are HTML in practice, whatever the specification says.
			const guid = field(item, 'guid');
			const permalink = field(guid, 'isPermaLink') !== false ? field(guid, 'value') : undefined;
			return {
				id: first(field(guid, 'value'), field(item, 'rdf', 'about')),
				title: lineOf(first(field(item, 'title'), list(field(item, 'dc', 'titles'))[0]), true),
				link: webLink(first(field(item, 'link'), permalink), base),
				body: paragraphsOf(first(field(item, 'content', 'encoded'), field(item, 'description')), true),
				published: isoDate(first(field(item, 'pubDate'), list(field(item, 'dc', 'dates'))[0], field(item, 'dc', 'date'))),
				byline: names(field(item, 'authors'), field(item, 'dc', 'creators'), field(item, 'dc', 'creator'), field(item, 'itunes', 'author')),
			};
		}
	}
}

/** Parses a feed's text; `file` names the articles, `base` (the address it came from) resolves relative links. */
export function readFeed(text: string, file: string, base?: string): Read<Feed> {
	let parsed: {format: string; feed: unknown};
	try {
		parsed = parseAnyFeed(text) as {format: string; feed: unknown};
	} catch {
		return {ok: false, error: `${file}: not a feed (RSS, RDF, Atom or JSON Feed), a page or text`};
	}
	const {format, feed} = parsed;
	const atom = format === 'atom';
	const title = lineOf(field(feed, 'title'), !atom && format !== 'json');
	const link = atom ? atomLink(field(feed, 'links'), base) : webLink(first(field(feed, 'link'), field(feed, 'home_page_url')), base);
	const items: FeedItem[] = [];
	const seen = new Map<string, number>();
	for (const item of list(field(feed, atom ? 'entries' : 'items'))) {
		const fields = readItem(format, item, link ?? base);
		const article = sourceArticle({
			file,
			title: fields.title ?? '',
			body: fields.body,
			url: fields.link,
			published: fields.published,
			byline: fields.byline,
			source: title,
			summaryOnly: fields.link !== null && wordCount(fields.body) < SUMMARY_WORDS,
		});
		if (!article) continue;
		// Ids repeat in careless feeds; the item's place among its namesakes keeps each one apart.
		const identity = String(first(fields.id, fields.link, article.title));
		const count = seen.get(identity) ?? 0;
		seen.set(identity, count + 1);
		items.push({id: count === 0 ? identity : `${identity}#${count + 1}`, article});
	}
	return {ok: true, value: {title, link, items}};
}
