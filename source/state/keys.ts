// The one key table: it decides what every key does and it is what the help screen lists.
// Keys are named as the UI reports them: a character (`j`, `G`, `?`) or a name (`down`, `space`).
// The search line has its own small table: there every other character is typed into the query.
import displayWidth from '../core/display-width.js';
import {wrapParagraph} from '../core/wrap.js';
import type {PeopleAction} from './people.js';
import type {SearchAction} from './search.js';

export type Command =
	| 'lineDown'
	| 'lineUp'
	| 'pageDown'
	| 'pageUp'
	| 'halfPageDown'
	| 'halfPageUp'
	| 'top'
	| 'bottom'
	| 'nextArticle'
	| 'previousArticle'
	| 'toggleList'
	| 'choose'
	| 'collapse'
	| 'togglePanel'
	| 'switchFocus'
	| 'toggleHelp'
	| 'search'
	| 'people'
	| 'nextMatch'
	| 'previousMatch'
	| 'close'
	| 'quit'
	| 'toggleRead'
	| 'markAllRead'
	| 'toggleStar'
	| 'openLink';

export interface Binding {
	command: Command;
	keys: string[];
	help: string;
}

export const BINDINGS: readonly Binding[] = [
	{command: 'lineDown', keys: ['j', 'down'], help: 'down a line (panel: the next row)'},
	{command: 'lineUp', keys: ['k', 'up'], help: 'up a line (panel: the row above)'},
	{command: 'pageDown', keys: ['space', 'f', 'pagedown'], help: 'down a page'},
	{command: 'pageUp', keys: ['b', 'pageup'], help: 'up a page'},
	{command: 'halfPageDown', keys: ['d'], help: 'down half a page'},
	{command: 'halfPageUp', keys: ['u'], help: 'up half a page'},
	{command: 'top', keys: ['g', 'home'], help: 'to the top'},
	{command: 'bottom', keys: ['G', 'end'], help: 'to the end'},
	{command: 'nextArticle', keys: [']', 'right'], help: 'next article'},
	{command: 'previousArticle', keys: ['[', 'left'], help: 'previous article'},
	{command: 'toggleList', keys: ['l'], help: 'list of articles; / in it filters'},
	{command: 'togglePanel', keys: ['s'], help: 'show or hide the panel of speakers'},
	{command: 'switchFocus', keys: ['tab'], help: 'move between the text and the panel'},
	{command: 'choose', keys: ['return'], help: 'open a listed article; panel: expand speaker, show quote'},
	{command: 'collapse', keys: ['h'], help: 'panel: fold the speaker under the cursor'},
	{command: 'search', keys: ['/'], help: 'search all loaded articles (keys below)'},
	{command: 'nextMatch', keys: ['n'], help: 'next search match, on into the next articles'},
	{command: 'previousMatch', keys: ['N'], help: 'previous search match'},
	{command: 'toggleHelp', keys: ['?'], help: 'this help'},
	{command: 'close', keys: ['escape'], help: 'close an overlay; clear highlights, search first; exit panel'},
	{command: 'quit', keys: ['q', 'ctrl+c'], help: 'quit (q in help leaves help)'},
	{command: 'openLink', keys: ['o'], help: "open the article's link in the browser"},
	{command: 'people', keys: ['p'], help: 'people: everyone quoted across the articles (keys below)'},
	// newsboat's N (toggle read) is our previous match; its A marks all read, as here.
	{command: 'toggleRead', keys: ['U'], help: 'mark the article unread (again: read)'},
	{command: 'markAllRead', keys: ['A'], help: 'mark every article in the list read'},
	{command: 'toggleStar', keys: ['*'], help: 'star the article (again: unstar); --starred opens them'},
];

const commandByKey = new Map(BINDINGS.flatMap(binding => binding.keys.map(key => [key, binding.command] as const)));

export function commandFor(key: string): Command | undefined {
	return commandByKey.get(key);
}

export interface SearchLineBinding {
	action: SearchAction;
	keys: string[];
	help: string;
}

// Rows a PageUp/PageDown moves the chosen result by.
const RESULTS_PAGE = 10;

/** Keys of the search line; every other character is typed into the query. */
export const SEARCH_LINE_BINDINGS: readonly SearchLineBinding[] = [
	{action: {type: 'select', delta: 1}, keys: ['down'], help: 'search: the next result'},
	{action: {type: 'select', delta: -1}, keys: ['up'], help: 'search: the result above'},
	{action: {type: 'select', delta: RESULTS_PAGE}, keys: ['pagedown'], help: `search: ${RESULTS_PAGE} results down`},
	{action: {type: 'select', delta: -RESULTS_PAGE}, keys: ['pageup'], help: `search: ${RESULTS_PAGE} results up`},
	{action: {type: 'accept'}, keys: ['return'], help: 'search: open the chosen result, every match highlighted'},
	{action: {type: 'cursorLeft'}, keys: ['left'], help: 'search: caret left'},
	{action: {type: 'cursorRight'}, keys: ['right'], help: 'search: caret right'},
	{action: {type: 'cursorHome'}, keys: ['home', 'ctrl+a'], help: 'search: caret to the start'},
	{action: {type: 'cursorEnd'}, keys: ['end', 'ctrl+e'], help: 'search: caret to the end'},
	// Terminals send DEL for Backspace, which Ink names `delete`, as it names the Delete key.
	{action: {type: 'backspace'}, keys: ['backspace', 'delete'], help: 'search: delete the character before the caret'},
	{action: {type: 'clearQuery'}, keys: ['ctrl+u'], help: 'search: clear the query'},
	{action: {type: 'close'}, keys: ['escape'], help: 'search: close it and clear the highlighting'},
];

