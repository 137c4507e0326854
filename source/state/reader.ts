// The one pure function that changes the reader's state (reader-state.ts). Keys, resizes and
// choices arrive as actions; the UI only turns keys into actions and state into boxes.
import type {Article} from '../core/article.js';
import {lineAt, positionOf, type Position} from '../core/layout.js';
import type {ArticleQuotes} from '../core/quotes/types.js';
import {knownQuotes} from './article-quotes.js';
import {listOrder} from './article-list.js';
import {geometry} from './geometry.js';
import {commandFor, listFilterEdit, peopleListAction, searchLineAction, type Command} from './keys.js';
import {panelBody, reducePanel, type JumpTarget, type PanelAction} from './panel.js';
import {LIST_HEADER_ROWS, openPeople, QUOTES_HEADER_ROWS, reducePeople, type PeopleAction, type ViewSize} from './people.js';
import {clamp, geometryOf, helpHeight, layoutOf, lastTop, panelPlace, topLine, type ReaderState} from './reader-state.js';
import {feedsRefreshed, startRefresh, type FeedDone, type Joined} from './refresh.js';
import {currentMatch, reduceSearch, selectedResult, withoutMessage, type MatchPlace, type SearchAction} from './search.js';

export * from './reader-state.js';

// While a long article's quotes are being found, its panel has none to move among.
const quotesNow = (article: Article): ArticleQuotes => knownQuotes(article) ?? {speakers: [], quotes: []};

export type Action =
	/** A key as the key table names it (`j`, `down`, `ctrl+c`): a command, or typing in the search line. */
	| {type: 'key'; key: string}
	| {type: 'command'; command: Command}
	/** Edits the search, or brings the core's results for its query. */
	| {type: 'search'; action: SearchAction}
	/** Moves in the People view, or brings the people found so far. */
	| {type: 'people'; action: PeopleAction}
	| {type: 'resize'; columns: number; rows: number}
	| {type: 'openArticle'; article: number}
	/** Scrolls the current article so a place in it is on screen, with a line of context above. */
	| {type: 'reveal'; position: Position}
	/** A summary-only feed item's full article is being fetched. */
	| {type: 'fetchingFullText'; article: number}
	/** It came (`full`), or did not (`error`): the item keeps its summary. */
	| {type: 'fullText'; article: number; full?: Article; error?: string}
	| {type: 'notice'; text: string}
	/** The subscriptions' refresh began, with this many feeds. */
	| {type: 'refreshing'; feeds: number}
	/** Some feeds were refreshed: how each went, and their items not in the list yet. */
	| {type: 'feedsRefreshed'; feeds: readonly FeedDone[]; joined: Joined};

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

function keepPlace(state: ReaderState, position: Position): ReaderState {
	const positions = state.positions.slice();
	positions[state.article] = position;
	return {...state, positions};
}

// A long article is laid out in slices (core/layout.ts). A place past what is laid out so far is
// kept as asked, and the view follows the layout to it: `G` rides on to the end as it is laid out.
const notLaidOut = (state: ReaderState, position: Position): boolean => {
	const layout = layoutOf(state);
	return !layout.complete && position.paragraph >= layout.firstLine.length - 1;
};

function endOf(article: Article): Position {
	const last = article.paragraphs.length - 1;
	return {paragraph: last, offset: article.paragraphs[last]!.length};
}

function scrollTo(state: ReaderState, line: number): ReaderState {
	if (line === Infinity && !layoutOf(state).complete) return keepPlace(state, endOf(state.articles[state.article]!));
	return keepPlace(state, positionOf(layoutOf(state).lines[clamp(line, 0, lastTop(state))]!));
}

const scrollText = (state: ReaderState, by: number): ReaderState => scrollTo(state, topLine(state) + by);

/** Lines kept on screen above (and below) a place revealed, so it is read in its context. */
export const REVEAL_CONTEXT = 1;

