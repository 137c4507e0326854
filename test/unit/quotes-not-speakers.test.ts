// Words that read like a speaker on real pages and are none: each test names the pattern of English that shows it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {headlined} from './test-articles.js';

const said = (article: Article): [string | null, string, string][] => extractQuotes(article).quotes.map(q => [q.speaker, q.kind, q.text]);

test('a headline word that ends a place name with the word before it is that name, not a verb of saying', () => {
	assert.deepEqual(said(headlined('United States to Ease Limits on Chile Imports', 'Officials met in Lima.')), []);
	// (the verb still speaks where it follows a subject: `Mayor States Case`)
	assert.deepEqual(said(headlined('Mayor Ana Costa States Bridge Will Close', 'The bridge is old.')).map(q => q[0]), ['Ana Costa']);
});

test('a name right before a common noun qualifies it: a people or a place describing a group is nobody named', () => {
	// (a headline signed after its colon)
	assert.deepEqual(said(headlined("'We want our land back': Kenyan farmers angry over new tax", 'The tax starts in May.')), []);
	// (the subject a first-person quotation that nobody introduces falls to)
	assert.deepEqual(said(headlined('A headline', 'On Monday, Kenyan farmers marched on the capital.', '"We want our land back."')).map(q => q[0]), [null]);
	// (a name alone still signs, and still is the subject)
	assert.deepEqual(said(headlined("'We want our land back': Maria Lopez", 'The tax starts in May.')).map(q => q[0]), ['Maria Lopez']);
	assert.deepEqual(said(headlined('A headline', 'On Monday, Maria Lopez marched on the capital.', '"We want our land back."')).map(q => q[0]), ['Maria Lopez']);
	// (a verb in -s the tagger reads as a plural noun, with a preposition after it, is still the name's verb)
	assert.deepEqual(said(headlined('A headline', 'Mr Costa lands in Lisbon later on Friday.', 'But with a year left, he said the bridge was "the hardest part" of the job.')).map(q => q[0]), ['Costa']);
});

test('a determiner after a noun opens a relative clause: the sentence is about the noun before, not the clause subject', () => {
	const result = said(headlined('A headline', 'The only mistake the coach made was a late change.', 'There was a flicker on his face as if to say "You think you got me?" before he smiled.'));
	assert.deepEqual(result.map(q => q[0]), [null]);
	// (a described person opening the sentence is still its subject)
	assert.deepEqual(said(headlined('A headline', 'The coach made a late change.', 'There was a flicker on his face as if to say "You think you got me?" before he smiled.')).map(q => q[0]), ['The coach']);
});

test('a capitalised word with a number after it is a numbered thing, never the person a pronoun stands for', () => {
	const story = (place: string) =>
		said(headlined('A headline', 'Paul Weber ran the lab for years. Weber was strict. He hired new staff each year.', `Once Ana Costa arrived in ${place}, Weber gave her a manual. "He carried a lot in his head," she said.`));
	assert.deepEqual(story('Building 24').map(q => q[0]), ['Ana Costa']);
	assert.deepEqual(story('Hangar 7').map(q => q[0]), ['Ana Costa']);
});

test('a paragraph ending in no sentence mark is a caption: what it names is not the topic a first-person quote falls to', () => {
	const story = said(headlined('A headline', '"The fish are gone," says Ana Costa, who has fished the bay for forty years.', 'Rangitoto Harbour seen from the north shore, with mangroves in the silt', '"We are not strangers in this land."'));
	assert.deepEqual(story.map(q => q[0]), ['Ana Costa', 'Ana Costa']);
	// (the same words as prose are the story's subject)
	const prose = said(headlined('A headline', '"The fish are gone," says Ana Costa, who has fished the bay for forty years.', 'Paul Weber watched from the north shore, with mangroves in the silt.', '"We are not strangers in this land."'));
	assert.deepEqual(prose.map(q => q[0]), ['Ana Costa', 'Paul Weber']);
});

test("`and` between capitalised words joins one body's name when the words after it run to the body's head", () => {
	const speakers = (text: string) => extractQuotes(headlined('A headline', text)).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(speakers('Fares will rise, according to the Coach Travel and Tourism Board, a trade body.'), [['Coach Travel and Tourism Board', 'organization']]);
	assert.deepEqual(speakers('The Fish and Wildlife Service said the lake would close.'), [['Fish and Wildlife Service', 'organization']]);
	// (not a role in a body before a person's name, nor two names)
	assert.deepEqual(speakers('Paul Weber and Harbour Committee Chairman Ana Costa said the lake would close.'), [['Paul Weber', 'person']]);
	assert.deepEqual(speakers('Austria and Hungary said the border would open.').map(s => s[0]), ['Hungary']);
});

