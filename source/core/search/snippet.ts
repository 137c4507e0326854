// A short window of a paragraph around its first match, with the match spans moved to fit it,
// so a results list can show where a paragraph matched in one line.

export interface Snippet {
	text: string;
	/** `[start, end)` in `text`. */
	matches: Array<[number, number]>;
}

const ELLIPSIS = '…';

/** At most `width` characters of `text` (plus ellipses), starting a little before the first match. */
export function snippetAround(text: string, matches: ReadonlyArray<readonly [number, number]>, width: number): Snippet {
	if (text.length <= width) return {text, matches: matches.map(([start, end]) => [start, end])};
	const first = matches[0]?.[0] ?? 0;
	// Some words of context before the match, but never so many the match falls off the end.
	let from = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
	if (from > 0) {
		const space = text.indexOf(' ', from);
		if (space >= 0 && space < first) from = space + 1;
	}
	const to = Math.min(text.length, from + width);
	const before = from > 0 ? ELLIPSIS : '';
	const after = to < text.length ? ELLIPSIS : '';
	const shift = before.length - from;
	const inside = matches
		.filter(([start, end]) => end > from && start < to)
		.map(([start, end]): [number, number] => [Math.max(start, from) + shift, Math.min(end, to) + shift]);
	return {text: before + text.slice(from, to) + after, matches: inside};
}
