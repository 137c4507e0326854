// The reader's state, what it starts as, and what is worked out from it for drawing (geometry, the
// layout, the top line). Apart from the reducer (reader.ts) so that the first frame, painted before
// the reader loads (ui/first-frame.ts), never loads quote extraction and its language model.
import type {Article} from '../core/article.js';
import {layoutArticle, lineAt, type Layout, type Position} from '../core/layout.js';
import {normalizeSpaces, stripControls} from '../core/sanitize.js';
import {geometry, SEARCH_LINE_ROWS, type Geometry} from './geometry.js';
import {helpLines} from './keys.js';
import {createPanel, type PanelState} from './panel.js';
import {initialPeople, type PeopleState} from './people.js';
import type {RefreshState} from './refresh.js';
import {initialSearch, reduceSearch, type SearchState} from './search.js';

/** What covers the text: help, the article list, People, or the panel on a screen too narrow for it beside the text. */
export type Overlay = 'help' | 'list' | 'panel' | 'people';
/** Which part takes the moving keys. */
export type Focus = 'text' | 'panel';

export interface ReaderState {
	articles: readonly Article[];
	columns: number;
	rows: number;
	/** Index of the article on screen. */
	article: number;
	/** Each article's top line as a place in its text, so it survives a re-wrap and coming back. */
	positions: readonly Position[];
	overlay?: Overlay;
	/** The highlighted article of the article list: an index into `listOrder(articles, listFilter)`. */
	listCursor: number;
	/** What is typed in the article list to filter it, and whether keys type into it (after `/`). */
	listFilter: string;
	listFiltering: boolean;
	/** Per article: read (opened, or marked read) and starred. */
	read: readonly boolean[];
	starred: readonly boolean[];
	/** The first help row shown, when help is taller than the screen. */
	helpTop: number;
	focus: Focus;
	/** The panel stands beside the text whenever the screen is wide enough, until `s` hides it. */
	panelBeside: boolean;
	/** The current article's panel; its size always matches `geometryOf(state)`. */
	panel: PanelState;
	/** The `/` line, its results, and the matches `n`/`N` step through. */
	search: SearchState;
	/** What the last key met that did nothing else (`no next article`), or what came of a fetch or `o`, said on the status line until the next key. */
	notice?: string;
	/** The People view: everyone quoted across the articles (kept while closed, so Esc comes back to it). */
	people: PeopleState;
	/** The text shows a quote chosen in People: Esc goes back there. */
	backToPeople: boolean;
	/** `q` or Ctrl-C was pressed: the UI ends the program. */
	quit: boolean;
	/** Feed items (by index) whose full article is being fetched from their link. */
	fetching: readonly number[];
	/** Counts `o` presses on an article with a link: the UI opens the link at each new count. */
	linkRequests: number;
	/** Where each batch of articles that joined from a refresh starts in `articles`. */
	joins: readonly number[];
	/** While `--feeds` refreshes the subscriptions behind the reader. */
	refresh?: RefreshState;
}


// A query given on the command line is typed into the search line as keys are: no controls, one line.
const searchLineText = (query: string): string => normalizeSpaces(stripControls(query).replace(/\n/g, ' '));

/** What the store remembered of these articles: where the reader was, and each one's marks. */
export interface Remembered {
	article: number;
	positions: readonly Position[];
	read: readonly boolean[];
	starred: readonly boolean[];
}

/**
 * The reader at its first frame, on the remembered article (which is then read); with `search`,
 * the search line is open with that query typed.
 */
export function initialState(
	articles: readonly Article[],
	columns: number,
	rows: number,
	{search, remembered}: {search?: string; remembered?: Remembered} = {},
): ReaderState {
	const article = clamp(remembered?.article ?? 0, 0, articles.length - 1);
	const read = remembered?.read.slice() ?? articles.map(() => false);
	read[article] = true;
	const state: ReaderState = {
		articles,
		columns,
		rows,
		article,
		positions: remembered?.positions ?? articles.map(() => ({paragraph: 0, offset: 0})),
		listCursor: 0,
		listFilter: '',
		listFiltering: false,
		read,
		starred: remembered?.starred ?? articles.map(() => false),
		helpTop: 0,
		focus: 'text',
		panelBeside: true,
		panel: createPanel(0, 0),
		search: search === undefined ? initialSearch : reduceSearch(reduceSearch(initialSearch, {type: 'open'}), {type: 'insert', text: searchLineText(search)}),
		people: initialPeople,
		backToPeople: false,
		quit: false,
		fetching: [],
		linkRequests: 0,
		joins: [],
	};
	// An empty panel of the right size is what fitting the quotes would give at the first row.
	const {panelWidth, pagerHeight} = geometryOf(state);
	return {...state, panel: createPanel(panelWidth, pagerHeight)};
}

export function geometryOf(state: ReaderState): Geometry {
	return geometry(state.columns, state.rows, {panel: state.panelBeside, bottomBars: state.search.editing ? SEARCH_LINE_ROWS : 0});
}

/** Where the panel is on screen, if it is. */
export function panelPlace(state: ReaderState): 'beside' | 'overlay' | undefined {
	if (state.overlay === 'panel') return 'overlay';
	return geometryOf(state).panelBeside ? 'beside' : undefined;
}

export function layoutOf(state: ReaderState): Layout {
	return layoutArticle(state.articles[state.article]!, geometryOf(state).wrapWidth);
}

export const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/** The last line that can be at the top: the end of the text rests on the bottom of the pager. */
export function lastTop(state: ReaderState): number {
	return Math.max(0, layoutOf(state).lines.length - geometryOf(state).pagerHeight);
}

/** The index of the first line on screen. */
export function topLine(state: ReaderState): number {
	return clamp(lineAt(layoutOf(state), state.positions[state.article]!), 0, lastTop(state));
}

/** Rows the help screen takes at the screen's width: a title, then each binding's lines. */
export const HELP_TITLE_ROWS = 1;
export const helpHeight = (state: ReaderState): number => HELP_TITLE_ROWS + helpLines(state.columns).length;
