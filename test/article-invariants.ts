// What must hold of every loaded article, whatever its text: the tests check it on test/fixtures,
// `npm run eval` on the whole Wikinews corpus in ../shared (scripts/eval/corpus.ts). Each check throws an
// AssertionError naming the article.
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import type {Article} from '../source/core/article.js';
import displayWidth from '../source/core/display-width.js';
import {fitWidth} from '../source/core/fit.js';
import {extractQuotes} from '../source/core/quotes/extract.js';
import {wrapParagraph} from '../source/core/wrap.js';

/**
 * At least a headline and a paragraph; every paragraph trimmed, single-spaced (a non-breaking space only where the text
 * had one, never beside a plain space), with no control or invisible character.
 */
export function assertReadable(article: Article): void {
	assert.ok(article.paragraphs.length >= 2, article.file);
	for (const paragraph of article.paragraphs) {
		assert.ok(paragraph.length > 0 && paragraph === paragraph.trim(), article.file);
		assert.doesNotMatch(paragraph, /[\u0000-\u001F\u007F-\u009F\u200B\u200D\uFEFF]| {2}| \u00A0|\u00A0 /u, article.file);
	}
}

/** Every quote's offsets mark its text, in reading order, and the speaker list agrees with the quotes. */
export function assertQuotesMarkTheirText(article: Article): void {
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

/** Every paragraph wraps within each width and keeps every word. */
export function assertWraps(article: Article, widths: readonly number[] = [20, 37, 78]): void {
	for (const width of widths) {
		for (const paragraph of article.paragraphs) {
			const wrapped = wrapParagraph(paragraph, width).map(({start, end}) => paragraph.slice(start, end));
			for (const line of wrapped) assert.ok(displayWidth(line) <= width, `${article.file}: ${line}`);
			assert.equal(wrapped.join('').replace(/\s/g, ''), paragraph.replace(/\s/g, ''), article.file);
		}
	}
}

/** The headline fits every width up to 60, cut with an ellipsis and no space before it. */
export function assertHeadlineFits({title}: Article): void {
	for (let width = 1; width <= 60; width++) {
		const fitted = fitWidth(title, width);
		assert.ok(displayWidth(fitted) <= width, `${width}: ${fitted}`);
		assert.doesNotMatch(fitted, /\s…$/, `${width}: ${fitted}`);
		if (fitted !== title) assert.ok(title.startsWith(fitted.slice(0, -1)) && fitted.endsWith('…'), fitted);
	}
}

/**
 * Every word measures as string-width measures it, but Indic words, where ours counts the cells a terminal draws
 * (more than string-width's clusters). Returns how many Indic words did so.
 */
export function assertWidthsAgree(article: Article): number {
	let indicWider = 0;
	for (const paragraph of article.paragraphs) {
		for (const word of paragraph.split(' ')) {
			const width = displayWidth(word);
			if (width > stringWidth(word) && /[\u0900-\u0DFF]/.test(word)) indicWider++;
			else assert.equal(width, stringWidth(word), `${article.file}: ${word}`);
		}
	}
	return indicWider;
}