const searchActionByKey = new Map(SEARCH_LINE_BINDINGS.flatMap(binding => binding.keys.map(key => [key, binding.action] as const)));

/** The text a key types, if it types any. */
function typedText(key: string): string | undefined {
	if (key === 'space') return ' ';
	// Names (`tab`, `ctrl+x`) are longer than one character; typed characters are one code point,
	// and a control character is never text.
	return [...key].length === 1 && !/[\u0000-\u001f\u007f-\u009f]/.test(key) ? key : undefined;
}

/** What a key does in the search line: its binding, or the character it types; undefined for other keys. */
export function searchLineAction(key: string): SearchAction | undefined {
	const bound = searchActionByKey.get(key);
	if (bound) return bound;
	const text = typedText(key);
	return text === undefined ? undefined : {type: 'insert', text};
}

export interface PeopleBinding {
	action: PeopleAction;
	keys: string[];
	help: string;
}

/** Keys of the People view's list; every other character is typed into its filter. A person's quotes take the reader's keys. */
export const PEOPLE_BINDINGS: readonly PeopleBinding[] = [
	{action: {type: 'move', by: 1}, keys: ['down'], help: 'people: the next person'},
	{action: {type: 'move', by: -1}, keys: ['up'], help: 'people: the person above'},
	{action: {type: 'page', by: 1}, keys: ['pagedown'], help: 'people: a page down'},
	{action: {type: 'page', by: -1}, keys: ['pageup'], help: 'people: a page up'},
	{action: {type: 'enter'}, keys: ['return'], help: "people: a person's quotes; on a quote, show it in the text"},
	{action: {type: 'backspace'}, keys: ['backspace', 'delete'], help: 'people: delete the last character typed'},
	{action: {type: 'clearQuery'}, keys: ['ctrl+u'], help: 'people: clear what is typed'},
	{action: {type: 'back'}, keys: ['escape'], help: "people: close; from a person's quotes, back to the people"},
];

const peopleActionByKey = new Map(PEOPLE_BINDINGS.flatMap(binding => binding.keys.map(key => [key, binding.action] as const)));

/** What a key does in the People view's list: its binding, or the character it types into the filter. */
export function peopleListAction(key: string): PeopleAction | undefined {
	const bound = peopleActionByKey.get(key);
	if (bound) return bound;
	const text = typedText(key);
	return text === undefined ? undefined : {type: 'insert', text};
}

/**
 * What a key does to the article list's filter: the filter after it, or undefined for keys that are
 * not typing (arrows, Enter, Esc), which then move in or close the list.
 */
export function listFilterEdit(filter: string, key: string): string | undefined {
	if (key === 'backspace' || key === 'delete') return [...filter].slice(0, -1).join('');
	if (key === 'ctrl+u') return '';
	const typed = searchLineAction(key);
	return typed?.type === 'insert' ? filter + typed.text : undefined;
}

const KEY_LABELS: Record<string, string> = {
	down: '↓',
	up: '↑',
	right: '→',
	left: '←',
	space: 'Space',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	tab: 'Tab',
	escape: 'Esc',
	backspace: 'Backspace',
	delete: 'Delete',
	'ctrl+a': 'Ctrl-A',
	'ctrl+c': 'Ctrl-C',
	'ctrl+e': 'Ctrl-E',
	'ctrl+u': 'Ctrl-U',
};

/** How a key is written for a person. */
export function keyLabel(key: string): string {
	return KEY_LABELS[key] ?? key;
}

const helpRow = (binding: {keys: string[]; help: string}) => ({keys: binding.keys.map(keyLabel).join(' '), help: binding.help});

/** The help screen's rows: keys, then what they do; the reader's keys, then the search line's. */
export function helpRows(): Array<{keys: string; help: string}> {
	return [...BINDINGS.map(helpRow), ...SEARCH_LINE_BINDINGS.map(helpRow), ...PEOPLE_BINDINGS.map(helpRow)];
}

/** Columns left of the help screen, as every overlay has. */
export const HELP_MARGIN = 1;
// Between the key column and what the keys do; under the keys, what they do is indented this much.
const HELP_GAP = 3;
const HELP_INDENT = 2;
// Narrower room beside the keys than this, and what they do goes under them, so it reads as sentences.
const HELP_MIN_ROOM = 16;

/** One row of the help screen: the keys column (bold, padded; blank where a description goes on) and text. */
export interface HelpLine {
	keys: string;
	help: string;
}

const wrapped = (text: string, width: number): string[] => wrapParagraph(text, width).map(({start, end}) => text.slice(start, end));

/** The help screen's rows under its title, on a screen `columns` wide: never cut, wrapped to fit. */
export function helpLines(columns: number): HelpLine[] {
	const width = columns - HELP_MARGIN;
	const rows = helpRows();
	const keysWidth = rows.reduce((widest, row) => Math.max(widest, displayWidth(row.keys)), 0);
	const room = width - keysWidth - HELP_GAP;
	if (room < HELP_MIN_ROOM) {
		return rows.flatMap(row => [
			...wrapped(row.keys, width).map(keys => ({keys, help: ''})),
			...wrapped(row.help, width - HELP_INDENT).map(help => ({keys: ' '.repeat(HELP_INDENT), help})),
		]);
	}
	return rows.flatMap(row =>
		wrapped(row.help, room).map((help, line) => ({
			keys: (line === 0 ? row.keys + ' '.repeat(keysWidth - displayWidth(row.keys)) : ' '.repeat(keysWidth)) + ' '.repeat(HELP_GAP),
			help,
		})),
	);
}
