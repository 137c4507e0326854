// Quotation marks as real text has them: every style, never apostrophes, mismatched, unclosed, nested.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {findQuoteSpans} from '../../source/core/quotes/marks.js';

const quoted = (text: string): string[] => findQuoteSpans(text).map(span => text.slice(span.start, span.end));

test('straight and curly, double and single marks', () => {
	assert.deepEqual(quoted('He said "yes" and “no” and \'maybe\' and ‘never’.'), ['yes', 'no', 'maybe', 'never']);
});

test('apostrophes are not quotation marks', () => {
	assert.deepEqual(quoted("Lavrov's aides don't talk about the '90s or the parents' house."), []);
	assert.deepEqual(quoted("She said 'we don't know' about Kim's plan."), ["we don't know"]);
	assert.deepEqual(quoted('It’s Lavrov’s view, he said ‘we can’t wait’.'), ['we can’t wait']);
});

test('two apostrophes in a row are one double mark, as plain-text archives write it, and attribute as one', () => {
	assert.deepEqual(quoted("''We are not leaving,'' he said, and she called it ''a bluff.''"), ['We are not leaving,', 'a bluff.']);
	// Single marks inside are a nested quotation.
	assert.deepEqual(quoted("''It did not lower the 'wrong track' number,'' he said."), ["It did not lower the 'wrong track' number,"]);
	const quotes = extractQuotes({file: 'a.txt', title: 'A vote', paragraphs: ['A vote', 'Nora Fisk spoke on Monday.', "''It is not about the money,'' said Nora Fisk, a farmer. ''It is about the land.''"]}).quotes;
	assert.deepEqual(quotes.map(q => [q.speaker, q.kind, q.text]), [['Nora Fisk', 'direct', 'It is not about the money,'], ['Nora Fisk', 'direct', 'It is about the land.']]);
});

test('low-9 and guillemets', () => {
	assert.deepEqual(quoted('Er sagte „vas” und «non» und ‹oui›.'), ['vas', 'non', 'oui']);
	assert.deepEqual(quoted('Sie sagte „Nein“ dazu.'), ['Nein']);
});

test('mismatched pairs still pair up', () => {
	assert.deepEqual(quoted('he would "always be standing with Russia” and “go on".'), ['always be standing with Russia', 'go on']);
});

test('nested quotes and editorial brackets stay inside the outer quotation', () => {
	assert.deepEqual(quoted('"It is not just \'hardware\' but [the] transfer," he said.'), ["It is not just 'hardware' but [the] transfer,"]);
});

test('an unclosed quotation runs to the end of the paragraph', () => {
	const spans = findQuoteSpans('"We will keep going. The work is not finished.');
	assert.equal(spans.length, 1);
	assert.equal(spans[0]!.unclosed, true);
	assert.equal(spans[0]!.end, '"We will keep going. The work is not finished.'.length);
});

test('a quotation continued over paragraphs is one quote per paragraph, all by the same speaker', () => {
	const article: Article = {
		file: 'test.txt',
		title: 'A headline',
		paragraphs: ['A headline', 'Mayor Ana Costa said: "We will build it.', '"And we will pay for it," she added.', '"Nobody will stop us.'],
	};
	const result = extractQuotes(article);
	assert.deepEqual(result.quotes.map(q => [q.speaker, q.paragraph, q.text]), [
		['Ana Costa', 1, 'We will build it.'],
		['Ana Costa', 2, 'And we will pay for it,'],
		['Ana Costa', 3, 'Nobody will stop us.'],
	]);
});

test('marks with nothing quoted between them are ignored', () => {
	assert.deepEqual(quoted('Scores: "" and \'\' and " " then "ok".'), ['ok']);
});

test('quotation marks inside an original-language rendering are not new quotes', () => {
	const article: Article = {
		file: 'test.txt',
		title: 'A headline',
		paragraphs: ['A headline', 'He noted, "it is not just buying hardware." ((hu))Hungarian language: a „vas” megvétele mellett. He left.'],
	};
	assert.deepEqual(extractQuotes(article).quotes.map(q => q.text), ['it is not just buying hardware.']);
});
