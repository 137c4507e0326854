// A long article's layout goes on after the first frame a slice at a time between keys (core/layout.ts):
// a key waits for one slice at most. The reader is drawn again only when what it shows changes
// (`shown`: the lines on screen and the status line's place, say), as drawing costs more than a slice.
import {useEffect, useReducer, useRef} from 'react';
import type {Article} from '../core/article.js';
import {layoutMore, type Layout} from '../core/layout.js';

const SLICE_MS = 8;

export function useLayoutInSlices(article: Article, layout: Layout, shown: () => string): void {
	const [, redraw] = useReducer((count: number) => count + 1, 0);
	const latest = useRef(shown);
	latest.current = shown;
	useEffect(() => {
		if (layout.complete) return;
		let drawn = latest.current();
		let timer: NodeJS.Immediate | undefined;
		const slice = (): void => {
			const more = layoutMore(article, layout, {until: performance.now() + SLICE_MS});
			const now = latest.current();
			if (!more || now !== drawn) {
				drawn = now;
				redraw();
			}
			if (more) timer = setImmediate(slice);
		};
		timer = setImmediate(slice);
		return () => clearImmediate(timer);
	}, [article, layout]);
}
