#!/usr/bin/env node
// The command line: flags and help, the non-terminal faces (plain text, --quotes, --search, JSON),
// and otherwise the full-screen reader. Heavy parts are imported only on the path that needs them.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import packageJson from '../package.json' with {type: 'json'};
import {loadCachedBundle} from './cached-bundle.js';
import {limitHeapGrowth} from './heap-policy.js';
import {toJson} from './core/json.js';
import type {Subscription} from './core/store/subscriptions.js';
import {articleJson, fetchFullText, loadInputs, withFullText} from './core/sources/index.js';
import {articlesAsText} from './core/plain-text.js';
import {printable} from './core/sanitize.js';
import {nearestOption} from './nearest-option.js';

limitHeapGrowth();

const HELP = `
	Usage
	  $ news-tui [PATH|URL ...]

	  PATH is an article file, a folder (every article below it), or - for
	  standard input: plain text, web pages, feeds (RSS, RDF, Atom, JSON Feed)
	  or Markdown. URL is an http(s) address of a feed, a page or a text.
	  With no PATH the bundled seed articles open.

	Options
	  --quotes          Print every article's speakers and quotes, then exit
	  --people          Print everyone quoted across the articles, one entry
	                    per person, most quoted first, then exit
	  --search QUERY    Open the reader with this search done; piped or with
	                    --json, print the ranked matches and exit
	  --json            With --quotes, --people or --search (or alone), print JSON
	  --full            Fetch the full article of feed items that carry only
	                    a summary, before printing
	  --feeds           Read the subscribed feeds (from the cache at once,
	                    refreshed in the background)
	  --starred         Read the starred articles (* stars one in the reader)
	  --subscribe URL…  Subscribe to feeds (each is fetched to check it)
	  --unsubscribe URL|TITLE
	                    Stop following a feed
	  --import FILE     Subscribe to the feeds of an OPML export (newsboat,
	                    Feedly, Inoreader, Miniflux…); folders are kept
	  --export          Print the subscriptions as OPML 2.0
	  --refresh         Fetch every subscription, one line per feed (for cron)
	  -h, --help        Show this help
	  -v, -V, --version Show the version

	In the reader press ? for the keys.

	Examples
	  $ news-tui ~/news
	  $ news-tui https://feeds.bbci.co.uk/news/rss.xml
	  $ curl -s https://example.com/story.txt | news-tui -
	  $ news-tui --quotes --json story.txt
	  $ news-tui --people ~/news
	  $ news-tui --search lavrof --json
`;

const fail = (message: string, code: number): never => {
	process.stderr.write(`news-tui: ${printable(message)}\n`);
	process.exit(code);
};

// A reader that closed the pipe early (`| head`) is not an error.
process.stdout.on('error', error => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
	fail(error.message, 1);
});

// Options as typed, checked before meow, which would camel-case (`--search-foo` to `searchFoo`),
// quietly take `--JSON` for no option at all, and fail a repeated one with its own wording.
const OPTIONS = new Set(['quotes', 'people', 'search', 'json', 'full', 'help', 'version', 'feeds', 'starred', 'subscribe', 'unsubscribe', 'import', 'export', 'refresh']);
const TAKES_VALUE = new Set(['search', 'unsubscribe', 'import']);
const SHORT_OPTIONS: Record<string, string> = {'-h': '--help', '-v': '--version', '-V': '--version'};

function unknownOption(typed: string): string {
	const meant = nearestOption(typed.replace(/^-+/, ''), OPTIONS);
	return `unknown option ${typed}${meant ? `: did you mean --${meant}?` : ''} (see --help)`;
}

function checkOptions(argv: string[]): string[] {
	const seen = new Set<string>();
	const checked: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		// After `--` everything is a path, even a name starting with a dash.
		if (argv[index] === '--') return [...checked, ...argv.slice(index)];
		const option = SHORT_OPTIONS[argv[index]!] ?? argv[index]!;
		checked.push(option);
		if (option === '-' || !option.startsWith('-')) continue;
		const [name, value] = option.startsWith('--') ? option.slice(2).split(/=(.*)/s) : [option];
		if (!OPTIONS.has(name!)) fail(unknownOption(option.startsWith('--') ? `--${name}` : option), 2);
		if (seen.has(name!)) fail(`--${name} can be given only once`, 2);
		seen.add(name!);
		// Joined, so that `--search -x` searches for "-x".
		if (TAKES_VALUE.has(name!) && value === undefined && index + 1 < argv.length) checked[checked.length - 1] = `--${name}=${argv[++index]}`;
	}
	return checked;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = path.join(here, '..', 'seeds');

