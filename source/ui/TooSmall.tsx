// Shown instead of the reader when the terminal is too small to read in.
import {Box, Text} from 'ink';
import {MIN_COLUMNS, MIN_ROWS} from '../state/geometry.js';

export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	return (
		<Box width={columns} height={Math.max(1, rows - 1)} overflow="hidden">
			<Text>
				Terminal too small: {columns}x{rows}, news-tui needs {MIN_COLUMNS}x{MIN_ROWS}. Enlarge it or press q.
			</Text>
		</Box>
	);
}
