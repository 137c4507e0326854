// How close a page's article is to the text Readability's own suite expects of it: token F1 over
// words (letters and digits, case and compatibility forms folded), the measure the issue sets.
import {parseHTML} from 'linkedom';
import type {Article} from '../source/core/article.js';

const words = (text: string): string[] =>
	text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

/** Token F1 of `found` against `expected`, as bags of words. */
export function tokenF1(found: string, expected: string): number {
	const bag = new Map<string, number>();
	const wanted = words(expected);
	for (const word of wanted) bag.set(word, (bag.get(word) ?? 0) + 1);
	const got = words(found);
	let common = 0;
	for (const word of got) {
		const left = bag.get(word) ?? 0;
		if (left > 0) {
			common++;
			bag.set(word, left - 1);
		}
	}
	return common === 0 ? 0 : (2 * common) / (got.length + wanted.length);
}

/** The text of a suite's `expected.html`. */
export const expectedText = (html: string): string => parseHTML(html).document.documentElement.textContent ?? '';

/** An article's body: past its headline and the source line under it. */
export const bodyText = (article: Article): string => article.paragraphs.slice(article.dateline ? 2 : 1).join('\n');
