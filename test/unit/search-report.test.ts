import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadPaths} from '../../source/core/load.js';
import {parseQuery} from '../../source/core/search/query.js';
import {searchReport} from '../../source/core/search/report.js';
import {snippetAround} from '../../source/core/search/snippet.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const loaded = loadPaths([path.join(root, 'seeds')], () => new Uint8Array());
assert.ok(loaded.ok);
const articles = loaded.articles;

test('--search --json prints the contract form, best first, with spans into each text', () => {
	const document = JSON.parse(searchReport(articles, 'lavrof', 'json')) as {
		query: string;
		results: Array<{file: string; title: string; paragraph: number; score: number; text: string; matches: Array<[number, number]>; strong: boolean}>;
		speakers: Array<{name: string; quotes: number}>;
	};
	assert.equal(document.query, 'lavrof');
	assert.ok(document.results.length > 0);
	for (const [rank, result] of document.results.entries()) {
		// The contract's fields, in its order, then the extension saying whether every word was found strongly.
		assert.deepEqual(Object.keys(result), ['file', 'title', 'paragraph', 'score', 'text', 'matches', 'strong']);
		assert.equal(result.strong, true, 'Lavrov is one typo from lavrof');
		assert.equal(result.text, articles[0]!.paragraphs[result.paragraph]);
		assert.ok(result.score >= 0 && result.score <= 1);
		if (rank > 0) assert.ok(document.results[rank - 1]!.score <= result.score);
		for (const [start, end] of result.matches) assert.equal(result.text.slice(start, end), 'Lavrov');
	}
	assert.equal(document.speakers[0]!.name, 'Sergei Lavrov');
});

test('the text listing marks matches with plain characters and holds no escape sequences', () => {
	const text = searchReport(articles, 'kim jong', 'text');
	assert.match(text, /«Kim» «Jong» Un/);
	assert.doesNotMatch(text, /\u001B/);
	assert.match(text, /^Search "kim jong": 1 speaker · \d+ matches in 3 paragraphs$/m);
	assert.match(searchReport(articles, 'zzzzqqq', 'text'), /^Search "zzzzqqq": no matches$/m);
});

test('a headline match prints the headline once, its matches marked, named as the headline', () => {
	const text = searchReport(articles, 'cooperation north korea', 'text');
	const title = articles[0]!.title;
	assert.equal(text.split('\n').filter(line => line.includes('Despite Sanctions')).length, 3, 'the headline once, then under each of the two body paragraphs');
	assert.match(text, /^ {3}1\. \S+ headline \(score [\d.]+\)\n {6}'Moscow To Develop «Cooperation» With «North» «Korea» Despite Sanctions': Sergei Lavrov\n {3}2\. /m);
	assert.ok(text.includes(`paragraph 1 (score`) && text.includes(`      ${title}\n`), 'a body paragraph keeps its headline above it');
});

test('queries read as fuse.js extended syntax, over words; a term with punctuation is a phrase', () => {
	assert.deepEqual(parseQuery("kim !'ono ^jo un$ =Kim | (Lavrov)"), [
		[
			{mode: 'fuzzy', negate: false, word: 'kim'},
			{mode: 'include', negate: true, word: 'ono'},
			{mode: 'prefix', negate: false, word: 'jo'},
			{mode: 'suffix', negate: false, word: 'un'},
			{mode: 'exact', negate: false, word: 'kim'},
		],
		[{negate: false, phrase: {text: '(lavrov)', wholeStart: true, wholeEnd: false}}],
	]);
	assert.deepEqual(parseQuery('!putin'), [[{mode: 'include', negate: true, word: 'putin'}]]);
	assert.deepEqual(parseQuery('=U.S. !co-op'), [
		[
			{negate: false, phrase: {text: 'u.s.', wholeStart: true, wholeEnd: true}},
			{negate: true, phrase: {text: 'co-op', wholeStart: false, wholeEnd: false}},
		],
	]);
	assert.deepEqual(parseQuery('Nestlé’s “no”'), [
		[
			{negate: false, phrase: {text: "nestle's", wholeStart: true, wholeEnd: false}},
			{negate: false, phrase: {text: '"no"', wholeStart: true, wholeEnd: false}},
		],
	]);
	assert.deepEqual(parseQuery('.*+?()[]{}\\'), [[{negate: false, phrase: {text: '.*+?()[]{}\\', wholeStart: true, wholeEnd: false}}]]);
	assert.equal(parseQuery('word '.repeat(200))[0]!.length, 1);
	assert.deepEqual(parseQuery('x'.repeat(1000))[0]![0], {mode: 'fuzzy', negate: false, word: 'x'.repeat(32)});
});

test('a snippet keeps the first match in view and moves the spans with it', () => {
	const text = 'a '.repeat(100) + 'Lavrov said ' + 'b '.repeat(100);
	const at = text.indexOf('Lavrov');
	const snippet = snippetAround(text, [[at, at + 6]], 40);
	const [start, end] = snippet.matches[0]!;
	assert.equal(snippet.text.slice(start, end), 'Lavrov');
	assert.ok(snippet.text.startsWith('…') && snippet.text.endsWith('…'));
	assert.ok(snippet.text.length <= 42);
	assert.deepEqual(snippetAround('short', [[0, 5]], 40), {text: 'short', matches: [[0, 5]]});
});
