// The help overlay, written from the key table so it always lists what the keys really do.
import {Box, Text} from 'ink';
import {HELP_MARGIN, helpLines} from '../state/keys.js';

export function Help({top, height, columns}: {top: number; height: number; columns: number}) {
	const lines = [
		<Text key="title" bold>
			Keys (Esc closes)
		</Text>,
		...helpLines(columns).map((line, index) => (
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
