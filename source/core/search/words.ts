// Words as search sees them: runs of letters, digits and combining marks, compared folded
// (lower case, accents stripped) so `fernandez` and `Fernández` are the same word.

// 1 for a word character, 2 for any other, 0 not yet known; one entry per UTF-16 code unit.
const classes = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
for (let code = 0; code < 128; code++) classes[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;

/** 1 where an ASCII code is a word character: the fast path for scans over a whole corpus. */
export const ASCII_WORD = Uint8Array.from({length: 128}, (_, code) => classes[code] === 1 ? 1 : 0);

/** Whether the code unit at `i` is part of a word (a surrogate pair is judged as one character). */
export function isWordUnit(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	let known = classes[code]!;
	if (known === 0) {
		if (code >= 0xd800 && code <= 0xdfff) {
			const point = text.codePointAt(code >= 0xdc00 && i > 0 ? i - 1 : i)!;
			return WORD_CHAR.test(String.fromCodePoint(point));
		}
		known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
		classes[code] = known;
	}
	return known === 1;
}

/** Calls `visit(start, end)` for each word of `text`, in order; offsets are UTF-16. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
	let start = -1;
	for (let i = 0; i < text.length; i++) {
		if (isWordUnit(text, i)) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			visit(start, i);
			start = -1;
		}
	}
	if (start >= 0) visit(start, text.length);
}

export function wordsOf(text: string): string[] {
	const words: string[] = [];
	forEachWord(text, (start, end) => words.push(text.slice(start, end)));
	return words;
}

// ASCII needs no decomposition; only other text pays for normalize().
const NON_ASCII = /[^\u0000-\u007F]/;
const MARKS = /\p{M}/gu;

/** Lower case without accents: the form the index and queries are compared in. */
export function foldWord(word: string): string {
	if (!NON_ASCII.test(word)) return word.toLowerCase();
	return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** A bit per character class in a folded word, to rule words out cheaply before fuzzy matching. */
export function characterMask(word: string): number {
	let mask = 0;
	for (let i = 0; i < word.length; i++) {
		const code = word.charCodeAt(i);
		// a-z get a bit each; digits and every other character share the last six.
		mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
	}
	return mask >>> 0;
}

/** Whether a word starts with a capital letter (names and sentence starts do). */
export function isCapitalized(word: string): boolean {
	const first = word[0]!;
	return first !== first.toLowerCase();
}
