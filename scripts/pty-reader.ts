// What the benchmarks that drive the built reader in a pseudo-terminal share: where it is, the environment
// it runs in, how Ink ends a frame, and how much memory the process holds.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cli = path.join(root, 'dist', 'cli.js');
// Ink wraps each frame in synchronized output (DEC mode 2026): these start and end one.
export const FRAME_START = '\x1b[?2026h';
export const FRAME_END = '\x1b[?2026l';

/** The environment of the reader in a pseudo-terminal: a colour terminal, and no CI, under which Ink draws no frames. */
export function readerEnv(extra: Record<string, string> = {}): Record<string, string> {
	const env = {...process.env, TERM: 'xterm-256color', ...extra} as Record<string, string>;
	delete env['CI'];
	delete env['CONTINUOUS_INTEGRATION'];
	return env;
}

/** A field of /proc/PID/status in kilobytes: `VmRSS` (resident now), `VmHWM` (resident at most). */
export const statusKilobytes = (pid: number, field: 'VmRSS' | 'VmHWM'): number =>
	Number(new RegExp(`${field}:\\s+(\\d+)`, 'u').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
