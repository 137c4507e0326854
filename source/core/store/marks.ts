// What news-tui remembers of each article, and the pure rules for changing and merging it.
// Each part (read, starred, position) carries the time it was set; merging two copies keeps, part
// by part, the later one, so two processes' marks combine and an old copy never wins over a newer.

/** A place in an article's text: the paragraph and the character the screen's top line starts at. */
export interface Place {
	paragraph: number;
	offset: number;
}

export interface Mark {
	/** When it was last marked read (> 0) or unread (< 0); 0 never. */
	read: number;
	/** When it was last starred (> 0) or unstarred (< 0); 0 never. */
	star: number;
	/** When the position was last saved; 0 never. */
	placed: number;
	place: Place;
}

export const NO_MARK: Mark = {read: 0, star: 0, placed: 0, place: {paragraph: 0, offset: 0}};

export type MarkAction =
	| {type: 'read'; key: string; read: boolean; at: number}
	| {type: 'star'; key: string; star: boolean; at: number}
	| {type: 'place'; key: string; place: Place; at: number};

export const isRead = (mark: Mark | undefined): boolean => (mark?.read ?? 0) > 0;
export const isStarred = (mark: Mark | undefined): boolean => (mark?.star ?? 0) > 0;

// The later of two signed stamps; at the same instant, the one set (read, starred) wins.
const later = (a: number, b: number): number => (Math.abs(a) > Math.abs(b) || (Math.abs(a) === Math.abs(b) && a > b) ? a : b);

export function mergeMark(a: Mark | undefined, b: Mark | undefined): Mark {
	if (!a) return b ?? NO_MARK;
	if (!b) return a;
	const placeFrom = b.placed > a.placed ? b : a;
	return {read: later(a.read, b.read), star: later(a.star, b.star), placed: placeFrom.placed, place: placeFrom.place};
}

export function reduceMark(mark: Mark | undefined, action: MarkAction): Mark {
	const now = mark ?? NO_MARK;
	switch (action.type) {
		case 'read':
			return mergeMark(now, {...NO_MARK, read: action.read ? action.at : -action.at});
		case 'star':
			return mergeMark(now, {...NO_MARK, star: action.star ? action.at : -action.at});
		case 'place':
			return mergeMark(now, {...NO_MARK, placed: action.at, place: action.place});
	}
}

/** Marks by article key; the actions apply in order, as if merged from another process. */
export function reduceMarks(marks: ReadonlyMap<string, Mark>, actions: readonly MarkAction[]): Map<string, Mark> {
	const next = new Map(marks);
	for (const action of actions) next.set(action.key, reduceMark(next.get(action.key), action));
	return next;
}
