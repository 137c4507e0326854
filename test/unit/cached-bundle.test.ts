import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const folder = mkdtempSync(path.join(tmpdir(), 'cached-bundle-'));
test.after(() => rmSync(folder, {recursive: true, force: true}));

// Each load runs in a new process, as each start of the program does: within one process V8 reuses
// what it compiled before and never looks at the cache.
const loader = path.join(folder, 'load.ts');
writeFileSync(
	loader,
	`import {loadCachedBundle} from ${JSON.stringify(fileURLToPath(new URL('../../source/cached-bundle.ts', import.meta.url)))};
const [file, cacheFolder, save] = process.argv.slice(2);
const loaded = loadCachedBundle(file, cacheFolder);
if (save) loaded.saveCache();
console.log(JSON.stringify({cache: loaded.cache, answer: loaded.exports.answer(), base: loaded.exports.base}));
`,
);
function loadCachedBundle(file: string, cacheFolder: string) {
	const load = (save: boolean) =>
		JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', loader, file, cacheFolder, ...(save ? ['save'] : [])], {encoding: 'utf8'})) as {
			cache: string;
			answer: number;
			base: string;
		};
	return {load, ...load(false)};
}

/** A CommonJS bundle that requires a built-in and exports a function, as the reader bundle does. */
function writeBundle(name: string, answer: number): string {
	const file = path.join(folder, name);
	writeFileSync(file, `const path = require('node:path');\nexports.answer = () => ${answer};\nexports.base = path.basename(__filename);\n`);
	return file;
}

test('the first load compiles and saves the cache; the next one uses it', () => {
	const cacheFolder = path.join(folder, 'cache-a');
	const file = writeBundle('reader.cjs', 42);
	const first = loadCachedBundle(file, cacheFolder);
	assert.deepEqual([first.cache, first.answer, first.base], ['missing', 42, 'reader.cjs']);
	first.load(true);
	assert.equal(readdirSync(cacheFolder).length, 1);
	assert.deepEqual([first.load(false).cache, first.load(false).answer], ['used', 42]);
});

test('a damaged cache is rejected by V8, the code still runs, and saving replaces it', () => {
	const cacheFolder = path.join(folder, 'cache-b');
	const file = writeBundle('damaged.cjs', 7);
	const bundle = loadCachedBundle(file, cacheFolder);
	bundle.load(true);
	const [name] = readdirSync(cacheFolder);
	writeFileSync(path.join(cacheFolder, name!), 'not a code cache');
	assert.deepEqual([bundle.load(true).cache, bundle.load(false).answer], ['rejected', 7]);
	assert.equal(bundle.load(false).cache, 'used');
});

test('a new build of the bundle gets a new cache, and the old one is removed', () => {
	const cacheFolder = path.join(folder, 'cache-c');
	const file = writeBundle('rebuilt.cjs', 1);
	loadCachedBundle(file, cacheFolder).load(true);
	const [old] = readdirSync(cacheFolder);
	writeBundle('rebuilt.cjs', 2);
	utimesSync(file, new Date(), new Date(Date.now() + 5000));
	const rebuilt = loadCachedBundle(file, cacheFolder);
	assert.deepEqual([rebuilt.cache, rebuilt.answer], ['missing', 2]);
	rebuilt.load(true);
	const names = readdirSync(cacheFolder);
	assert.equal(names.length, 1);
	assert.notEqual(names[0], old);
});

test('a cache folder that cannot be written is no error: the bundle runs without a cache', () => {
	const file = writeBundle('unwritable.cjs', 3);
	for (const cacheFolder of ['/dev/null/news-tui', '/proc/news-tui']) {
		const loaded = loadCachedBundle(file, cacheFolder);
		assert.deepEqual([loaded.load(true).answer, loaded.load(false).cache], [3, 'missing']);
	}
});
