// Loading what the user named: files, folders (recursively, in a stable order) and standard input.
// Problems a user can cause come back as messages, never as exceptions.
import {statSync} from 'node:fs';
import path from 'node:path';
import type {Article} from './article.js';
import {decodeText} from './decode.js';
import {errorReason, walkFolder, type Walk} from './folder.js';
import {parseArticle} from './parse-article.js';
import {readInputFile, readStandardInput, type Read} from './read-input.js';
import {readsAsArticle} from './reads-as-article.js';
import {normalizeBreaks, stripControls} from './sanitize.js';

export type Loaded = {ok: true; articles: Article[]; notices: string[]} | {ok: false; error: string};
type One = {ok: true; article: Article} | {ok: false; error: string};
type Many = {ok: true; articles: Article[]} | {ok: false; error: string};

export interface LoadOptions {
	/** Reads pages, feeds and Markdown (core/sources/); undefined for plain text, which is read here. */
	readDocument?: (file: string, bytes: Uint8Array) => Many | undefined;
	/** The extensions of those documents, which a folder's files may have beside text's. */
	documentExtensions?: ReadonlySet<string>;
}

/** An article from a file's bytes; `file` is how the article names where it came from. */
export function articleFromBytes(file: string, bytes: Uint8Array): One {
	const text = textFromBytes(file, bytes);
	return text.ok ? articleFromText(file, text.text) : text;
}

function textFromBytes(file: string, bytes: Uint8Array): {ok: true; text: string} | {ok: false; error: string} {
	const decoded = decodeText(bytes);
	return decoded.ok ? {ok: true, text: stripControls(normalizeBreaks(decoded.text))} : {ok: false, error: `${file}: ${decoded.reason}`};
}

function articleFromText(file: string, text: string): One {
	const article = parseArticle(file, text);
	return article ? {ok: true, article} : {ok: false, error: `${file}: empty file, no article in it`};
}

function readFile(file: string | Buffer, shown: string): {ok: true; bytes: Uint8Array} | {ok: false; error: string} {
	let read: Read;
	try {
		read = readInputFile(file);
	} catch (error) {
		return {ok: false, error: `${shown}: ${errorReason(error)}`};
	}
	return read.ok ? read : {ok: false, error: `${shown}: ${read.reason}`};
}

function articlesFromBytes(file: string, bytes: Uint8Array, options: LoadOptions): Many {
	const document = options.readDocument?.(file, bytes);
	if (document) return document;
	const one = articleFromBytes(file, bytes);
	return one.ok ? {ok: true, articles: [one.article]} : one;
}

function loadFile(file: string, options: LoadOptions): Many {
	const read = readFile(file, file);
	return read.ok ? articlesFromBytes(file, read.bytes, options) : read;
}

const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** One line for everything the walk passed over by rule, or undefined when it passed over nothing. */
function skippedSummary(folder: string, walk: Walk, unlike: number): string | undefined {
	const {skippedFolders, skippedFiles} = walk;
	const folders = skippedFolders.length;
	const why = [
		skippedFiles.extension > 0 && `${skippedFiles.extension} by their extension`,
		skippedFiles.hidden > 0 && `${skippedFiles.hidden} hidden`,
		unlike > 0 && `${unlike} without an extension that do not read as articles`,
	].filter(Boolean);
	const files = skippedFiles.extension + skippedFiles.hidden + unlike;
	if (folders === 0 && files === 0) return undefined;
	const names = skippedFolders.length > 3 ? `${skippedFolders.slice(0, 3).join(', ')}, …` : skippedFolders.join(', ');
	const parts = [folders > 0 && `${counted(folders, 'folder', 'folders')} (${names})`, files > 0 && `${counted(files, 'file', 'files')} (${why.join(', ')})`];
	return `skipped ${parts.filter(Boolean).join(' and ')} in ${folder}`;
}

function loadFolder(folder: string, articles: Article[], notices: string[], options: LoadOptions): string | undefined {
	let walk: Walk;
	try {
		walk = walkFolder(folder, options.documentExtensions);
	} catch (error) {
		return `${folder}: ${errorReason(error)}`;
	}
	for (const notice of walk.notices) notices.push(notice);
	const before = articles.length;
	let unlike = 0;
	for (const file of walk.files) {
		const read = readFile(file.path, file.shown);
		const document = read.ok ? options.readDocument?.(file.shown, read.bytes) : undefined;
		if (document) {
			if (document.ok) for (const article of document.articles) articles.push(article);
			else notices.push(`skipped ${document.error}`);
			continue;
		}
		const text = read.ok ? textFromBytes(file.shown, read.bytes) : read;
		if (text.ok && file.mustReadAsArticle && !readsAsArticle(path.basename(file.shown), text.text)) {
			unlike++;
			continue;
		}
		const one = text.ok ? articleFromText(file.shown, text.text) : text;
		if (one.ok) articles.push(one.article);
		else notices.push(`skipped ${one.error}`);
	}
	const summary = skippedSummary(folder, walk, unlike);
	if (summary) notices.push(summary);
	return articles.length === before ? `${folder}: no articles in this folder` : undefined;
}

/**
 * Loads every path in order; `readStdin` is only called when a path is `-`, and reads standard
 * input within the limits unless it is given (tests give bytes).
 */
export function loadPaths(paths: string[], readStdin: () => Read | Uint8Array = readStandardInput, options: LoadOptions = {}): Loaded {
	const articles: Article[] = [];
	const notices: string[] = [];
	for (const given of paths) {
		if (given === '-') {
			const input = readStdin();
			const read = input instanceof Uint8Array ? {ok: true as const, bytes: input} : input;
			const many = read.ok ? articlesFromBytes('-', read.bytes, options) : {ok: false as const, error: `-: ${read.reason}`};
			if (!many.ok) return {ok: false, error: many.error.replace(/^-:/, 'standard input:')};
			for (const article of many.articles) articles.push(article);
			continue;
		}
		let isFolder: boolean;
		try {
			isFolder = statSync(given).isDirectory();
		} catch (error) {
			return {ok: false, error: `${given}: ${errorReason(error)}`};
		}
		if (isFolder) {
			const error = loadFolder(given, articles, notices, options);
			if (error) return {ok: false, error};
		} else {
			const many = loadFile(given, options);
			if (!many.ok) return {ok: false, error: many.error};
			for (const article of many.articles) articles.push(article);
		}
	}
	return {ok: true, articles, notices};
}
