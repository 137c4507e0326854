// How the search ranks names the way people type them, over articles written for each case: whole
// words above the words they start, no three-letter name taken for another, every form of a
// person's name, weak spelling neighbours counted apart, and headlines above the body.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import type {ArticleQuotes, Quote, Speaker} from '../../source/core/quotes/types.js';
import {describeCounts} from '../../source/core/search/counts.js';
import {buildSearchIndex, searchIndex, type SearchResults} from '../../source/core/search/index.js';
import {initialSearch, matchStatus, reduceSearch, type SearchState} from '../../source/state/search.js';

const article = (file: string, ...paragraphs: string[]): Article => ({file, title: paragraphs[0]!, paragraphs});
const speaker = (name: string, aliases: string[], quotes = 1): Speaker => ({name, aliases, kind: 'person', quotes});
const quote = (speaker: string, paragraph: number): Quote => ({speaker, kind: 'direct', text: 'x', paragraph, start: 0, end: 1, via: null});
const none: ArticleQuotes = {speakers: [], quotes: []};

/** Each hit as `file:paragraph`, best first. */
const places = (articles: Article[], results: SearchResults): string[] => results.paragraphs.map(hit => `${articles[hit.article]!.file}:${hit.paragraph}`);
const textsOf = (articles: Article[], results: SearchResults): string[] => results.paragraphs.map(hit => articles[hit.article]!.paragraphs[hit.paragraph]!);

test('kim: paragraphs with the word Kim rank above Kimura and Kimbrell, quoted or not, and Tim and Jim are not offered', () => {
	const articles = [
		article('kimura.txt', 'Wrestler Hana Kimura dies aged 22', 'Hana Kimura, a wrestler, died on Saturday.', '"She was loved by everyone," Kimura\'s trainer said.'),
		article('space.txt', 'NASA delays the launch', '"We will fly when we are ready," Jim Bridenstine said.', 'Tim Manning said the weather was to blame.'),
		article('butterflies.txt', 'Monarch butterflies at a ten-year high', '"This is a temporary reprieve," George Kimbrell of the Center for Food Safety said.'),
		article('tokyo.txt', 'Kim Kardashian visits Tokyo', 'Kim Kardashian arrived wearing a kimono.', 'The cast of Kim\'s Convenience held a panel.'),
	];
	const index = buildSearchIndex(articles, [
		{speakers: [speaker('Hana Kimura', ['Kimura'])], quotes: [quote('Hana Kimura', 2)]},
		{speakers: [speaker('Jim Bridenstine', ['Bridenstine']), speaker('Tim Manning', ['Manning'])], quotes: [quote('Jim Bridenstine', 1), quote('Tim Manning', 2)]},
		{speakers: [speaker('George Kimbrell', ['Kimbrell'])], quotes: [quote('George Kimbrell', 1)]},
		none,
	]);
	const results = searchIndex(index, 'kim');
	const texts = textsOf(articles, results);
	const lastKim = texts.findLastIndex(text => /\bKim\b/.test(text));
	const firstOther = texts.findIndex(text => !/\bKim\b/.test(text));
	assert.equal(lastKim, 2, 'three paragraphs have the word Kim');
	assert.equal(firstOther, 3, 'and they come first');
	assert.ok(texts.some(text => /Kimura/.test(text)) && texts.some(text => /Kimbrell/.test(text)), 'the words kim starts are found after it');
	assert.ok(!texts.some(text => /\b[TJ]im\b/.test(text) && !/Kim/.test(text)), 'no paragraph for Tim or Jim');
	assert.deepEqual(results.speakers.map(hit => hit.name).sort(), ['George Kimbrell', 'Hana Kimura']);
	// A three-letter word's one typo is two letters swapped.
	assert.ok(searchIndex(index, 'kmi').paragraphs.some(hit => /\bKim\b/.test(articles[hit.article]!.paragraphs[hit.paragraph]!)));
	assert.equal(searchIndex(index, 'tom').paragraphs.length, 0, 'tom is neither Tim nor Tokyo');
});

