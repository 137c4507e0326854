// The search's state and the one pure function that changes it: the `/` line being edited, the
// results the core returned for it, which result is chosen, and the matches `n`/`N` step through
// (in reading order, across articles). The reader sends actions; the core's results arrive as one.
import type {ParagraphHit, SearchResults} from '../core/search/types.js';
import type {Mark, MarkStyle} from './marks.js';

/** One matched span in the text: `[start, end)` in `articles[article].paragraphs[paragraph]`. */
export interface MatchPlace {
	article: number;
	paragraph: number;
	start: number;
	end: number;
}

export interface SearchState {
	/** The `/` line is on screen and takes the keys. */
	editing: boolean;
	query: string;
	/** Caret position in `query`, in UTF-16 units. */
	cursor: number;
	/** The core's answer for `query`, or undefined while it is awaited (or the query is empty). */
	results?: SearchResults;
	/** Chosen row of the results: speakers first, then paragraphs. */
	selected: number;
	/** Every matched span of the results, in reading order, strong hits' before weak hits': what `n`/`N` step through. */
	matches: readonly MatchPlace[];
	/** Index in `matches` of the current match, or -1 before one is chosen. */
	current: number;
	/** Matches are highlighted in the reader (after Enter, until Esc). */
	highlighting: boolean;
	/** Enter came before the answer: the answer, when it comes, opens its first result. */
	opening: boolean;
	/** What the last n, N or Enter met (`no matches for "x"`, `wrapped to the first`), as less says it; the next key takes it away. */
	message?: string;
}

export type SearchAction =
	| {type: 'open'}
	| {type: 'close'}
	| {type: 'insert'; text: string}
	| {type: 'backspace'}
	| {type: 'deleteForward'}
	| {type: 'clearQuery'}
	| {type: 'cursorLeft'}
	| {type: 'cursorRight'}
	| {type: 'cursorHome'}
	| {type: 'cursorEnd'}
	| {type: 'results'; results: SearchResults}
	| {type: 'select'; delta: number}
	| {type: 'accept'}
	| {type: 'step'; direction: 1 | -1};

export const initialSearch: SearchState = {editing: false, query: '', cursor: 0, selected: 0, matches: [], current: -1, highlighting: false, opening: false};

/** Rows in the results list: speakers, then paragraphs. */
export function resultRows(state: SearchState): number {
	return state.results ? state.results.speakers.length + state.results.paragraphs.length : 0;
}

export type SelectedResult = {kind: 'speaker'; index: number} | {kind: 'paragraph'; index: number; hit: ParagraphHit};

export function selectedResult(state: SearchState): SelectedResult | undefined {
	const {results, selected} = state;
	if (!results || selected >= resultRows(state)) return undefined;
	if (selected < results.speakers.length) return {kind: 'speaker', index: selected};
	const index = selected - results.speakers.length;
	return {kind: 'paragraph', index, hit: results.paragraphs[index]!};
}

const inReadingOrder = (a: MatchPlace, b: MatchPlace): number => a.article - b.article || a.paragraph - b.paragraph || a.start - b.start;

/** The matches in reading order: those of strong hits first, then those of weak hits (near spellings only). */
function matchesOf(results: SearchResults): MatchPlace[] {
	const places = (weak: boolean): MatchPlace[] =>
		results.paragraphs
			.filter(hit => (hit.weak === true) === weak)
			.flatMap(({article, paragraph, matches}) => matches.map(([start, end]) => ({article, paragraph, start, end})))
			.sort(inReadingOrder);
	return [...places(false), ...places(true)];
}

/** The first match in a paragraph, or else at or after it in reading order (wrapping to the first), or -1 if none. */
function firstMatchFrom(matches: readonly MatchPlace[], article: number, paragraph: number): number {
	if (matches.length === 0) return -1;
	const inside = matches.findIndex(match => match.article === article && match.paragraph === paragraph);
	if (inside >= 0) return inside;
	const at = matches.findIndex(match => match.article > article || (match.article === article && match.paragraph >= paragraph));
	return at < 0 ? 0 : at;
}

