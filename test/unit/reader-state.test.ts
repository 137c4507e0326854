import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {lineAt} from '../../source/core/layout.js';
import {loadPaths} from '../../source/core/load.js';
import {knownQuotes} from '../../source/state/article-quotes.js';
import {helpLines, helpRows, type Command} from '../../source/state/keys.js';
import {panelLayout, panelBody} from '../../source/state/panel.js';
import {
	HELP_TITLE_ROWS,
	REVEAL_CONTEXT,
	geometryOf,
	initialState,
	lastTop,
	layoutOf,
	panelPlace,
	reduce,
	topLine,
	type ReaderState,
} from '../../source/state/reader.js';
import {statusOf} from '../../source/state/status.js';

const article = (title: string, count: number): Article => ({
	file: `${title}.txt`,
	title,
	paragraphs: [title, ...Array.from({length: count}, (_, index) => `Paragraph ${index + 1} of ${title}, long enough to wrap onto a second line at forty columns.`)],
});
const press = (state: ReaderState, ...commands: Command[]) =>
	commands.reduce((next, command) => reduce(next, {type: 'command', command}), state);
/** The reader once its first frame is drawn, as the UI has it. */
const drawn = (articles: Article[], columns: number, rows: number) => initialState(articles, columns, rows);
// 40x12: a pager of 10 rows, text wrapped to 38 columns.
const start = (...articles: Article[]) => drawn(articles, 40, 12);
const long = article('Long', 40);
const topText = (state: ReaderState) => {
	const line = layoutOf(state).lines[topLine(state)]!;
	return line.start < 0 ? '' : state.articles[state.article]!.paragraphs[line.paragraph]!.slice(line.start, line.end);
};

test('lines, pages and half pages move the top line; a page keeps one line of the last', () => {
	const state = start(long);
	assert.equal(topLine(press(state, 'lineDown', 'lineDown', 'lineUp')), 1);
	assert.equal(topLine(press(state, 'pageDown')), 9);
	assert.equal(topLine(press(state, 'pageDown', 'pageUp')), 0);
	assert.equal(topLine(press(state, 'halfPageDown', 'halfPageDown')), 10);
	assert.equal(topLine(press(state, 'halfPageDown', 'halfPageUp')), 0);
});

test('the top and the end stop paging: the text ends on the pager\'s last row', () => {
	const state = start(long);
	const lines = layoutOf(state).lines.length;
	assert.equal(topLine(press(state, 'lineUp')), 0);
	assert.equal(topLine(press(state, 'bottom')), lines - 10);
	assert.equal(topLine(press(state, 'bottom', 'pageDown', 'lineDown')), lines - 10);
	assert.equal(topLine(press(state, 'bottom', 'top')), 0);
});

test('the status line says where you are', () => {
	const state = start(long, article('Short', 1));
	assert.deepEqual(statusOf(state), {article: '1/2', title: 'Long', position: 'Top', hint: '? help · q quit'});
	assert.equal(statusOf(press(state, 'bottom')).position, 'End');
	assert.match(statusOf(press(state, 'pageDown')).position, /^\d+%$/);
	assert.equal(statusOf(press(state, 'nextArticle')).position, 'All');
	assert.equal(statusOf(start(long)).article, '1/1');
});

test('a resize re-wraps and keeps the paragraph being read at the top', () => {
	let state = press(start(long), 'pageDown', 'pageDown', 'pageDown', 'lineDown');
	const before = layoutOf(state).lines[topLine(state)]!;
	state = reduce(state, {type: 'resize', columns: 70, rows: 30});
	const after = layoutOf(state).lines[topLine(state)]!;
	assert.equal(after.paragraph, before.paragraph);
	assert.ok(after.start <= before.start && before.start <= after.end);
	state = reduce(state, {type: 'resize', columns: 40, rows: 12});
	assert.deepEqual(layoutOf(state).lines[topLine(state)], before);
});

