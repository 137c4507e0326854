// What an article itself says about who is who: the full names its text gives a short form
// (`Pelosi` beside `Nancy Pelosi`), and the names it gives an acronym (`World Health Organization (WHO)`).
import {abbreviates, acronymLetters, nameKey} from './names.js';

interface Word {
	text: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

function wordsOf(text: string): Word[] {
	const words: Word[] = [];
	for (const match of text.matchAll(WORD)) {
		// A sentence's full stop is no part of the word before it; an initial's is (`W.`).
		const word = /^\p{Lu}\.$/u.test(match[0]) || /\p{Lu}\.\p{Lu}\.?$/u.test(match[0]) ? match[0] : match[0].replace(/[.'’]+$/u, '');
		words.push({text: word, start: match.index, end: match.index + word.length});
	}
	return words;
}

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
// Words a name continues with after the surname (`Donald Trump Jr.`).
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Words between two that are one name's: only spaces.
const adjacent = (text: string, left: Word, right: Word): boolean => /^ +$/u.test(text.slice(left.end, right.start));

/**
 * For each place the text writes `word` inside a run of capitalised words, the keys of every
 * name of two to four words in that run that holds it: `House Speaker Nancy Pelosi` gives
 * `nancy pelosi`, `speaker nancy pelosi` and `house speaker nancy pelosi`, longest last.
 */
export function namesAround(paragraphs: readonly string[], word: string): string[][] {
	const found: string[][] = [];
	for (const text of paragraphs) {
		if (!text.includes(word)) continue;
		const words = wordsOf(text);
		words.forEach((candidate, at) => {
			if (candidate.text !== word) return;
			let first = at;
			while (first > 0 && at - first < 3 && isCapitalized(words[first - 1]!.text) && adjacent(text, words[first - 1]!, words[first]!)) first--;
			let last = at;
			while (last + 1 < words.length && last - at < 2 && (isCapitalized(words[last + 1]!.text) || SUFFIXES.has(words[last + 1]!.text.toLowerCase().replace(/\.$/u, ''))) && adjacent(text, words[last]!, words[last + 1]!)) last++;
			const keys: string[] = [];
			for (let length = 2; length <= 4; length++) {
				for (let from = Math.max(first, at - length + 1); from <= at && from + length - 1 <= last; from++) {
					keys.push(nameKey(words.slice(from, from + length).map(w => w.text).join(' ')));
				}
			}
			if (keys.length > 0) found.push(keys);
		});
	}
	return found;
}

/**
 * The names an article's text spells an acronym out as, `Name Of Body (NOB)`: the shortest run of
 * capitalised words (and connectors) before the bracket that the acronym abbreviates.
 */
export function spelledOut(paragraphs: readonly string[], acronym: string): string[] {
	const names: string[] = [];
	const letters = acronymLetters(acronym);
	for (const text of paragraphs) {
		let at = text.indexOf('(');
		while (at >= 0) {
			const close = text.indexOf(')', at);
			if (close < 0) break;
			if (acronymLetters(text.slice(at + 1, close)) === letters && /^[\p{Lu}.&]+$/u.test(text.slice(at + 1, close))) {
				const before = wordsOf(text.slice(Math.max(0, at - 200), at));
				for (let from = before.length - 2; from >= 0 && from >= before.length - 12; from--) {
					const name = before.slice(from).map(w => w.text).join(' ');
					if (isCapitalized(name) && abbreviates(letters, name)) {
						names.push(name);
						break;
					}
				}
			}
			at = text.indexOf('(', at + 1);
		}
	}
	return names;
}
