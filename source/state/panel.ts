// The side panel of speakers and their quotes as pure state: rows, cursor, expansion, scrolling and jumps.
import {wrapParagraph} from '../core/wrap.js';
import type {ArticleQuotes, Quote, Speaker} from '../core/quotes/types.js';

/** Everything one speaker said; `speaker` is null for quotes whose speaker the article does not name. */
export interface SpeakerGroup {
	speaker: Speaker | null;
	/** Indexes into `ArticleQuotes.quotes`, in reading order. */
	quotes: number[];
}

export type PanelRow = {kind: 'speaker'; group: number} | {kind: 'quote'; group: number; quote: number};

/** Where the text should scroll to and what it should highlight: a span of one paragraph. */
export interface JumpTarget {
	paragraph: number;
	start: number;
	end: number;
}

export interface PanelState {
	/** Index into `panelLayout(...).rows`. */
	cursor: number;
	/** The first line of the rows shown at the top of the panel's body. */
	top: number;
	/** Names of the expanded speakers; null stands for the unattributed quotes. */
	expanded: ReadonlyArray<string | null>;
	/** The quote last jumped to (index into `ArticleQuotes.quotes`), which the text keeps emphasised. */
	highlighted: number | null;
	/** Set only by the action that jumped, so the reader scrolls once per Enter. */
	jump: JumpTarget | null;
	/** The whole panel, border included, as last given by `resize`. */
	width: number;
	height: number;
}

export type PanelAction =
	| {type: 'move'; by: number}
	| {type: 'page'; by: 1 | -1}
	| {type: 'first'}
	| {type: 'last'}
	| {type: 'enter'}
	| {type: 'collapse'}
	| {type: 'resize'; width: number; height: number}
	/** The text stops emphasising the quote last jumped to. */
	| {type: 'unhighlight'}
	| {type: 'reset'};

/** The panel's header while the article's quotes are being found. */
export const FINDING_QUOTES = 'Finding quotes…';

/** Columns of a row before a speaker's name and a quote's text: cursor mark, expander, swatch. */
export const ROW_INDENT = 5;

/** The part of a `width`×`height` panel that holds rows: inside the border, below the header line. */
export function panelBody(width: number, height: number): {width: number; height: number} {
	return {width: Math.max(1, width - 2), height: Math.max(0, height - 3)};
}

const wrapCache = new WeakMap<Quote, Map<number, string[]>>();

/** A quote's words wrapped to the panel's body; reported speech is not verbatim, so it gets no quotation marks. */
export function quoteLines(quote: Quote, bodyWidth: number): string[] {
	// Wrapping is slow (about half a millisecond a quote) and every key redraws the panel.
	const byWidth = wrapCache.get(quote) ?? new Map<number, string[]>();
	wrapCache.set(quote, byWidth);
	const cached = byWidth.get(bodyWidth);
	if (cached) return cached;
	const words = quote.kind === 'indirect' ? quote.text : `“${quote.text}”`;
	const lines = wrapParagraph(words, Math.max(1, bodyWidth - ROW_INDENT)).map(({start, end}) => words.slice(start, end));
	byWidth.set(bodyWidth, lines);
	return lines;
}

const groupCache = new WeakMap<ArticleQuotes, SpeakerGroup[]>();

/** Speakers by number of quotes, most first (ties keep the extractor's order); unattributed quotes last. */
export function speakerGroups(quotes: ArticleQuotes): SpeakerGroup[] {
	const cached = groupCache.get(quotes);
	if (cached) return cached;
	const byName = new Map<string | null, number[]>();
	quotes.quotes.forEach((quote, index) => {
		const list = byName.get(quote.speaker) ?? [];
		list.push(index);
		byName.set(quote.speaker, list);
	});
	// A quote may name a speaker the list lacks; it still gets a row rather than vanishing.
	const known = new Set(quotes.speakers.map(speaker => speaker.name));
	const strays = [...byName.keys()].filter((name): name is string => name !== null && !known.has(name));
	const speakers: Speaker[] = [
		...quotes.speakers,
		...strays.map(name => ({name, aliases: [], kind: 'unknown' as const, quotes: byName.get(name)!.length})),
	];
	const named = speakers
		.map(speaker => ({speaker, quotes: byName.get(speaker.name) ?? []}))
		.filter(group => group.quotes.length > 0)
		.sort((a, b) => b.quotes.length - a.quotes.length);
	const unattributed = byName.get(null);
	const groups: SpeakerGroup[] = unattributed ? [...named, {speaker: null, quotes: unattributed}] : named;
	groupCache.set(quotes, groups);
	return groups;
}

const groupKey = (group: SpeakerGroup): string | null => group.speaker?.name ?? null;

export interface PanelLayout {
	groups: SpeakerGroup[];
	rows: PanelRow[];
	/** The first line of each row, and its number of lines. */
	starts: number[];
	heights: number[];
	/** Lines of all rows together. */
	total: number;
}

// Every key lays the rows out again (to move, then to draw); they only change with what is expanded
// and the width, and a speaker may have thousands of quotes.
const layoutCache = new WeakMap<ArticleQuotes, {expanded: PanelState['expanded']; bodyWidth: number; layout: PanelLayout}>();

/** The rows as the panel shows them at this body width: a speaker takes a line (two with a title). */
export function panelLayout(quotes: ArticleQuotes, expanded: PanelState['expanded'], bodyWidth: number): PanelLayout {
	const cached = layoutCache.get(quotes);
	if (cached && cached.expanded === expanded && cached.bodyWidth === bodyWidth) return cached.layout;
	const layout = layOutRows(quotes, expanded, bodyWidth);
	layoutCache.set(quotes, {expanded, bodyWidth, layout});
	return layout;
}

