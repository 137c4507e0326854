// Words that read like a speaker on real pages and are none: each test names the pattern of English that shows it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';

const headlined = (title: string, ...body: string[]): Article => ({file: 'test.txt', title, paragraphs: [title, ...body]});
const said = (article: Article): [string | null, string, string][] => extractQuotes(article).quotes.map(q => [q.speaker, q.kind, q.text]);

test('a headline word that ends a place name with the word before it is that name, not a verb of saying', () => {
	assert.deepEqual(said(headlined('United States to Ease Limits on Chile Imports', 'Officials met in Lima.')), []);
	// (the verb still speaks where it follows a subject: `Mayor States Case`)
	assert.deepEqual(said(headlined('Mayor Ana Costa States Bridge Will Close', 'The bridge is old.')).map(q => q[0]), ['Ana Costa']);
});
