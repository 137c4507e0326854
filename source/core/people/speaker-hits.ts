// The search's speakers as people: a speaker found in several articles (`Pelosi` in four) is one
// hit, the person's, counting their quotes and articles across everything loaded.
import type {SpeakerHit} from '../search/types.js';
import {mentionKey} from './build.js';
import type {People, Person} from './types.js';

/** `[start, end)` spans of the words matched in `hit.name`, found again in `name` (`Pelosi` in `Nancy Pelosi`). */
function spansIn(name: string, hit: SpeakerHit): Array<[number, number]> {
	const lower = name.toLowerCase();
	const spans: Array<[number, number]> = [];
	for (const [start, end] of hit.matches) {
		const at = lower.indexOf(hit.name.slice(start, end).toLowerCase());
		if (at >= 0) spans.push([at, at + end - start]);
	}
	return spans.sort((a, b) => a[0] - b[0]).filter((span, index, all) => index === 0 || span[0] >= all[index - 1]![1]);
}

/** Speaker hits, best first, with each person once (at their best hit); speakers not yet among the people stay as they are. */
export function speakerHitsAsPeople(hits: readonly SpeakerHit[], {people, mentions}: {people: readonly Person[]; mentions: People['mentions']}, limit: number): SpeakerHit[] {
	const seen = new Set<number>();
	const merged: SpeakerHit[] = [];
	for (const hit of hits) {
		if (merged.length === limit) break;
		const index = mentions.get(mentionKey(hit.article, hit.name));
		if (index === undefined) {
			merged.push(hit);
			continue;
		}
		if (seen.has(index)) continue;
		seen.add(index);
		const person = people[index]!;
		merged.push({
			article: person.articles[0]!.article,
			name: person.name,
			quotes: person.quotes,
			score: hit.score,
			matches: spansIn(person.name, hit),
			person: {index, articles: person.articles.length},
		});
	}
	return merged;
}