function layOutRows(quotes: ArticleQuotes, expanded: PanelState['expanded'], bodyWidth: number): PanelLayout {
	const groups = speakerGroups(quotes);
	const rows: PanelRow[] = [];
	const starts: number[] = [];
	const heights: number[] = [];
	let total = 0;
	const add = (row: PanelRow, height: number) => {
		rows.push(row);
		starts.push(total);
		heights.push(height);
		total += height;
	};
	groups.forEach((group, index) => {
		add({kind: 'speaker', group: index}, group.speaker?.title ? 2 : 1);
		if (!expanded.includes(groupKey(group))) return;
		for (const quote of group.quotes) {
			// The words, then a line with the kind and the outlet.
			add({kind: 'quote', group: index, quote}, quoteLines(quotes.quotes[quote]!, bodyWidth).length + 1);
		}
	});
	return {groups, rows, starts, heights, total};
}

export function createPanel(width: number, height: number): PanelState {
	return {cursor: 0, top: 0, expanded: [], highlighted: null, jump: null, width, height};
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** The top line that shows the cursor's row (its start, if it is taller than the body), moving as little as possible. */
function scrollToCursor(state: PanelState, layout: PanelLayout): PanelState {
	const body = panelBody(state.width, state.height);
	const cursor = clamp(state.cursor, 0, Math.max(0, layout.rows.length - 1));
	let top = state.top;
	if (layout.rows.length > 0) {
		const start = layout.starts[cursor]!;
		const end = start + layout.heights[cursor]!;
		if (start < top || end - start >= body.height) top = start;
		else if (end > top + body.height) top = end - body.height;
	}
	return {...state, cursor, top: clamp(top, 0, Math.max(0, layout.total - body.height))};
}

function layoutOf(state: PanelState, quotes: ArticleQuotes): PanelLayout {
	return panelLayout(quotes, state.expanded, panelBody(state.width, state.height).width);
}

function moveTo(state: PanelState, quotes: ArticleQuotes, cursor: number): PanelState {
	return scrollToCursor({...state, cursor}, layoutOf(state, quotes));
}

// A page scrolls the body by its height and puts the cursor on the first row that starts in view;
// at either end it moves the cursor to the first or last row instead.
function page(state: PanelState, quotes: ArticleQuotes, by: 1 | -1): PanelState {
	const layout = layoutOf(state, quotes);
	const bodyHeight = panelBody(state.width, state.height).height;
	const maxTop = Math.max(0, layout.total - bodyHeight);
	if (by > 0 ? state.top >= maxTop : state.top <= 0) {
		return scrollToCursor({...state, cursor: by > 0 ? layout.rows.length - 1 : 0}, layout);
	}
	const top = clamp(state.top + by * Math.max(1, bodyHeight), 0, maxTop);
	const first = layout.starts.findIndex(start => start >= top);
	return scrollToCursor({...state, top, cursor: first === -1 ? layout.rows.length - 1 : first}, layout);
}

function enter(state: PanelState, quotes: ArticleQuotes): PanelState {
	const layout = layoutOf(state, quotes);
	const row = layout.rows[state.cursor];
	if (!row) return state;
	if (row.kind === 'quote') {
		const {paragraph, start, end} = quotes.quotes[row.quote]!;
		return {...state, highlighted: row.quote, jump: {paragraph, start, end}};
	}
	const group = layout.groups[row.group]!;
	if (state.expanded.includes(groupKey(group))) return collapse(state, quotes);
	const opened = {...state, expanded: [...state.expanded, groupKey(group)]};
	const openedLayout = layoutOf(opened, quotes);
	// Show as many of the new quotes as fit, but never lose the speaker's row above them.
	const showingQuotes = scrollToCursor({...opened, cursor: state.cursor + group.quotes.length}, openedLayout);
	return scrollToCursor({...showingQuotes, cursor: state.cursor}, openedLayout);
}

// Folds the speaker under the cursor (or the speaker of the quote under it) and puts the cursor on its row.
function collapse(state: PanelState, quotes: ArticleQuotes): PanelState {
	const layout = layoutOf(state, quotes);
	const row = layout.rows[state.cursor];
	if (!row) return state;
	const key = groupKey(layout.groups[row.group]!);
	const cursor = layout.rows.findIndex(other => other.kind === 'speaker' && other.group === row.group);
	const closed = {...state, expanded: state.expanded.filter(other => other !== key), cursor};
	return scrollToCursor(closed, layoutOf(closed, quotes));
}

/** The next panel state; `quotes` are the current article's (after `reset`, the new article's). */
export function reducePanel(state: PanelState, action: PanelAction, quotes: ArticleQuotes): PanelState {
	const next = {...state, jump: null};
	switch (action.type) {
		case 'move':
			return moveTo(next, quotes, state.cursor + action.by);
		case 'page':
			return page(next, quotes, action.by);
		case 'first':
			return moveTo(next, quotes, 0);
		case 'last':
			return moveTo(next, quotes, layoutOf(state, quotes).rows.length - 1);
		case 'enter':
			return enter(next, quotes);
		case 'collapse':
			return collapse(next, quotes);
		case 'resize':
			return moveTo({...next, width: action.width, height: action.height}, quotes, state.cursor);
		case 'unhighlight':
			return {...next, highlighted: null};
		case 'reset':
			return createPanel(state.width, state.height);
	}
}
