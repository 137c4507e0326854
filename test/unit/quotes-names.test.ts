// Names as speakers: where a name starts and ends, and which of several names in a subject speaks.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {article} from './test-articles.js';

const speakers = (...body: string[]): string[] => extractQuotes(article(...body)).speakers.map(s => s.name);

test('a compound of a name and a participle describes the name after it and is no part of it', () => {
	assert.deepEqual(speakers('The Kurdish-led Northern Front said it had "signed a deal" with the city.'), ['Northern Front']);
	assert.deepEqual(speakers('"It is shortsighted," said Los Angeles-based attorney Edgar Marto.'), ['Edgar Marto']);
});

test('of two full names joined by and, the first named speaks; a second body\'s head opens a second name', () => {
	assert.deepEqual(speakers('The Center for Safe Rivers and Center for Food Safety said the fish were "almost gone" now.'), ['Center for Safe Rivers']);
	assert.deepEqual(speakers('Senator Paul Okafor and Governor Lee Park said the deal was "done at last".'), ['Paul Okafor']);
});

test('…but and inside one name, or between two titles, joins them', () => {
	assert.deepEqual(speakers('The Centers for Disease Control and Prevention said the flu was "spreading fast" now.'), ['Centers for Disease Control and Prevention']);
	assert.deepEqual(speakers('Acme President and CEO Andy Vance said the firm was "working hard" on it.'), ['Andy Vance']);
});

test('a body the article calls by its bare name more often than by a place-qualified one is not that other body', () => {
	assert.deepEqual(speakers('The Senate met on Monday.', 'The Senate said it would "vote soon" on the bill. The U.S. Senate passed a law.'), ['Senate']);
	// …though a bare name used no more often than the qualified one is that body's short form.
	assert.deepEqual(speakers('The U.S. Senate met on Monday.', 'The Senate said it would "vote soon" on the bill.'), ['U.S. Senate']);
});

test('a title written short before a name that opens like a particle (`Rev. Al Sharp`) is still a title', () => {
	const result = extractQuotes(article('"Pray for them," said Rev. Al Sharp.'));
	assert.deepEqual(result.speakers.map(s => [s.name, s.title]), [['Al Sharp', 'Rev.']]);
	// …while an office and its domain with nobody named stay whole.
	assert.deepEqual(speakers('The Director-General of the WHO said the risk was "very high" now.'), ['Director-General of the WHO']);
});

test('an agency is an outlet only as a news or press agency: a government agency speaks', () => {
	assert.deepEqual(speakers('The Federal Water Agency said the river was "badly polluted" again.'), ['Federal Water Agency']);
	const reported = extractQuotes(article('The Harbour News Agency said the river was "badly polluted" again.'));
	assert.deepEqual(reported.quotes.map(q => [q.speaker, q.via]), [[null, 'Harbour News Agency']]);
});

test('a person of a body is the person, past a possessor before the body (`of the UK\'s … Agency`)', () => {
	assert.deepEqual(speakers('Tom Baker of the UK\'s National Water Agency (NWA) said, "Rivers are dirty. Nobody cleans them."'), ['Tom Baker']);
	assert.deepEqual(speakers('Ann Lee of the city\'s Forest Council said, "The trees are dying. Nobody plants them."'), ['Ann Lee']);
});

test("a body's name joined by `on` goes on past its `and` (`Committee on Intelligence and Security`)", () => {
	const {speakers} = extractQuotes({file: 't.txt', title: 'A headline', paragraphs: ['A headline', 'The Joint Committee on Fisheries and Forestry said the quota would be cut.']});
	assert.deepEqual(speakers.map(s => s.name), ['Joint Committee on Fisheries and Forestry']);
});

test('a place named alone is that place, not short for a longer name ending in it', () => {
	const {quotes} = extractQuotes({file: 't.txt', title: 'A headline', paragraphs: ['A headline', 'Troops crossed into South Sudan on Monday.', 'Sudan said it would withdraw them within a week.']});
	assert.deepEqual(quotes.map(q => q.speaker), ['Sudan']);
});

test('names joined by `and` in a modifier of a noun (`researchers from A and B`) say whom the noun stands for: the noun speaks', () => {
	assert.deepEqual(speakers('Researchers from the University of Leeds in England and the College of Bath in Wales reported the ice was melting fast.'), ['Researchers']);
});

test('initials written with their stops (`the F.B.I.`) are one body\'s name, before its verb and after it, the last stop included', () => {
	const result = extractQuotes(article('Agents from the F.B.I. met the mayor.', 'The F.B.I. said it had no record of the call.', 'The mayor had no record either, according to the F.B.I.'));
	assert.deepEqual(result.speakers.map(s => [s.name, s.kind, s.quotes]), [['F.B.I.', 'organization', 2]]);
	assert.deepEqual(result.quotes.map(q => q.text), ['it had no record of the call', 'The mayor had no record either']);
});

test('an acronym in brackets that spells the capitalised words before it, across commas, names the whole body', () => {
	const result = extractQuotes(article("The country's Institute of Soils, Water Control and Forestry (ISWCF) reported the dam had held."));
	assert.deepEqual(result.speakers.map(s => [s.name, s.kind]), [['Institute of Soils, Water Control and Forestry', 'organization']]);
	// A person of the body stays the person.
	assert.deepEqual(speakers('Ann Ross of the Water Control Board (WCB) said the dam had held.'), ['Ann Ross']);
});

test('`Whereas` opening a sentence is a conjunction, no part of the name after it', () => {
	assert.deepEqual(speakers('Ann Ross and Tom Lee ran.', 'Whereas Ross said the plan was fair, Lee said it was not.'), ['Ann Ross', 'Tom Lee']);
});
