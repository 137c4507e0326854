// The terminal's size now, and a hook that reports each resize (a resize is an action like a key).
import {useLayoutEffect} from 'react';
import {useStdout} from 'ink';

export interface Size {
	columns: number;
	rows: number;
}

export function terminalSize(stdout: NodeJS.WriteStream): Size {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

export function useResize(onResize: (size: Size) => void): void {
	const {stdout} = useStdout();
	// A layout effect listens from the first frame on, so no resize between mount and listening is lost.
	useLayoutEffect(() => {
		const resized = (): void => onResize(terminalSize(stdout));
		stdout.on('resize', resized);
		return () => {
			stdout.off('resize', resized);
		};
	}, [stdout, onResize]);
}
