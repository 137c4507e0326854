// Words in quotation marks that nobody is reported as saying: names given, and words talked about rather than used.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {article} from './test-articles.js';

const quoted = (...body: string[]): string[] => extractQuotes(article(...body)).quotes.filter(q => q.kind !== 'indirect').map(q => q.text);

test('a short quotation that is the subject of what it means or stands for is a word talked about', () => {
	assert.deepEqual(quoted('"KX-7" is the name of the new engine.'), []);
	assert.deepEqual(quoted('Officially, "KX" stands for "Kestrel X", the maker said.'), []);
	assert.deepEqual(quoted('The board picked a name: "Harbor Line" is to replace the old one.'), []);
});

test('…though in what somebody is reported to have said, or as an object, the words are quoted', () => {
	assert.deepEqual(quoted('The mayor boasted that "everyone" is moving to the city.'), ['everyone']);
	assert.deepEqual(quoted('The firm said it tried to sell a "smart brick" meant to save power.'), ['smart brick']);
});

test('what a verb of naming or a naming noun puts in quotation marks is a name, not words said', () => {
	assert.deepEqual(quoted('The panel named the new species found in the hills "Lomax frog" on Friday.'), []);
	assert.deepEqual(quoted('The temporary designation "Zone B" ended in May.'), []);
	// Calling something names is characterising it: the caller's words.
	assert.deepEqual(quoted('Mayor Ellen Park called the plan "a disgrace" on Friday.'), ['a disgrace']);
});

test('a few words in quotation marks in a sentence that reports nobody saying anything are scare quotes', () => {
	assert.deepEqual(quoted('The attacker used a "sharp tool" in the hall.'), []);
	assert.deepEqual(quoted('Fans queued at the old "bubbler" near the gate.'), []);
	// A longer stretch, or one in a sentence that reports somebody, stays a quotation.
	assert.deepEqual(quoted('Mayor Ellen Park said the plan was "a mess" from the start.'), ['a mess']);
	assert.deepEqual(quoted('A banner read "we will not be moved from this square" all day.').length, 1);
});

test('a heading or a link that holds no sentence names a story: its quotation is a title, its shouted label nobody', () => {
	const result = extractQuotes(article('Crews worked through the night.', 'READ MORE: "Storm batters the coast" as thousands lose power', 'The mayor thanked them.'));
	assert.deepEqual(result.quotes, []);
	// A label before a paragraph of prose is no speaker of what follows it.
	assert.deepEqual(extractQuotes(article('NOW OPEN: "Harbor Line cafe opens its doors," by Ana Ruiz: the cafe is open late.')).speakers.map(s => s.name).filter(name => name === 'OPEN'), []);
	// A heading that names who speaks is one of their quotes.
	assert.deepEqual(quoted('Earlier, Mayor Ellen Park said: "We will rebuild"'), ['We will rebuild']);
});

test('a title where a work’s name stands (after an owner, `on`, `in` or `of`) is no quotation, though the sentence puts its comma or full stop inside the marks', () => {
	assert.deepEqual(quoted('Mayor Ann Lee said the bridge was "a disgrace" on Sunday’s broadcast of KTV’s "Morning Watch."'), ['a disgrace']);
	assert.deepEqual(quoted('Ann Lee, author of "The Long Road Home," said the town "never gave up."'), ['never gave up.']);
	// …an owner in lower case too, and one capitalised word after an owner is a title.
	assert.deepEqual(quoted('On the channel’s "Morning Watch," Ann Lee said the town "never gave up."'), ['never gave up.']);
	assert.deepEqual(quoted('Ann Lee, star of television’s "Harbor," said the town "never gave up."'), ['never gave up.']);
	// (a quotation in title case elsewhere is still somebody's words: `said "Make The Town Great,"`)
	assert.deepEqual(quoted('Ann Lee said "Make The Town Great," and the crowd cheered.'), ['Make The Town Great,']);
});
