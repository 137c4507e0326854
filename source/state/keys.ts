// The one key table: it decides what every key does and it is what the help screen lists.
// Keys are named as the UI reports them: a character (`j`, `G`, `?`) or a name (`down`, `space`).

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
	| 'close'
	| 'quit';

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
	{command: 'toggleList', keys: ['l'], help: 'list of articles'},
	{command: 'togglePanel', keys: ['s'], help: 'show or hide the panel of speakers'},
	{command: 'switchFocus', keys: ['tab'], help: 'move between the text and the panel'},
	{command: 'choose', keys: ['return'], help: 'open a listed article; panel: expand a speaker, show a quote'},
	{command: 'collapse', keys: ['h'], help: 'panel: fold the speaker under the cursor'},
	{command: 'toggleHelp', keys: ['?'], help: 'this help'},
	{command: 'close', keys: ['escape'], help: 'close the list, help or panel overlay; leave the panel'},
	{command: 'quit', keys: ['q', 'ctrl+c'], help: 'quit'},
];

const commandByKey = new Map(BINDINGS.flatMap(binding => binding.keys.map(key => [key, binding.command] as const)));

export function commandFor(key: string): Command | undefined {
	return commandByKey.get(key);
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
	'ctrl+c': 'Ctrl-C',
};

/** How a key is written for a person. */
export function keyLabel(key: string): string {
	return KEY_LABELS[key] ?? key;
}

/** The help screen's rows: keys, then what they do. */
export function helpRows(): Array<{keys: string; help: string}> {
	return BINDINGS.map(binding => ({keys: binding.keys.map(keyLabel).join(' '), help: binding.help}));
}