test('articles change with ] and [, stop at the ends, and keep their place', () => {
	let state = start(long, article('Second', 30));
	state = press(state, 'pageDown');
	const place = topText(state);
	state = press(state, 'nextArticle', 'nextArticle');
	assert.equal(state.article, 1);
	assert.equal(topLine(state), 0);
	state = press(state, 'lineDown', 'previousArticle', 'previousArticle');
	assert.equal(state.article, 0);
	assert.equal(topText(state), place);
	assert.equal(topLine(press(state, 'nextArticle')), 1);
});

test('the list picks an article; Esc or l closes it; keys move its cursor', () => {
	const articles = [long, article('Two', 3), article('Three', 3)];
	let state = press(start(...articles), 'toggleList');
	assert.equal(state.overlay, 'list');
	assert.equal(state.listCursor, 0);
	state = press(state, 'lineDown', 'lineDown', 'lineDown', 'lineUp');
	assert.equal(state.listCursor, 1);
	assert.equal(topLine(state), 0, 'the text does not move under the list');
	state = press(state, 'choose');
	assert.equal(state.overlay, undefined);
	assert.equal(state.article, 1);
	assert.equal(press(state, 'toggleList', 'bottom').listCursor, 2);
	assert.equal(press(state, 'toggleList', 'close').overlay, undefined);
	assert.equal(press(state, 'toggleList', 'toggleList').overlay, undefined);
	assert.equal(press(state, 'toggleList', 'toggleHelp').overlay, 'help');
});

test('help opens with ?, scrolls when taller than the pager, and closes with Esc or ?', () => {
	let state = press(start(long), 'toggleHelp');
	assert.equal(state.overlay, 'help');
	state = press(state, 'bottom');
	assert.equal(state.helpTop, HELP_TITLE_ROWS + helpLines(40).length - 10);
	assert.equal(press(state, 'close').overlay, undefined);
	assert.equal(press(state, 'toggleHelp').overlay, undefined);
	assert.equal(topLine(press(state, 'close')), 0, 'paging keys in help do not move the text');
	const tall = reduce(state, {type: 'resize', columns: 80, rows: 60});
	assert.equal(tall.helpTop, 0);
});

const key = (state: ReaderState, ...keys: string[]) => keys.reduce((next, name) => reduce(next, {type: 'key', key: name}), state);

test('q and Esc leave help, as in less; Ctrl-C still quits from it', () => {
	const help = key(start(long), '?');
	assert.equal(help.overlay, 'help');
	for (const leave of ['q', 'escape', '?']) {
		const left = key(help, leave);
		assert.equal(left.overlay, undefined, leave);
		assert.equal(left.quit, false, leave);
	}
	assert.equal(key(help, 'ctrl+c').quit, true);
	assert.equal(key(help, 'q', 'q').quit, true, 'q in the text quits');
	assert.equal(key(start(long), '/', 'ctrl+c').quit, true, 'and from the search line');
	assert.equal(key(start(long), 'l', 'q').quit, true, 'q in the list quits, as the hint says');
});

test('the status line says where in help you are, and how to leave it', () => {
	let state = key(drawn([long], 80, 24), '?');
	assert.ok(HELP_TITLE_ROWS + helpLines(80).length > geometryOf(state).pagerHeight, 'help at 80x24 is taller than the screen');
	assert.equal(statusOf(state).position, 'Top');
	assert.equal(statusOf(state).hint, 'q/Esc close');
	state = key(state, 'j');
	assert.match(statusOf(state).position, /^\d+%$/);
	assert.equal(statusOf(key(state, 'G')).position, 'End');
	assert.equal(statusOf(key(drawn([long], 80, 60), '?')).position, 'All');
	assert.equal(statusOf(key(state, 'q')).position, 'Top', 'the text where it was');
});

