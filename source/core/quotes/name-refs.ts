// Who a name or a pronoun is: a proper name with its title kept apart (`Russian Foreign Minister Sergei Lavrov`), or a
// pronoun to resolve later; the reference every attribution rule passes around.
import type {SpeakerKind} from './types.js';
import {isRoleNoun} from './heads.js';
import {FIRST_PERSON, GROUP_PRONOUNS, OUTLET_NOUNS, PERSON_PRONOUNS, THING_PRONOUNS, TITLE_WORDS} from './lexicon.js';
import {isOutlet, joinTokens, looksLikeOrganization, runWords, splitTitle} from './names.js';
import {pastOfficePlace, titleStart} from './titles.js';
import type {Token} from './tokens.js';

export interface Ref {
	form: 'name' | 'pronoun' | 'description';
	text: string;
	title?: string;
	kind: SpeakerKind;
	/** A news outlet: it can only be `via`. */
	outlet: boolean;
	/** Offset in the paragraph, for reading order. */
	at: number;
	/**
	 * Headed by a common noun no list knows, taken for a speaker only because its verb needs one (`the businessman
	 * said`): often an epithet for somebody named, so a quotation's neighbours may name its speaker better.
	 */
	unlisted?: boolean;
}

export function pronounRef(token: Token): Ref | undefined {
	const lower = token.lower;
	if (PERSON_PRONOUNS.has(lower)) return {form: 'pronoun', text: lower, kind: 'person', outlet: false, at: token.start};
	if (GROUP_PRONOUNS.has(lower)) return {form: 'pronoun', text: lower, kind: 'unknown', outlet: false, at: token.start};
	if (THING_PRONOUNS.has(lower)) return {form: 'pronoun', text: lower, kind: 'organization', outlet: false, at: token.start};
	if (FIRST_PERSON.has(lower)) return {form: 'pronoun', text: lower, kind: 'unknown', outlet: false, at: token.start};
	return undefined;
}

export function nameRef(tokens: Token[], from: number, to: number): Ref {
	const start = pastOfficePlace(tokens, from, to);
	if (start > from) {
		const office = tokens[from - 1]!.lower === 'the' ? from - 2 : from - 1;
		return {...nameRef(tokens, start, to), title: joinTokens(tokens, titleStart(tokens, office), start), at: tokens[from]!.start};
	}
	const words = runWords(tokens, from, to);
	// Roles just before the name belong to its title (`prosecutor Josh Bash`, `Former US presidential candidate …`).
	const titleFrom = titleStart(tokens, from);
	const lowerTitle = titleFrom < from ? joinTokens(tokens, titleFrom, from) : '';
	// `the Prime Minister`, `One MP`, `Iranian Chess Federation President`: a role with nobody named is a description,
	// matched later against named titles.
	const role = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/u, ''));
	const part = splitTitle(words);
	const last = part.name.split(' ').at(-1)!.toLowerCase();
	const ofBody = (part.name.includes(' ') || part.title !== undefined) && TITLE_WORDS.has(last) && isRoleNoun(last) && last !== 'prime' && !isOutlet(part.name);
	if (words.every(role) || ofBody) {
		const counted = /^(?:one|another|a|an)$/u.test(tokens[from - 1]?.lower ?? '') ? from - 1 : from;
		return {form: 'description', text: joinTokens(tokens, counted, to), kind: 'person', outlet: false, at: tokens[counted]!.start};
	}
	const name = part.name.replace(/['’]s?$/u, '');
	const title = [lowerTitle, part.title].filter(Boolean).join(' ') || undefined;
	// (a person's title makes the name a person's, though it ends as an outlet's might: `Mayor Don Guardian`)
	const titled = title !== undefined && title.split(' ').some(role);
	const outlet = !titled && (isOutlet(name) || OUTLET_NOUNS.has(tokens[from - 1]?.lower ?? '') || (tokens[from - 1]?.lower === 'the' && isOutlet(`the ${name}`)));
	const kind: SpeakerKind = outlet || looksLikeOrganization(name) ? 'organization' : 'person';
	return {form: 'name', text: name, ...(title ? {title} : {}), kind, outlet, at: tokens[from]!.start};
}
