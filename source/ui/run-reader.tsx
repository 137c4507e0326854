// Runs the full-screen reader: takes the terminal over (alternate screen, raw keys) and always
// gives it back, on q, Ctrl-C, SIGTERM, SIGHUP and on an error. The entry of the reader bundle.
// First, so Yoga's WebAssembly compiles on another thread while the rest of the bundle loads.
import {yogaReady} from './yoga.js';
import {openSync} from 'node:fs';
import {constants} from 'node:os';
import tty from 'node:tty';
import {render} from 'ink';
import {App} from '../app.js';
import type {Article} from '../core/article.js';

// Ink 6.8 has no alternate-screen option. Ink draws from the cursor, so start at the top left.
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h\x1b[H';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

// With the article piped in (`cat story.txt | news-tui -`), keys still come from the terminal.
function openKeyboard(): tty.ReadStream {
	if (process.stdin.isTTY) return process.stdin as tty.ReadStream;
	try {
		return new tty.ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		throw new Error('no terminal to read keys from: standard input is not a terminal and /dev/tty cannot be opened');
	}
}

export interface ReaderOptions {
	/** Opens the reader with this search done: its results listed, to choose from. */
	search?: string;
	/** Called once the first frame is on the screen. */
	onFirstFrame?: () => void;
}

export async function runReader(articles: Article[], options: ReaderOptions): Promise<void> {
	const stdin = openKeyboard();
	const stdout = process.stdout;
	let instance: ReturnType<typeof render> | undefined;
	let restored = false;
	const restore = (): void => {
		if (restored) return;
		restored = true;
		instance?.unmount();
		if (stdin.isTTY) stdin.setRawMode(false);
		if (stdin !== process.stdin) stdin.destroy();
		stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
	};
	// Registered before Ink's own exit hooks, so the terminal is back before the process ends.
	const onSignal = (signal: NodeJS.Signals): void => {
		restore();
		process.exit(128 + constants.signals[signal]);
	};
	const onCrash = (error: unknown): void => {
		restore();
		process.stderr.write(`news-tui: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	};
	for (const signal of SIGNALS) process.once(signal, onSignal);
	process.once('uncaughtException', onCrash);
	process.once('unhandledRejection', onCrash);

	stdout.write(ENTER_ALTERNATE_SCREEN);
	// Raw before the first frame: Ink turns it on only when its input hook subscribes, a moment after
	// drawing, and a Ctrl-C in between would reach us as SIGINT instead of as the quit key.
	if (stdin.isTTY) stdin.setRawMode(true);
	try {
		await yogaReady;
		instance = render(<App articles={articles} color={!process.env['NO_COLOR']} search={options.search} />, {stdin, stdout, exitOnCtrlC: false});
		// Ink draws the first frame within render(); the callback waits for anything queued with it.
		if (options.onFirstFrame) setImmediate(options.onFirstFrame);
		await instance.waitUntilExit();
	} finally {
		restore();
		for (const signal of SIGNALS) process.off(signal, onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
	}
}
