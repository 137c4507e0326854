// The bottom line: article i/N, its headline, the current search match, where you are, and the key for help.
import {Text} from 'ink';
import displayWidth from '../core/display-width.js';
import {fitWidth} from '../core/fit.js';
import type {Status} from '../state/status.js';

export function StatusBar({status, width}: {status: Status; width: number}) {
	const left = ` ${status.article}  `;
	const right = `  ${status.match ? `${status.match}  ` : ''}${status.position}  ${status.hint} `;
	const title = fitWidth(status.title, width - displayWidth(left) - displayWidth(right));
	const gap = Math.max(0, width - displayWidth(left) - displayWidth(title) - displayWidth(right));
	return (
		<Text inverse wrap="truncate">
			{fitWidth(left + title + ' '.repeat(gap) + right, width)}
		</Text>
	);
}
