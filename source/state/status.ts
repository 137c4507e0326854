// What the status line says: which article, where in it, which search match is current, and the
// key that explains the rest (or, in the panel or the search line, the keys that leave it).
import displayWidth from '../core/display-width.js';
import {fitWidth} from '../core/fit.js';
import {geometryOf, helpHeight, layoutOf, topLine, type ReaderState} from './reader-state.js';
import {listOrder} from './article-list.js';
import {refreshProgress} from './refresh.js';
import {matchStatus} from './search.js';

export interface Status {
	/** `2/5`: where the article on screen stands in the list of the loaded articles. */
	article: string;
	title: string;
	/** `All`, `Top`, `End` or how far down the screen's last line is, as `less` does: of the text, or of help while it is open. */
	position: string;
	/** `match 3/17` while search matches are highlighted, and what the last key met (`no matches for "x"`, `no next article`). */
	match?: string;
	hint: string;
}

function hintOf({overlay, focus, search, people, backToPeople}: ReaderState): string {
	if (search.editing) return 'Enter open · Esc close';
	if (overlay === 'help') return 'q/Esc close';
	if (overlay === 'people') return people.list ? 'Enter show · Esc back' : 'type to filter · Enter open · Esc close';
	if (backToPeople) return 'Esc back to people · ? help';
	if (overlay) return 'Esc close · q quit';
	if (focus === 'panel') return 'Tab text · ? help · q quit';
	return search.highlighting ? 'n/N · Esc clear · ? help' : '? help · q quit';
}

/** Where `height` rows starting at row `top` of `lines` stand: `All`, `Top`, `End` or the share read. */
function where(top: number, lines: number, height: number): string {
	const last = Math.max(0, lines - height);
	if (last === 0) return 'All';
	if (top === 0) return 'Top';
	return top >= last ? 'End' : `${Math.round(((top + height) / lines) * 100)}%`;
}

/** Where the text on screen stands; while a long article is still being laid out, by paragraphs, and never `End`. */
function textPosition(state: ReaderState, height: number): string {
	const layout = layoutOf(state);
	const top = topLine(state);
	if (layout.complete) return where(top, layout.lines.length, height);
	if (top === 0) return 'Top';
	const bottom = layout.lines[Math.min(top + height, layout.lines.length) - 1]!;
	return `${Math.floor(((bottom.paragraph + 1) / state.articles[state.article]!.paragraphs.length) * 100)}%`;
}

export function statusOf(state: ReaderState): Status {
	const {articles, article} = state;
	const {pagerHeight} = geometryOf(state);
	const position =
		state.overlay === 'help'
			? where(state.helpTop, helpHeight(state), pagerHeight)
			: textPosition(state, pagerHeight);
	const fetching = state.fetching.includes(article) ? 'fetching the full article…' : undefined;
	const match = state.notice ?? fetching ?? matchStatus(state.search) ?? refreshProgress(state.refresh);
	// The count follows the list, as `]` and `[` do (joined articles stand before older ones of their feed).
	const place = listOrder(articles, '', state.joins).indexOf(article);
	return {
		article: `${place + 1}/${articles.length}`,
		title: articles[article]!.title,
		position,
		...(match ? {match} : {}),
		hint: hintOf(state),
	};
}

// Narrow screens shorten the key hint (to its first part, then nothing) before the headline goes.
const TITLE_MIN_COLUMNS = 10;

/** The status line as it is drawn, `width` columns: the headline gives way to an ellipsis, the hint gets shorter. */
export function statusLine(status: Status, width: number): string {
	const left = ` ${status.article}  `;
	const rightWith = (hint: string) => `  ${status.match ? `${status.match}  ` : ''}${status.position}${hint ? `  ${hint}` : ''} `;
	const roomWith = (hint: string) => width - displayWidth(left) - displayWidth(rightWith(hint));
	const hints = [status.hint, status.hint.split(' · ')[0]!];
	const right = rightWith(hints.find(hint => roomWith(hint) >= TITLE_MIN_COLUMNS) ?? '');
	const room = width - displayWidth(left) - displayWidth(right);
	const title = fitWidth(status.title, room);
	return fitWidth(left + title + ' '.repeat(Math.max(0, room - displayWidth(title))) + right, width);
}
