// One writer at a time across processes: a reader open and a `--refresh` from cron each take the
// lock, read what is on disk, merge their change into it and write, so neither undoes the other.
// The lock is a file made with O_EXCL holding the owner's pid; one left by a killed process is broken.
import {closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import path from 'node:path';
import {FILE_MODE, makeFolder} from './atomic-file.js';

const RETRY_MS = 2;
const GIVE_UP_MS = 30_000;
// No write holds the lock this long; an older lock is a leftover whatever its pid says (pids are reused).
const STALE_MS = 60_000;
// An owner writes its pid the moment it has made the file: a lock still empty this long after was
// left by a process killed in between.
const EMPTY_STALE_MS = 1_000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The pid in a lock file, 0 while its owner is still writing it, undefined when there is no file. */
function ownerOf(file: string): number | undefined {
	try {
		const pid = Number(readFileSync(file, 'utf8'));
		return Number.isInteger(pid) && pid > 0 ? pid : 0;
	} catch (error) {
		if (code(error) === 'ENOENT') return undefined;
		throw error;
	}
}

function isLeftOver(lock: string, pid: number): boolean {
	try {
		const age = Date.now() - statSync(lock).mtimeMs;
		if (age > STALE_MS) return true;
		if (pid === 0) return age > EMPTY_STALE_MS;
		process.kill(pid, 0);
		return false;
	} catch (error) {
		// ESRCH: no such process. EPERM: it is there, someone else's. ENOENT: the lock just went.
		return code(error) === 'ESRCH';
	}
}

// Breaking a lock must not break the one a live process took a moment ago: the lock is first
// renamed aside, and put back if it turns out to be another owner's.
function breakLeftOver(lock: string, pid: number): void {
	const aside = `${lock}.${process.pid}.broken`;
	try {
		renameSync(lock, aside);
	} catch {
		return;
	}
	if (ownerOf(aside) !== pid) {
		try {
			linkSync(aside, lock);
		} catch {
			// Someone took the lock meanwhile: theirs stands.
		}
	}
	unlinkSync(aside);
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
			if (code(error) !== 'EEXIST') throw error;
			const pid = ownerOf(lock);
			if (pid !== undefined && isLeftOver(lock, pid)) breakLeftOver(lock, pid);
			else if (Date.now() > until) throw new Error(`${lock}: another news-tui has held this lock for ${GIVE_UP_MS / 1000} s`);
			else sleep(RETRY_MS);
		}
	}
	try {
		return work();
	} finally {
		try {
			unlinkSync(lock);
		} catch (error) {
			if (code(error) !== 'ENOENT') throw error;
		}
	}
}
