// The language layer: every word keeps its place in the text, and the tags the attribution rules rely on.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {rememberingTagger, tagWords} from '../../source/core/language/index.js';

const tags = (text: string): string[] => tagWords(text).map(w => `${text.slice(w.start, w.end)}/${w.pos}`);

test('words carry their offsets in the text, through curly marks, dashes, emoji, links and contractions', () => {
	const text = '“We can’t,” she said — twice.\u00a0See https://example.org/a?b=1 😀  O\'Neill\'s aide didn\'t.';
	const words = tagWords(text);
	let previous = 0;
	for (const word of words) {
		assert.ok(word.start >= previous && word.end > word.start, `order at ${word.start}`);
		assert.equal(text.slice(previous, word.start).trim(), '', 'only spaces between words');
		previous = word.end;
	}
	assert.equal(text.slice(previous).trim(), '');
});

test('a verb of saying is a verb, its noun twin a noun', () => {
	assert.ok(tags('The minister said the plan failed.').includes('said/VERB'));
	assert.ok(tags('Her comments drew a reply from the mayor.').includes('comments/NOUN'));
	assert.ok(tags('She comments on the plan every week.').includes('comments/VERB'));
});

test('names are proper nouns, titles apart from them by case', () => {
	const tagged = tags('Patricia Hewitt, the trade secretary, told reporters that Boeing would pay.');
	for (const word of ['Patricia/PROPN', 'Hewitt/PROPN', 'Boeing/PROPN', 'secretary/NOUN']) assert.ok(tagged.includes(word), word);
});

test('tagging the same text twice gives the same words and tags', () => {
	const text = 'The council announced on Monday that the road would reopen.';
	assert.deepEqual(tagWords(text), tagWords(text));
});

test('a part of the text is tagged as that text alone would be, its words at their offsets in the whole', () => {
	const text = 'The vote was close. The mayor said the plan failed. Nobody else spoke.';
	const from = text.indexOf('The mayor');
	const to = text.indexOf(' Nobody');
	const part = tagWords(text, from, to);
	assert.deepEqual(part.map(w => text.slice(w.start, w.end)), ['The', 'mayor', 'said', 'the', 'plan', 'failed', '.']);
	assert.deepEqual(part.map(w => w.pos), tagWords(text.slice(from, to)).map(w => w.pos));
});

test('a remembering tagger gives a recurring stretch the words and tags it has at each place, as tagWords does', () => {
	const text = 'Prices rose, he said. Wages fell, he said. He said nothing of rents, he said.';
	const tag = rememberingTagger();
	for (const from of [text.indexOf(' he said.'), text.indexOf(' he said.', 20), text.lastIndexOf(' he said.')]) {
		assert.deepEqual(tag(text, from, from + ' he said.'.length), tagWords(text, from, from + ' he said.'.length));
	}
	assert.deepEqual(tag(text), tagWords(text), 'a long stretch');
});
