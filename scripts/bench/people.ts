// People at scale: the Wikinews corpus replicated to 10,000 articles in a temporary folder, read as
// the reader reads it — the search index in slices, then every article's quotes in slices, each
// given to the search's speakers and to the people — then the people settled and their filter
// built (target <= 3 s after the search index), opening the view, each keystroke of its filter and
// a person's quote list, drawn with Ink as the reader draws them (target <= 16 ms each), and memory.
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {PeopleBuilder, peopleFilter} from '../../source/core/people/index.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {addSpeakersInSlices, buildSearchIndexInSlices} from '../../source/core/search/index.js';
import {initialPeople, openPeople, reducePeople, type PeopleAction, type PeopleState} from '../../source/state/people.js';
import {inShared} from '../shared-folder.js';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const COUNT = 10_000;
const TYPED = ['pelossi', 'boris johnson', 'world health', 'trump', 'officials'];
// The reader's screen at 80x24 and at 160x48, less the status line and the last row.
const SCREENS = [
	{width: 79, height: 22},
	{width: 159, height: 46},
];

function replicate(corpus: string, count: number): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'news-tui-people-'));
	const files = readdirSync(corpus, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && entry.name.endsWith('.txt'))
		.map(entry => path.join(entry.parentPath, entry.name))
		.sort();
	const texts = files.map(file => readFileSync(file));
	for (let i = 0; i < count; i++) writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), texts[i % texts.length]!);
	return folder;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;
const percentile = (values: number[], share: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]!;

function timed<T>(run: () => T): {result: T; ms: number} {
	const started = performance.now();
	const result = run();
	return {result, ms: performance.now() - started};
}

export default async function peopleBench(): Promise<void> {
	process.env['NODE_ENV'] = 'production';
	const [{createElement}, {renderToString}, {People}] = await Promise.all([import('react'), import('ink'), import('../../source/ui/People.js')]);
	const folder = replicate(inShared('corpus', 'wikinews'), COUNT);
	try {
		const loaded = loadPaths([folder], () => new Uint8Array());
		if (!loaded.ok) throw new Error(loaded.error);
		const articles: Article[] = loaded.articles;
		console.log(`Load average ${os.loadavg().map(load => load.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores: wall times include waiting for a core.`);

		// As the reader does it: one pass over the quotes feeds the search's speakers and the people.
		const started = performance.now();
		const index = await buildSearchIndexInSlices(articles);
		const indexed = performance.now();
		const builder = new PeopleBuilder();
		await addSpeakersInSlices(index, article => {
			const quotes = extractQuotes(articles[article]!);
			builder.add(article, articles[article]!, quotes);
			return quotes;
		});
		const speakersIn = performance.now();
		const settled = timed(() => builder.people());
		const filtered = timed(() => peopleFilter(settled.result.people));
		const {people} = settled.result;
		const quotes = people.reduce((sum, person) => sum + person.quotes, 0);
		console.log(`${COUNT} articles: ${people.length} people (${people.filter(person => !person.described).length} named), ${quotes} quotes`);
		console.log(`  search index in slices     ${ms(indexed - started)}; every article's quotes found and added ${ms(speakersIn - indexed)} (the search's speakers and the people, one pass)`);
		console.log(`  people ready after it      ${ms(settled.ms + filtered.ms)}  (settling ${ms(settled.ms)}, filter ${ms(filtered.ms)}; target <= 3000 ms after the search index)`);

		const directory = {people, mentions: settled.result.mentions, filter: filtered.result, progress: 100};
		for (const size of SCREENS) {
			const draw = (state: PeopleState): string => renderToString(createElement(People, {state, articles, width: size.width, height: size.height + 1, color: true}), {columns: size.width + 1});
			const step = (state: PeopleState, action: PeopleAction): PeopleState => reducePeople(state, action, size);
			const base = step(initialPeople, {type: 'directory', directory});
			draw(openPeople(base, size)); // warm-up
			const opening = timed(() => draw(openPeople(base, size)));
			const keystrokes: number[] = [];
			const slowest: Array<[string, number]> = [];
			for (const query of TYPED) {
				let state = openPeople(base, size);
				for (const text of query) {
					const {result, ms: took} = timed(() => {
						const next = step(state, {type: 'insert', text});
						draw(next);
						return next;
					});
					state = result;
					keystrokes.push(took);
					slowest.push([state.query, took]);
				}
			}
			slowest.sort((a, b) => b[1] - a[1]);
			// The most quoted person has the longest list.
			const opened = timed(() => {
				const state = step(openPeople(base, size), {type: 'enter'});
				draw(state);
				return state;
			});
			const list = opened.result.list!;
			const paging = timed(() => {
				let state = opened.result;
				for (let page = 0; page < 10; page++) state = step(state, {type: 'page', by: 1});
				draw(state);
			});
			console.log(`  at ${size.width + 1}x${size.height + 2}: opening the view ${ms(opening.ms)}; filter keystroke median ${ms(percentile(keystrokes, 0.5))}, p95 ${ms(percentile(keystrokes, 0.95))}, slowest ${slowest.slice(0, 3).map(([query, took]) => `"${query}" ${took.toFixed(1)}`).join(', ')} ms (${keystrokes.length} keystrokes typing ${TYPED.map(query => `"${query}"`).join(', ')}); target <= 16 ms`);
			console.log(`  at ${size.width + 1}x${size.height + 2}: ${list.person.name}'s quote list (${list.person.quotes} quotes in ${list.person.articles.length} articles) ${ms(opened.ms)}, ten pages down ${ms(paging.ms)}; target <= 16 ms`);
		}
		collectGarbage();
		const memory = process.memoryUsage();
		console.log(`  memory with the articles, the index and its ${index.speakers.entries.length} speakers, and the people  RSS ${mb(memory.rss)}, heap ${mb(memory.heapUsed)}  (target <= 450 MB)`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
