// Loading what the user named: files, folders (recursively, in a stable order) and standard input.
// Problems a user can cause come back as messages, never as exceptions.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Article} from './article.js';
import {decodeText} from './decode.js';
import {parseArticle} from './parse-article.js';
import {stripControls} from './sanitize.js';

export type Loaded = {ok: true; articles: Article[]; notices: string[]} | {ok: false; error: string};
type One = {ok: true; article: Article} | {ok: false; error: string};

// Inside a folder only text-like files are articles; a file named outright is read whatever its name.
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.news', '']);

const reason = (error: unknown): string => {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file or folder';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a folder';
	return (error as Error).message;
};

export function articleFromBytes(file: string, bytes: Uint8Array): One {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return {ok: false, error: `${file}: ${decoded.reason}`};
	const article = parseArticle(file, stripControls(decoded.text.replace(/\r\n?/g, '\n')));
	return article ? {ok: true, article} : {ok: false, error: `${file}: empty file, no article in it`};
}

function loadFile(file: string): One {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		return {ok: false, error: `${file}: ${reason(error)}`};
	}
	return articleFromBytes(file, bytes);
}

function filesBelow(folder: string): string[] {
	const entries = readdirSync(folder, {withFileTypes: true})
		.filter(entry => !entry.name.startsWith('.'))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return entries.flatMap(entry => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return filesBelow(full);
		return entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) ? [full] : [];
	});
}

function loadFolder(folder: string, articles: Article[], notices: string[]): string | undefined {
	let files: string[];
	try {
		files = filesBelow(folder);
	} catch (error) {
		return `${folder}: ${reason(error)}`;
	}
	const before = articles.length;
	for (const file of files) {
		const one = loadFile(file);
		if (one.ok) articles.push(one.article);
		else notices.push(`skipped ${one.error}`);
	}
	return articles.length === before ? `${folder}: no articles in this folder` : undefined;
}

/** Loads every path in order; `readStdin` is only called when a path is `-`. */
export function loadPaths(paths: string[], readStdin: () => Uint8Array): Loaded {
	const articles: Article[] = [];
	const notices: string[] = [];
	for (const given of paths) {
		if (given === '-') {
			const one = articleFromBytes('-', readStdin());
			if (!one.ok) return {ok: false, error: one.error.replace(/^-:/, 'standard input:')};
			articles.push(one.article);
			continue;
		}
		let isFolder: boolean;
		try {
			isFolder = statSync(given).isDirectory();
		} catch (error) {
			return {ok: false, error: `${given}: ${reason(error)}`};
		}
		if (isFolder) {
			const error = loadFolder(given, articles, notices);
			if (error) return {ok: false, error};
		} else {
			const one = loadFile(given);
			if (!one.ok) return {ok: false, error: one.error};
			articles.push(one.article);
		}
	}
	return {ok: true, articles, notices};
}