test('sergei lavrov finds every paragraph naming him by a form his article ties to the name, those with both words first', () => {
	const articles = [
		article(
			'lavrov.txt',
			'Moscow will work with Pyongyang: Sergei Lavrov',
			'Russian Foreign Minister Sergei Lavrov said on Wednesday that Moscow wants fair cooperation.',
			'The Kremlin said it abides by the sanctions.',
			'"We have not declared sanctions," Lavrov told reporters.',
			'Lavrov also criticised the United States.',
			'Another official, Sergei Ivanov, disagreed with him.',
			'"Ukraine has been prepared for a long time," Lavrov added.',
		),
		// Another article's Lavrov is not tied to Sergei Lavrov by anything.
		article('street.txt', 'A new cafe opens', 'The cafe is on Lavrov Street, near the station.'),
	];
	const index = buildSearchIndex(articles, [
		{
			speakers: [speaker('Sergei Lavrov', ['Russian Foreign Minister Sergei Lavrov', 'Lavrov'], 2), speaker('Sergei Ivanov', ['Ivanov'])],
			quotes: [quote('Sergei Lavrov', 3), quote('Sergei Lavrov', 6)],
		},
		none,
	]);
	const results = searchIndex(index, 'sergei lavrov');
	const found = places(articles, results);
	assert.deepEqual(found.slice(0, 2).sort(), ['lavrov.txt:0', 'lavrov.txt:1'], 'both words first');
	assert.deepEqual(found.slice(2).sort(), ['lavrov.txt:3', 'lavrov.txt:4', 'lavrov.txt:6']);
	assert.ok(results.paragraphs.every(hit => !hit.weak));
	assert.equal(describeCounts(results), '1 speaker · 7 matches in 5 paragraphs');
	// Where he is quoted comes first among the paragraphs naming him by his surname.
	assert.ok(found.indexOf('lavrov.txt:4') > found.indexOf('lavrov.txt:3') && found.indexOf('lavrov.txt:4') > found.indexOf('lavrov.txt:6'));
	// A typo in one word still names him.
	assert.equal(searchIndex(index, 'sergei lavrof').paragraphs.length, 5);
	// The words still being typed do not yet name anyone.
	assert.deepEqual(places(articles, searchIndex(index, 'sergei lav')).sort(), ['lavrov.txt:0', 'lavrov.txt:1']);
	assert.ok(!places(articles, searchIndex(index, 'sergei lavrov !sanctions')).includes('lavrov.txt:3'), 'negation still holds');
});

test('shaps: the name Shapps comes first, its common-word neighbours are counted apart, and n steps through Shapps first', () => {
	const articles = [
		article('ships.txt', 'Cargo ships lost at sea', 'Ships broadcast their position.', 'The shapes of the hulls differ.', 'Two ships and their shapes.'),
		article('shapps.txt', 'Face coverings on transport, says Shapps', 'Transport secretary Grant Shapps announced the rule.', 'Shapps said it was a condition of travel.'),
		article('spiral.txt', 'Spirals in the disc', 'These spirals have shapes we can read.'),
	];
	const index = buildSearchIndex(articles, [none, {speakers: [speaker('Grant Shapps', ['Shapps'])], quotes: [quote('Grant Shapps', 2)]}, none]);
	const results = searchIndex(index, 'shaps');
	const found = places(articles, results);
	assert.deepEqual(found.slice(0, 3).sort(), ['shapps.txt:0', 'shapps.txt:1', 'shapps.txt:2']);
	assert.ok(results.paragraphs.slice(0, 3).every(hit => !hit.weak));
	assert.ok(results.paragraphs.slice(3).length === 5 && results.paragraphs.slice(3).every(hit => hit.weak), 'ships and shapes come after, marked weak');
	assert.equal(describeCounts(results), '1 speaker · 3 matches in 3 paragraphs · 6 near spellings in 5 more');
	// n steps through the strong matches first, although ships.txt comes first in reading order.
	let state: SearchState = reduceSearch(reduceSearch(initialSearch, {type: 'open'}), {type: 'insert', text: 'shaps'});
	state = reduceSearch(state, {type: 'results', results});
	assert.deepEqual(state.matches.slice(0, 3).map(match => articles[match.article]!.file), ['shapps.txt', 'shapps.txt', 'shapps.txt']);
	state = reduceSearch(state, {type: 'accept'});
	assert.equal(articles[state.matches[state.current]!.article]!.file, 'shapps.txt', 'Enter opens the best result at its own match');
	assert.match(matchStatus(state)!, /^match [123]\/3, then 6 near$/);
	while (state.current < 3) state = reduceSearch(state, {type: 'step', direction: 1});
	assert.equal(matchStatus(state), 'near spelling 1/6', 'the status line says when n has gone on to the near spellings');
	// A long word's one typo is a sure match, name or not.
	assert.ok(searchIndex(index, 'broadcats').paragraphs.every(hit => !hit.weak));
});

