// The search line at the bottom: `/`, the query with its caret, and how much matched. Props in, a
// line out (the keys typed into it are in the key table, state/keys.ts).
import {Text} from 'ink';
import displayWidth from '../core/display-width.js';
import {fitWidth} from '../core/fit.js';
import {describeCounts} from '../core/search/counts.js';
import type {SearchResults} from '../core/search/types.js';

export interface SearchBarProps {
	query: string;
	cursor: number;
	/** The answer for `query`, if it has come. */
	results?: SearchResults;
	/** Shown instead of the counts while there is no answer (`indexing 40%`). */
	pending?: string;
	/** Shown after the counts: work still going on that may change them (`finding speakers 40%`). */
	note?: string;
	width: number;
}

const unitsAt = (text: string, at: number): number => ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
const unitsBefore = (text: string, at: number): number => (/[\uDC00-\uDFFF]/.test(text[at - 1] ?? '') ? 2 : 1);

/** The part of the query that fits in `width` columns around the caret, which stands on `at`: as much
 * before the caret as fits (so typing shows the end of a long query), then what fits after it. */
function visibleQuery(query: string, cursor: number, width: number): {before: string; at: string; after: string} {
	const at = cursor < query.length ? query.slice(cursor, cursor + unitsAt(query, cursor)) : ' ';
	let used = displayWidth(at);
	let start = cursor;
	while (start > 0) {
		const columns = displayWidth(query.slice(start - unitsBefore(query, start), start));
		if (used + columns > width) break;
		used += columns;
		start -= unitsBefore(query, start);
	}
	let end = Math.min(query.length, cursor + at.length);
	while (end < query.length) {
		const columns = displayWidth(query.slice(end, end + unitsAt(query, end)));
		if (used + columns > width) break;
		used += columns;
		end += unitsAt(query, end);
	}
	return {before: query.slice(start, cursor), at, after: cursor < query.length ? query.slice(cursor + at.length, end) : ''};
}

/** The counts (or the pending note) and the note, in what the query leaves: the note goes first, then the counts are cut. */
function statusText(counts: string | undefined, note: string | undefined, room: number): string {
	const whole = [counts, note].filter(Boolean).join(' · ');
	if (displayWidth(whole) <= room || !counts) return fitWidth(whole, room);
	return fitWidth(counts, room);
}

// The query keeps at least this share of the line (or all it needs) when the counts are long.
const QUERY_SHARE = 0.4;

export function SearchBar({query, cursor, results, pending, note, width}: SearchBarProps) {
	const queryWants = Math.min(displayWidth(query) + 1, Math.floor(width * QUERY_SHARE));
	// Two spaces before the counts, one after, and the `/`.
	const status = statusText(results ? describeCounts(results) : pending, note, width - 1 - queryWants - 3);
	const right = status ? `  ${status} ` : ' ';
	const room = Math.max(1, width - 1 - displayWidth(right));
	const {before, at, after} = visibleQuery(query, cursor, room);
	const gap = Math.max(0, width - 1 - displayWidth(before + at + after) - displayWidth(right));
	return (
		<Text wrap="truncate">
			<Text bold>/</Text>
			{before}
			<Text inverse>{at}</Text>
			{after}
			{' '.repeat(gap)}
			<Text dimColor>{displayWidth(right) < width ? right : ''}</Text>
		</Text>
	);
}
