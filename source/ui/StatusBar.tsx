// The bottom line: article i/N, its headline, the current search match, where you are, and the key for help.
import {Text} from 'ink';
import {statusLine, type Status} from '../state/status.js';

export function StatusBar({status, width}: {status: Status; width: number}) {
	return (
		<Text inverse wrap="truncate">
			{statusLine(status, width)}
		</Text>
	);
}
