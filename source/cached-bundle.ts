// Runs a CommonJS bundle through V8's code cache, kept in the user's cache folder. Compiling the
// reader's half megabyte of JavaScript (React, Ink) costs a sixth of its start-up; from the second
// start on, V8 takes the compiled code from the cache instead. Node 22 does this for every module
// (module.enableCompileCache); Node 20 has only vm.Script's cachedData, which needs a script, not
// an ES module. The cache only ever saves time: any failure to read or write it is ignored.
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/** Whether V8 took the compiled code from the cache, found none, or found it stale (another Node, another build). */
export type CacheState = 'used' | 'missing' | 'rejected';

export interface CachedBundle<Exports> {
	exports: Exports;
	cache: CacheState;
	/** Writes what V8 has compiled so far, when the cache was not used; best called once the bundle has done its start-up work. */
	saveCache(): void;
}

/** `$XDG_CACHE_HOME/news-tui`, or `~/.cache/news-tui`. */
function cacheFolder(): string {
	return path.join(process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache'), 'news-tui');
}

// One cache per bundle (`stem`), and one name per build of it, Node and architecture, so installs side
// by side do not overwrite each other's on every start.
function cacheName(file: string): {stem: string; name: string} {
	const {size, mtimeMs} = statSync(file);
	const stem = path.basename(file, path.extname(file));
	return {stem, name: `${stem}-${size}-${Math.round(mtimeMs)}-node${process.version}-${process.arch}.bin`};
}

function readCache(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

// The folder and its parent, at most: Node 20's recursive mkdir never returns on some paths (under /proc).
function makeFolder(folder: string): void {
	try {
		mkdirSync(folder);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		try {
			mkdirSync(path.dirname(folder));
		} catch (parentError) {
			if ((parentError as NodeJS.ErrnoException).code !== 'EEXIST') throw parentError;
		}
		mkdirSync(folder);
	}
}

function writeCache(folder: string, {stem, name}: {stem: string; name: string}, data: Buffer): void {
	try {
		makeFolder(folder);
		// Written aside and renamed, so a reader starting meanwhile never finds half a cache.
		const partial = path.join(folder, `${name}.${process.pid}.partial`);
		writeFileSync(partial, data);
		renameSync(partial, path.join(folder, name));
		// Older builds' caches of this bundle are of no more use.
		for (const other of readdirSync(folder)) {
			if (other !== name && other.startsWith(`${stem}-`) && other.endsWith('.bin')) rmSync(path.join(folder, other), {force: true});
		}
	} catch {
		// Read-only home, full disk: the next start compiles again.
	}
}

export function loadCachedBundle<Exports>(file: string, folder = cacheFolder()): CachedBundle<Exports> {
	const named = cacheName(file);
	const cachedData = readCache(path.join(folder, named.name));
	// The CommonJS wrapper, as Node's own loader puts around a module.
	const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
	const script = new vm.Script(source, {filename: file, cachedData});
	const cache: CacheState = !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
	const module = {exports: {} as Exports};
	script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
	return {
		exports: module.exports,
		cache,
		saveCache: () => {
			if (cache !== 'used') writeCache(folder, named, script.createCachedData());
		},
	};
}
