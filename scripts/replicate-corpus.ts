// The Wikinews corpus replicated to `count` articles in a temporary folder: what the benchmarks at
// scale read. The caller removes the folder.
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {inShared} from './shared-folder.js';

export function replicateCorpus(purpose: string, count: number): string {
	const corpus = inShared('corpus', 'wikinews');
	const folder = mkdtempSync(path.join(os.tmpdir(), `news-tui-${purpose}-`));
	const texts = readdirSync(corpus, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && entry.name.endsWith('.txt'))
		.map(entry => path.join(entry.parentPath, entry.name))
		.sort()
		.map(file => readFileSync(file));
	for (let i = 0; i < count; i++) writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), texts[i % texts.length]!);
	return folder;
}
