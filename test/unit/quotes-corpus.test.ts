// Over the whole Wikinews corpus (and the seeds): every quote's offsets mark its text, in reading order, and the
// speaker list agrees with the quotes. Also the hostile 1 MB paragraphs: no crash, sane output.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Article} from '../../source/core/article.js';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {hostileParagraphs} from './quotes-hostile.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.join(root, '..', 'shared', 'corpus', 'wikinews');

function load(folder: string): Article[] {
	const loaded = loadPaths([folder], () => new Uint8Array());
	assert.ok(loaded.ok, loaded.ok ? '' : loaded.error);
	return loaded.articles;
}

function checkArticle(article: Article): void {
	const result = extractQuotes(article);
	let previous = {paragraph: 0, start: -1};
	for (const q of result.quotes) {
		const paragraph = article.paragraphs[q.paragraph];
		assert.ok(paragraph !== undefined, `${article.file}: paragraph ${q.paragraph}`);
		assert.equal(paragraph.slice(q.start, q.end), q.text, `${article.file}: offsets of "${q.text.slice(0, 40)}"`);
		assert.ok(q.text.trim().length > 0 && q.text === q.text.trim(), `${article.file}: untrimmed "${q.text.slice(0, 40)}"`);
		assert.ok(q.paragraph > previous.paragraph || (q.paragraph === previous.paragraph && q.start >= previous.start), `${article.file}: reading order`);
		previous = q;
		if (q.speaker !== null) assert.ok(result.speakers.some(s => s.name === q.speaker), `${article.file}: unknown speaker ${q.speaker}`);
	}
	for (const speaker of result.speakers) {
		assert.equal(speaker.quotes, result.quotes.filter(q => q.speaker === speaker.name).length, `${article.file}: count of ${speaker.name}`);
		assert.ok(!/^(?:he|she|they|it|we|i)$/iu.test(speaker.name), `${article.file}: pronoun speaker ${speaker.name}`);
	}
	for (let i = 1; i < result.speakers.length; i++) assert.ok(result.speakers[i - 1]!.quotes >= result.speakers[i]!.quotes, `${article.file}: speaker order`);
}

test('every quote of the seeds marks its own text', () => {
	for (const article of load(path.join(root, 'seeds'))) checkArticle(article);
});

test('every quote of the Wikinews corpus marks its own text, in reading order', {skip: !existsSync(corpus) && 'no ../shared/corpus'}, () => {
	const articles = load(corpus);
	assert.ok(articles.length > 250);
	for (const article of articles) checkArticle(article);
});

for (const [name, paragraph] of Object.entries(hostileParagraphs())) {
	test(`hostile 1 MB paragraph (${name}): no crash, sane output`, () => {
		const article: Article = {file: name, title: 'Hostile input', paragraphs: ['Hostile input', paragraph]};
		const result = extractQuotes(article);
		checkArticle(article);
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
