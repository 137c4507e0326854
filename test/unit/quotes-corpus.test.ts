// Over the seeds and the Wikinews articles of test/fixtures (`npm run eval` checks the whole corpus): every quote's
// offsets mark its text, in reading order, and the speaker list agrees with the quotes. Also the hostile 1 MB
// paragraphs: no crash, sane output.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {assertQuotesMarkTheirText} from '../article-invariants.js';
import {wikinews} from '../fixtures/wikinews.js';
import {hostileParagraphs} from './quotes-hostile.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function load(folder: string): Article[] {
	const loaded = loadPaths([folder], () => new Uint8Array());
	assert.ok(loaded.ok, loaded.ok ? '' : loaded.error);
	return loaded.articles;
}

test('every quote of the seeds marks its own text', () => {
	for (const article of load(path.join(root, 'seeds'))) assertQuotesMarkTheirText(article);
});

test('every quote of the Wikinews articles marks its own text, in reading order', () => {
	const articles = load(wikinews);
	assert.equal(articles.length, 28);
	for (const article of articles) assertQuotesMarkTheirText(article);
});

for (const [name, paragraph] of Object.entries(hostileParagraphs())) {
	test(`hostile 1 MB paragraph (${name}): no crash, sane output`, () => {
		const article: Article = {file: name, title: 'Hostile input', paragraphs: ['Hostile input', paragraph]};
		const result = extractQuotes(article);
		assertQuotesMarkTheirText(article);
		for (const q of result.quotes) assert.ok(q.text.length < paragraph.length);
	});
}

test('hostile: unmatched marks quote at most the unclosed tail', () => {
	const result = extractQuotes({file: 'x', title: 'x', paragraphs: ['x', hostileParagraphs()['unmatched quote marks']!]});
	assert.ok(result.quotes.filter(q => q.kind !== 'indirect').length <= 1);
});

test('hostile: alternating marks quote nothing', () => {
	const result = extractQuotes({file: 'x', title: 'x', paragraphs: ['x', hostileParagraphs()['alternating " and \'']!]});
	assert.deepEqual(result, {speakers: [], quotes: []});
});
