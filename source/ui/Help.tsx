// The help overlay, written from the key table so it always lists what the keys really do.
import {Box, Text} from 'ink';
import displayWidth from '../core/display-width.js';
import {helpRows} from '../state/keys.js';

export function Help({top, height}: {top: number; height: number}) {
	const rows = helpRows();
	const keysWidth = Math.max(...rows.map(row => displayWidth(row.keys)));
	const lines = [
		<Text key="title" bold>
			Keys (Esc closes)
		</Text>,
		// Keyed by place: the search line binds some keys the reader binds too (Esc, Enter).
		...rows.map((row, index) => (
			<Text key={index} wrap="truncate">
				<Text bold>{row.keys + ' '.repeat(keysWidth - displayWidth(row.keys))}</Text>
				{'   ' + row.help}
			</Text>
		)),
	];
	return (
		<Box flexDirection="column" height={height} paddingLeft={1} overflow="hidden">
			{lines.slice(top, top + height)}
		</Box>
	);
}