function reveal(state: ReaderState, position: Position): ReaderState {
	if (notLaidOut(state, position)) return keepPlace(state, position);
	const line = lineAt(layoutOf(state), position);
	const top = topLine(state);
	const inView = line - REVEAL_CONTEXT >= top && line + REVEAL_CONTEXT < top + geometryOf(state).pagerHeight;
	return inView ? state : scrollTo(state, line - REVEAL_CONTEXT);
}

const withFlag = (flags: readonly boolean[], index: number, value: boolean): readonly boolean[] => {
	if (flags[index] === value) return flags;
	const next = flags.slice();
	next[index] = value;
	return next;
};

/** The article after (or before) the one on screen in the unfiltered list, opened; undefined at its end. */
function besideInList(state: ReaderState, by: 1 | -1): ReaderState | undefined {
	const order = listOrder(state.articles, '', state.joins);
	const next = order[order.indexOf(state.article) + by];
	return next === undefined ? undefined : openArticle(state, next);
}

/** An article opened is read. */
function openArticle(state: ReaderState, article: number): ReaderState {
	const next = clamp(article, 0, state.articles.length - 1);
	const opened = {...state, article: next, overlay: undefined, read: withFlag(state.read, next, true)};
	if (next === state.article) return opened;
	return {...opened, panel: reducePanel(state.panel, {type: 'reset'}, quotesNow(state.articles[next]!))};
}

const fitsBeside = (state: ReaderState): boolean => geometry(state.columns, state.rows, {panel: true, bottomBars: 0}).panelBeside;

/** Shows the panel (beside the text, or over it when the screen is narrow) with the keys in it. */
function focusPanel(state: ReaderState): ReaderState {
	return fitsBeside(state) ? {...state, panelBeside: true, focus: 'panel'} : {...state, overlay: 'panel', focus: 'panel'};
}

// `s` on a wide screen puts the panel back beside the text and leaves the keys in the text; on a
// narrow one the panel can only be seen as an overlay, which takes the keys.
function showPanel(state: ReaderState): ReaderState {
	return fitsBeside(state) ? {...state, panelBeside: true} : focusPanel(state);
}

/** Hides the panel: the overlay closes, or the text takes the whole width. */
function hidePanel(state: ReaderState): ReaderState {
	if (state.overlay === 'panel') return {...state, overlay: undefined, focus: 'text'};
	return {...state, panelBeside: false, focus: 'text'};
}

function leavePanel(state: ReaderState): ReaderState {
	return state.overlay === 'panel' ? hidePanel(state) : {...state, focus: 'text'};
}

/** Opens the match's article with the match on screen. */
function showMatch(state: ReaderState, match: MatchPlace): ReaderState {
	return reveal(openArticle(state, match.article), {paragraph: match.paragraph, offset: match.start});
}

/** The search's chosen speaker, when Enter chooses one who is a person across the articles. */
function chosenPerson(state: ReaderState, action: SearchAction): number | undefined {
	if (action.type !== 'accept' || !state.search.editing) return undefined;
	const chosen = selectedResult(state.search);
	return chosen?.kind === 'speaker' ? state.search.results!.speakers[chosen.index]!.person?.index : undefined;
}

function onSearch(state: ReaderState, action: SearchAction): ReaderState {
	const person = chosenPerson(state, action);
	if (person !== undefined) {
		const closed = {...state, search: reduceSearch(state.search, {type: 'close'}), overlay: 'people' as const, backToPeople: false};
		return {...closed, people: reducePeople(closed.people, {type: 'showPerson', person}, peopleSize(closed))};
	}
	const search = reduceSearch(state.search, action);
	const next = {...state, search};
	const match = currentMatch(search);
	// A result is opened when the line closes on it: at Enter, or when the answer Enter waited for comes.
	const opened = state.search.editing && !search.editing;
	const moved = (opened || action.type === 'step') && match;
	return moved ? showMatch(next, match) : next;
}

/** The room under the People view's header: the pager's height less the heading of the part shown. */
export function peopleSize(state: ReaderState): ViewSize {
	const header = state.people.list ? QUOTES_HEADER_ROWS : LIST_HEADER_ROWS;
	return {width: Math.max(1, state.columns - PEOPLE_MARGIN), height: Math.max(1, geometryOf(state).pagerHeight - header)};
}