test('[ on the first article and ] on the last say so on the status line, until the next key', () => {
	const state = start(long, article('Other', 2));
	const first = key(state, '[');
	assert.equal(first.article, 0);
	assert.equal(statusOf(first).match, 'no previous article');
	assert.equal(statusOf(key(first, 'j')).match, undefined);
	const last = key(state, ']', ']');
	assert.equal(last.article, 1);
	assert.equal(statusOf(last).match, 'no next article');
	assert.equal(statusOf(key(state, ']')).match, undefined, 'a step that moves says nothing');
	assert.equal(statusOf(key(start(long), 'right')).match, 'no next article', 'one article: nowhere to go');
});

test('Esc without an overlay and Enter in the text change nothing; quit asks the UI to end', () => {
	const state = start(long);
	assert.equal(press(state, 'close', 'choose'), state);
	assert.deepEqual(press(state, 'quit'), {...state, quit: true});
});

test('a 10,000-line article pages like a short one', () => {
	const huge = article('Huge', 5000);
	let state = start(huge);
	state = press(state, 'bottom');
	assert.equal(statusOf(state).position, 'End');
	state = press(state, 'pageUp', 'lineUp');
	assert.equal(topLine(state), layoutOf(state).lines.length - 10 - 9 - 1);
});

// The side panel in the reader, on the seed: speakers Sergei Lavrov, Kim Jong Un, Kremlin.
const loaded = loadPaths(['seeds/000_a28becac22cdf2d7.txt'], () => new Uint8Array());
if (!loaded.ok) throw new Error(loaded.error);
const seed = loaded.articles[0]!;
const wide = (...articles: Article[]) => drawn(articles, 140, 40);
const narrow = (...articles: Article[]) => drawn(articles, 80, 24);
const rowsOf = (state: ReaderState) => {
	const {panel} = state;
	return panelLayout(knownQuotes(state.articles[state.article]!)!, panel.expanded, panelBody(panel.width, panel.height).width).rows;
};
/** Puts the panel cursor on the first quote of the speaker at `group`, expanding it. */
const toQuoteOf = (state: ReaderState, group: number) => {
	let next = press(state, 'top');
	for (let index = 0; index < group; index++) next = press(next, 'lineDown');
	return press(next, 'choose', 'lineDown');
};
const sizedToScreen = (state: ReaderState) => {
	const {panelWidth, pagerHeight} = geometryOf(state);
	assert.deepEqual([state.panel.width, state.panel.height], [panelWidth, pagerHeight], `panel sized for ${state.columns}x${state.rows}`);
};

test('the reader starts with the panel sized to the screen, and the first keys move through the speakers', () => {
	const first = initialState([seed], 140, 40);
	sizedToScreen(first);
	const keyed = press(first, 'switchFocus', 'lineDown');
	assert.equal(keyed.panel.cursor, 1);
});

test('from 100 columns the panel stands beside the text, a third wide; s hides it and the text takes the width', () => {
	const state = wide(seed);
	assert.equal(panelPlace(state), 'beside');
	assert.equal(state.focus, 'text');
	assert.equal(geometryOf(state).textColumn, 140 - Math.round(140 / 3));
	sizedToScreen(state);
	const hidden = press(state, 'togglePanel');
	assert.equal(panelPlace(hidden), undefined);
	assert.equal(geometryOf(hidden).textColumn, 140);
	assert.equal(panelPlace(press(hidden, 'togglePanel')), 'beside');
	assert.equal(press(hidden, 'togglePanel').focus, 'text', 's shows the panel, the keys stay in the text');
});

test('Tab moves the keys between text and panel; Esc leaves the panel; Tab on a hidden panel shows it', () => {
	const state = wide(seed);
	assert.equal(press(state, 'switchFocus').focus, 'panel');
	assert.equal(statusOf(press(state, 'switchFocus')).hint, 'Tab text · ? help · q quit');
	assert.equal(press(state, 'switchFocus', 'switchFocus').focus, 'text');
	assert.equal(press(state, 'switchFocus', 'close').focus, 'text');
	const shown = press(state, 'togglePanel', 'switchFocus');
	assert.equal(panelPlace(shown), 'beside');
	assert.equal(shown.focus, 'panel');
	assert.equal(press(shown, 'togglePanel').focus, 'text', 'hiding the panel takes the keys back to the text');
});

