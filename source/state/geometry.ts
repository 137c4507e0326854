// Where everything goes on the screen, worked out in exactly one place: the pager's height, the text
// column and its measure, the panel column. Everything that pages or draws asks this.

/** Below this the reader shows a "too small" message instead of text. */
export const MIN_COLUMNS = 20;
export const MIN_ROWS = 5;
/** Lines longer than this are hard to read: wider text columns centre a column this wide. */
export const MEASURE = 100;
/** A side panel gets its own column from this width; narrower screens show it over the text. */
export const PANEL_BESIDE_FROM = 100;
export const PANEL_MIN_WIDTH = 30;

/** What shares the screen with the text. */
export interface Chrome {
	/** The panel is wanted beside the text; it only stands there from PANEL_BESIDE_FROM columns. */
	panel: boolean;
	/** Rows taken below the pager besides the status line (a search bar). */
	bottomBars: number;
}

export interface Geometry {
	columns: number;
	rows: number;
	tooSmall: boolean;
	/** Rows for the text, or an overlay, above the status line. */
	pagerHeight: number;
	/** The text column's width: what the panel beside it leaves (an overlay leaves the text as it is). */
	textColumn: number;
	/** Columns text is wrapped to, and its left margin inside the text column. */
	wrapWidth: number;
	indent: number;
	/** The panel stands beside the text. */
	panelBeside: boolean;
	/** Columns the panel has when shown, as tall as the pager: beside the text, or the whole width as an overlay. */
	panelWidth: number;
}

const STATUS_ROWS = 1;
/** Columns left of the text: a quoted line's speaker tag (`1`, `2`, … as in the panel) and a space. */
export const QUOTE_GUTTER = 2;
/** The search line's rows, above the status line while it is open. */
export const SEARCH_LINE_ROWS = 1;
// Ink 6.8 clears the whole screen and scrollback on every frame as tall as the terminal.
const ROWS_INK_NEEDS_FREE = 1;

export function geometry(columns: number, rows: number, chrome: Chrome): Geometry {
	const pagerHeight = rows - ROWS_INK_NEEDS_FREE - STATUS_ROWS - chrome.bottomBars;
	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS || pagerHeight < 1;
	const wide = columns >= PANEL_BESIDE_FROM;
	const panelBeside = chrome.panel && wide;
	const panelWidth = wide ? Math.max(PANEL_MIN_WIDTH, Math.round(columns / 3)) : columns;
	const textColumn = panelBeside ? columns - panelWidth : columns;
	// A gutter on the left for the speaker tags of quoted lines, a column of margin on the right, and
	// both wider when the column is wider than the measure.
	const wrapWidth = Math.max(1, Math.min(MEASURE, textColumn - QUOTE_GUTTER - 1));
	return {
		columns,
		rows,
		tooSmall,
		pagerHeight: Math.max(0, pagerHeight),
		textColumn,
		wrapWidth,
		indent: Math.max(Math.min(QUOTE_GUTTER, textColumn - wrapWidth), Math.floor((textColumn - wrapWidth) / 2)),
		panelBeside,
		panelWidth,
	};
}
