// `npm run bench`: runs every benchmark in scripts/bench/ in name order and prints its figures.
// Targets are printed beside the figures; benchmarks never fail a build. Those that need ../shared say so
// and are skipped when it is not there.
import {readdirSync} from 'node:fs';
import {register} from 'node:module';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {limitHeapGrowth} from '../source/heap-policy.js';
import {SharedMissing} from './shared-folder.js';

// The benches run the core under the reader's heap policy, so their memory figures are the reader's.
limitHeapGrowth();
const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
register(pathToFileURL(path.join(folder, 'as-built.mjs')));
const only = process.argv.slice(2);
for (const name of readdirSync(folder).filter(file => file.endsWith('.ts')).sort()) {
	if (only.length > 0 && !only.some(word => name.includes(word))) continue;
	console.log(`\n## ${name.replace(/\.ts$/, '')}`);
	try {
		const bench = (await import(pathToFileURL(path.join(folder, name)).href)) as {default: () => Promise<void>};
		await bench.default();
	} catch (error) {
		if (!(error instanceof SharedMissing)) throw error;
		console.log(`skipped: ${error.message}`);
	}
}
