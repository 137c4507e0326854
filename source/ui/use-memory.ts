// Writes what the reader's state changed to the store: read and starred marks as they change, the
// reading position and the article on screen a moment after scrolling stops, and all of it when
// the reader closes. The store is written from here, by effects of actions, never by a component.
import {useEffect, useRef} from 'react';
import type {Position} from '../core/layout.js';
import {articleKey} from '../core/store/article-key.js';
import type {Memory, MemoryChanges, Remembered} from '../core/store/memory.js';
import type {ReaderState} from '../state/reader-state.js';

// Scrolling is many actions a second; the position is written once it rests.
const POSITION_DELAY_MS = 400;

type Seen = Pick<ReaderState, 'articles' | 'read' | 'starred' | 'positions'> & {article: string | undefined};

const untouched = (value: unknown): boolean =>
	value === false || (typeof value === 'object' && value !== null && (value as Position).paragraph === 0 && (value as Position).offset === 0);

/** Each article's value that differs from what was saved, by key (the list may have grown since). */
function changed<T>(before: Seen, now: ReaderState, pick: (seen: Pick<ReaderState, 'read' | 'starred' | 'positions'>) => readonly T[]): Array<[string, T]> {
	const [old, next] = [pick(before), pick(now)];
	if (old === next) return [];
	const sameList = before.articles === now.articles;
	const oldIndex = sameList ? undefined : new Map(before.articles.map((article, index) => [articleKey(article), index]));
	const changes: Array<[string, T]> = [];
	now.articles.forEach((article, index) => {
		const key = articleKey(article);
		if (key === undefined) return;
		const was = sameList ? index : oldIndex!.get(key);
		// An article that joined the list came with the store's marks: only what it has since is news.
		if (was === undefined ? !untouched(next[index]!) : old[was] !== next[index]) changes.push([key, next[index]!]);
	});
	return changes;
}

const seen = (state: ReaderState): Seen => ({...state, article: articleKey(state.articles[state.article]!)});

export function useMemory(state: ReaderState, memory: Memory | undefined, remembered: Remembered | undefined, onProblem: (line: string) => void): void {
	// What the store holds: the remembered marks, so the article opened first is written as read.
	const saved = useRef<Seen | undefined>(undefined);
	if (!saved.current && remembered) saved.current = {articles: state.articles, ...remembered, article: undefined};
	const latest = useRef(state);
	latest.current = state;

	const save = (what: 'marks' | 'all') => {
		const before = saved.current;
		if (!memory || !before) return;
		const now = latest.current;
		// A list that changed is saved whole: what was saved is then named by the new list's indices.
		const full = what === 'all' || before.articles !== now.articles;
		const changes: MemoryChanges = {read: changed(before, now, seen => seen.read), starred: changed(before, now, seen => seen.starred)};
		const current = articleKey(now.articles[now.article]!);
		if (full) {
			changes.positions = changed(before, now, seen => seen.positions);
			if (current !== before.article) changes.current = current;
		}
		const nothing = !changes.read!.length && !changes.starred!.length && !changes.positions?.length && changes.current === undefined;
		if (!nothing) for (const line of memory.save(changes)) onProblem(line);
		saved.current = full ? seen(now) : {...before, read: now.read, starred: now.starred};
	};

	useEffect(() => save('marks'), [state.read, state.starred]);
	useEffect(() => {
		const timer = setTimeout(() => save('all'), POSITION_DELAY_MS);
		return () => clearTimeout(timer);
	}, [state.positions, state.article]);
	// Whatever is left when the reader closes.
	useEffect(() => () => save('all'), []);
}