/** Columns left of the People view, as every overlay has. */
export const PEOPLE_MARGIN = 1;

const openPeopleView = (state: ReaderState): ReaderState => ({...state, overlay: 'people', backToPeople: false, people: openPeople(state.people, peopleSize(state))});

// A quote chosen in People is shown as the panel's jump shows one: its article opened, scrolled to
// it, the quote highlighted.
function showPersonQuote(state: ReaderState, {article, paragraph, start, end}: JumpTarget & {article: number}): ReaderState {
	const opened = openArticle({...state, focus: 'text'}, article);
	const highlighted = quotesNow(state.articles[article]!).quotes.findIndex(quote => quote.paragraph === paragraph && quote.start === start && quote.end === end);
	const panel = highlighted < 0 ? opened.panel : {...opened.panel, highlighted};
	return reveal({...opened, panel, backToPeople: true}, {paragraph, offset: start});
}

function onPeople(state: ReaderState, action: PeopleAction): ReaderState {
	if (action.type === 'back' && !state.people.list) return {...state, overlay: undefined};
	const people = reducePeople(state.people, action, peopleSize(state));
	return people.jump ? showPersonQuote({...state, people}, people.jump) : {...state, people};
}

// A person's quotes take the keys the panel's rows do; `p` closes the view.
function inPeople(state: ReaderState, command: Command): ReaderState {
	if (command === 'people') return {...state, overlay: undefined};
	if (command === 'close') return onPeople(state, {type: 'back'});
	const action = panelActionFor(command, peopleSize(state).height);
	return action && action.type !== 'collapse' ? onPeople(state, action) : state;
}

function inText(state: ReaderState, command: Command): ReaderState {
	const by = distance(command, geometryOf(state).pagerHeight);
	if (by !== undefined) return scrollText(state, by);
	switch (command) {
		case 'nextArticle':
			return besideInList(state, 1) ?? {...state, notice: 'no next article'};
		case 'previousArticle':
			return besideInList(state, -1) ?? {...state, notice: 'no previous article'};
		case 'toggleList':
			return openList(state);
		case 'toggleHelp':
			return {...state, overlay: 'help', helpTop: 0};
		case 'toggleRead':
			return {...state, read: withFlag(state.read, state.article, !state.read[state.article])};
		case 'markAllRead':
			return {...state, read: state.read.every(Boolean) ? state.read : state.articles.map(() => true)};
		case 'toggleStar':
			return {...state, starred: withFlag(state.starred, state.article, !state.starred[state.article])};
		case 'switchFocus':
			return focusPanel(state);
		case 'togglePanel':
			return panelPlace(state) ? hidePanel(state) : showPanel(state);
		case 'search':
			return onSearch({...state, backToPeople: false}, {type: 'open'});
		case 'people':
			return openPeopleView(state);
		case 'nextMatch':
			return onSearch(state, {type: 'step', direction: 1});
		case 'previousMatch':
			return onSearch(state, {type: 'step', direction: -1});
		case 'close':
			if (state.backToPeople) return {...state, overlay: 'people', backToPeople: false};
			// Highlights clear one at a time: the search's, then the quote jumped to from the panel.
			if (state.search.highlighting) return onSearch(state, {type: 'close'});
			if (state.panel.highlighted === null) return state;
			return {...state, panel: reducePanel(state.panel, {type: 'unhighlight'}, quotesNow(state.articles[state.article]!))};
		default:
			return state;
	}
}

/** How the keys move over rows, in the panel and in a person's quotes. */
type RowAction = Extract<PanelAction, {type: 'move' | 'page' | 'first' | 'last' | 'enter' | 'collapse'}>;

