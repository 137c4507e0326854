// Start-up: time from launch to the first full frame of the reader on the seed, in a pseudo-terminal,
// beside a bare Ink 6.8 "hello" app measured in the same run, and to Ink's first frame, from which
// on keys are handled, and to the panel filled with the seed's speakers. Median of several alternating runs.
// Target: <= 200 ms and <= 0.33x the bare app. Needs a build (`npm run build`).
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {spawn} from 'node-pty';
import {cli, FRAME_END, readerEnv, root} from '../pty-reader.js';

const RUNS = 9;

// The smallest Ink app, unbundled as a template project would run it; it imports Ink and React
// from this project's node_modules so both measure the same versions.
function writeBareApp(folder: string): string {
	const require = createRequire(path.join(root, 'package.json'));
	const url = (name: string) => pathToFileURL(require.resolve(name)).href;
	const file = path.join(folder, 'hello.mjs');
	writeFileSync(
		file,
		`import {createElement} from '${url('react')}';\nimport {render, Text} from '${url('ink')}';\nrender(createElement(Text, null, 'hello from ink'));\n`,
	);
	return file;
}

/**
 * Milliseconds from spawning to the first output containing each of `markers`, in order; then the
 * program is ended.
 */
function timesToMarkers(args: string[], markers: string[], extraEnv: Record<string, string> = {}, columns = 80): Promise<number[]> {
	return new Promise((resolve, reject) => {
		const env = readerEnv(extraEnv);
		const started = performance.now();
		const child = spawn(process.execPath, args, {cols: columns, rows: 24, cwd: root, env});
		let output = '';
		let from = 0;
		const took: number[] = [];
		const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
		child.onData(data => {
			if (took.length === markers.length) return;
			output += data;
			for (let at = output.indexOf(markers[took.length]!, from); at >= 0; at = output.indexOf(markers[took.length]!, from)) {
				took.push(performance.now() - started);
				from = at + markers[took.length - 1]!.length;
				if (took.length === markers.length) {
					child.write('q');
					setTimeout(() => child.kill(), 200);
					return;
				}
			}
		});
		child.onExit(() => {
			clearTimeout(timeout);
			if (took.length < markers.length) reject(new Error(`${args.join(' ')} never showed ${JSON.stringify(markers[took.length])}:\n${output}`));
			else resolve(took);
		});
	});
}

const median = (values: number[]): number => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export default async function startupBench(): Promise<void> {
	if (!existsSync(cli)) {
		console.log('dist/cli.js is missing: run `npm run build` first');
		return;
	}
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-bench-'));
	try {
		const bare = writeBareApp(folder);
		const floor = path.join(folder, 'nothing.mjs');
		writeFileSync(floor, "process.stdout.write('started');\n");
		// The reader keeps V8's compiled code in the user's cache folder; the bench has its own.
		const cache = {XDG_CACHE_HOME: path.join(folder, 'cache')};
		// The reader paints its first frame before Ink loads; Ink's own first frame (in synchronized
		// output) follows, and from then on keys are handled.
		const readerMarkers = ['? help', FRAME_END];
		const [firstPainted, firstInk] = await timesToMarkers([cli], readerMarkers, cache);
		const painted: number[] = [];
		const ink: number[] = [];
		const panel: number[] = [];
		const hello: number[] = [];
		const node: number[] = [];
		// Alternating runs share whatever else the machine is doing.
		for (let run = 0; run < RUNS; run++) {
			const [frame, inkFrame] = await timesToMarkers([cli], readerMarkers, cache);
			painted.push(frame!);
			ink.push(inkFrame!);
			// The panel stands beside the text from 100 columns: it fills once the seed's quotes are
			// found (the language model built first).
			panel.push((await timesToMarkers([cli], ['Speakers 3'], cache, 120))[0]!);
			hello.push((await timesToMarkers([bare], ['hello from ink']))[0]!);
			node.push((await timesToMarkers([floor], ['started']))[0]!);
		}
		const ours = median(painted);
		const theirs = median(hello);
		console.log(`first full frame on the seed: median ${ours.toFixed(0)} ms of ${RUNS} (min ${Math.min(...painted).toFixed(0)}); target <= 200 ms`);
		console.log(`  Ink's first frame over it, keys live: median ${median(ink).toFixed(0)} ms (min ${Math.min(...ink).toFixed(0)})`);
		console.log(`  the panel filled with the seed's speakers: median ${median(panel).toFixed(0)} ms (min ${Math.min(...panel).toFixed(0)}); target <= 250 ms`);
		console.log(`  the very first start, before V8's code cache is written: ${firstPainted!.toFixed(0)} ms, Ink's frame ${firstInk!.toFixed(0)} ms`);
		console.log(`bare Ink 6.8 "hello" (unbundled): median ${theirs.toFixed(0)} ms (min ${Math.min(...hello).toFixed(0)})`);
		console.log(`ratio: ${(ours / theirs).toFixed(2)}x the bare app; target <= 0.33x`);
		// The floor no program goes under here; NODE_EXTRA_CA_CERTS, if set, makes Node parse a certificate bundle first.
		const certs = process.env['NODE_EXTRA_CA_CERTS'] ? ` (NODE_EXTRA_CA_CERTS is set: ${process.env['NODE_EXTRA_CA_CERTS']})` : '';
		console.log(`node starting and printing one word: median ${median(node).toFixed(0)} ms (min ${Math.min(...node).toFixed(0)})${certs}`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
