// Drives the built program in a real pseudo-terminal and reads the screen through a headless
// xterm, as Ink's own tests do: keys in as bytes, the screen out as text.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import xterm from '@xterm/headless';
import {spawn, type IPty} from 'node-pty';
import {cli, FRAME_END, FRAME_START, root} from '../../scripts/pty-reader.js';

export {cli, FRAME_END, FRAME_START};
export const seed = path.join(root, 'seeds', '000_a28becac22cdf2d7.txt');

// A loaded two-core CI machine can take seconds to start node: wait for screens, never for times.
const TIMEOUT_MS = 20_000;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

const running = new Set<IPty>();

// The reader keeps V8's compiled code in the user's cache folder: tests keep theirs apart, and the
// first start in a test file runs without it, the later ones with it.
const cacheHome = mkdtempSync(path.join(tmpdir(), 'news-tui-cache-'));
// What the reader remembers (marks, positions, subscriptions) goes to folders of its own for each
// start, never the real home: each start is a first start, unless a test gives the same folders again.
const userHomes = mkdtempSync(path.join(tmpdir(), 'news-tui-home-'));
let homes = 0;
export function userFolders(): Record<'XDG_CONFIG_HOME' | 'XDG_DATA_HOME' | 'XDG_STATE_HOME', string> {
	const home = path.join(userHomes, String(homes++));
	return {XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state')};
}
process.on('exit', () => {
	rmSync(cacheHome, {recursive: true, force: true});
	rmSync(userHomes, {recursive: true, force: true});
});

/** Ends every program still running, so a failed test never leaves one behind to hang the run. */
export function stopAll(): void {
	for (const child of running) child.kill('SIGKILL');
}

export interface Session {
	/** Everything the program wrote, escape codes and all. */
	output(): string;
	/** The visible rows, trailing spaces trimmed. */
	screen(): Promise<string[]>;
	/** Per visible row, the runs of text drawn inverse (and underlined, if asked), as the terminal holds them. */
	inverseRuns(options?: {underline?: boolean}): Promise<string[][]>;
	isAlternateScreen(): Promise<boolean>;
	press(keys: string): void;
	resize(columns: number, rows: number): void;
	waitFor(ready: (screen: string[]) => boolean, what: string): Promise<string[]>;
	kill(signal: string): void;
	exited: Promise<{exitCode: number; signal?: number}>;
}

/** The environment a person's shell gives: Ink must not see CI (our CI sets it), or it draws no frames. */
function personEnv(extra: Record<string, string>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
	for (const key of ['CI', 'CONTINUOUS_INTEGRATION', 'NO_COLOR', 'FORCE_COLOR']) delete env[key];
	return {...env, TERM: 'xterm-256color', XDG_CACHE_HOME: cacheHome, ...userFolders(), ...extra};
}

export function start(
	args: string[],
	{columns = 80, rows = 24, env = {}, command}: {columns?: number; rows?: number; env?: Record<string, string>; command?: string} = {},
): Session {
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	const child: IPty = command
		? spawn('/bin/sh', ['-c', command], {cols: columns, rows, cwd: root, env: personEnv(env), name: 'xterm-256color'})
		: spawn(process.execPath, [cli, ...args], {cols: columns, rows, cwd: root, env: personEnv(env), name: 'xterm-256color'});
	running.add(child);
	let raw = '';
	let written: Promise<void> = Promise.resolve();
	child.onData(data => {
		raw += data;
		written = written.then(() => new Promise<void>(resolve => term.write(data, resolve)));
	});
	let exit: {exitCode: number; signal?: number} | undefined;
	const exited = new Promise<{exitCode: number; signal?: number}>(resolve =>
		child.onExit(result => {
			running.delete(child);
			exit = result;
			resolve(result);
		}),
	);

	const screen = async () => {
		await written;
		return rowsOf(term);
	};
	const inverseRuns = async ({underline = false} = {}) => {
		await written;
		const buffer = term.buffer.active;
		const cell = buffer.getNullCell();
		return Array.from({length: term.rows}, (_, row) => {
			const line = buffer.getLine(buffer.viewportY + row);
			const runs: string[] = [];
			let run = '';
			for (let column = 0; line && column < term.cols; column++) {
				line.getCell(column, cell);
				if (cell.isInverse() && (!underline || cell.isUnderline())) {
					run += cell.getChars() || ' ';
				} else if (run) {
					runs.push(run);
					run = '';
				}
			}
			if (run) runs.push(run);
			return runs;
		});
	};
	return {
		output: () => raw,
		screen,
		inverseRuns,
		isAlternateScreen: async () => {
			await written;
			return term.buffer.active.type === 'alternate';
		},
		press: keys => child.write(keys),
		resize: (width, height) => {
			child.resize(width, height);
			term.resize(width, height);
		},
		waitFor: async (ready, what) => {
			const started = Date.now();
			let exitSeen = 0;
			for (;;) {
				// Ink draws each frame inside a synchronized update: a screen read between its start and end is half drawn.
				const seen = raw;
				const rows = await screen();
				const halfDrawn = seen.lastIndexOf(FRAME_START) > seen.lastIndexOf(FRAME_END);
				if (!halfDrawn && ready(rows)) return rows;
				// A program that has ended draws nothing more (once its last output is in): say so now, not after the timeout.
				if (exit && exitSeen++ > 0) throw new Error(`the program exited (code ${exit.exitCode}) before ${what}; the screen:\n${rows.join('\n')}`);
				if (Date.now() - started > TIMEOUT_MS) throw new Error(`timed out waiting for ${what}; the screen:\n${rows.join('\n')}`);
				await sleep(20);
			}
		},
		kill: signal => child.kill(signal),
		exited,
	};
}

function rowsOf(term: xterm.Terminal): string[] {
	const buffer = term.buffer.active;
	return Array.from({length: term.rows}, (_, row) => (buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '').trimEnd());
}

/** The visible rows after a terminal of this size is sent `output`. */
export async function screenOf(output: string, columns: number, rows: number): Promise<string[]> {
	const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	await new Promise<void>(resolve => term.write(output, resolve));
	return rowsOf(term);
}

/** The last of a pair of terminal modes the program set, e.g. cursor shown (`?25h`) or hidden (`?25l`). */
export function lastMode(output: string, mode: string): 'h' | 'l' | undefined {
	const all = [...output.matchAll(new RegExp(`\\x1b\\[\\?${mode}([hl])`, 'g'))];
	return all.at(-1)?.[1] as 'h' | 'l' | undefined;
}
