import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {quotesInPassing, quotesOf} from '../../source/state/article-quotes.js';

const article = (): Article => {
	const paragraphs = ['Mayor speaks', '"We will rebuild," Mayor Ann Lee said.'];
	return {file: 'a.txt', title: paragraphs[0]!, paragraphs};
};

test('an article shown keeps its quotes; a look in passing reuses them', () => {
	const shown = article();
	const kept = quotesOf(shown);
	assert.equal(kept.quotes[0]!.speaker, 'Ann Lee');
	assert.equal(quotesOf(shown), kept);
	assert.equal(quotesInPassing(shown), kept);
});

test('a look in passing keeps nothing', () => {
	const passed = article();
	const first = quotesInPassing(passed);
	assert.deepEqual(quotesInPassing(passed), first);
	assert.notEqual(quotesInPassing(passed), first);
	assert.notEqual(quotesOf(passed), first);
});
