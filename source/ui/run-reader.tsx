// Runs the full-screen reader in a terminal session: Ink draws the App and takes the keys until q.
// The entry of the reader bundle.
// First, so Yoga's WebAssembly compiles on another thread while the rest of the bundle loads.
import {yogaReady} from './yoga.js';
import {render} from 'ink';
import {App, type AppProps} from '../app.js';
import type {Article} from '../core/article.js';
import type {Memory, Remembered} from '../core/store/memory.js';
import {findQuotesInWorker, stopFindingQuotes} from '../state/article-quotes.js';
import type {TerminalSession} from './terminal-session.js';

const HOME = '\x1b[H';
const SETTLED_AFTER_MS = 2000;
const CLEAR = '\x1b[2J';

export interface ReaderOptions {
	/** Opens the reader with this search done: its results listed, to choose from. */
	search?: string;
	/** False under NO_COLOR. */
	color: boolean;
	/** The size the first frame was painted at while the reader loaded (first-frame.ts), if it was. */
	painted?: {columns: number; rows: number};
	/** Fetches a summary-only feed item's full article when it is opened. */
	fetchFullText?: AppProps['fetchFullText'];
	/** Called once the start is over: a while after Ink's first frame, or at the exit if that is sooner. */
	onSettled?: () => void;
	/** What the reader remembers of these articles (not for standard input alone), and what it remembered. */
	memory?: Memory;
	remembered?: Remembered;
	/** Told each problem saving the memory. */
	onProblem?: (line: string) => void;
	/** The built worker that finds long articles' quotes off the main thread. */
	quotesWorker?: string;
	/** Refreshes the subscriptions behind the reader (`--feeds`). */
	refreshFeeds?: AppProps['refreshFeeds'];
}

export async function runReader(articles: Article[], session: TerminalSession, options: ReaderOptions): Promise<void> {
	if (options.quotesWorker) findQuotesInWorker(options.quotesWorker);
	await yogaReady;
	const {stdin, stdout} = session;
	// Ink draws from the cursor, over the painted frame row for row; after a resize it would not cover it all.
	const {painted} = options;
	stdout.write(painted && painted.columns === stdout.columns && painted.rows === stdout.rows ? HOME : HOME + CLEAR);
	const instance = render(<App articles={articles} color={options.color} search={options.search} memory={options.memory} remembered={options.remembered} onProblem={options.onProblem} fetchFullText={options.fetchFullText} refreshFeeds={options.refreshFeeds} />, {stdin, stdout, exitOnCtrlC: false});
	session.beforeRestore(() => {
		instance.unmount();
		stopFindingQuotes();
	});
	// Ink draws the first frame within render(). Writing V8's code cache (tens of milliseconds, once
	// per build) waits past the keys pressed straight after it, or comes at the exit if that is sooner.
	let settled = false;
	const settle = () => {
		if (settled) return;
		settled = true;
		options.onSettled?.();
	};
	const timer = setTimeout(settle, SETTLED_AFTER_MS);
	await instance.waitUntilExit();
	clearTimeout(timer);
	settle();
}
