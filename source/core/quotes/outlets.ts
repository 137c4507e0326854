// The outlets quotes came through, once every quote of an article is found: one name for each, and none for a person
// who only shares an outlet's name.
import {isOutlet} from './names.js';
import type {Ref} from './name-refs.js';
import type {NameForm} from './speakers.js';

/** What these passes read and change of a quote found in an article. */
interface Carried {
	start: number;
	speaker?: Ref;
	via?: string;
	orphan: boolean;
}

/**
 * `Bloomberg says he is distressed …` where the article is about Michael Bloomberg: an outlet's name that the article
 * gives as a person's surname is that person speaking, not the outlet the words came through.
 */
export function peopleNamedLikeOutlets(found: Carried[], forms: NameForm[]): void {
	for (const f of found) {
		if (!f.via || f.speaker) continue;
		const surname = ' ' + f.via.toLowerCase();
		// (a form with a person's title is a person's though it ends like an outlet: `Mayor Don Guardian`)
		if (!forms.some(form => form.kind !== 'organization' && form.name.toLowerCase().endsWith(surname) && (!isOutlet(form.name) || form.title !== undefined))) continue;
		f.speaker = {form: 'name', text: f.via, kind: 'person', outlet: false, at: f.start};
		f.orphan = false;
		delete f.via;
	}
}

const bareOutlet = (name: string): string => name.replace(/^the\s+/iu, '').toLowerCase();

/** One outlet, one name: `TASS News Agency` and `TASS` in one article are both `TASS`, the shortest form used. */
export function nameOutletsOnce(found: Carried[]): void {
	const names = [...new Set(found.flatMap(f => (f.via ? [f.via] : [])))].sort((a, b) => a.length - b.length);
	const named = new Map<string, string>();
	for (const name of names) {
		const bare = bareOutlet(name);
		named.set(name, names.find(short => bareOutlet(short) === bare || bare.startsWith(bareOutlet(short) + ' ')) ?? name);
	}
	for (const f of found) if (f.via) f.via = named.get(f.via)!;
}
