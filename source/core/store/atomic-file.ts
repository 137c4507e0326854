// Files that are never half written: written beside their place, flushed, then renamed over it, so
// a kill at any moment leaves the old file or the new one. Folders and files are the user's alone.
// A file that cannot be read as what it should be is set aside with the time, never overwritten.
import {closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

export function makeFolder(folder: string): void {
	mkdirSync(folder, {recursive: true, mode: FOLDER_MODE});
}

let written = 0;

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
	const folder = path.dirname(file);
	makeFolder(folder);
	const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${written++}.tmp`);
	const fd = openSync(temporary, 'w', FILE_MODE);
	try {
		writeFileSync(fd, data);
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		unlinkSync(temporary);
		throw error;
	}
	closeSync(fd);
	renameSync(temporary, file);
	// The rename itself is on disk only once the folder is.
	const folderFd = openSync(folder, 'r');
	try {
		fsyncSync(folderFd);
	} finally {
		closeSync(folderFd);
	}
}

/** The text of a file, or undefined when there is none yet. Other failures (permissions) are thrown. */
export function readIfThere(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

const stamp = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/** Renames a bad file beside itself with the time (`marks-0a.json.corrupt-20261203T124500Z`) and says so in one line. */
export function setAside(file: string, why: string): string {
	const aside = `${file}.corrupt-${stamp(new Date())}`;
	try {
		renameSync(file, aside);
	} catch (error) {
		return `${file}: ${why}; could not set it aside (${(error as Error).message}), left as it is`;
	}
	return `${file}: ${why}; set aside as ${path.basename(aside)}, starting afresh`;
}

export type Parsed<T> = {ok: true; value: T} | {ok: false; reason: string};

/**
 * Reads and parses a file: undefined when it is not there; when it cannot be read or parsed it is
 * set aside and the notice says so.
 */
export function readOrSetAside<T>(file: string, parse: (text: string) => Parsed<T>): {value?: T; notice?: string} {
	let text: string | undefined;
	try {
		text = readIfThere(file);
	} catch (error) {
		return {notice: setAside(file, `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)};
	}
	if (text === undefined) return {};
	const parsed = parse(text);
	return parsed.ok ? {value: parsed.value} : {notice: setAside(file, parsed.reason)};
}

/** JSON.parse as a value, for readOrSetAside. */
export function parseJson(text: string): Parsed<unknown> {
	try {
		return {ok: true, value: JSON.parse(text) as unknown};
	} catch {
		return {ok: false, reason: text.trim() === '' ? 'empty' : 'not valid JSON (truncated or corrupt)'};
	}
}
