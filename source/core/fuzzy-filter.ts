// Filtering a list as the user types, as fzf does: every word of the query must appear in a row's
// text with its letters in order (case aside); rows whose letters come together, at word starts,
// rank first. Linear in the text, so a list of 100,000 headlines filters between two keys.

const WORD_START = /[\s\-_/.,:;'"(\[]/;

/** How well `needle`'s letters match `text` in order (higher is better), or -1 when they do not. */
function wordScore(text: string, needle: string): number {
	let from = 0;
	let score = 0;
	let last = -2;
	for (const letter of needle) {
		const at = text.indexOf(letter, from);
		if (at < 0) return -1;
		score += 1 + (at === last + 1 ? 2 : 0) + (at === 0 || WORD_START.test(text[at - 1]!) ? 3 : 0);
		last = at;
		from = at + letter.length;
	}
	return score;
}

/** The indices of `texts` that match `query`, best first (ties keep the list's order); all of them for an empty query. */
export function fuzzyFilter(texts: readonly string[], query: string): number[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return texts.map((_, index) => index);
	const scored: Array<{index: number; score: number}> = [];
	texts.forEach((text, index) => {
		const lower = text.toLowerCase();
		let score = 0;
		for (const word of words) {
			const one = wordScore(lower, word);
			if (one < 0) return;
			score += one;
		}
		scored.push({index, score});
	});
	return scored.sort((a, b) => b.score - a.score || a.index - b.index).map(entry => entry.index);
}
