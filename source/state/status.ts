// What the status line says: which article, where in it, and the key that explains the rest (or, in
// the panel, the key that leaves it).
import {geometryOf, lastTop, layoutOf, topLine, type ReaderState} from './reader.js';

export interface Status {
	/** `2/5`, or empty with a single article. */
	article: string;
	title: string;
	/** `All`, `Top`, `End` or how far down the screen's last line is, as `less` does. */
	position: string;
	hint: string;
}

export function statusOf(state: ReaderState): Status {
	const {articles, article, overlay, focus} = state;
	const lines = layoutOf(state).lines.length;
	const top = topLine(state);
	const position =
		lastTop(state) === 0
			? 'All'
			: top === 0
				? 'Top'
				: top === lastTop(state)
					? 'End'
					: `${Math.round(((top + geometryOf(state).pagerHeight) / lines) * 100)}%`;
	return {
		article: articles.length > 1 ? `${article + 1}/${articles.length}` : '',
		title: articles[article]!.title,
		position,
		hint: overlay ? 'Esc close · q quit' : focus === 'panel' ? 'Tab text · ? help · q quit' : '? help · q quit',
	};
}
