// The terminal, taken over for the full-screen reader (alternate screen, raw keys) and always given
// back: on q, Ctrl-C, any signal that ends the program, and on an error. Opened before the reader loads, so that the
// first frame can be drawn while it does.
import {openSync} from 'node:fs';
import {constants} from 'node:os';
import tty from 'node:tty';
import {printable} from '../core/sanitize.js';

// Ink 6.8 has no alternate-screen option. Ink draws from the cursor, so start at the top left.
const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h\x1b[H';
const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
// Every signal whose default is to end the program and that Node lets us catch. Not SIGUSR1 (Node's
// inspector), SIGPROF (V8's profiler ticks with it: caught, it ends a profiled run), SIGPIPE (Node
// ignores it), nor SIGSEGV, SIGBUS, SIGFPE and SIGILL: after a real fault no JavaScript may run. SIGKILL cannot be caught at all: the README tells how to recover (`reset`).
const TERMINATING = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR2', 'SIGALRM', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGTRAP', 'SIGABRT', 'SIGSYS', 'SIGIO', 'SIGPWR', 'SIGSTKFLT'] as const;
const SIGNALS = TERMINATING.filter(signal => signal in constants.signals);

export interface TerminalSession {
	/** Where keys come from: standard input, or the terminal itself when the article is piped in. */
	stdin: tty.ReadStream;
	stdout: NodeJS.WriteStream;
	/** Runs before the terminal is given back (the reader unmounts Ink there). */
	beforeRestore(cleanup: () => void): void;
	/** Gives the terminal back; later calls do nothing. */
	close(): void;
}

// With the article piped in (`cat story.txt | news-tui -`), keys still come from the terminal.
function openKeyboard(): tty.ReadStream {
	if (process.stdin.isTTY) return process.stdin as tty.ReadStream;
	try {
		return new tty.ReadStream(openSync('/dev/tty', 'r'));
	} catch {
		throw new Error('no terminal to read keys from: standard input is not a terminal and /dev/tty cannot be opened');
	}
}

export function openTerminalSession(): TerminalSession {
	const stdin = openKeyboard();
	const stdout = process.stdout;
	const cleanups: Array<() => void> = [];
	let restored = false;
	const restore = (): void => {
		if (restored) return;
		restored = true;
		for (const cleanup of cleanups) cleanup();
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
		process.stderr.write(`news-tui: ${printable(error instanceof Error ? error.message : String(error))}\n`);
		process.exit(1);
	};
	for (const signal of SIGNALS) process.once(signal, onSignal);
	process.once('uncaughtException', onCrash);
	process.once('unhandledRejection', onCrash);

	stdout.write(ENTER_ALTERNATE_SCREEN);
	// Raw from the start: Ink turns it on only when its input hook subscribes, a moment after its
	// first frame, and a Ctrl-C before that would reach us as SIGINT instead of as the quit key.
	if (stdin.isTTY) stdin.setRawMode(true);
	return {
		stdin,
		stdout,
		beforeRestore: cleanup => cleanups.push(cleanup),
		close: () => {
			restore();
			for (const signal of SIGNALS) process.off(signal, onSignal);
			process.off('uncaughtException', onCrash);
			process.off('unhandledRejection', onCrash);
		},
	};
}
