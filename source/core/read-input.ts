// Reading what the user named, bounded: a regular file, a FIFO or standard input, never more than
// MAX_INPUT_BYTES of it, and no more than its first bytes when those show it is binary. Devices
// (/dev/zero, /dev/urandom) and sockets are refused before a byte is read.
import {closeSync, fstatSync, openSync, readSync, type Stats} from 'node:fs';
import {BINARY, BINARY_HEAD, looksBinary} from './decode.js';

/** The most bytes news-tui reads from one file or from standard input (the README states it). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
export const MAX_INPUT_LABEL = '64 MiB';

export type Read = {ok: true; bytes: Uint8Array} | {ok: false; reason: string};

const CHUNK = 64 * 1024;

function kindOf(stats: Stats): string {
	if (stats.isCharacterDevice()) return 'a character device';
	if (stats.isBlockDevice()) return 'a block device';
	if (stats.isSocket()) return 'a socket';
	if (stats.isDirectory()) return 'a folder';
	return 'not a regular file';
}

const tooLarge = (): Read => ({ok: false, reason: `larger than ${MAX_INPUT_LABEL}, the most news-tui reads`});

// Standard input may be non-blocking (a terminal, some pipes): wait a moment and read again.
const pause = new Int32Array(new SharedArrayBuffer(4));
function readSome(fd: number, buffer: Buffer, at: number): number {
	for (;;) {
		try {
			return readSync(fd, buffer, at, buffer.length - at, null);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 10);
			else if (code === 'EOF') return 0;
			else throw error;
		}
	}
}

/** Reads `fd` to its end, stopping at the first chunk that shows binary or past the limit. */
function readBounded(fd: number, expected: number): Read {
	let buffer = Buffer.allocUnsafe(Math.min(MAX_INPUT_BYTES + 1, Math.max(CHUNK, expected + 1)));
	let length = 0;
	for (;;) {
		if (length === buffer.length) {
			if (length > MAX_INPUT_BYTES) return tooLarge();
			const grown = Buffer.allocUnsafe(Math.min(MAX_INPUT_BYTES + 1, buffer.length * 2));
			buffer.copy(grown, 0, 0, length);
			buffer = grown;
		}
		const read = readSome(fd, buffer, length);
		if (read === 0) break;
		// Checked as the first bytes arrive, so a pipe held open after them is never waited for.
		const head = length < BINARY_HEAD;
		length += read;
		if (head && looksBinary(buffer.subarray(0, length))) return {ok: false, reason: BINARY};
	}
	if (length > MAX_INPUT_BYTES) return tooLarge();
	return {ok: true, bytes: buffer.subarray(0, length)};
}

/** A file's bytes, or why news-tui does not read it. Errors of the file system are thrown. */
export function readInputFile(file: string | Buffer): Read {
	const fd = openSync(file, 'r');
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile() && !stats.isFIFO()) return {ok: false, reason: kindOf(stats)};
		if (stats.isFile() && stats.size > MAX_INPUT_BYTES) return tooLarge();
		return readBounded(fd, stats.isFile() ? stats.size : 0);
	} finally {
		closeSync(fd);
	}
}

/** Standard input's bytes, whatever it is (a pipe, a file, a device), with the same bounds. */
export function readStandardInput(): Read {
	return readBounded(0, 0);
}
