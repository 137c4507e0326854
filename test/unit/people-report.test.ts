// `--people` output: the JSON form CONTRACT.md fixes, and the readable text form, over articles
// written for the test and read by the real quote extractor.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {peopleReport} from '../../source/core/people/report.js';

const articles: Article[] = [
	{
		file: 'stories/one.txt',
		title: 'Bridge to open',
		paragraphs: ['Bridge to open', '"The bridge opens in May," Mayor Ana Costa said, according to Reuters.', 'Officials said the cost had doubled.'],
	},
	{file: 'stories/two.txt', title: 'Bridge opens', paragraphs: ['Bridge opens', '"We kept our word," Ana Costa said on Monday.', '"It was hard," Costa said.']},
	{file: 'stories/three.txt', title: 'Quiet day', paragraphs: ['Quiet day', 'Nothing was said.']},
];

interface Reported {
	name: string;
	aliases: string[];
	title: string | null;
	kind: string;
	quotes: number;
	articles: Array<{file: string; title: string; quotes: Array<{kind: string; text: string; paragraph: number; start: number; end: number; via: string | null}>}>;
}

test('JSON: one entry per person across articles, most quoted first, in the form CONTRACT.md gives', () => {
	const out = peopleReport(articles, 'json');
	assert.ok(out.endsWith('\n'));
	const json = JSON.parse(out) as {people: Reported[]};
	assert.deepEqual(Object.keys(json), ['people']);
	const [costa, officials] = json.people;
	assert.deepEqual(Object.keys(costa!), ['name', 'aliases', 'title', 'kind', 'quotes', 'articles']);
	assert.equal(costa!.name, 'Ana Costa');
	assert.equal(costa!.title, 'Mayor');
	assert.equal(costa!.kind, 'person');
	assert.equal(costa!.quotes, 3);
	assert.deepEqual(costa!.articles.map(article => [article.file, article.title, article.quotes.length]), [
		['stories/one.txt', 'Bridge to open', 1],
		['stories/two.txt', 'Bridge opens', 2],
	]);
	for (const {file, quotes} of costa!.articles) {
		const article = articles.find(candidate => candidate.file === file)!;
		for (const quote of quotes) {
			assert.deepEqual(Object.keys(quote), ['kind', 'text', 'paragraph', 'start', 'end', 'via']);
			assert.equal(article.paragraphs[quote.paragraph]!.slice(quote.start, quote.end), quote.text);
		}
	}
	assert.equal(costa!.articles[0]!.quotes[0]!.via, 'Reuters');
	// The description comes after the named, and keeps a null title.
	assert.equal(officials!.name, 'Officials');
	assert.equal(officials!.title, null);
	assert.equal(json.people.length, 2);
});

test('text: each person with title, kind and counts, their other names, then their quotes by article', () => {
	const out = peopleReport(articles, 'text');
	const lines = out.split('\n');
	assert.equal(lines[0], 'Ana Costa, Mayor (person, 3 quotes in 2 articles)');
	assert.ok(lines.includes('  Bridge opens'));
	assert.ok(lines.includes('    stories/two.txt'));
	assert.ok(lines.some(line => /^ {4}\[direct\] via Reuters, paragraph 1:$/.test(line)));
	assert.ok(lines.includes('      The bridge opens in May,'));
	assert.equal(peopleReport([articles[2]!], 'text'), '(no one is quoted)\n');
});
