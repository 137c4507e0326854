// Turns what Ink's useInput reports into the key names of the key table (source/state/keys.ts).
import type {Key} from 'ink';

const NAMED: Array<[keyof Key, string]> = [
	['downArrow', 'down'],
	['upArrow', 'up'],
	['rightArrow', 'right'],
	['leftArrow', 'left'],
	['pageDown', 'pagedown'],
	['pageUp', 'pageup'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['tab', 'tab'],
	['escape', 'escape'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

// Keys typed fast arrive in one input event ("j\r", "\x7f\x7f" with Backspace held), where Ink
// names none of them; other control characters there are Ctrl and a letter.
const CHARACTER_NAMES: Record<string, string> = {' ': 'space', '\r': 'return', '\t': 'tab', '\x1b': 'escape', '\b': 'backspace', '\x7f': 'delete'};

function characterName(character: string): string {
	const named = CHARACTER_NAMES[character];
	if (named) return named;
	const code = character.charCodeAt(0);
	return code < 0x20 ? `ctrl+${String.fromCharCode(code + 0x60)}` : character;
}

/** Every key in one input event, in order: keys typed fast (or held) arrive together as "jjj". */
export function keyNames(input: string, key: Key): string[] {
	for (const [flag, name] of NAMED) if (key[flag]) return [name];
	if (key.ctrl) return input.length === 1 ? [`ctrl+${input}`] : [];
	const characters = [...input].map(characterName);
	// Esc and a key typed right after it arrive together and Ink reports them as Meta+key.
	return key.meta ? ['escape', ...characters] : characters;
}
