import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../source/core/article.js';
import {findQuotesInBackground, knownQuotes, quotesInPassing} from '../../source/state/article-quotes.js';

const article = (): Article => {
	const paragraphs = ['Mayor speaks', '"We will rebuild," Mayor Ann Lee said.'];
	return {file: 'a.txt', title: paragraphs[0]!, paragraphs};
};

test('an article shown keeps its quotes; a look in passing reuses them', () => {
	const shown = article();
	const kept = knownQuotes(shown)!;
	assert.equal(kept.quotes[0]!.speaker, 'Ann Lee');
	assert.equal(knownQuotes(shown), kept);
	assert.equal(quotesInPassing(shown), kept);
});

test('a look in passing keeps nothing', () => {
	const passed = article();
	const first = quotesInPassing(passed);
	assert.deepEqual(quotesInPassing(passed), first);
	assert.notEqual(quotesInPassing(passed), first);
	assert.notEqual(knownQuotes(passed), first);
});

test('a long article’s quotes are found in the background, never on the spot', async () => {
	const said = '"We will rebuild the bridge before the winter comes," Mayor Ann Lee said on Tuesday.';
	const paragraphs = ['Mayor speaks', ...Array.from({length: 3000}, () => said)];
	const long: Article = {file: 'long.txt', title: paragraphs[0]!, paragraphs};
	assert.equal(knownQuotes(long), undefined);
	assert.equal(quotesInPassing(long), undefined);
	const found = await findQuotesInBackground(long);
	assert.equal(found.quotes.length, 3000);
	assert.equal(knownQuotes(long), found);
	assert.equal(await findQuotesInBackground(long), found, 'found once');
});

test('in the built worker, a long article goes over and its quotes come back in slices, whole and in order', async () => {
	const {findQuotesInWorker, stopFindingQuotes} = await import('../../source/state/article-quotes.js');
	const {extractQuotes} = await import('../../source/core/quotes/extract.js');
	const {inSlices} = await import('../../source/state/worker-slices.js');
	findQuotesInWorker(fileURLToPath(new URL('../../dist/quotes-worker.cjs', import.meta.url)));
	try {
		// Over a million characters and five thousand quotes: more than one slice each way.
		const paragraphs = ['Mayors speak', ...Array.from({length: 5000}, (_, index) => `"We will rebuild bridge ${index} before the winter comes and the river rises," Mayor Ann Lee said of the ${index}th crossing, standing beside it.`)];
		assert.ok(inSlices(paragraphs, paragraph => paragraph.length, 500_000).length > 1);
		const long: Article = {file: 'long.txt', title: paragraphs[0]!, paragraphs};
		const found = await findQuotesInBackground(long);
		assert.equal(found.quotes.length, 5000);
		assert.deepEqual(found, extractQuotes(long));
	} finally {
		stopFindingQuotes();
	}
});

test('slices hold at most their size, each at least one item, all in order', async () => {
	const {inSlices} = await import('../../source/state/worker-slices.js');
	assert.deepEqual(inSlices(['aaa', 'b', 'cc', 'dddddd', 'e'], item => item.length, 4), [['aaa', 'b'], ['cc'], ['dddddd'], ['e']]);
	assert.deepEqual(inSlices([], () => 1, 4), []);
});
