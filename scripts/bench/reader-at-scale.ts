// The real reader over 10,000 articles (the Wikinews corpus replicated), in a pseudo-terminal at
// 160x48: its first frame, the moment People has every article's speakers (the search index, then
// every article's quotes, found behind the reader), and its resident memory then and after a name
// search and a person's quote list (target <= 450 MB). The other benches at this size measure the
// parts inside one process that also times them; this is the memory a user's reader holds.
// Needs a build (`npm run build`) and ../shared.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {spawn} from 'node-pty';
import {cli, FRAME_END, readerEnv, root, statusKilobytes} from '../pty-reader.js';
import {replicateCorpus} from '../replicate-corpus.js';

const COUNT = 10_000;
const READY = /People · (\d+) people/u;
// Escape sequences, to read the frames' words.
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]/gu;

// The process's CPU time so far (user and system), in seconds: /proc/PID/stat counts it in ticks of 1/100 s.
const cpuSeconds = (pid: number): number => {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
};
const mb = (kb: number): string => `${Math.round(kb / 1024)} MB`;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export default async function readerAtScaleBench(): Promise<void> {
	if (!existsSync(cli)) {
		console.log('dist/cli.js is missing: run `npm run build` first');
		return;
	}
	const folder = replicateCorpus('reader', COUNT);
	const home = mkdtempSync(path.join(tmpdir(), 'news-tui-reader-home-'));
	try {
		const env = readerEnv(Object.fromEntries(['CONFIG', 'DATA', 'STATE', 'CACHE'].map(name => [`XDG_${name}_HOME`, path.join(home, name.toLowerCase())])));
		const started = performance.now();
		const child = spawn(process.execPath, [cli, folder], {cols: 160, rows: 48, cwd: root, env});
		const timeout = setTimeout(() => child.kill('SIGKILL'), 300_000);
		let output = '';
		let firstFrame = 0;
		child.onData(data => {
			output += data.replace(ESCAPES, '');
			if (!firstFrame && data.includes(FRAME_END)) firstFrame = performance.now() - started;
		});
		const exited = new Promise<void>(done => child.onExit(() => done()));
		const until = async (seen: () => boolean, what: string): Promise<void> => {
			while (!seen()) {
				if (performance.now() - started > 290_000) throw new Error(`no ${what} after ${Math.round((performance.now() - started) / 1000)} s: ${output.slice(-500)}`);
				await sleep(50);
			}
		};
		try {
			await until(() => firstFrame > 0, 'first frame');
			child.write('p');
			await until(() => READY.test(output), 'people');
			const ready = performance.now() - started;
			const cpu = cpuSeconds(child.pid);
			const people = READY.exec(output)![1];
			await sleep(500);
			const settled = statusKilobytes(child.pid, 'VmRSS');
			output = '';
			child.write('trump');
			await until(() => output.includes('Donald Trump'), 'filtered people');
			child.write('\r');
			await until(() => /quotes? in \d+ articles?/u.test(output), "a person's quotes");
			await sleep(500);
			const browsing = statusKilobytes(child.pid, 'VmRSS');
			const peak = statusKilobytes(child.pid, 'VmHWM');
			child.write('\x1b');
			await sleep(200);
			child.write('\x1b');
			await sleep(200);
			child.write('q');
			await exited;
			console.log(`${COUNT} articles in the reader at 160x48: first frame ${firstFrame.toFixed(0)} ms; People with all ${people} people ${(ready / 1000).toFixed(1)} s after launch (CPU ${cpu.toFixed(1)} s)`);
			console.log(`  resident memory: ${mb(settled)} with every article's speakers found, ${mb(browsing)} after filtering People and opening a person's quotes; peak ${mb(peak)}  (target <= 450 MB)`);
		} catch (error) {
			child.kill('SIGKILL');
			throw error;
		} finally {
			clearTimeout(timeout);
		}
	} finally {
		rmSync(folder, {recursive: true, force: true});
		rmSync(home, {recursive: true, force: true});
	}
}
