// One writer at a time across processes: a reader open and a `--refresh` from cron each take the
// lock, read what is on disk, merge their change into it and write, so neither undoes the other.
// The lock is a file made with O_EXCL holding the owner's pid; one left by a killed process is broken.
import {closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {FILE_MODE, makeFolder} from './atomic-file.js';
import path from 'node:path';

const RETRY_MS = 2;
const GIVE_UP_MS = 10_000;
// No write holds the lock this long; an older lock is a leftover whatever its pid says (pids are reused).
const STALE_MS = 30_000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

function ownerAlive(lock: string): boolean {
	try {
		if (Date.now() - statSync(lock).mtimeMs > STALE_MS) return false;
		const pid = Number(readFileSync(lock, 'utf8'));
		// A lock being created has no pid in it yet: alive.
		if (!Number.isInteger(pid) || pid <= 0) return true;
		process.kill(pid, 0);
		return true;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		// EPERM: the process is there, someone else's.
		return code === 'EPERM' || (code !== 'ESRCH' && code !== 'ENOENT');
	}
}

/** Runs `work` holding the lock `lock` (a file path); synchronous, so no other work interleaves. */
export function withLock<T>(lock: string, work: () => T): T {
	makeFolder(path.dirname(lock));
	const until = Date.now() + GIVE_UP_MS;
	for (;;) {
		try {
			const fd = openSync(lock, 'wx', FILE_MODE);
			writeSync(fd, String(process.pid));
			closeSync(fd);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (!ownerAlive(lock)) {
				try {
					unlinkSync(lock);
				} catch {
					// Another process broke it first.
				}
				continue;
			}
			if (Date.now() > until) throw new Error(`${lock}: another news-tui holds this lock`);
			sleep(RETRY_MS);
		}
	}
	try {
		return work();
	} finally {
		unlinkSync(lock);
	}
}
