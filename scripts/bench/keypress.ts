// Keypress cost: milliseconds from a key to its frame in the reader (reducer, React, Ink's layout and
// output), on the seed, on a Hindi article (every line measured character by character) and on a
// 10,000-line article; only visible lines are drawn, so all should cost about the same. Also the
// one-off cost of wrapping the long article. Rendering is unthrottled here (as in the component
// tests) so the figure is the work done, not Ink's 30 fps frame pacing.
import {register} from 'node:module';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {inShared} from '../shared-folder.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const hindi = inShared('corpus', 'wikinews', '2020', '098.txt');
const PRESSES = 300;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** An article whose body wraps to at least 10,000 lines at 78 columns. */
function longArticle(): Article {
	const sentence = 'The minister said on Sunday that “talks will go on” despite the sanctions, according to the agency. ';
	const paragraphs = Array.from({length: 2500}, (_, index) => `${index + 1}. ${sentence.repeat(3)}`.trim());
	return {file: 'long.txt', title: 'A very long article', paragraphs: ['A very long article', ...paragraphs]};
}

/** Ink measures text with our display width, as in the bundle (scripts/build.mjs aliases string-width). */
function measureAsTheBundle(): void {
	const ours = pathToFileURL(path.join(root, 'source', 'core', 'display-width.ts')).href;
	const hook = `export const resolve = (specifier, context, next) =>
		next(specifier === 'string-width' ? ${JSON.stringify(ours)} : specifier, context);`;
	register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

export default async function keypressBench(): Promise<void> {
	// React's production build, as the bundle uses; it is chosen when React is first imported.
	process.env['NODE_ENV'] = 'production';
	measureAsTheBundle();
	const [{createElement}, {render}, {App}, {layoutArticle}] = await Promise.all([
		import('react'),
		import('ink-testing-library'),
		import('../../source/app.js'),
		import('../../source/core/layout.js'),
	]);
	const loaded = loadPaths([path.join(root, 'seeds'), hindi], () => new Uint8Array());
	if (!loaded.ok) throw new Error(loaded.error);
	const long = longArticle();

	const wrapStart = performance.now();
	const lines = layoutArticle(long, 78).lines.length;
	console.log(`wrapping the long article once at 78 columns: ${(performance.now() - wrapStart).toFixed(0)} ms (${lines} lines)`);

	// Each is opened a few lines down (off the top, so j and k both move): 2020/098 where the screen is mostly Hindi.
	for (const [name, article, down] of [
		['seed', loaded.articles[0]!, 10],
		['Hindi (2020/098)', loaded.articles[1]!, 60],
		[`${lines}-line article`, long, 10],
	] as const) {
		const app = render(createElement(App, {articles: [article], color: true}));
		Object.defineProperty(app.stdout, 'rows', {value: 24, configurable: true});
		Object.defineProperty(app.stdout, 'columns', {value: 80, configurable: true});
		app.stdout.emit('resize');
		await sleep(100);
		app.stdin.write('j'.repeat(down));
		await sleep(50);
		const times: number[] = [];
		// CPU time too: on a busy machine it varies less than the wall clock.
		const cpuStart = process.cpuUsage();
		for (let press = 0; press < PRESSES; press++) {
			const frames = app.frames.length;
			const start = performance.now();
			app.stdin.write(press % 2 === 0 ? 'j' : 'k');
			while (app.frames.length === frames) await new Promise(resolve => setImmediate(resolve));
			times.push(performance.now() - start);
		}
		const cpu = process.cpuUsage(cpuStart);
		app.unmount();
		times.sort((a, b) => a - b);
		const at = (fraction: number) => times[Math.floor(fraction * (times.length - 1))]!.toFixed(2);
		const cpuMs = ((cpu.user + cpu.system) / 1000 / PRESSES).toFixed(2);
		console.log(`${name}: ${at(0.5)} ms per keypress (median of ${PRESSES}; p90 ${at(0.9)} ms; CPU ${cpuMs} ms) at 80x24`);
	}
}
