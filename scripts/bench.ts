// `npm run bench`: runs every benchmark in scripts/bench/ in name order and prints its figures.
// Targets are printed beside the figures; benchmarks never fail a build.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
for (const name of readdirSync(folder).filter(file => file.endsWith('.ts')).sort()) {
	if (only.length > 0 && !only.some(word => name.includes(word))) continue;
	console.log(`\n## ${name.replace(/\.ts$/, '')}`);
	const bench = (await import(pathToFileURL(path.join(folder, name)).href)) as {default: () => Promise<void>};
	await bench.default();
}
