// The People view as pure state: everyone quoted across the loaded articles, narrowed as a name is
// typed, and one person's quotes grouped by article, with the quote chosen to be shown in its text.
import {filterPeople, speakerHitsAsPeople, type People, type PeopleFilter, type Person} from '../core/people/index.js';
import type {SearchResults} from '../core/search/types.js';
import type {Quote} from '../core/quotes/types.js';
import type {JumpTarget} from './panel.js';
import {quoteLines} from './panel.js';

/** The people found so far, with what narrows them, and how far the finding has got. */
export interface PeopleDirectory {
	people: readonly Person[];
	/** The person each article's speaker is (`People.mentions`). */
	mentions: People['mentions'];
	filter: PeopleFilter;
	/** Whole percent of the articles whose quotes are in. */
	progress: number;
}

export type QuoteItem = {kind: 'article'; article: number} | {kind: 'quote'; article: number; quote: Quote};

/** One person's quotes: a line per article (its headline, source and date), then its quotes. */
export interface QuoteList {
	person: Person;
	items: QuoteItem[];
	/** Indexes in `items` of the quotes, which are what the cursor moves over. */
	quotes: number[];
	/** Index into `quotes`. */
	cursor: number;
	/** The first item shown. */
	top: number;
}

export interface PeopleState {
	/** Undefined until the first people are found. */
	directory?: PeopleDirectory;
	query: string;
	/** Indexes into `directory.people`, best first: all of them for an empty query. */
	rows: readonly number[];
	/** Index into `rows`, and the first row shown. */
	cursor: number;
	top: number;
	/** The person whose quotes are listed, if one is open. */
	list?: QuoteList;
	/** Set only by the action that chose a quote, so the reader opens it once. */
	jump: (JumpTarget & {article: number}) | null;
}

/** Rows above the people: the heading, the filter line, the column names. */
export const LIST_HEADER_ROWS = 3;
/** Rows above a person's quotes: the heading and their other names. */
export const QUOTES_HEADER_ROWS = 2;

/** The room the view has for rows under its header (the reader gives the whole pager's). */
export interface ViewSize {
	width: number;
	height: number;
}

export type PeopleAction =
	| {type: 'directory'; directory: PeopleDirectory}
	| {type: 'insert'; text: string}
	| {type: 'backspace'}
	| {type: 'clearQuery'}
	| {type: 'move'; by: number}
	| {type: 'page'; by: 1 | -1}
	| {type: 'first'}
	| {type: 'last'}
	| {type: 'enter'}
	/** From a person's quotes back to the people; from the people, nothing (the reader closes the view). */
	| {type: 'back'}
	/** Opens on this person (an index into the people), with nothing typed. */
	| {type: 'showPerson'; person: number};

export const initialPeople: PeopleState = {query: '', rows: [], cursor: 0, top: 0, jump: null};

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

/** The quote list's items' heights: an article's line, or a quote's wrapped words and its line of kind and outlet. */
export function itemHeight(item: QuoteItem, width: number): number {
	return item.kind === 'article' ? 1 : quoteLines(item.quote, width).length + 1;
}

function quoteList(person: Person): QuoteList {
	const items: QuoteItem[] = [];
	const quotes: number[] = [];
	for (const {article, quotes: said} of person.articles) {
		items.push({kind: 'article', article});
		for (const quote of said) {
			quotes.push(items.length);
			items.push({kind: 'quote', article, quote});
		}
	}
	return {person, items, quotes, cursor: 0, top: 0};
}

/** The top item that shows the cursor's quote (and its article's line when it is the article's first), moving as little as possible. */
function showCursor(list: QuoteList, {width, height}: ViewSize): QuoteList {
	const cursor = clamp(list.cursor, 0, list.quotes.length - 1);
	const at = list.quotes[cursor]!;
	const first = list.items[at - 1]?.kind === 'article' ? at - 1 : at;
	let top = Math.min(list.top, first);
	let lines = 0;
	for (let item = top; item <= at; item++) lines += itemHeight(list.items[item]!, width);
	while (top < first && lines > height) lines -= itemHeight(list.items[top++]!, width);
	return {...list, cursor, top};
}

// A page moves the cursor past as many lines as the view holds.
function pageQuotes(list: QuoteList, by: 1 | -1, size: ViewSize): QuoteList {
	let cursor = list.cursor;
	let lines = 0;
	while (cursor + by >= 0 && cursor + by < list.quotes.length) {
		lines += itemHeight(list.items[list.quotes[cursor]!]!, size.width);
		if (lines >= size.height) break;
		cursor += by;
	}
	return showCursor({...list, cursor: cursor === list.cursor ? cursor + by : cursor}, size);
}

