// The files below a folder that may be articles, in a stable order, and what was passed over and why.
// Names are read as bytes, so a name that is not UTF-8 still opens; links to files are followed, and
// links to folders too, except back into a folder already walked (a loop, or the same folder twice).
// Tools' folders (node_modules, version control) and hidden ones are not walked.
import {readdirSync, statSync, Stats, type Dirent} from 'node:fs';
import path from 'node:path';

/** A file found: its path as bytes (to open it) and as text (to show it). */
export interface FoundFile {
	path: Buffer;
	shown: string;
	/** A file without an extension: an article only if its text reads like one. */
	mustReadAsArticle: boolean;
}

export interface Walk {
	files: FoundFile[];
	/** Folders or links that could not be read, one line each. */
	notices: string[];
	/** Names of the folders not walked, and counts of the files passed over by reason. */
	skippedFolders: string[];
	skippedFiles: {extension: number; hidden: number};
}

// Inside a folder only text-like files are articles; a file named outright is read whatever its name.
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.news']);
// Folders of tools, never of articles; hidden folders (.git, .hg, .svn, .cache) are passed over anyway.
const TOOL_FOLDERS = new Set(['node_modules', 'CVS', '_darcs', '__pycache__']);

const SEPARATOR = Buffer.from(path.sep);
const join = (folder: Buffer, name: Buffer): Buffer => Buffer.concat([folder, SEPARATOR, name]);
const identity = (stats: Stats): string => `${stats.dev}:${stats.ino}`;

/** Why a file system error happened, in a user's words. */
export function errorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file or folder';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a folder';
	if (code === 'ELOOP') return 'too many levels of links';
	return (error as Error).message;
}

/** Walks `folder`, taking files with `moreExtensions` too (pages, feeds, Markdown); only an error reading `folder` itself is thrown. */
export function walkFolder(folder: string, moreExtensions?: ReadonlySet<string>): Walk {
	const walk: Walk = {files: [], notices: [], skippedFolders: [], skippedFiles: {extension: 0, hidden: 0}};
	const walked = new Set<string>([identity(statSync(folder))]);
	const visit = (at: Buffer, shown: string, top: boolean): void => {
		let entries;
		try {
			entries = readdirSync(at, {encoding: 'buffer', withFileTypes: true});
		} catch (error) {
			if (top) throw error;
			walk.notices.push(`skipped ${shown}: ${errorReason(error)}`);
			return;
		}
		entries.sort((a, b) => Buffer.compare(a.name, b.name));
		for (const entry of entries) {
			const name = entry.name.toString('utf8');
			const full = join(at, entry.name);
			const fullShown = path.join(shown, name);
			let found: Stats | Dirent<Buffer> = entry;
			try {
				if (entry.isSymbolicLink() || entry.isDirectory()) found = statSync(full);
			} catch (error) {
				walk.notices.push(`skipped ${fullShown}: ${entry.isSymbolicLink() ? 'a broken link' : errorReason(error)}`);
				continue;
			}
			if (found instanceof Stats && found.isDirectory()) {
				if (name.startsWith('.') || TOOL_FOLDERS.has(name)) {
					walk.skippedFolders.push(name);
					continue;
				}
				if (walked.has(identity(found))) {
					walk.notices.push(`skipped ${fullShown}: a link to a folder already read`);
					continue;
				}
				walked.add(identity(found));
				visit(full, fullShown, false);
			} else if (found.isFile()) {
				const extension = path.extname(name).toLowerCase();
				if (name.startsWith('.')) walk.skippedFiles.hidden++;
				else if (extension === '') walk.files.push({path: full, shown: fullShown, mustReadAsArticle: true});
				else if (ARTICLE_EXTENSIONS.has(extension) || moreExtensions?.has(extension)) walk.files.push({path: full, shown: fullShown, mustReadAsArticle: false});
				else walk.skippedFiles.extension++;
			}
		}
	};
	visit(Buffer.from(folder), folder, true);
	return walk;
}
