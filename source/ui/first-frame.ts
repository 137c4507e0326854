// The reader's first frame as terminal output, drawn from the same pure state and layout as the Ink
// components, without React or Ink. Loading those is most of the reader's start-up: the frame goes
// to the screen first, and Ink then draws the identical frame over it and takes the keys.
import type {Article} from '../core/article.js';
import displayWidth from '../core/display-width.js';
import {fitWidth} from '../core/fit.js';
import {articleMarks, lineSegments, marksByParagraph, type MarkStyle, type Segment} from '../state/marks.js';
import {FINDING_QUOTES} from '../state/panel.js';
import {geometryOf, initialState, layoutOf, panelPlace, topLine, type Remembered} from '../state/reader-state.js';
import {statusLine, statusOf} from '../state/status.js';
import {tooSmallLines} from '../state/too-small.js';

const HIDE_CURSOR = '\x1b[?25l';
const NAMED_COLORS: Record<string, number> = {black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90, grey: 90};

function colorCode(color: string): string | undefined {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
	if (hex) return `38;2;${hex.slice(1).map(part => Number.parseInt(part, 16)).join(';')}`;
	return NAMED_COLORS[color]?.toString();
}

// SGR codes that turn each attribute on and off.
const ATTRIBUTES = [
	['bold', '1', '22'],
	['dim', '2', '22'],
	['underline', '4', '24'],
	['inverse', '7', '27'],
] as const;

/** `text` in `style`, as SGR codes; under NO_COLOR (`withColor` false) colours are left out. */
function styled(text: string, style: MarkStyle, withColor: boolean): string {
	const color = withColor && style.color ? colorCode(style.color) : undefined;
	const codes = [...(color ? [[color, '39']] : []), ...ATTRIBUTES.filter(([name]) => style[name]).map(([, on, off]) => [on, off])];
	if (codes.length === 0) return text;
	return `\x1b[${codes.map(([on]) => on).join(';')}m${text}\x1b[${codes.map(([, off]) => off).join(';')}m`;
}

const widthOf = (segments: Segment[]): number => segments.reduce((sum, segment) => sum + displayWidth(segment.text), 0);

/** The panel beside the text while its quotes are found: a border around the header. */
function findingQuotesPanel(width: number, height: number, withColor: boolean): string[] {
	const border = (text: string) => styled(text, {color: 'gray'}, withColor);
	const inner = width - 2;
	const title = fitWidth(FINDING_QUOTES, inner);
	const rows = [border(`┌${'─'.repeat(inner)}┐`), border('│') + title + ' '.repeat(inner - displayWidth(title)) + border('│')];
	while (rows.length < height - 1) rows.push(border('│') + ' '.repeat(inner) + border('│'));
	rows.push(border(`└${'─'.repeat(inner)}┘`));
	return rows;
}

/** The reader's first frame for `articles` on a `columns`×`rows` terminal (where it was left, if remembered), cursor hidden, ending on its last row. */
export function firstFrame(articles: readonly Article[], columns: number, rows: number, withColor: boolean, remembered?: Remembered): string {
	const state = initialState(articles, columns, rows, {remembered});
	const geometry = geometryOf(state);
	if (geometry.tooSmall) return HIDE_CURSOR + tooSmallLines(columns, rows).join('\n');
	const article = articles[state.article]!;
	const marks = marksByParagraph(articleMarks(article));
	const lines = layoutOf(state).lines;
	const top = topLine(state);
	const panel = panelPlace(state) === 'beside' ? findingQuotesPanel(geometry.panelWidth, geometry.pagerHeight, withColor) : undefined;
	const screen: string[] = [];
	for (let row = 0; row < geometry.pagerHeight; row++) {
		const line = lines[top + row];
		const segments = line ? lineSegments(article, line, marks) : [];
		const text = ' '.repeat(geometry.indent) + segments.map(segment => styled(segment.text, segment.style, withColor)).join('');
		const used = geometry.indent + widthOf(segments);
		screen.push(panel ? text + ' '.repeat(Math.max(0, geometry.textColumn - used)) + panel[row] : text);
	}
	screen.push(styled(statusLine(statusOf(state), columns), {inverse: true}, withColor));
	return HIDE_CURSOR + screen.join('\n');
}
