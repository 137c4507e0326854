// The subscriptions: an OPML file in the user's config folder, read and written with feedsmith.
// Exports of other readers come in many shapes: folders as nested outlines (Feedly, Inoreader,
// Miniflux, newsboat's tag scripts), an OPML 2.0 `category` instead, a feed named by `title` alone.
import {generateOpml, parseOpml, type Opml} from 'feedsmith';
import {stripControls} from '../sanitize.js';
import {readIfThere, writeFileAtomic} from './atomic-file.js';
import {withLock} from './lock.js';

export interface Subscription {
	url: string;
	title: string;
	/** Folder names from the outermost in; empty at the top level. */
	folder: string[];
}

type Outline = Opml.Outline<string>;

const clean = (text: string | undefined): string => stripControls(text ?? '').replace(/\s+/g, ' ').trim();

// OPML 2.0's category is comma-separated, slash-delimited paths: the first path is the folder.
const categoryFolder = (category: string | undefined): string[] =>
	clean(category?.split(',')[0])
		.split('/')
		.map(part => part.trim())
		.filter(Boolean);

const isWebAddress = (url: string): boolean => {
	try {
		const {protocol} = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
};

function collect(outlines: readonly Outline[], folder: string[], into: Subscription[]): void {
	for (const outline of outlines) {
		const name = clean(outline.title) || clean(outline.text);
		const url = clean(outline.xmlUrl) || (outline.type === 'rss' || outline.type === 'atom' ? clean(outline.url) : '');
		if (url) {
			if (isWebAddress(url)) into.push({url, title: name || url, folder: folder.length > 0 ? folder : categoryFolder(outline.category)});
		}
		// An outline with others inside is a folder, whatever its type says.
		if (outline.outlines && outline.outlines.length > 0) collect(outline.outlines, url || !name ? folder : [...folder, name], into);
	}
}

/** The subscriptions in an OPML document, each feed once (the first place it is listed). */
export function subscriptionsFromOpml(text: string): {ok: true; subscriptions: Subscription[]} | {ok: false; error: string} {
	let document: Opml.Document<string>;
	try {
		document = parseOpml(text);
	} catch (error) {
		return {ok: false, error: `not an OPML file (${(error as Error).message})`};
	}
	const found: Subscription[] = [];
	collect(document.body?.outlines ?? [], [], found);
	return {ok: true, subscriptions: addSubscriptions([], found)};
}

/** `list` with the new ones added at the end; a feed already there keeps its place. */
export function addSubscriptions(list: readonly Subscription[], added: readonly Subscription[]): Subscription[] {
	const seen = new Set(list.map(subscription => subscription.url));
	const next = [...list];
	for (const subscription of added) {
		if (seen.has(subscription.url)) continue;
		seen.add(subscription.url);
		next.push(subscription);
	}
	return next;
}

/** The subscriptions `which` names, by URL or by title (case aside). */
export function findSubscriptions(list: readonly Subscription[], which: string): Subscription[] {
	const byUrl = list.filter(subscription => subscription.url === which);
	if (byUrl.length > 0) return byUrl;
	const title = which.trim().toLowerCase();
	return list.filter(subscription => subscription.title.toLowerCase() === title);
}

const TITLE = 'news-tui subscriptions';

/** OPML 2.0, folders as nested outlines, in the list's order. */
export function opmlFromSubscriptions(list: readonly Subscription[]): string {
	const top: Outline[] = [];
	const folders = new Map<string, Outline>();
	const folderOutline = (path: string[]): Outline[] => {
		let outlines = top;
		for (let depth = 1; depth <= path.length; depth++) {
			const key = JSON.stringify(path.slice(0, depth));
			let folder = folders.get(key);
			if (!folder) {
				folder = {text: path[depth - 1]!, title: path[depth - 1]!, outlines: []};
				folders.set(key, folder);
				outlines.push(folder);
			}
			outlines = folder.outlines!;
		}
		return outlines;
	};
	for (const {url, title, folder} of list) folderOutline(folder).push({text: title, title, type: 'rss', xmlUrl: url});
	// feedsmith writes no document without an outline; the empty list is written as OPML 2.0 has it.
	if (top.length === 0) return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${TITLE}</title>\n  </head>\n  <body/>\n</opml>\n`;
	return generateOpml({head: {title: TITLE}, body: {outlines: top}});
}

export type SubscriptionsRead = {ok: true; subscriptions: Subscription[]} | {ok: false; error: string};

/** The subscriptions file; none yet is an empty list. One the user broke by hand is reported, never overwritten. */
export function readSubscriptions(file: string): SubscriptionsRead {
	let text: string | undefined;
	try {
		text = readIfThere(file);
	} catch (error) {
		return {ok: false, error: `${file}: ${(error as Error).message}`};
	}
	if (text === undefined) return {ok: true, subscriptions: []};
	const read = subscriptionsFromOpml(text);
	return read.ok ? read : {ok: false, error: `${file}: ${read.error}`};
}

/** Changes the subscriptions file under its lock, from what is on disk at that moment. */
export function changeSubscriptions(file: string, change: (list: Subscription[]) => Subscription[]): SubscriptionsRead {
	return withLock(`${file}.lock`, () => {
		const read = readSubscriptions(file);
		if (!read.ok) return read;
		const subscriptions = change(read.subscriptions);
		writeFileAtomic(file, opmlFromSubscriptions(subscriptions));
		return {ok: true, subscriptions};
	});
}
