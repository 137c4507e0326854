// The store at scale: the marks of 100,000 articles (read, a tenth starred, every one with a
// position, keys as long as real article links) load, and one mark is written (lock, read its file
// again, merge, write beside, fsync, rename). Targets: load <= 100 ms, a mark <= 20 ms.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {openMarkStore, type MarkAction} from '../../source/core/store/index.js';

const ARTICLES = 100_000;
const LOADS = 7;
const MARKS = 60;

const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const keyOf = (index: number) => `https://www.example-news-site.com/world/2026/12/03/story-number-${index}-about-something-said`;

export default async function bench(): Promise<void> {
	const folder = mkdtempSync(path.join(tmpdir(), 'news-tui-bench-store-'));
	try {
		const store = openMarkStore(folder);
		const at = Date.now();
		const actions: MarkAction[] = [];
		for (let index = 0; index < ARTICLES; index++) {
			const key = keyOf(index);
			actions.push({type: 'read', key, read: true, at});
			actions.push({type: 'place', key, place: {paragraph: index % 40, offset: index % 300}, at});
			if (index % 10 === 0) actions.push({type: 'star', key, star: true, at});
		}
		store.write(actions);

		// Loading is reading the files and looking up every article's mark, as the reader does for its list.
		const keys = Array.from({length: ARTICLES}, (_, index) => keyOf(index));
		const loads: number[] = [];
		const lookups: number[] = [];
		let loaded = 0;
		const cpu: number[] = [];
		for (let run = 0; run < LOADS; run++) {
			const start = performance.now();
			const startCpu = process.cpuUsage();
			const {marks} = openMarkStore(folder).load();
			const read = performance.now();
			loaded = keys.filter(key => marks.get(key) !== undefined).length;
			loads.push(read - start);
			lookups.push(performance.now() - start);
			const used = process.cpuUsage(startCpu);
			cpu.push((used.user + used.system) / 1000);
		}
		const writes: number[] = [];
		for (let run = 0; run < MARKS; run++) {
			const start = performance.now();
			store.write([{type: 'read', key: keyOf((run * 7919) % ARTICLES), read: run % 2 === 0, at: Date.now()}]);
			writes.push(performance.now() - start);
		}
		console.log(`marks of ${loaded} articles: files read in ${median(loads).toFixed(1)} ms, with every article's mark looked up ${median(lookups).toFixed(1)} ms, median of ${LOADS}; CPU ${median(cpu).toFixed(1)} ms (target <= 100 ms)`);
		console.log(`one mark written: ${median(writes).toFixed(1)} ms median, ${Math.max(...writes).toFixed(1)} ms worst of ${MARKS} (target <= 20 ms)`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