function edited(state: SearchState, query: string, cursor: number): SearchState {
	if (query === state.query) return {...state, cursor};
	// New words: the old results no longer answer them, and the choice starts again at the top.
	return {...state, query, cursor, results: undefined, selected: 0, matches: [], current: -1, opening: false};
}

/** The row of `results` that holds the same speaker or paragraph as the chosen row of `state`, if any. */
function sameRow(state: SearchState, results: SearchResults): number {
	const chosen = selectedResult(state);
	if (!chosen) return -1;
	if (chosen.kind === 'paragraph') {
		const at = results.paragraphs.findIndex(hit => hit.article === chosen.hit.article && hit.paragraph === chosen.hit.paragraph);
		return at < 0 ? -1 : results.speakers.length + at;
	}
	const speaker = state.results!.speakers[chosen.index]!;
	return results.speakers.findIndex(hit => hit.article === speaker.article && hit.name === speaker.name);
}

const QUOTED_QUERY_LENGTH = 24;
const quoted = (query: string): string => `"${query.length > QUOTED_QUERY_LENGTH ? `${query.slice(0, QUOTED_QUERY_LENGTH - 1)}…` : query}"`;

/** Closes the line and opens the chosen result at its first match, highlighting every match. */
function accepted(state: SearchState): SearchState {
	const chosen = selectedResult(state);
	const query = state.query.trim();
	if (!chosen) return {...state, editing: false, opening: false, ...(query === '' ? {} : {message: `no matches for ${quoted(query)}`})};
	const article = chosen.kind === 'paragraph' ? chosen.hit.article : state.results!.speakers[chosen.index]!.article;
	const paragraph = chosen.kind === 'paragraph' ? chosen.hit.paragraph : 0;
	return {...state, editing: false, opening: false, highlighting: true, current: firstMatchFrom(state.matches, article, paragraph)};
}

// Keeps the caret off the middle of a surrogate pair, so an emoji is inserted and deleted whole.
const isLowSurrogate = (text: string, at: number): boolean => /[\uDC00-\uDFFF]/.test(text[at] ?? '');
const stepLeft = (text: string, at: number): number => Math.max(0, at - (isLowSurrogate(text, at - 1) ? 2 : 1));
const stepRight = (text: string, at: number): number => Math.min(text.length, at + (isLowSurrogate(text, at + 1) ? 2 : 1));