interface CommandLine {
	input: string[];
	quotes: boolean;
	people: boolean;
	search?: string;
	json: boolean;
	full: boolean;
	feeds?: boolean;
	starred?: boolean;
	subscribe?: boolean;
	unsubscribe?: string;
	import?: string;
	export?: boolean;
	refresh?: boolean;
}

// Most starts name only paths, or nothing: those need no option parsing, and loading meow (with the
// package-data helpers bundled into it) costs ~50 ms, a fifth of the reader's start-up.
async function parseCommandLine(argv: string[]): Promise<CommandLine> {
	if (argv.every(arg => arg === '-' || !arg.startsWith('-'))) return {input: argv, quotes: false, people: false, json: false, full: false};
	const checked = checkOptions(argv);
	const {default: meow} = await import('meow');
	const cli = meow(HELP, {
		importMeta: import.meta,
		argv: checked,
		// Given, not looked up: meow would otherwise walk the disk for package.json at every start.
		pkg: {name: packageJson.name, version: packageJson.version},
		// checkOptions has reported any as one `news-tui:` line, like every other usage error.
		allowUnknownFlags: true,
		flags: {
			quotes: {type: 'boolean', default: false},
			people: {type: 'boolean', default: false},
			search: {type: 'string'},
			json: {type: 'boolean', default: false},
			full: {type: 'boolean', default: false},
			feeds: {type: 'boolean'},
			starred: {type: 'boolean'},
			subscribe: {type: 'boolean'},
			unsubscribe: {type: 'string'},
			import: {type: 'string'},
			export: {type: 'boolean'},
			refresh: {type: 'boolean'},
		},
	});
	return {input: cli.input, ...cli.flags};
}

