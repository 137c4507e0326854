// The reader's state and the one pure function that changes it. Keys, resizes and choices arrive
// as actions; the UI only turns keys into actions and state into boxes.
import type {Article} from '../core/article.js';
import {layoutArticle, lineAt, positionOf, type Layout, type Position} from '../core/layout.js';
import {geometry, type Geometry} from './geometry.js';
import {helpRows, type Command} from './keys.js';

export type Overlay = 'help' | 'list';

export interface ReaderState {
	articles: readonly Article[];
	columns: number;
	rows: number;
	/** Index of the article on screen. */
	article: number;
	/** Each article's top line as a place in its text, so it survives a re-wrap and coming back. */
	positions: readonly Position[];
	overlay?: Overlay;
	/** The highlighted row of the article list. */
	listCursor: number;
	/** The first help row shown, when help is taller than the screen. */
	helpTop: number;
}

export type Action =
	| {type: 'command'; command: Command}
	| {type: 'resize'; columns: number; rows: number}
	| {type: 'openArticle'; article: number};

export function initialState(articles: readonly Article[], columns: number, rows: number): ReaderState {
	return {
		articles,
		columns,
		rows,
		article: 0,
		positions: articles.map(() => ({paragraph: 0, offset: 0})),
		listCursor: 0,
		helpTop: 0,
	};
}

export function geometryOf(state: ReaderState): Geometry {
	return geometry(state.columns, state.rows, {panel: false, bottomBars: 0});
}

export function layoutOf(state: ReaderState): Layout {
	return layoutArticle(state.articles[state.article]!, geometryOf(state).wrapWidth);
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/** The last line that can be at the top: the end of the text rests on the bottom of the pager. */
export function lastTop(state: ReaderState): number {
	return Math.max(0, layoutOf(state).lines.length - geometryOf(state).pagerHeight);
}

/** The index of the first line on screen. */
export function topLine(state: ReaderState): number {
	return clamp(lineAt(layoutOf(state), state.positions[state.article]!), 0, lastTop(state));
}

/** Rows the help screen takes: a title, a blank line, one row a binding. */
export const HELP_TITLE_ROWS = 2;
const helpHeight = (): number => HELP_TITLE_ROWS + helpRows().length;

// How far each paging command moves, for a pager of a given height. A page keeps one line of the
// last page on screen, so the eye finds where it was.
function distance(command: Command, height: number): number | undefined {
	const page = Math.max(1, height - 1);
	const half = Math.max(1, Math.floor(height / 2));
	switch (command) {
		case 'lineDown':
			return 1;
		case 'lineUp':
			return -1;
		case 'pageDown':
			return page;
		case 'pageUp':
			return -page;
		case 'halfPageDown':
			return half;
		case 'halfPageUp':
			return -half;
		case 'top':
			return -Infinity;
		case 'bottom':
			return Infinity;
		default:
			return undefined;
	}
}

function scrollText(state: ReaderState, by: number): ReaderState {
	const layout = layoutOf(state);
	const top = clamp(topLine(state) + by, 0, lastTop(state));
	const positions = state.positions.slice();
	positions[state.article] = positionOf(layout.lines[top]!);
	return {...state, positions};
}

function openArticle(state: ReaderState, article: number): ReaderState {
	return {...state, article: clamp(article, 0, state.articles.length - 1), overlay: undefined};
}

function inText(state: ReaderState, command: Command): ReaderState {
	const by = distance(command, geometryOf(state).pagerHeight);
	if (by !== undefined) return scrollText(state, by);
	switch (command) {
		case 'nextArticle':
			return openArticle(state, state.article + 1);
		case 'previousArticle':
			return openArticle(state, state.article - 1);
		case 'toggleList':
			return {...state, overlay: 'list', listCursor: state.article};
		case 'toggleHelp':
			return {...state, overlay: 'help', helpTop: 0};
		default:
			return state;
	}
}

function inList(state: ReaderState, command: Command): ReaderState {
	const by = distance(command, geometryOf(state).pagerHeight);
	if (by !== undefined) return {...state, listCursor: clamp(state.listCursor + by, 0, state.articles.length - 1)};
	switch (command) {
		case 'choose':
			return openArticle(state, state.listCursor);
		case 'toggleList':
		case 'close':
			return {...state, overlay: undefined};
		case 'toggleHelp':
			return {...state, overlay: 'help', helpTop: 0};
		default:
			return state;
	}
}

function inHelp(state: ReaderState, command: Command): ReaderState {
	const height = geometryOf(state).pagerHeight;
	const by = distance(command, height);
	if (by !== undefined) return {...state, helpTop: clamp(state.helpTop + by, 0, helpHeight() - height)};
	switch (command) {
		case 'toggleHelp':
		case 'close':
			return {...state, overlay: undefined};
		case 'toggleList':
			return {...state, overlay: 'list', listCursor: state.article};
		default:
			return state;
	}
}

export function reduce(state: ReaderState, action: Action): ReaderState {
	switch (action.type) {
		case 'resize': {
			const resized = {...state, columns: action.columns, rows: action.rows};
			return {...resized, helpTop: clamp(state.helpTop, 0, helpHeight() - geometryOf(resized).pagerHeight)};
		}
		case 'openArticle':
			return openArticle(state, action.article);
		case 'command':
			if (state.overlay === 'list') return inList(state, action.command);
			if (state.overlay === 'help') return inHelp(state, action.command);
			return inText(state, action.command);
	}
}
