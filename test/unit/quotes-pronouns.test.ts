// `he` and `she` across sentences: the person the text is about, unless the article shows them to be of the other gender.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {article} from './test-articles.js';

const speakerOf = (body: string[], text: string): string | null | undefined => extractQuotes(article(...body)).quotes.find(q => q.text.includes(text))?.speaker;

test('a he that could only be one person shows his gender: a later she is somebody else named before', () => {
	const body = ['Cyclist Tom Reyes was hit by a van on Friday. He died in hospital.', 'Police later spoke with Ana Liu as a witness. She told officers she had seen "a blue van speeding away".'];
	assert.equal(speakerOf(body, 'blue van'), 'Ana Liu');
});

test('titles and gendered nouns show gender too', () => {
	assert.equal(speakerOf(['Mrs Patel met Mr Grant on Monday. He said the talks had gone "very well indeed".'], 'very well'), 'Grant');
	assert.equal(speakerOf(['Mrs Patel met Mr Grant on Monday. She said the talks had gone "very well indeed".'], 'very well'), 'Patel');
});

test('a pronoun inside a clause shows nothing of the gender of the subject it was taken for', () => {
	const body = ['Senator Ella Warren questioned bank chief Jon Stumpf, after he admitted fault.', 'Later she said the bank "must pay" for it.'];
	assert.equal(speakerOf(body, 'must pay'), 'Ella Warren');
});

test('with no gender shown, he and she both point back to the person the text is about', () => {
	assert.equal(speakerOf(['Kim Lee met Alex Dorn on Monday.', 'She said the talks had gone "very well indeed".'], 'very well'), 'Kim Lee');
});
