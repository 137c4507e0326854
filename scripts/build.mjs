// Bundles the program into dist/ so start-up reads a few files instead of hundreds of modules:
// - dist/cli.js, the command line and the faces for scripts (ES modules, lazily loaded chunks);
// - dist/reader.cjs, the full-screen reader with React and Ink, as CommonJS so that V8 can cache
//   its compiled code (source/cached-bundle.ts);
// - dist/quotes-worker.cjs, the reader's worker for long articles' quotes.
import {build} from 'esbuild';
import {chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

const shared = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// One display-width for Ink and us: ours measures the same and skips string-width's 50-90 ms
	// first-use cost (an Intl.Segmenter and an RGI-emoji expression), which lands on the first frame.
	alias: {'string-width': './source/core/display-width.ts'},
	logLevel: 'warning',
};

// Ink's reconciler awaits, at its top level, the devtools it loads only when DEV=true. CommonJS
// cannot await there, and the devtools are not installed: the reader bundle goes without them.
const DEVTOOLS_AWAITS = ["await import('./devtools.js')", 'await loadPackageJson()'];
const withoutDevtools = {
	name: 'ink-without-devtools',
	setup(esbuild) {
		esbuild.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async ({path: file}) => {
			let contents = await readFile(file, 'utf8');
			for (const expression of DEVTOOLS_AWAITS) {
				if (!contents.includes(expression)) throw new Error(`${file} no longer has ${expression}: update scripts/build.mjs for this Ink`);
				contents = contents.replace(expression, "(() => { throw new Error('React devtools are not part of news-tui') })()");
			}
			return {contents, loader: 'js'};
		});
	},
};

// wink's English model deep-copies its 3 MB of data before unpacking it, so that several instances could share
// one loaded file, and decodes its base64 a character at a time: ~30 ms of the ~110 ms the first quotes wait for
// the model. news-tui builds one instance a process (source/core/language/): the data is unpacked in place,
// and Node decodes the base64 and copies its bytes at once. The data is read when the model is built, not
// when the bundle loads: the reader's keys are live before it is needed.
const MODEL_EDITS = [
	['const originalModel=require("./languages/cur/models/eng-core-web-model.json"),bufferFromBase64', 'const bufferFromBase64'],
	['JSON.parse(JSON.stringify(originalModel))', 'require("./languages/cur/models/eng-core-web-model.json")'],
	['decodedData=atob(data)', 'decodedData=Buffer.from(data,"base64")'],
	['for(let k=0;k<size;k+=1)bytes[k]=decodedData.charCodeAt(k)', 'bytes.set(decodedData)'],
];
// The data itself stays out of the bundles, in dist/ beside them, and is read when the model is first built:
// as a literal in a bundle it costs V8 more to compile and run than JSON.parse takes (~25 ms against ~17), and
// the reader's code cache, written once the model is built, would hold all of it, read back on every start.
const MODEL_DATA = 'node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
const BESIDE = 'wink-model.json';
const modelUnpackedInPlace = {
	name: 'wink-model-unpacked-in-place',
	setup(esbuild) {
		esbuild.onLoad({filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/}, async ({path: file}) => {
			let contents = await readFile(file, 'utf8');
			for (const [from, to] of MODEL_EDITS) {
				if (!contents.includes(from)) throw new Error(`${file} no longer has ${from}: update scripts/build.mjs for this model`);
				contents = contents.replace(from, to);
			}
			return {contents, loader: 'js'};
		});
		esbuild.onResolve({filter: new RegExp(`^\\./${BESIDE}$`)}, ({path: name}) => ({path: name, external: true}));
		esbuild.onLoad({filter: /[\\/]eng-core-web-model\.json$/}, () => ({
			// (In the ES module bundle too, \`require\` is made for the bundle's place: see its banner.)
			contents: `module.exports = JSON.parse(require('node:fs').readFileSync(require.resolve('./${BESIDE}'), 'utf8'));`,
			loader: 'js',
		}));
	},
};

// Exact names only: yoga.ts itself imports yoga-layout/load.
const replaced = {
	'yoga-layout': path.resolve('source/ui/yoga.ts'),
	'terminal-size': path.resolve('source/ui/terminal-size.ts'),
	'restore-cursor': path.resolve('source/ui/restore-cursor.ts'),
};
const replacements = {
	name: 'reader-replacements',
	setup(esbuild) {
		esbuild.onResolve({filter: /^(?:yoga-layout|terminal-size|restore-cursor)$/}, ({path: name}) => ({path: replaced[name]}));
	},
};

// esbuild leaves non-ASCII characters in regular expression literals. V8 keeps a script with any of
// them as two bytes a character and reads it more slowly; a \u escape means the same in any literal.
function escapeNonAscii(file) {
	const text = readFileSync(file, 'utf8');
	const escaped = text.replace(/[^\0-\x7f]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
	if (escaped !== text) writeFileSync(file, escaped);
}

// Chunk names carry content hashes: start clean so old chunks never pile up.
rmSync('dist', {recursive: true, force: true});
await build({
	...shared,
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	splitting: true, // lazily imported parts (the quotes and search reports) become their own chunks
	plugins: [modelUnpackedInPlace],
	format: 'esm',
	banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
});
await build({
	...shared,
	entryPoints: ['source/ui/run-reader.tsx'],
	outfile: 'dist/reader.cjs',
	format: 'cjs',
	external: ['react-devtools-core'],
	plugins: [modelUnpackedInPlace, withoutDevtools, replacements],
});
escapeNonAscii('dist/reader.cjs');
// The worker that finds a long article's quotes while the reader stays live (source/state/article-quotes.ts).
await build({...shared, entryPoints: ['source/state/quotes-worker.ts'], outfile: 'dist/quotes-worker.cjs', format: 'cjs', plugins: [modelUnpackedInPlace]});
copyFileSync(MODEL_DATA, path.join('dist', BESIDE));
chmodSync('dist/cli.js', 0o755);