test('below 100 columns the panel is hidden; s or Tab shows it over the text with the keys, s, Tab or Esc close it', () => {
	const state = narrow(seed);
	assert.equal(panelPlace(state), undefined);
	assert.equal(geometryOf(state).textColumn, 80);
	for (const opener of ['togglePanel', 'switchFocus'] as const) {
		const open = press(state, opener);
		assert.equal(panelPlace(open), 'overlay');
		assert.equal(open.overlay, 'panel');
		assert.equal(open.focus, 'panel');
		assert.equal(geometryOf(open).wrapWidth, geometryOf(state).wrapWidth, 'the text under the overlay keeps its layout');
		assert.equal(geometryOf(open).panelWidth, 80);
		sizedToScreen(open);
		for (const closer of ['togglePanel', 'switchFocus', 'close'] as const) {
			const closed = press(open, closer);
			assert.equal(panelPlace(closed), undefined, closer);
			assert.equal(closed.focus, 'text', closer);
		}
	}
});

test('in the panel the moving keys move its cursor, not the text; Enter expands a speaker and h folds it', () => {
	const state = press(wide(seed), 'switchFocus');
	const moved = press(state, 'lineDown', 'lineDown', 'lineUp');
	assert.equal(moved.panel.cursor, 1);
	assert.equal(topLine(moved), 0);
	assert.equal(press(state, 'bottom').panel.cursor, rowsOf(state).length - 1);
	assert.equal(press(state, 'bottom', 'top').panel.cursor, 0);
	assert.equal(press(state, 'halfPageDown').panel.cursor, rowsOf(state).length - 1, 'half a page is more rows than three speakers');
	const lavrov = press(state, 'choose');
	assert.deepEqual(lavrov.panel.expanded, ['Sergei Lavrov']);
	assert.equal(rowsOf(lavrov).length, rowsOf(state).length + knownQuotes(seed)!.speakers[0]!.quotes);
	assert.deepEqual(press(lavrov, 'lineDown', 'collapse').panel.expanded, []);
	assert.equal(press(lavrov, 'lineDown', 'collapse').panel.cursor, 0, 'folding puts the cursor back on the speaker');
	assert.deepEqual(press(lavrov, 'choose').panel.expanded, [], 'Enter on an expanded speaker folds it');
});

test('Enter on a quote scrolls the text to it with a line of context and highlights it; the keys stay in the panel', () => {
	const state = press(wide(seed), 'switchFocus');
	// Kim Jong Un's first quote is far down the seed.
	const onQuote = toQuoteOf(state, 1);
	const row = rowsOf(onQuote)[onQuote.panel.cursor]!;
	assert.equal(row.kind, 'quote');
	const index = row.kind === 'quote' ? row.quote : -1;
	const quote = knownQuotes(seed)!.quotes[index]!;
	assert.equal(topLine(onQuote), 0);
	const jumped = press(onQuote, 'choose');
	const line = lineAt(layoutOf(jumped), {paragraph: quote.paragraph, offset: quote.start});
	assert.equal(topLine(jumped), Math.min(line - REVEAL_CONTEXT, lastTop(jumped)));
	assert.ok(line < topLine(jumped) + geometryOf(jumped).pagerHeight);
	assert.equal(jumped.panel.highlighted, index);
	assert.equal(jumped.focus, 'panel');
});

test('Esc in the text clears the quote highlighted by a jump; in the panel it first leaves the panel', () => {
	const jumped = press(toQuoteOf(press(wide(seed), 'switchFocus'), 1), 'choose');
	assert.notEqual(jumped.panel.highlighted, null);
	const left = press(jumped, 'close');
	assert.deepEqual([left.focus, left.panel.highlighted], ['text', jumped.panel.highlighted], 'the first Esc leaves the panel');
	const cleared = press(left, 'close');
	assert.equal(cleared.panel.highlighted, null);
	assert.equal(topLine(cleared), topLine(left), 'the text stays where it is');
	assert.equal(press(cleared, 'close'), cleared, 'nothing more to clear');
});

