// What the pronouns of an article say of its speakers.
import type {SpeechEvent} from './events.js';
import type {Ref} from './name-refs.js';
import type {NameForm} from './speakers.js';

/** What this pass reads and changes of a quote found in an article. */
interface Reported {
	kind: string;
	paragraph: number;
	start: number;
	end: number;
	speaker?: Ref;
}

// A report whose subject is `it` doing something (`it scheduled the blackouts`, `its findings show`), not the `it` of a
// state of things (`it was a disgrace`, `it seems`), which may stand for anything.
const IT_ACTS = /^(?:its\s|it\s+(?!(?:is|was|'s|’s|isn't|wasn't|isn’t|wasn’t|seems|seemed|appears|appeared|looks|looked|would|could|might|may|must|should)\b))/iu;

/**
 * `PG&E said it scheduled the blackouts`, `GitHub said it will side with developers`: a one-word name whose own report
 * speaks of it as `it` is a body's, whatever its shape, and so is every other quote of that name in the article —
 * unless the article gives the word as a person's surname (`Donald Trump` … `Trump said it …`).
 */
export function bodiesSpokenOfAsIt(found: Reported[], paragraphs: string[], forms: NameForm[]): void {
	const bodies = new Set<string>();
	for (const f of found) {
		const speaker = f.speaker;
		if (f.kind !== 'indirect' || speaker?.form !== 'name' || speaker.kind !== 'person' || speaker.title || speaker.text.includes(' ')) continue;
		if (IT_ACTS.test(paragraphs[f.paragraph]!.slice(f.start, f.end))) bodies.add(speaker.text);
	}
	for (const name of bodies) if (forms.some(form => form.kind === 'person' && form.name.endsWith(` ${name}`))) bodies.delete(name);
	if (bodies.size === 0) return;
	for (const f of found) if (f.speaker?.form === 'name' && bodies.has(f.speaker.text)) f.speaker = {...f.speaker, kind: 'organization'};
}

/**
 * `Znak.com reported its source said …`: a description its owner's pronoun opens is the owner's, named — the body named
 * last before it in the sentence for `its` (an outlet passing the news on, or a speaker), `Znak.com's source`.
 */
export function ownersNamed(events: SpeechEvent[], lead: Ref | undefined): void {
	let body = bodyNamed(lead);
	for (const event of events) {
		const speaker = event.speaker;
		if (body && speaker?.form === 'description' && /^its\s/iu.test(speaker.text)) event.speaker = {...speaker, text: `${body}'s ${speaker.text.slice(4)}`};
		body = event.via ?? bodyNamed(event.speaker) ?? body;
	}
}

/** How a body or an outlet is named before what it owns (`The website` → `the website's`), if `ref` is one. */
const bodyNamed = (ref: Ref | undefined): string | undefined =>
	ref && ref.form !== 'pronoun' && (ref.outlet || ref.kind === 'organization') ? ref.text.replace(/^The\s/u, 'the ') : undefined;