function inList(list: QuoteList, action: PeopleAction, size: ViewSize): QuoteList {
	switch (action.type) {
		case 'move':
			return showCursor({...list, cursor: list.cursor + action.by}, size);
		case 'page':
			return pageQuotes(list, action.by, size);
		case 'first':
			return showCursor({...list, cursor: 0, top: 0}, size);
		case 'last':
			return showCursor({...list, cursor: list.quotes.length - 1}, size);
		default:
			return list;
	}
}

/** The row the cursor is on kept in view. */
function showRow(state: PeopleState, height: number): PeopleState {
	const cursor = clamp(state.cursor, 0, Math.max(0, state.rows.length - 1));
	const top = clamp(state.top, Math.max(0, cursor - height + 1), cursor);
	return {...state, cursor, top};
}

function narrow(state: PeopleState, query: string, height: number): PeopleState {
	const {directory} = state;
	const rows = directory ? filterPeople(directory.filter, directory.people, query) : [];
	return showRow({...state, query, rows, cursor: 0, top: 0}, height);
}

/** The person under the cursor. */
export function personAtCursor(state: PeopleState): Person | undefined {
	const row = state.rows[state.cursor];
	return row === undefined ? undefined : state.directory?.people[row];
}

// More people found while the view is open: the same query narrows them, and a cursor moved to a
// person stays on them (one left on the first row stays there, on whoever is now most quoted).
function newDirectory(state: PeopleState, directory: PeopleDirectory, height: number): PeopleState {
	const chosen = state.cursor > 0 ? personAtCursor(state) : undefined;
	const narrowed = narrow({...state, directory}, state.query, height);
	if (!chosen) return narrowed;
	const cursor = narrowed.rows.findIndex(row => directory.people[row]!.name === chosen.name && directory.people[row]!.kind === chosen.kind);
	return cursor < 0 ? narrowed : showRow({...narrowed, cursor, top: state.top}, height);
}

/** The next People state; `size` is the room under the header of whichever part is shown. */
export function reducePeople(state: PeopleState, action: PeopleAction, size: ViewSize): PeopleState {
	const next = state.jump ? {...state, jump: null} : state;
	if (action.type === 'directory') return newDirectory(next, action.directory, size.height);
	if (next.list) {
		if (action.type === 'back') return {...next, list: undefined};
		if (action.type === 'enter') {
			const item = next.list.items[next.list.quotes[next.list.cursor]!];
			if (item?.kind !== 'quote') return next;
			const {paragraph, start, end} = item.quote;
			return {...next, jump: {article: item.article, paragraph, start, end}};
		}
		return {...next, list: inList(next.list, action, size)};
	}
	switch (action.type) {
		case 'insert':
			return narrow(next, next.query + action.text, size.height);
		case 'backspace':
			return narrow(next, [...next.query].slice(0, -1).join(''), size.height);
		case 'clearQuery':
			return narrow(next, '', size.height);
		case 'move':
			return showRow({...next, cursor: next.cursor + action.by}, size.height);
		case 'page':
			return showRow({...next, cursor: next.cursor + action.by * Math.max(1, size.height - 1), top: next.top + action.by * Math.max(1, size.height - 1)}, size.height);
		case 'first':
			return showRow({...next, cursor: 0}, size.height);
		case 'last':
			return showRow({...next, cursor: next.rows.length - 1}, size.height);
		case 'enter': {
			const person = personAtCursor(next);
			return person && person.articles.length > 0 ? {...next, list: quoteList(person)} : next;
		}
		case 'showPerson': {
			const all = narrow({...next, list: undefined}, '', size.height);
			const cursor = all.rows.indexOf(action.person);
			return cursor < 0 ? all : showRow({...all, cursor, top: cursor}, size.height);
		}
		default:
			return next;
	}
}

/** Speaker hits the search is asked for, before those of one person are made one. */
export const SPEAKERS_SEARCHED = 200;
/** Speaker hits the search lists. */
const SPEAKERS_SHOWN = 20;

/** The search's speakers as people once they are known: Pelosi once, with all her quotes and articles. */
export function searchResultsAsPeople(results: SearchResults, directory: PeopleDirectory | undefined): SearchResults {
	const speakers = directory ? speakerHitsAsPeople(results.speakers, directory, SPEAKERS_SHOWN) : results.speakers.slice(0, SPEAKERS_SHOWN);
	return {...results, speakers};
}

/** Opens the view afresh: nothing typed, the most quoted first. */
export function openPeople(state: PeopleState, size: ViewSize): PeopleState {
	return narrow({...state, list: undefined, jump: null}, '', size.height);
}