async function main(): Promise<void> {
	const commandLine = await parseCommandLine(process.argv.slice(2));
	const {input, quotes, people, search, json, full} = commandLine;
	if (search !== undefined && search.trim() === '') fail('--search needs a query', 2);
	const faces = [quotes && '--quotes', people && '--people', search !== undefined && '--search'].filter(Boolean);
	if (faces.length > 1) fail(`${faces.join(' and ')} cannot be used together`, 2);
	if (input.filter(given => given === '-').length > 1) fail('standard input (-) can be named only once', 2);
	const following = (['feeds', 'starred', 'subscribe', 'unsubscribe', 'import', 'export', 'refresh'] as const).filter(flag => commandLine[flag] !== undefined && commandLine[flag] !== false);
	if (following.length > 1) fail(`--${following[0]} and --${following[1]} cannot be used together`, 2);
	const command = following[0];
	if (command && command !== 'feeds' && command !== 'subscribe' && input.length > 0) fail(`--${command} takes no paths`, 2);
	if (command && command !== 'feeds' && command !== 'starred' && (quotes || people || search !== undefined || json)) fail(`--${command} cannot be used with --quotes, --people, --search or --json`, 2);
	if (command === 'subscribe' && input.length === 0) fail('--subscribe needs the address of a feed', 2);
	if (command && command !== 'feeds' && command !== 'starred') {
		const {followCommand} = await import('./follow.js');
		const outcome = await followCommand(command, commandLine);
		if (!outcome.ok) return fail(outcome.error, 1);
		for (const notice of outcome.notices) process.stderr.write(`news-tui: ${printable(notice)}\n`);
		// Feed titles and addresses are the feeds' words: through the sanitiser, as every line printed (the OPML of --export too).
		if (outcome.lines.length > 0) process.stdout.write(outcome.lines.join('\n').split('\n').map(printable).join('\n') + '\n');
		process.exitCode = outcome.exitCode ?? 0;
		return;
	}

	const follow = command ? await import('./follow.js') : undefined;
	const loaded = follow ? follow.followedArticles(command!) : await loadInputs(input.length > 0 ? input : [seeds]);
	if (!loaded.ok) return fail(loaded.error, 1);
	// The reader refreshes the feeds behind it, or before it when nothing is cached yet; the faces
	// for scripts read the cache as it is (--refresh fills it).
	const reading = process.stdout.isTTY && !quotes && !people && !json;
	let subscriptions = reading ? (loaded as {subscriptions?: readonly Subscription[]}).subscriptions : undefined;
	let opened = loaded;
	if (subscriptions && loaded.articles.length === 0) {
		process.stderr.write(`news-tui: nothing cached yet: fetching ${subscriptions.length} feed${subscriptions.length === 1 ? '' : 's'}…\n`);
		opened = {ok: true, ...(await follow!.refreshedFeedArticles(subscriptions))};
		subscriptions = undefined;
	}
	if (opened.articles.length === 0) return fail('no items cached yet (news-tui --refresh fetches them)', 1);
	const {articles, notices} = full ? await withFullText(opened.articles, opened.notices) : opened;
	for (const notice of notices) process.stderr.write(`news-tui: ${printable(notice)}\n`);

	if (quotes) {
		const {quotesReport} = await import('./core/quotes/report.js');
		process.stdout.write(quotesReport(articles, json ? 'json' : 'text'));
		return;
	}
	if (people) {
		const {peopleReport} = await import('./core/people/report.js');
		process.stdout.write(peopleReport(articles, json ? 'json' : 'text'));
		return;
	}
	if (search !== undefined && (json || !process.stdout.isTTY)) {
		const {searchReport} = await import('./core/search/report.js');
		process.stdout.write(searchReport(articles, search, json ? 'json' : 'text'));
		return;
	}
	if (json) {
		process.stdout.write(toJson({articles: articles.map(articleJson)}) + '\n');
		return;
	}
	if (!process.stdout.isTTY) {
		process.stdout.write(articlesAsText(articles));
		return;
	}
	// A person at a terminal wants the reader even where CI is set in their shell; Ink reads
	// CI (and CONTINUOUS_INTEGRATION) when it is first imported, so clear them before the reader (and Ink) load.
	delete process.env['CI'];
	delete process.env['CONTINUOUS_INTEGRATION'];
	const color = !process.env['NO_COLOR'];
	// Standard input cannot be opened again: a reader of it alone remembers nothing.
	const names = command ? [`--${command}`] : input.length > 0 ? input.map(given => (given === '-' ? given : path.resolve(given))) : [seeds];
	const {openMemory} = await import('./core/store/memory.js');
	const memory = input.length === 1 && input[0] === '-' ? undefined : openMemory(names);
	const remembered = memory?.remember(articles);
	for (const notice of memory?.notices ?? []) process.stderr.write(`news-tui: ${printable(notice)}\n`);
	const problems: string[] = [];
	const [{openTerminalSession}, {firstFrame}] = await Promise.all([import('./ui/terminal-session.js'), import('./ui/first-frame.js')]);
	const session = openTerminalSession();
	try {
		// The first frame goes to the screen while the reader (React and Ink) loads; with --search
		// the first frame is the search's results, which need the reader.
		const {columns, rows} = session.stdout;
		const painted = search === undefined ? {columns, rows} : undefined;
		if (painted) session.stdout.write(firstFrame(articles, columns, rows, color, remembered));
		// The build puts the reader (source/ui/run-reader.tsx) beside this file as a CommonJS bundle.
		const reader = loadCachedBundle<typeof import('./ui/run-reader.js')>(path.join(here, 'reader.cjs'));
		await reader.exports.runReader(articles, session, {
			search,
			color,
			painted,
			fetchFullText: async (item, signal) => {
				const read = await fetchFullText(item, {signal});
				if (read.ok && follow) {
					try {
						follow.cacheFullText(item, read.value);
					} catch (error) {
						problems.push(`could not keep the full article in the cache: ${(error as Error).message}`);
					}
				}
				return read;
			},
			refreshFeeds: subscriptions && follow!.feedRefresher(subscriptions),
			onSettled: reader.saveCache,
			memory,
			remembered,
			onProblem: line => problems.push(line),
			quotesWorker: path.join(here, 'quotes-worker.cjs'),
		});
	} finally {
		session.close();
		for (const line of new Set(problems)) process.stderr.write(`news-tui: ${printable(line)}\n`);
	}
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
