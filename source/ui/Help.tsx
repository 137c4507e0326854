// The help overlay, written from the key table so it always lists what the keys really do.
import {Box, Text} from 'ink';
import displayWidth from '../core/display-width.js';
import {HELP_MARGIN, helpLines} from '../state/keys.js';
import {HELP_TITLE_ROWS} from '../state/reader-state.js';

// The help's first line, longest first: the first that fits is shown.
const TITLES = ['Keys (q or Esc closes)', 'Keys (q/Esc close)', 'Keys'];
const SCROLLING_TITLES = ['Keys (q or Esc closes; j, k, Space and b scroll)', 'Keys (q/Esc close; j/k scroll)', ...TITLES.slice(1)];

export function Help({top, height, columns}: {top: number; height: number; columns: number}) {
	const rows = helpLines(columns);
	// Taller than the screen, help says that it scrolls; the status line says where in it you are.
	const titles = HELP_TITLE_ROWS + rows.length > height ? SCROLLING_TITLES : TITLES;
	const title = titles.find(text => displayWidth(text) <= columns - HELP_MARGIN) ?? titles.at(-1)!;
	const lines = [
		<Text key="title" bold wrap="truncate">
			{title}
		</Text>,
		...rows.map((line, index) => (
			// Keyed by place: the search line binds some keys the reader binds too (Esc, Enter).
			<Text key={index} wrap="truncate">
				<Text bold>{line.keys}</Text>
				{line.help}
			</Text>
		)),
	];
	return (
		<Box flexDirection="column" height={height} paddingLeft={HELP_MARGIN} overflow="hidden">
			{lines.slice(top, top + height)}
		</Box>
	);
}
