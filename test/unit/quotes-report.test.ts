// `--quotes` output: the JSON form CONTRACT.md fixes, and the readable text form.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {quotesReport} from '../../source/core/quotes/report.js';
import type {ArticleQuotes} from '../../source/core/quotes/types.js';

type Reported = ArticleQuotes & {file: string; title: string};

const articles: Article[] = [
	{
		file: 'stories/one.txt',
		title: "'We Will Win': Ana Costa",
		paragraphs: ["'We Will Win': Ana Costa", '"The bridge opens in May," Mayor Ana Costa said, according to Reuters.', 'Officials said the cost had doubled.'],
	},
	{file: 'stories/two.txt', title: 'Quiet day', paragraphs: ['Quiet day', 'Nothing was said.']},
];

test('JSON: one document with every article, its speakers and quotes, as CONTRACT.md has it', () => {
	const out = quotesReport(articles, 'json');
	assert.ok(out.endsWith('\n'));
	const json = JSON.parse(out) as {articles: Reported[]};
	assert.deepEqual(Object.keys(json), ['articles']);
	assert.equal(json.articles.length, 2);
	const [one, two] = json.articles as [Reported, Reported];
	assert.deepEqual(Object.keys(one), ['file', 'title', 'speakers', 'quotes']);
	assert.equal(one.file, 'stories/one.txt');
	assert.equal(one.title, "'We Will Win': Ana Costa");
	for (const speaker of one.speakers) {
		assert.deepEqual(Object.keys(speaker), ['name', 'aliases', 'title', 'kind', 'quotes']);
		assert.equal(typeof speaker.name, 'string');
		assert.ok(Array.isArray(speaker.aliases));
		assert.ok(['person', 'organization', 'unknown'].includes(speaker.kind));
		assert.equal(typeof speaker.quotes, 'number');
	}
	assert.deepEqual(one.speakers.map(s => [s.name, s.title, s.kind, s.quotes]), [
		['Ana Costa', 'Mayor', 'person', 2],
		['Officials', null, 'unknown', 1],
	]);
	for (const quote of one.quotes) {
		assert.deepEqual(Object.keys(quote), ['speaker', 'kind', 'text', 'paragraph', 'start', 'end', 'via']);
		assert.ok(['direct', 'partial', 'headline', 'indirect'].includes(quote.kind));
		assert.equal(articles[0]!.paragraphs[quote.paragraph]!.slice(quote.start, quote.end), quote.text);
	}
	assert.deepEqual(one.quotes.map(q => [q.kind, q.speaker, q.via]), [
		['headline', 'Ana Costa', null],
		['direct', 'Ana Costa', 'Reuters'],
		['indirect', 'Officials', null],
	]);
	assert.deepEqual(two, {file: 'stories/two.txt', title: 'Quiet day', speakers: [], quotes: []});
});

test('text: title, speakers with title, kind and count, then each quote with kind, via and paragraph', () => {
	const out = quotesReport(articles, 'text');
	assert.ok(!/\u001b/u.test(out), 'no escape sequences');
	const lines = out.split('\n');
	assert.equal(lines[0], "'We Will Win': Ana Costa");
	assert.ok(lines.includes('  Ana Costa, Mayor (person, 2 quotes)'));
	assert.ok(lines.includes('  [direct] Ana Costa via Reuters, paragraph 1:'));
	assert.ok(lines.includes('    The bridge opens in May,'));
	assert.ok(lines.includes('Quiet day'));
	assert.ok(lines.includes('  (no speakers)'));
});
