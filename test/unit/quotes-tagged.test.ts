// Attribution patterns that rest on the language layer's tags, each on sentences written for the test.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {article} from './test-articles.js';

const said = (...body: string[]): [string | null, string, string][] => extractQuotes(article(...body)).quotes.map(q => [q.speaker, q.kind, q.text]);

test('a verb of saying is known by its tag: the noun of the same spelling reports nothing', () => {
	assert.deepEqual(said('Her comments on the budget drew a reply from the council.'), []);
	assert.deepEqual(said('The mayor notes that the budget is too small.'), [['The mayor', 'indirect', 'the budget is too small']]);
});

test('a noun of saying qualified by an -ing word someone owns is a noun, whatever follows it', () => {
	const report = 'Ana Ruiz said in her closing remarks that the town needed "new roads."';
	assert.deepEqual(said(report).map(([speaker, kind]) => [speaker, kind]), [['Ana Ruiz', 'partial']]);
	// An owned noun that is no modifier leaves the verb after it a verb.
	assert.deepEqual(said('Her lawyer claims that the contract was "never signed."').map(([speaker]) => speaker), ['Her lawyer']);
});

test('a finite verb makes the content a clause; a noun phrase alone is no report', () => {
	assert.deepEqual(said('Marta Ruiz announced her retirement from the board.'), []);
	assert.deepEqual(said('Marta Ruiz announced the board would meet again in spring.'), [['Marta Ruiz', 'indirect', 'the board would meet again in spring']]);
});

test("the clause's verb may come after an aside in brackets", () => {
	assert.deepEqual(said('Rescuers said dozens of NRC (Northern Relief Corps) volunteers arrived overnight.'), [
		['Rescuers', 'indirect', 'dozens of NRC (Northern Relief Corps) volunteers arrived overnight'],
	]);
});

test("a body's acronym in brackets stays with its name as the subject", () => {
	assert.deepEqual(said('The Northern Relief Corps (NRC) announced it had reached the valley.'), [['Northern Relief Corps', 'indirect', 'it had reached the valley']]);
});

test('a verb of saying used in another sense, followed by an object, reports nothing', () => {
	// `confirm` an appointment: a pronoun object, then a new clause after the comma.
	assert.deepEqual(said('The assembly confirmed him, but the council had not met.'), []);
	assert.deepEqual(said('The assembly confirmed the appointment on Monday, the council did not.'), []);
});

test('a modifier before a plural noun of people is part of the subject, not a pronoun', () => {
	assert.deepEqual(said('UK regulators claimed the bridge was unsafe.'), [['UK regulators', 'indirect', 'the bridge was unsafe']]);
});

test('a title written short keeps its full stop and stays apart from the name (Rep., Rev., Sen.)', () => {
	const result = extractQuotes(article('"The vote was fair," said Rep. Alma Reyes (D-Ore.) at the time.', '"We will go on," said Rev. Tomas Eklund.'));
	assert.deepEqual(result.speakers.map(s => [s.name, s.title]), [['Alma Reyes', 'Rep.'], ['Tomas Eklund', 'Rev.']]);
});

test('a state after a town only says where the town is: the person before them speaks', () => {
	assert.deepEqual(said('Dana Whitlow of Springfield, Illinois says she will vote "for the first time in years."'), [['Dana Whitlow', 'partial', 'for the first time in years.']]);
});

test('a state after a town in an opening adverbial is the adverbial\'s: the subject comes after it', () => {
	const opening = (sentence: string) => said('The agency found the files had been "mishandled" for years.', sentence).at(-1)?.[0];
	assert.equal(opening('Speaking at a rally in Dayton, Ohio, Warren went after Hale, calling him "a coward."'), 'Warren');
	assert.equal(opening('At a town hall in Reno, Nevada, on Monday, Warren turned on Hale, calling him "a coward."'), 'Warren');
});

test('three words or more in capitals are a heading, not a speaker', () => {
	const result = extractQuotes(article('FARM PRICES FALL AGAIN said "nothing" to the growers.'));
	assert.deepEqual(result.speakers, []);
});

test('a sentence that reports nobody is tagged where its subject is found: an adverb opening it runs into the subject', () => {
	// `Later on Monday Ana Ortiz met …`: the subject is Ana Ortiz, not the last name in the sentence, so her `she` is hers.
	assert.deepEqual(said('Later on Monday Ana Ortiz met with the governor, then with Senator Lucy Grant, where she raised the budget again. On the question of taxes, she noted "the state cannot raise them this year".'), [
		['Ana Ortiz', 'partial', 'the state cannot raise them this year'],
	]);
});

test('a sentence that reports nobody is tagged past an opening adverbial, where its subject is', () => {
	assert.deepEqual(said('After the flooding along the river last week, Democratic gubernatorial candidate Dana Hill released the following statement:', '"The court has spoken, and we will abide by its decision."'), [
		['Dana Hill', 'direct', 'The court has spoken, and we will abide by its decision.'],
	]);
});

test('a word the tagger reads as the second noun of a compound is the verb when an amount follows it', () => {
	assert.deepEqual(said('The new bridge cost $40 million, officials said.'), [['officials', 'indirect', 'The new bridge cost $40 million']]);
	assert.deepEqual(said('The clinic treats 300 patients a week, its director said.'), [["the clinic's director", 'indirect', 'The clinic treats 300 patients a week']]);
	// A noun before a number inside a phrase is still a noun, and a currency sign is no word: no clause in either.
	assert.deepEqual(said('Officials at the gate said nothing about the delay.'), []);
	assert.deepEqual(said('The growers’ association reports a price of US$470 per ton for the harvest.'), []);
});

test('a delegate’s title written short (`Del.`) ends no sentence: the name after it is the speaker', () => {
	assert.deepEqual(said('"This hearing is a waste of time," said Del. Rosa Quinn, a Democrat.').map(([speaker]) => speaker), ['Del. Rosa Quinn']);
});

test('a past form after a noun, then phrases a preposition or an -ing word governs, then a verb, describes the noun: nobody reports', () => {
	assert.deepEqual(said('Statistics show number of thefts reported in various towns in Kent including Dover have risen this year.'), []);
	// (a noun phrase no preposition governs still opens a report: `added in a statement the plan is dead`)
	assert.deepEqual(said('The ministry added in a statement the plan is dead.'), [['The ministry', 'indirect', 'the plan is dead']]);
});

test('a past form of saying between an owner and the noun owned qualifies the noun: `May’s proposed Brexit deal`', () => {
	assert.deepEqual(said('Tom Wade called Prime Minister Ann Lee’s proposed trade deal "lousy" and said he would vote against it.').map(([speaker]) => speaker), ['Tom Wade', 'Tom Wade']);
	assert.deepEqual(said('Questions about the mayor’s alleged illness continued.'), []);
});
