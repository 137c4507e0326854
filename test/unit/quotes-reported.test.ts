// Reported speech without quotation marks: which content clauses after a verb of saying are reports, each on
// sentences written for the test.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';

const article = (...body: string[]): Article => ({file: 'test.txt', title: 'A headline', paragraphs: ['A headline', ...body]});
const reported = (...body: string[]): [string | null, string][] =>
	extractQuotes(article(...body)).quotes.filter(q => q.kind === 'indirect').map(q => [q.speaker, q.text]);

test('a pronoun with its verb written short (`he’s`, `they’re`, `it’ll`) opens a content clause', () => {
	assert.deepEqual(reported('Mayor Ruth Kane said she’s not happy with the new bus routes.'), [['Ruth Kane', 'she’s not happy with the new bus routes']]);
	assert.deepEqual(reported('The tenants say they\'re ready to strike over the rent.'), [['The tenants', 'they\'re ready to strike over the rent']]);
});
