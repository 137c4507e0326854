// Hostile input: a 50 MB article in the real reader (a pseudo-terminal), its first frame and how long
// keys take while it is still being laid out and its quotes found (target: keys within 100 ms), and
// the core's costs at 12.5, 25 and 50 MB (1x, 2x, 4x), which should grow linearly. The articles are
// generated here from the seed's paragraphs and removed afterwards. Needs a build (`npm run build`).
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {spawn} from 'node-pty';
import {layoutArticle, layoutMore} from '../../source/core/layout.js';
import {loadPaths} from '../../source/core/load.js';
import {cli, FRAME_END, readerEnv, root, statusKilobytes} from '../pty-reader.js';

const seed = path.join(root, 'seeds', '000_a28becac22cdf2d7.txt');
const MB = 1_000_000;

/** An article of about `megabytes` MB: the seed's body paragraphs over and over, numbered so none repeats exactly. */
function writeArticle(folder: string, megabytes: number): string {
	const paragraphs = readFileSync(seed, 'utf8').split(/\n+/).filter(Boolean).slice(1);
	const parts = ['A very large article'];
	let size = 0;
	for (let index = 0; size < megabytes * MB; index++) {
		const paragraph = `${index + 1}. ${paragraphs[index % paragraphs.length]!}`;
		parts.push(paragraph);
		size += paragraph.length + 2;
	}
	const file = path.join(folder, `${megabytes}mb.txt`);
	writeFileSync(file, parts.join('\n\n'));
	return file;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const median = (values: number[]): number => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface ReaderTimes {
	firstFrame: number;
	keys: Array<{key: string; ms: number}>;
	quit: number;
	rssMb: number;
}

/** Starts the reader on `file`, waits for its first frame, then times keys to their frames and `q` to the exit. */
function timeReader(file: string, cache: string, presses: string[]): Promise<ReaderTimes> {
	return new Promise((resolve, reject) => {
		const env = readerEnv({XDG_CACHE_HOME: cache});
		const started = performance.now();
		const child = spawn(process.execPath, [cli, file], {cols: 80, rows: 24, cwd: root, env});
		const timeout = setTimeout(() => child.kill('SIGKILL'), 120_000);
		let output = '';
		let waiting: ((at: number) => void) | undefined;
		child.onData(data => {
			output += data;
			if (waiting && data.includes(FRAME_END)) {
				const resolveFrame = waiting;
				waiting = undefined;
				resolveFrame(performance.now());
			}
		});
		const nextFrame = () => new Promise<number>(done => (waiting = done));
		let exitedAt = 0;
		const exited = new Promise<void>(done =>
			child.onExit(() => {
				exitedAt = performance.now();
				clearTimeout(timeout);
				done();
			}),
		);
		const run = async (): Promise<ReaderTimes> => {
			const firstFrame = (await nextFrame()) - started;
			const rss = () => statusKilobytes(child.pid, 'VmRSS') / 1024;
			const keys: ReaderTimes['keys'] = [];
			// Keys straight after the first frame: the layout and the quotes are still being worked out.
			// Each changes the screen, so each is answered by a frame.
			for (const key of presses) {
				const frame = nextFrame();
				const pressed = performance.now();
				child.write(key);
				keys.push({key: key === ' ' ? 'space' : key, ms: (await frame) - pressed});
				await sleep(150);
			}
			const rssMb = rss();
			const pressed = performance.now();
			child.write('q');
			await exited;
			return {firstFrame, keys, quit: exitedAt - pressed, rssMb};
		};
		run().then(resolve, error => {
			child.kill('SIGKILL');
			reject(new Error(`${error}\n${output.slice(-2000)}`));
		});
	});
}

function timeCore(file: string): {load: number; first: number; layout: number; lines: number} {
	let start = performance.now();
	const loaded = loadPaths([file]);
	if (!loaded.ok) throw new Error(loaded.error);
	const load = performance.now() - start;
	const article = loaded.articles[0]!;
	start = performance.now();
	const layout = layoutArticle(article, 78);
	const first = performance.now() - start;
	while (layoutMore(article, layout, {})) {
		// to the end
	}
	return {load, first, layout: performance.now() - start, lines: layout.lines.length};
}

export default async function hostileBench(): Promise<void> {
	if (!existsSync(cli)) {
		console.log('dist/cli.js is missing: run `npm run build` first');
		return;
	}
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-hostile-'));
	try {
		const files = [12.5, 25, 50].map(size => writeArticle(folder, size));
		const base = timeCore(files[0]!);
		for (const [index, file] of files.entries()) {
			const times = index === 0 ? base : timeCore(file);
			const scale = 2 ** index;
			const ratio = (value: number, of: number) => `${(value / of).toFixed(2)}x`;
			console.log(
				`${scale}x (${path.basename(file)}): load ${times.load.toFixed(0)} ms (${ratio(times.load, base.load)}), ` +
					`first screens laid out ${times.first.toFixed(1)} ms, all ${times.lines} lines ${times.layout.toFixed(0)} ms (${ratio(times.layout, base.layout)})`,
			);
		}
		const cache = path.join(folder, 'cache');
		// The same keys on the seed, in the same run: on a shared machine the difference is what the long article costs.
		const small = await timeReader(seed, cache, ['j', 'k', 'j', 'k', 'j', 'k', 'j', 'k']);
		const reader = await timeReader(files[2]!, cache, ['j', 'k', 'j', 'k', 'j', 'k', 'j', 'k', ' ', ' ', 'G', 'g', 'j', ' ', 'k', 'G', 'g']);
		const summary = (times: ReaderTimes): string => {
			const ms = times.keys.map(key => key.ms);
			return `median ${median(ms).toFixed(0)} ms, worst ${ms.reduce((most, value) => Math.max(most, value), 0).toFixed(0)} ms`;
		};
		console.log(`50 MB article in the reader at 80x24: first frame ${reader.firstFrame.toFixed(0)} ms (the seed: ${small.firstFrame.toFixed(0)} ms)`);
		console.log(`  keys while it is laid out and its quotes found: ${summary(reader)}; target <= 100 ms`);
		console.log(`    ${reader.keys.map(key => `${key.key} ${key.ms.toFixed(0)}`).join(', ')}`);
		console.log(`  the same keys on the seed, this run: ${summary(small)}`);
		console.log(`  q to exit: ${reader.quit.toFixed(0)} ms (the seed: ${small.quit.toFixed(0)} ms); resident memory before q: ${reader.rssMb.toFixed(0)} MB`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
