// The bottom line: article i/N, its headline, where you are, and the key for help.
import {Text} from 'ink';
import stringWidth from 'string-width';
import {fitWidth} from '../core/fit.js';
import type {Status} from '../state/status.js';

export function StatusBar({status, width}: {status: Status; width: number}) {
	const left = status.article ? ` ${status.article}  ` : ' ';
	const right = `  ${status.position}  ${status.hint} `;
	const title = fitWidth(status.title, width - stringWidth(left) - stringWidth(right));
	const gap = Math.max(0, width - stringWidth(left) - stringWidth(title) - stringWidth(right));
	return (
		<Text inverse wrap="truncate">
			{fitWidth(left + title + ' '.repeat(gap) + right, width)}
		</Text>
	);
}