test('from the overlay, a jump closes it so the text shows the quote', () => {
	const state = press(narrow(seed), 'togglePanel');
	const jumped = press(toQuoteOf(state, 1), 'choose');
	assert.equal(panelPlace(jumped), undefined);
	assert.equal(jumped.focus, 'text');
	const quote = knownQuotes(seed)!.quotes[jumped.panel.highlighted!]!;
	const line = lineAt(layoutOf(jumped), {paragraph: quote.paragraph, offset: quote.start});
	assert.ok(line >= topLine(jumped) && line < topLine(jumped) + geometryOf(jumped).pagerHeight, 'the quote is on screen');
});

test('reveal scrolls only when the place is not already in view with its context', () => {
	const state = start(long);
	const revealed = reduce(state, {type: 'reveal', position: {paragraph: 20, offset: 10}});
	assert.equal(topLine(revealed), lineAt(layoutOf(state), {paragraph: 20, offset: 10}) - REVEAL_CONTEXT);
	assert.equal(reduce(revealed, {type: 'reveal', position: {paragraph: 20, offset: 10}}), revealed);
	assert.equal(reduce(state, {type: 'reveal', position: {paragraph: 1, offset: 0}}), state);
	assert.equal(topLine(reduce(state, {type: 'reveal', position: {paragraph: 40, offset: 0}})), lastTop(state));
});

test('resizes keep the panel sized to the screen: narrowing hides it, widening turns the overlay into the column', () => {
	let state = press(wide(seed), 'switchFocus');
	state = reduce(state, {type: 'resize', columns: 90, rows: 30});
	assert.equal(panelPlace(state), undefined);
	assert.equal(state.focus, 'text');
	sizedToScreen(state);
	state = press(state, 'togglePanel');
	sizedToScreen(state);
	state = reduce(state, {type: 'resize', columns: 200, rows: 60});
	assert.equal(panelPlace(state), 'beside');
	assert.equal(state.overlay, undefined);
	assert.equal(state.focus, 'panel');
	sizedToScreen(state);
});

test('changing article starts the panel afresh and closes its overlay', () => {
	const other: Article = {file: 'b.txt', title: 'B', paragraphs: ['B', 'No one says anything here.']};
	const state = press(wide(seed, other), 'switchFocus', 'choose', 'lineDown');
	const next = press(state, 'nextArticle');
	assert.deepEqual([next.panel.cursor, next.panel.expanded, next.panel.highlighted], [0, [], null]);
	assert.equal(next.focus, 'panel');
	sizedToScreen(next);
	const fromOverlay = press(narrow(seed, other), 'togglePanel', 'nextArticle');
	assert.equal(panelPlace(fromOverlay), undefined);
	assert.equal(fromOverlay.focus, 'text');
});

test('a folder of 10,000 articles reads only the ones opened, and extracts their quotes once', () => {
	const touched = new Set<number>();
	const articles = Array.from({length: 10_000}, (_, index): Article => {
		const text = article(`Story ${index}`, 3);
		return {
			file: text.file,
			title: text.title,
			get paragraphs() {
				touched.add(index);
				return text.paragraphs;
			},
		};
	});
	const state = press(wide(...articles), 'nextArticle', 'nextArticle', 'switchFocus', 'lineDown');
	assert.equal(statusOf(state).article, '3/10000');
	assert.deepEqual([...touched].sort((a, b) => a - b), [1, 2], 'the state reads the articles it opens (the UI reads the first when it draws it)');
	assert.equal(knownQuotes(articles[2]!)!, knownQuotes(articles[2]!)!);
});

test('the help lists the panel keys', () => {
	const rows = helpRows();
	assert.ok(rows.some(row => row.keys === 's' && /panel/.test(row.help)));
	assert.ok(rows.some(row => row.keys === 'Tab' && /panel/.test(row.help)));
	assert.ok(rows.some(row => row.keys === 'h' && /fold/.test(row.help)));
});
