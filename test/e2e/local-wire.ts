// What the feed-following tests share: the local wire feed their server serves (newest item first,
// each linking to a story page on the same server) and the built program run without a terminal.
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cli = path.join(root, 'dist', 'cli.js');
/** A real article page, served as every story. */
export const articlePage = readFileSync(path.join(root, 'test', 'fixtures', 'sources', 'html', 'bbc-1', 'source.html'));

const item = (base: string, index: number) => `<item><title>Wire story ${index}</title><link>${base}/story/${index}</link><guid>${base}/story/${index}</guid>
  <pubDate>Thu, 0${index} Dec 2026 08:00:00 GMT</pubDate><description>Story ${index} in a sentence.</description></item>`;

/** The RSS of the `Local Wire` feed at `base` with stories `count` down to 1, each a one-sentence summary. */
export const wireFeed = (base: string, count: number): string =>
	`<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>${base}/</link>${Array.from({length: count}, (_, index) => item(base, count - index)).join('')}</channel></rss>`;

/** Runs the built program with `env` added, from a folder of no interest; its exit code and output. */
export const run = (args: string[], env: Record<string, string>) =>
	new Promise<{code: number; stdout: string; stderr: string}>(resolve => {
		execFile(process.execPath, [cli, ...args], {env: {...process.env, ...env}, cwd: tmpdir()}, (error, stdout, stderr) =>
			resolve({code: error ? ((error as {code?: number}).code ?? 1) : 0, stdout, stderr}),
		);
	});
