// Bundles the program into dist/ so start-up reads one file instead of hundreds of modules.
import {build} from 'esbuild';
import {chmodSync, rmSync} from 'node:fs';

// Chunk names carry content hashes: start clean so old chunks never pile up.
rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
	bundle: true,
	splitting: true, // lazily imported parts (search) become their own chunks
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports the devtools only when DEV=true; it is not installed, and never needed.
	external: ['react-devtools-core'],
	// One display-width for Ink and us: ours measures the same and skips string-width's 50-90 ms
	// first-use cost (an Intl.Segmenter and an RGI-emoji expression), which lands on the first frame.
	alias: {'string-width': './source/core/display-width.ts'},
	banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
