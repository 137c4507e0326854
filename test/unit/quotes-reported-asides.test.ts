// Reported speech with its attribution set off by commas inside it (`A, officials said, B`): one report, from A to B.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {article} from './test-articles.js';

const reported = (text: string): [string | null, string][] => extractQuotes(article(text)).quotes.filter(q => q.kind === 'indirect').map(q => [q.speaker, q.text]);

test('a subject, then the attribution, then its verb: one report across the attribution', () => {
	assert.deepEqual(reported('About 40 tonnes of grain, officials said, burned overnight.'), [['officials', 'About 40 tonnes of grain, officials said, burned overnight']]);
});

test('an adverbial or a whole clause before the attribution, the rest after it: one report', () => {
	assert.deepEqual(reported('At noon on Sunday, the club said, the gates will open again.'), [['the club', 'At noon on Sunday, the club said, the gates will open again']]);
	assert.deepEqual(reported('The bridge was unsafe, engineers have said, and should never have opened.'), [['engineers', 'The bridge was unsafe, engineers have said, and should never have opened']]);
});

test('a clause of its own after a conjunction is a second report, not the rest of the first', () => {
	assert.deepEqual(reported('The road is closed, Lopez said, and drivers should expect delays for weeks.'), [
		['Lopez', 'The road is closed'],
		['Lopez', 'drivers should expect delays for weeks'],
	]);
});

test('a role after the speaker, or the verb the subject was waiting for, does not continue the report', () => {
	assert.deepEqual(reported('The mill will close in May, according to Mayor Joan Reyes, the head of the council.'), [['Joan Reyes', 'The mill will close in May']]);
	for (const [, text] of reported('Residents, according to the local paper, said the water was brown.')) assert.ok(!text.includes('according'), text);
});

test('a quoted fragment in a second conjunct leaves the first conjunct reported on its own', () => {
	const result = extractQuotes(article('Minister Ana Brudzinska said the mayor required resuscitation, and was in a "serious" condition.'));
	assert.deepEqual(result.quotes.map(q => [q.kind, q.text]), [['indirect', 'the mayor required resuscitation'], ['partial', 'serious']]);
	assert.deepEqual(reported('President Lech Duda told reporters the heart was restarted by doctors "and there is hope."'), [['Lech Duda', 'the heart was restarted by doctors']]);
});

test('a conjunct after a quoted one is reported too', () => {
	assert.deepEqual(reported('Spokesman Ed Weber said it is possible "that the airline carries arms," and the ban followed talks within Europe.'), [['Ed Weber', 'the ban followed talks within Europe']]);
});

test('an addressee may be an adjective and a noun', () => {
	assert.deepEqual(reported('President Lech Duda told local media the heart was restarted by doctors.'), [['Lech Duda', 'the heart was restarted by doctors']]);
});

test('a concession after the report is the writer\'s', () => {
	assert.deepEqual(reported('The county police said the man had a gun, though it was later found to be a toy.'), [['The county police', 'the man had a gun']]);
});

test('a report opening with an adverbial and its comma is a clause when the clause comes after the comma', () => {
	assert.deepEqual(reported('As a newcomer, Ms. Vance likely raised less suspicion, Mr. Oduya said.'), [['Oduya', 'As a newcomer, Ms. Vance likely raised less suspicion']]);
});

test('an aside set off by dashes, between the subject and its verb or between the verb and its content', () => {
	assert.deepEqual(reported('Reached by phone, Joyce Ames — who is listed as an attorney in Ohio — told reporters she is not planning an appeal.'), [['Joyce Ames', 'she is not planning an appeal']]);
	assert.deepEqual(reported('The chairman, Paul Mandel, said — on the radio, as it happens — that the club raised $4 million.'), [['Paul Mandel', 'the club raised $4 million']]);
});

test('a stray quotation mark after a quoted conjunct opens no report', () => {
	const result = extractQuotes(article('Fourteen-year-old Zoe said the roof fell in and "everyone started screaming", and "[i]t felt like \'am I going to live?\' ".'));
	assert.ok(result.quotes.every(q => q.kind !== 'indirect' || !q.text.startsWith('"')), JSON.stringify(result.quotes));
});

test('`according to X` set off by commas inside a clause that begins before it and goes on after it: one report', () => {
	assert.deepEqual(reported('Since then, according to the museum, over four hundred coins have been found.'), [['the museum', 'Since then, according to the museum, over four hundred coins have been found']]);
	assert.deepEqual(reported('The old mill, according to the town council, is too big to sell.'), [['the town council', 'The old mill, according to the town council, is too big to sell']]);
});

test('an aside opening the content after `that` is part of the report, the comma before it is not', () => {
	assert.deepEqual(reported('The senator argued that, as a member of the committee, she could not vote on the bill.'), [['The senator', 'as a member of the committee, she could not vote on the bill']]);
});

test('the verb after the attribution may be a past form the tagger reads as an adjective, when a determiner opens its object', () => {
	assert.deepEqual(reported('The cuts to the budget, many economists say, limited the recovery.'), [['many economists', 'The cuts to the budget, many economists say, limited the recovery']]);
});
