// What the reader remembers of the articles it shows: read at start from the store, and written
// back as marks change, each write merged with what other processes wrote meanwhile. Changes are
// named by article key, so articles joining the list (a feed refreshed) never shift them.
import type {Article} from '../article.js';
import {articleKey} from './article-key.js';
import {openMarkStore, type Marks} from './mark-store.js';
import {isRead, isStarred, type MarkAction, type Place} from './marks.js';
import {storePaths, type StorePaths} from './paths.js';
import {collectionKey, readPlace, savePlace} from './places.js';

export interface Remembered {
	/** The article the collection was left on (0 when new). */
	article: number;
	positions: Place[];
	read: boolean[];
	starred: boolean[];
}

export interface MemoryChanges {
	read?: Array<[key: string, read: boolean]>;
	starred?: Array<[key: string, starred: boolean]>;
	positions?: Array<[key: string, place: Place]>;
	/** The article now on screen. */
	current?: string;
}

export interface Memory {
	/** The marks of these articles as the store has them now, and the one the collection was left on. */
	remember(articles: readonly Article[]): Remembered;
	/** Lines for the user: files set aside at load. */
	notices: string[];
	/** Writes the changes; a problem (a full disk) comes back as a line, never thrown. */
	save(changes: MemoryChanges): string[];
}

/** Opens the store for a collection opened as `names` (the command line's paths, or a flag). */
export function openMemory(names: readonly string[], paths: StorePaths = storePaths()): Memory {
	const store = openMarkStore(paths.marks);
	const collection = collectionKey(names);
	const notices: string[] = [];
	const load = (): Marks => {
		const loaded = store.load();
		for (const notice of loaded.notices) notices.push(notice);
		return loaded.marks;
	};
	let marks: Marks | undefined;
	let place: string | undefined;
	let placeRead = false;
	return {
		notices,
		remember(articles) {
			// Loaded again after the first time: another process may have marked since.
			marks = load();
			if (!placeRead) {
				const read = readPlace(paths.places, collection);
				if (read.notice) notices.push(read.notice);
				place = read.article;
				placeRead = true;
			}
			const keys = articles.map(articleKey);
			const found = keys.map(key => (key === undefined ? undefined : marks!.get(key)));
			return {
				article: Math.max(0, place === undefined ? -1 : keys.indexOf(place)),
				positions: found.map(mark => (mark && mark.placed > 0 ? mark.place : {paragraph: 0, offset: 0})),
				read: found.map(isRead),
				starred: found.map(isStarred),
			};
		},
		save(changes) {
			const at = Date.now();
			const actions: MarkAction[] = [
				...(changes.read ?? []).map(([key, read]): MarkAction => ({type: 'read', key, read, at})),
				...(changes.starred ?? []).map(([key, star]): MarkAction => ({type: 'star', key, star, at})),
				...(changes.positions ?? []).map(([key, place]): MarkAction => ({type: 'place', key, place, at})),
			];
			try {
				const written = actions.length > 0 ? store.write(actions).notices : [];
				if (changes.current !== undefined) {
					savePlace(paths.places, collection, changes.current, at);
					place = changes.current;
				}
				return written;
			} catch (error) {
				return [`could not save the reading state: ${(error as Error).message}`];
			}
		},
	};
}
