import {test} from 'node:test';
import assert from 'node:assert/strict';
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
