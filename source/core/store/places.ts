// Which article each collection (the same files, folder or feeds opened again) was left on, in the
// state folder: one small JSON file, merged under its lock like the marks, the later place winning.
import {createHash} from 'node:crypto';
import path from 'node:path';
import {parseJson, readOrSetAside, writeFileAtomic, type Parsed} from './atomic-file.js';
import {withLock} from './lock.js';

// Enough for every collection a person opens; the oldest are forgotten first.
const PLACES_KEPT = 1000;

type Places = Record<string, [article: string, at: number]>;

/** The collection opened: what was named on the command line (made absolute), in order. */
export function collectionKey(names: readonly string[]): string {
	return createHash('sha256').update(JSON.stringify(names)).digest('hex').slice(0, 24);
}

function parsePlaces(text: string): Parsed<Places> {
	const parsed = parseJson(text);
	if (!parsed.ok) return parsed;
	const value = parsed.value as {version?: unknown; places?: unknown};
	if (value?.version !== 1 || typeof value.places !== 'object' || value.places === null) return {ok: false, reason: 'not a news-tui places file'};
	const places: Places = {};
	for (const [key, place] of Object.entries(value.places as Record<string, unknown>)) {
		if (Array.isArray(place) && typeof place[0] === 'string' && typeof place[1] === 'number') places[key] = [place[0], place[1]];
	}
	return {ok: true, value: places};
}

/** The article key the collection was left on, if any; `notice` when the file had to be set aside. */
export function readPlace(file: string, collection: string): {article?: string; notice?: string} {
	const {value, notice} = readOrSetAside(file, parsePlaces);
	const place = value?.[collection];
	return {...(place ? {article: place[0]} : {}), ...(notice ? {notice} : {})};
}

export function savePlace(file: string, collection: string, article: string, at: number): void {
	withLock(path.join(path.dirname(file), '.places.lock'), () => {
		const places = readOrSetAside(file, parsePlaces).value ?? {};
		if ((places[collection]?.[1] ?? 0) > at) return;
		places[collection] = [article, at];
		const kept = Object.entries(places)
			.sort((a, b) => b[1][1] - a[1][1])
			.slice(0, PLACES_KEPT);
		writeFileAtomic(file, JSON.stringify({version: 1, places: Object.fromEntries(kept)}));
	});
}
