// Shown instead of the reader when the terminal is too small to read in.
import {Box, Text} from 'ink';
import {tooSmallLines} from '../state/too-small.js';

export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	return (
		<Box flexDirection="column" width={columns}>
			{tooSmallLines(columns, rows).map((line, index) => (
				<Text key={index} wrap="truncate">
					{line}
				</Text>
			))}
		</Box>
	);
}