test('a singular common noun needs a determiner: a `that` or `this` before the subject noun is its own, not a conjunction', () => {
	const speakers = (text: string) => extractQuotes(headlined('A headline', text)).speakers.map(s => s.name);
	assert.deepEqual(speakers('Or perhaps, as that blogger in Leeds suggested, the plan was never real.'), ['that blogger']);
	assert.deepEqual(speakers('That letter said the plant would close in May.'), ['That letter']);
	// (a plural after `that` is the clause's subject: `said that farmers …`)
	assert.deepEqual(speakers('Ana Costa said that farmers said the plant would close.')[0], 'Ana Costa');
});

test("a lone word opening a company's full name in the article is that company, unless a person bears it too", () => {
	const speakers = (...body: string[]) => extractQuotes(headlined('A headline', ...body)).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(speakers('Banks kept their stake in Norvik Group last year.', 'Norvik says it has no plans to sell.'), [['Norvik Group', 'organization']]);
	assert.deepEqual(speakers('Ana Vale runs the Vale Group in Porto.', 'Vale said the firm had done nothing wrong.'), [['Ana Vale', 'person']]);
});

test('a past form after a common noun, then a prepositional phrase running into the finite verb, is a participle, not a verb of saying', () => {
	const speakers = (text: string) => extractQuotes(headlined('A headline', text)).speakers.map(s => s.name);
	assert.deepEqual(speakers('Each sensor added to the grid is now read in its own loop.'), []);
	assert.deepEqual(speakers('The main change added during that year would appear to be faster charging.'), []);
	// (a second noun phrase before the verb is the reported clause's subject; an infinitive is what was asked)
	assert.deepEqual(speakers('The agency added in a statement the bridge is safe.'), ['The agency']);
	assert.deepEqual(speakers('The union asked for the vote to be held again.'), ['The union']);
});

test("`Online` ends a news website's name, as `Times` or `Post` end a paper's: an outlet, never a person", () => {
	const speakers = extractQuotes(headlined('A headline', 'Tarn Online adds that the mill was sold to a firm in Lyon.')).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(speakers, [['Tarn Online', 'organization']]);
});

test('a name the article says is a body (`X is a taxi company`) is an organisation wherever it speaks', () => {
	const speakers = (...body: string[]) => extractQuotes(headlined('A headline', ...body)).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(speakers('In short, Norvik is a taxi company, albeit a loose one.', 'Later, Norvik said the fares would rise.'), [['Norvik', 'organization']]);
	// (not a body a preposition brings in, nor one that qualifies a role)
	assert.deepEqual(speakers('In short, Vale is the head of a taxi company.', 'Later, Vale said the fares would rise.'), [['Vale', 'person']]);
	assert.deepEqual(speakers('In short, Vale is a company spokesman.', 'Later, Vale said the fares would rise.'), [['Vale', 'person']]);
});

test('plurals of people without an -s (`people`, `women`) head a group, as `residents` does, not one person', () => {
	const speakers = (text: string) => extractQuotes(headlined('A headline', text)).speakers.map(s => [s.name, s.kind]);
	assert.deepEqual(speakers('Local people said they saw a flash of light.'), [['Local people', 'unknown']]);
	assert.deepEqual(speakers('Two women told reporters the bus had braked hard.'), [['Two women', 'unknown']]);
	assert.deepEqual(speakers('A local man said he saw a flash of light.'), [['A local man', 'person']]);
});

test('a broadcaster known by its channel number is an outlet that reports, not a speaker named by its first word', () => {
	const quotes = extractQuotes(headlined('Water main breaks', 'The city said the break was contained.', 'Most homes had water by night, News 12 reported.')).quotes;
	assert.deepEqual(quotes.map(q => [q.speaker, q.via]), [['The city', null]]);
	assert.deepEqual(extractQuotes(headlined('Water main breaks', 'Indeed, News 12 reported, most homes had water by night.')).speakers, []);
});

test('what a banner or a sign says, nobody is reported saying: the thing is no speaker, nor are those who carry it', () => {
	assert.deepEqual(said(headlined('A march', 'Protesters marched past the hall with a banner saying "no more cuts to the schools in this town" as police watched.')).map(q => q[0]), [null]);
	assert.deepEqual(said(headlined('A march', 'People held signs reading "no more cuts to the schools in this town" outside the hall.')).map(q => q[0]), [null]);
	// (those who chant it say it)
	assert.deepEqual(said(headlined('A march', 'Protesters marched past the hall, chanting "no more cuts to the schools in this town" as police watched.')).map(q => q[0]), ['Protesters']);
});
