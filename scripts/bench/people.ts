// People at scale: the Wikinews corpus replicated to 10,000 articles in a temporary folder, read as
// the reader reads it — the search index in slices, then every article's quotes in slices, each
// given to the search's speakers and to the people — then the people settled and their filter
// built (target <= 3 s after the search index), opening the view, each keystroke of its filter and
// a person's quote list, drawn with Ink as the reader draws them (target <= 16 ms each), and memory.
// Quotes are extracted once per distinct text and copied for each replica (extraction has its own
// bench, and takes minutes at this size on a busy machine); the copies are as many objects as the
// reader would hold. Each figure gives the wall time and the CPU time (what the code costs when
// other processes share the cores).
import {rmSync} from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {PeopleBuilder, peopleFilter} from '../../source/core/people/index.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import type {ArticleQuotes} from '../../source/core/quotes/types.js';
import {addSpeakersInSlices, buildSearchIndexInSlices} from '../../source/core/search/index.js';
import {initialPeople, openPeople, reducePeople, type PeopleAction, type PeopleState} from '../../source/state/people.js';
import {replicateCorpus} from '../replicate-corpus.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const COUNT = 10_000;
const TYPED = ['pelossi', 'boris johnson', 'world health', 'trump', 'officials'];
// The reader's screen at 80x24 and at 160x48, less the status line and the last row.
const SCREENS = [
	{width: 79, height: 22},
	{width: 159, height: 46},
];

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;
const percentile = (values: number[], share: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;

interface Timed<T> {
	result: T;
	ms: number;
	cpuMs: number;
}

function timed<T>(run: () => T): Timed<T> {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const result = run();
	const ms = performance.now() - started;
	const {user, system} = process.cpuUsage(cpu);
	return {result, ms, cpuMs: (user + system) / 1000};
}

const both = ({ms: wall, cpuMs}: {ms: number; cpuMs: number}): string => `${ms(wall)} (CPU ${ms(cpuMs)})`;
const spread = (times: Array<{ms: number; cpuMs: number}>): string => {
	const wall = times.map(time => time.ms);
	const cpu = times.map(time => time.cpuMs);
	return `median ${ms(percentile(wall, 0.5))} (CPU ${ms(percentile(cpu, 0.5))}), p95 ${ms(percentile(wall, 0.95))} (CPU ${ms(percentile(cpu, 0.95))})`;
};
const ROUNDS = 5;
/** The median run of several (by CPU time): one run is at the mercy of a collection or a busy core. */
function medianOf<T>(run: () => T): Timed<T> {
	const runs = Array.from({length: ROUNDS}, () => timed(run)).sort((a, b) => a.cpuMs - b.cpuMs);
	return runs[Math.floor(ROUNDS / 2)]!;
}

export default async function peopleBench(): Promise<void> {
	process.env['NODE_ENV'] = 'production';
	const [{createElement}, {Box, renderToString, Text}, {People}] = await Promise.all([import('react'), import('ink'), import('../../source/ui/People.js')]);
	const folder = replicateCorpus('people', COUNT);
	try {
		const loaded = loadPaths([folder], () => new Uint8Array());
		if (!loaded.ok) throw new Error(loaded.error);
		const articles: Article[] = loaded.articles;
		console.log(`Load average ${os.loadavg().map(load => load.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores: wall times include waiting for a core.`);

		const extracted = new Map<string, ArticleQuotes>();
		const quotesOf = (article: Article): ArticleQuotes => {
			const key = article.paragraphs.join('\n');
			let found = extracted.get(key);
			if (!found) extracted.set(key, (found = extractQuotes(article)));
			return structuredClone(found);
		};
		// As the reader does it: one pass over the quotes feeds the search's speakers and the people.
		const started = performance.now();
		const index = await buildSearchIndexInSlices(articles);
		const indexed = performance.now();
		const builder = new PeopleBuilder();
		let adding = 0;
		await addSpeakersInSlices(index, article => {
			const quotes = quotesOf(articles[article]!);
			adding -= process.cpuUsage().user;
			builder.add(article, articles[article]!, quotes);
			adding += process.cpuUsage().user;
			return quotes;
		});
		const speakersIn = performance.now();
		const settled = timed(() => builder.people());
		const filtered = timed(() => peopleFilter(settled.result.people));
		const {people} = settled.result;
		const quotes = people.reduce((sum, person) => sum + person.quotes, 0);
		console.log(`${COUNT} articles: ${people.length} people (${people.filter(person => !person.described).length} named), ${quotes} quotes`);
		console.log(`  search index in slices     ${ms(indexed - started)}; every article's speakers added ${ms(speakersIn - indexed)} (the search's and the people's, one pass; the people's part CPU ${ms(adding / 1000)})`);
		console.log(`  people ready after it      ${both({ms: settled.ms + filtered.ms, cpuMs: settled.cpuMs + filtered.cpuMs})}  (settling ${both(settled)}, filter ${both(filtered)}; target <= 3000 ms after the search index)`);

		const directory = {people, mentions: settled.result.mentions, filter: filtered.result, progress: 100};
		for (const size of SCREENS) {
			const draw = (state: PeopleState): string => renderToString(createElement(People, {state, articles, width: size.width, height: size.height + 1, color: true}), {columns: size.width + 1});
			const step = (state: PeopleState, action: PeopleAction): PeopleState => reducePeople(state, action, size);
			const base = step(initialPeople, {type: 'directory', directory});
			draw(openPeople(base, size)); // warm-up
			const opening = medianOf(() => draw(openPeople(base, size)));
			const keystrokes: Array<Timed<PeopleState>> = [];
			const filtering: Array<Timed<PeopleState>> = [];
			for (let round = 0; round < 3; round++) {
				for (const query of TYPED) {
					let state = openPeople(base, size);
					for (const text of query) {
						const before = state;
						// Each typed word's matches are kept once found: both figures start without them, as a first keystroke does.
						directory.filter.matched.clear();
						filtering.push(timed(() => step(before, {type: 'insert', text})));
						directory.filter.matched.clear();
						const typed = timed(() => {
							const next = step(before, {type: 'insert', text});
							draw(next);
							return next;
						});
						keystrokes.push(typed);
						state = typed.result;
					}
				}
			}
			const slowest = [...keystrokes].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 3).map(({result, cpuMs}) => `"${result.query}" ${cpuMs.toFixed(1)}`).join(', ');
			// The most quoted person has the longest list.
			const opened = medianOf(() => {
				const state = step(openPeople(base, size), {type: 'enter'});
				draw(state);
				return state;
			});
			const list = opened.result.list!;
			const paging = medianOf(() => {
				const state = step(opened.result, {type: 'page', by: 1});
				draw(state);
			});
			const screen = `${size.width + 1}x${size.height + 2}`;
			// What Ink itself takes to draw a screen of plain lines this size: the floor under every figure drawn.
			const plain = 'x'.repeat(size.width);
			const floor = medianOf(() => renderToString(createElement(Box, {flexDirection: 'column'}, ...Array.from({length: size.height}, (_, row) => createElement(Text, {key: row}, plain))), {columns: size.width + 1}));
			console.log(`  at ${screen}: opening the view ${both(opening)}; target <= 16 ms (Ink drawing a screen of plain lines: ${both(floor)})`);
			console.log(`  at ${screen}: filter keystroke, drawn: ${spread(keystrokes)}; the filtering alone ${spread(filtering)}; slowest by CPU ${slowest} ms (${keystrokes.length} keystrokes typing ${TYPED.map(query => `"${query}"`).join(', ')}, 3 rounds); target <= 16 ms`);
			console.log(`  at ${screen}: ${list.person.name}'s quote list (${list.person.quotes} quotes in ${list.person.articles.length} articles) ${both(opened)}, a page down in it ${both(paging)}; target <= 16 ms`);
		}
		collectGarbage();
		const memory = process.memoryUsage();
		console.log(`  memory with the articles, the index and its ${index.speakers.entries.length} speakers, and the people, in this process (which also keeps each distinct article's quotes)  RSS ${mb(memory.rss)}, heap ${mb(memory.heapUsed)}  (target <= 450 MB; the reader itself: reader-at-scale)`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