test('kim jong with no Kim Jong Un says no paragraph has all the words, and what it shows is marked weak', () => {
	const articles = [
		article('kardashian.txt', 'Kim Kardashian has a long day', 'Kim said the song was long.', 'It took a long time.'),
		article('seoul.txt', 'Seoul elects a mayor', 'The mayor, Park Won-soon, spoke for long.'),
	];
	const index = buildSearchIndex(articles);
	const results = searchIndex(index, 'kim jong');
	assert.ok(results.paragraphs.length > 0);
	assert.ok(results.paragraphs.every(hit => hit.weak));
	assert.match(describeCounts(results), /^no paragraph has all the words · \d+ near spellings in \d+ paragraphs$/);
	assert.match(describeCounts(searchIndex(index, 'jong')), /^no paragraph has the word · /);
});

test('a headline match ranks above a body match of the same strength', () => {
	const articles = [
		article('body.txt', 'Congress sworn in', 'Nancy Pelosi was elected Speaker on Thursday.'),
		article('headline.txt', 'Pelosi elected Speaker again', 'The House voted on Thursday.'),
	];
	const index = buildSearchIndex(articles);
	for (const query of ['pelosi', 'pelossi', 'pelo']) assert.deepEqual(places(articles, searchIndex(index, query)), ['headline.txt:0', 'body.txt:1'], query);
	// Strength comes before place: the whole word in the body above a word the query starts in a headline.
	const words = [article('a.txt', 'Pelosian politics', 'Pelosi spoke.')];
	assert.deepEqual(places(words, searchIndex(buildSearchIndex(words), 'pelosi')), ['a.txt:1', 'a.txt:0']);
});

test('with no quote to tie them, the text does: greta finds the paragraphs saying Thunberg, and may puts Theresa May before the month', () => {
	const articles = [
		article('dates.txt', 'Events this spring', 'The fair opened in May and closed in June.', 'Visitors may bring food.'),
		article('time.txt', 'Time names its person of the year', 'Time chose climate activist Greta Thunberg on Wednesday.', 'Thunberg began her protest in 2018.', 'The magazine also considered others.'),
		article('brexit.txt', 'Parliament votes on the deal', 'Prime Minister Theresa May lost the vote.', 'May said she would try again.'),
		// Another article's Thunberg is not tied to Greta by this one.
		article('other.txt', 'Swedish football', 'Erik Thunberg scored twice.'),
	];
	const index = buildSearchIndex(articles);
	assert.deepEqual(places(articles, searchIndex(index, 'greta')), ['time.txt:1', 'time.txt:2']);
	assert.deepEqual(places(articles, searchIndex(index, 'alexei')), []);
	const may = places(articles, searchIndex(index, 'may'));
	assert.equal(may[0], 'brexit.txt:1', 'the full name first');
	assert.ok(may.indexOf('brexit.txt:2') >= 0 && may.indexOf('dates.txt:1') >= 0);
});
