// Each `o` on an article with a link opens it in the browser; the status line says how that went.
import {useEffect, useRef, type Dispatch} from 'react';
import type {Action} from '../state/reader.js';

export type OpenLink = (url: string) => Promise<string | undefined>;

export function useOpenLink(requests: number, url: string | null | undefined, dispatch: Dispatch<Action>, openLink: OpenLink): void {
	const handled = useRef(requests);
	useEffect(() => {
		if (requests === handled.current || !url) return;
		handled.current = requests;
		void openLink(url).then(error => dispatch({type: 'notice', text: error ?? 'opened the link in the browser'}));
	}, [requests, url, dispatch, openLink]);
}