export function reduceSearch(state: SearchState, action: SearchAction): SearchState {
	const {query, cursor} = state;
	switch (action.type) {
		case 'open':
			// A new search: the last one's words and highlights go, as after Esc.
			return {...initialSearch, editing: true};
		case 'close':
			return initialSearch;
		case 'insert': {
			// Typed or pasted text is one line: newlines and tabs become spaces.
			const text = action.text.replace(/[\r\n\t]+/g, ' ');
			return edited(state, query.slice(0, cursor) + text + query.slice(cursor), cursor + text.length);
		}
		case 'backspace': {
			const to = stepLeft(query, cursor);
			return edited(state, query.slice(0, to) + query.slice(cursor), to);
		}
		case 'deleteForward': {
			const to = stepRight(query, cursor);
			return edited(state, query.slice(0, cursor) + query.slice(to), cursor);
		}
		case 'clearQuery':
			return edited(state, '', 0);
		case 'cursorLeft':
			return {...state, cursor: stepLeft(query, cursor)};
		case 'cursorRight':
			return {...state, cursor: stepRight(query, cursor)};
		case 'cursorHome':
			return {...state, cursor: 0};
		case 'cursorEnd':
			return {...state, cursor: query.length};
		case 'results': {
			// An answer for words no longer in the line is stale; once the line is closed, the place
			// opened and the matches stepped through stay as they were when Enter was pressed.
			if (action.results.query !== query || !state.editing) return state;
			// A fresh answer to the same words (more speakers known now) keeps a result chosen below the
			// top where it went; the top row stays the best, whichever that is now.
			const refreshed = state.results?.query === query;
			const next = {...state, results: action.results, matches: matchesOf(action.results), current: -1};
			const same = refreshed && state.selected > 0 ? sameRow(state, action.results) : -1;
			const selected = same >= 0 ? same : refreshed ? Math.min(state.selected, Math.max(0, resultRows(next) - 1)) : 0;
			return state.opening ? accepted({...next, selected}) : {...next, selected};
		}
		case 'select': {
			const rows = resultRows(state);
			if (rows === 0) return state;
			return {...state, selected: Math.min(Math.max(state.selected + action.delta, 0), rows - 1)};
		}
		case 'accept':
			// Before the answer (the index still being built), Enter waits for it.
			if (!state.results && query.trim() !== '') return {...state, opening: true};
			return accepted(state);
		case 'step': {
			const count = state.matches.length;
			if (count === 0) return {...state, message: 'no search: / starts one'};
			const from = state.current < 0 ? (action.direction > 0 ? -1 : 0) : state.current;
			const current = (from + action.direction + count) % count;
			const wrapped = state.current >= 0 && (action.direction > 0 ? current <= from : current >= from);
			const stepped = {...withoutMessage(state), highlighting: true, current};
			if (!wrapped) return stepped;
			return {...stepped, message: count === 1 ? 'the only match' : action.direction > 0 ? 'wrapped to the first' : 'wrapped to the last'};
		}
	}
}

/** The match the reader should show, if one is current. */
export function currentMatch(state: Pick<SearchState, 'matches' | 'current'>): MatchPlace | undefined {
	return state.current < 0 ? undefined : state.matches[state.current];
}

/** The state with the last key's message gone: the reader calls it for every key. */
export function withoutMessage(state: SearchState): SearchState {
	if (state.message === undefined) return state;
	const {message: _gone, ...rest} = state;
	return rest;
}

/** How many of the matches, the first ones, are in strong hits (the rest are near spellings only). */
function strongMatchCount(state: Pick<SearchState, 'results' | 'matches'>): number {
	if (!state.results) return state.matches.length;
	return state.results.paragraphs.reduce((count, hit) => count + (hit.weak ? 0 : hit.matches.length), 0);
}

/** The current match among all, or among the strong or the near-spelling ones when there are both. */
function matchPlace(state: SearchState): string {
	const total = state.matches.length;
	const strong = strongMatchCount(state);
	const at = state.current + 1;
	if (strong === total || strong === 0) return `match ${at}/${total}`;
	return at <= strong ? `match ${at}/${strong}, then ${total - strong} near` : `near spelling ${at - strong}/${total - strong}`;
}

/** `match 3/17` and what the last key met, for the status line; undefined when there is nothing to say. */
export function matchStatus(state: SearchState): string | undefined {
	const match = state.highlighting && state.matches.length > 0 ? matchPlace(state) : undefined;
	return [match, state.message].filter(Boolean).join(' · ') || undefined;
}

export const MATCH_STYLE: MarkStyle = {inverse: true};
export const CURRENT_MATCH_STYLE: MarkStyle = {inverse: true, bold: true, underline: true};

/** Marks for one article's matches while highlighting is on; the current match stands out. */
export function searchMarks(state: Pick<SearchState, 'highlighting' | 'matches' | 'current'>, article: number): Mark[] {
	if (!state.highlighting) return [];
	const current = currentMatch(state);
	return state.matches
		.filter(match => match.article === article)
		.map(match => ({paragraph: match.paragraph, start: match.start, end: match.end, style: match === current ? CURRENT_MATCH_STYLE : MATCH_STYLE}));
}