function panelActionFor(command: Command, bodyHeight: number): RowAction | undefined {
	const half = Math.max(1, Math.floor(bodyHeight / 2));
	switch (command) {
		case 'lineDown':
			return {type: 'move', by: 1};
		case 'lineUp':
			return {type: 'move', by: -1};
		case 'pageDown':
			return {type: 'page', by: 1};
		case 'pageUp':
			return {type: 'page', by: -1};
		case 'halfPageDown':
			return {type: 'move', by: half};
		case 'halfPageUp':
			return {type: 'move', by: -half};
		case 'top':
			return {type: 'first'};
		case 'bottom':
			return {type: 'last'};
		case 'choose':
			return {type: 'enter'};
		case 'collapse':
			return {type: 'collapse'};
		default:
			return undefined;
	}
}

// A quote chosen in the panel is shown in the text. From the overlay the text is what the reader
// wants to see next, so the overlay closes; beside the text the keys stay in the panel for the next quote.
function inPanel(state: ReaderState, command: Command): ReaderState {
	const action = panelActionFor(command, panelBody(state.panel.width, state.panel.height).height);
	if (action) {
		const panel = reducePanel(state.panel, action, quotesNow(state.articles[state.article]!));
		const next = {...state, panel};
		if (!panel.jump) return next;
		const shown = state.overlay === 'panel' ? hidePanel(next) : next;
		return reveal(shown, {paragraph: panel.jump.paragraph, offset: panel.jump.start});
	}
	switch (command) {
		case 'switchFocus':
		case 'close':
			return leavePanel(state);
		case 'togglePanel':
			return hidePanel(state);
		default:
			return inText(state, command);
	}
}

/** The list opens unfiltered, on the article being read. */
function openList(state: ReaderState): ReaderState {
	const order = listOrder(state.articles, '', state.joins);
	return {...state, overlay: 'list', listFilter: '', listFiltering: false, listCursor: Math.max(0, order.indexOf(state.article))};
}

function inList(state: ReaderState, command: Command): ReaderState {
	const order = listOrder(state.articles, state.listFilter, state.joins);
	const by = distance(command, geometryOf(state).pagerHeight);
	if (by !== undefined) return {...state, listCursor: clamp(state.listCursor + by, 0, order.length - 1)};
	switch (command) {
		case 'choose':
			return order.length > 0 ? openArticle(state, order[state.listCursor]!) : state;
		case 'people':
			return openPeopleView(state);
		case 'search':
			return {...state, listFiltering: true};
		case 'close':
			// Esc clears the filter first, then closes.
			return state.listFiltering || state.listFilter !== '' ? {...state, listFilter: '', listFiltering: false, listCursor: 0} : {...state, overlay: undefined};
		case 'toggleList':
			return {...state, overlay: undefined};
		case 'toggleHelp':
			return {...state, overlay: 'help', helpTop: 0};
		default:
			return state;
	}
}

// As in less, q leaves help rather than the program.
function inHelp(state: ReaderState, command: Command): ReaderState {
	const height = geometryOf(state).pagerHeight;
	const by = distance(command, height);
	if (by !== undefined) return {...state, helpTop: clamp(state.helpTop + by, 0, helpHeight(state) - height)};
	switch (command) {
		case 'toggleHelp':
		case 'close':
		case 'quit':
			return {...state, overlay: undefined};
		case 'toggleList':
			return openList(state);
		default:
			return state;
	}
}

/** In the list after `/` every character typed filters it; the cursor goes back to the best match. */
function typeInList(state: ReaderState, key: string): ReaderState | undefined {
	const filter = listFilterEdit(state.listFilter, key);
	return filter === undefined ? undefined : {...state, listFilter: filter, listCursor: 0};
}

function resize(state: ReaderState, columns: number, rows: number): ReaderState {
	const resized = {...state, columns, rows};
	const helpTop = clamp(state.helpTop, 0, helpHeight(resized) - geometryOf(resized).pagerHeight);
	// Widened enough, the overlay becomes the panel beside the text.
	if (state.overlay === 'panel' && fitsBeside(resized)) return {...resized, helpTop, overlay: undefined, panelBeside: true};
	return {...resized, helpTop};
}

/** The article on screen's full text arrived (or did not): it takes the summary's place, read from the top. */
function fullText(state: ReaderState, article: number, full: Article | undefined, error: string | undefined): ReaderState {
	const fetched = {...state, fetching: state.fetching.filter(index => index !== article)};
	if (!full) return article === state.article ? {...fetched, notice: `summary kept: ${error}`} : fetched;
	const articles = state.articles.slice();
	articles[article] = full;
	const positions = state.positions.slice();
	positions[article] = {paragraph: 0, offset: 0};
	const replaced = {...fetched, articles, positions};
	return article === state.article ? {...replaced, panel: reducePanel(state.panel, {type: 'reset'}, quotesNow(full))} : replaced;
}

function openLink(state: ReaderState): ReaderState {
	const {url} = state.articles[state.article]!;
	return url ? {...state, linkRequests: state.linkRequests + 1} : {...state, notice: 'this article has no link to open'};
}

function onKey(shown: ReaderState, key: string): ReaderState {
	// What the last key met (`no matches for "x"`, `no next article`) is said until the next key, as in less.
	const said = shown.notice === undefined ? shown : {...shown, notice: undefined};
	const state = said.search.message === undefined ? said : {...said, search: withoutMessage(said.search)};
	// Ctrl-C quits from anywhere: help, the list, the search line.
	if (key === 'ctrl+c') return {...state, quit: true};
	// In the search line every key types, except those of its own table.
	if (state.search.editing) {
		const action = searchLineAction(key);
		return action ? onSearch(state, action) : state;
	}
	// In the list of People every key types into its filter, except those of its own table and Ctrl-C.
	if (state.overlay === 'people' && !state.people.list && key !== 'ctrl+c') {
		const action = peopleListAction(key);
		return action ? onPeople(state, action) : state;
	}
	if (state.overlay === 'list' && state.listFiltering) {
		const typed = typeInList(state, key);
		if (typed) return typed;
	}
	const command = commandFor(key);
	return command ? step(state, {type: 'command', command}) : state;
}

function step(state: ReaderState, action: Action): ReaderState {
	switch (action.type) {
		case 'key':
			return onKey(state, action.key);
		case 'search':
			return onSearch(state, action.action);
		case 'people':
			return onPeople(state, action.action);
		case 'resize':
			return resize(state, action.columns, action.rows);
		case 'openArticle':
			return openArticle(state, action.article);
		case 'reveal':
			return reveal(state, action.position);
		case 'fetchingFullText':
			return state.fetching.includes(action.article) ? state : {...state, fetching: [...state.fetching, action.article]};
		case 'fullText':
			return fullText(state, action.article, action.full, action.error);
		case 'notice':
			return {...state, notice: action.text};
		case 'refreshing':
			return startRefresh(state, action.feeds);
		case 'feedsRefreshed':
			return feedsRefreshed(state, action.feeds, action.joined);
		case 'command':
			if (state.overlay === 'help') return inHelp(state, action.command);
			if (action.command === 'quit') return {...state, quit: true};
			if (action.command === 'openLink' && !state.overlay && !state.search.editing) return openLink(state);
			if (state.overlay === 'list') return inList(state, action.command);
			if (state.overlay === 'people') return inPeople(state, action.command);
			if (state.focus === 'panel') return inPanel(state, action.command);
			return inText(state, action.command);
	}
}

// Whatever an action did, the panel is told its size on screen (so it scrolls to match), and keys
// never stay with a panel that is no longer shown.
function fitPanel(state: ReaderState): ReaderState {
	const {panelWidth, pagerHeight, panelBeside} = geometryOf(state);
	const {panel} = state;
	const sized =
		panel.width === panelWidth && panel.height === pagerHeight
			? state
			: {...state, panel: reducePanel(panel, {type: 'resize', width: panelWidth, height: pagerHeight}, quotesNow(state.articles[state.article]!))};
	const shown = state.overlay === 'panel' || panelBeside;
	return sized.focus === 'panel' && !shown ? {...sized, focus: 'text'} : sized;
}

export function reduce(state: ReaderState, action: Action): ReaderState {
	return fitPanel(step(state, action));
}
