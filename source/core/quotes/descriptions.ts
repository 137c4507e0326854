// Who a description names: `a spokesman for the ministry`, `the family's statement` (its owner), `exit polls`, `people
// familiar with the plans` — a noun phrase whose head can speak, with its kind.
import type {SpeakerKind} from './types.js';
import {SOURCE_ADJECTIVES, countEnd, headNoun, isRoleNoun, speakerKindOf} from './heads.js';
import {DETERMINERS, DOCUMENT_HEADS, POSSESSIVE_DETERMINERS, TIME_WORDS} from './lexicon.js';
import {nameRef, type Ref} from './name-refs.js';
import {capitalRuns, isOutlet, isPossessive, joinTokens} from './names.js';
import type {Token} from './tokens.js';

// Words that may sit inside a description (`one of the children`, `a spokesman for the ministry`).
export const DESCRIPTION_LINKS = new Set(['of', 'for', 'from', 'the', 'a', 'an', 'at', 'with', 'in', 'on', 'by']);
export const TIME_PREPOSITIONS = new Set(['during', 'on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'late', 'early', 'next', 'over']);

// Words no subject phrase holds (besides pronouns and auxiliaries, known by their tags): `too well`, `said`, `reports`.
const NOT_IN_DESCRIPTIONS = new Set('not never too well also just reports report said says comment comments remark remarks'.split(' '));
// Pronouns that own a noun phrase (`his spokesman`) rather than stand for one.

/** A pronoun or an auxiliary by its tag (`we can`, `US authorities` is neither): the phrase is a clause, not a subject. */
const isClauseWord = (t: Token, before?: Token): boolean =>
	t.pos === 'AUX' || (t.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(t.lower) && !(OBJECT_PRONOUNS.has(t.lower) && before?.pos === 'ADP'));

// The object of a preposition inside a description is no clause's subject (`a source close to him`).
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'from', 'to', 'by', 'among']);

// Possessive pronouns and the pronouns they stand for (`his statement` is what he said).
const OWNER_PRONOUNS: Record<string, string> = {his: 'he', her: 'she', their: 'they', its: 'it'};

// Heads of descriptions of news outlets (`multiple news outlets reported`): they pass words on, never say them.
const OUTLET_HEADS = new Set(['outlet', 'outlets', 'newspaper', 'newspapers', 'papers', 'broadcaster', 'broadcasters', 'tabloid', 'tabloids', 'media']);

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/**
 * `speaking`: the phrase is the subject of a verb only somebody does (`said`, `told`), so a common noun heading it
 * names a speaker though no list knows it (`the airline`, `most of the candidates`).
 */
export function descriptionRef(tokens: Token[], from: number, to: number, speaking = false): Ref | undefined {
	// `a statement posted (to his account)`: a participle whose complement was cut off adds nothing.
	while (to - from > 1 && /^[a-z]+ed$/u.test(tokens[to - 1]!.text) && isWord(tokens[to - 2]) && !DETERMINERS.has(tokens[to - 2]!.lower)) to--;
	// `this person`, `that man`: they point back like `he` or `she`.
	if (to - from === 2 && /^(?:this|that)$/u.test(tokens[from]!.lower) && /^(?:person|man|woman)$/u.test(tokens[from + 1]!.lower)) {
		return {form: 'pronoun', text: tokens[from + 1]!.lower === 'woman' ? 'she' : 'he', kind: 'person', outlet: false, at: tokens[from]!.start};
	}
	while (from < to && (TIME_PREPOSITIONS.has(tokens[from]!.lower) || TIME_WORDS.has(tokens[from]!.lower))) from++;
	// (`Just 28 percent of voters`: the adverb only weighs the count)
	while (from < to - 1 && /^(?:just|only)$/u.test(tokens[from]!.lower) && /^\d/u.test(tokens[from + 1]!.text)) from++;
	if (from >= to) return undefined;
	// A long phrase is a clause, though owners may come first: `the United Nations' Food and Agriculture Organization's chief officer`.
	let own = from;
	for (let k = to - 2; k >= from; k--) {
		if (isPossessive(tokens[k]!.text)) {
			own = k + 1;
			break;
		}
	}
	// (a count before the noun is no part of its length: `more than six in 10 New York voters`)
	const counted = from + countEnd(tokens.slice(from, to).map(t => t.lower));
	if (to - Math.max(own, counted) > 7 || to - from > 14 || tokens[from]!.lower === 'with') return undefined;
	// `told the press the officers claimed`: a determiner after a noun opens a new phrase, the subject.
	for (let k = to - 2; k > from; k--) {
		const before = tokens[k - 1]!;
		// …though not after a participle (`legislators supporting the law`) or a preposition after a noun (`protesters outside the court`).
		if (/^(?:the|a|an|any|some|many|several|these|those)$/u.test(tokens[k]!.lower) && isWord(before) && !DESCRIPTION_LINKS.has(before.lower) && !(before.pos === 'ADP' && (/^(?:NOUN|PROPN)$/u.test(tokens[k - 2]?.pos ?? '') || SOURCE_ADJECTIVES.has(tokens[k - 2]?.lower ?? ''))) && !/(?:ing|ed)$/u.test(before.lower)) {
			from = k;
			break;
		}
	}
	// `of these candidates`: a phrase opening with a preposition is no subject.
	if (PHRASE_PREPOSITIONS.has(tokens[from]!.lower)) return undefined;
	const text = joinTokens(tokens, from, to);
	const words = text.toLowerCase().split(' ');
	// `the family's statement`, `RIAA's DMCA notice`: the owner of the document speaks, whatever words qualify it.
	const documentAt = DOCUMENT_HEADS.has(tokens[to - 1]!.lower) ? to - 1 : -1;
	for (let k = from; k < to - 1; k++) {
		const owns = DOCUMENT_HEADS.has(tokens[k + 1]!.lower) || (k < documentAt && tokens.slice(k + 1, documentAt).every(t => isWord(t) && !isPossessive(t.text)));
		if (isPossessive(tokens[k]!.text) && owns) {
			// `Judge Miller's statement` is Miller's, a name with its title; `the family's statement`, a description's.
			const named = capitalRuns(tokens, from, k + 1, -1).at(-1);
			if (named && named.to === k + 1) return nameRef(tokens, named.from, named.to);
			const owner = descriptionRef(tokens, from, k + 1);
			if (owner) return {...owner, text: owner.text.replace(/['’]s?$/u, '')};
		}
	}
	// `multiple news outlets`, `local media`, `the papers`: those that pass the news on, whatever else they are.
	if (OUTLET_HEADS.has(headNoun(words))) return {form: 'description', text, kind: 'organization', outlet: true, at: tokens[from]!.start};
	const named = words.find(w => !DETERMINERS.has(w)) ?? words[0]!;
	// A document speaks for its author: `a statement from the ministry said` → the ministry, `the NHC advisory` → NHC.
	const head = headNoun(words);
	// (not those counted in one: `Most voters in a Quinnipiac poll` are voters)
	const inDocument = words.lastIndexOf('in');
	const countedIn = inDocument > 0 && speakerKindOf(headNoun(words.slice(0, inDocument))) !== undefined;
	if (!countedIn && (DOCUMENT_HEADS.has(named) || DOCUMENT_HEADS.has(words.at(-1)!) || (words.length > 1 && DOCUMENT_HEADS.has(words.at(-1)!.replace(/(?<=[^s])s$/u, ''))))) {
		const by = words.findIndex((w, i) => i > 0 && (w === 'from' || w === 'by' || w === 'of'));
		// `Another report from the Mexican government`: the author described, not the name inside the description.
		const author = by > 0 ? descriptionRef(tokens, from + by + 1, to) : undefined;
		if (author) return author;
		const runs = capitalRuns(tokens, from, to, -1);
		if (runs.length > 0) {
			const author = nameRef(tokens, runs.at(-1)!.from, runs.at(-1)!.to);
			// `a POLITICO analysis`, `a CNN/ORC poll`: an outlet's own findings are its claim; its report is the news it passes on.
			return author.outlet && !/^reports?$/u.test(words.at(-1)!) ? {...author, outlet: false} : author;
		}
		// `according to her memoirs`: the owner, whom the pronoun stands for.
		const owner = OWNER_PRONOUNS[words[0]!];
		if (owner) return {form: 'pronoun', text: owner, kind: owner === 'they' ? 'unknown' : owner === 'it' ? 'organization' : 'person', outlet: false, at: tokens[from]!.start};
		// `the report`, `The study`, `exit polls`, `company documents`: a document with no author named makes its own
		// claim; though bare `reports`, `reports say`, name no source.
		const determined = /^(?:the|a|an|this|that)$/u.test(words[0]!);
		const plural = /[^s]s$/u.test(words.at(-1)!);
		return (determined && !plural) || (plural && words.length > 1) ? {form: 'description', text, kind: plural ? 'unknown' : 'organization', outlet: false, at: tokens[from]!.start} : undefined;
	}
	if (words.every(w => DETERMINERS.has(w) || TIME_WORDS.has(w))) return undefined;
	// A subject phrase names somebody: no verbs, pronouns or contractions in it (`we can`, `I've`, `did`).
	if (words.some(w => NOT_IN_DESCRIPTIONS.has(w) || /['’](?:ve|d|re|ll|m|t)$/u.test(w))) return undefined;
	// (`That person said`: a demonstrative before a noun is its determiner, whatever the tagger reads it as)
	const demonstrative = /^(?:this|that)$/u.test(tokens[from]!.lower) && tokens[from + 1]?.pos === 'NOUN' ? 1 : 0;
	for (let k = from + demonstrative; k < to; k++) if (isClauseWord(tokens[k]!, tokens[k - 1])) return undefined;
	if (TIME_WORDS.has(words.at(-1)!)) return undefined;
	// `28 percent of voters`, `two in three Latinos`: a count, as the subject of a verb only somebody does, is the people counted.
	if (speaking && countEnd(words) > 0) return {form: 'description', text, kind: 'unknown', outlet: false, at: tokens[from]!.start};
	// Only people, groups, bodies and documents say anything: not `some historical evidence`, `an oil field`.
	const listed = speakerKindOf(head);
	const kind = listed ?? (speaking ? unlistedKind(tokens, from, to, head) : undefined);
	if (!kind) return undefined;
	// `a spokesman for the agency` is a person, though `the agency` alone may be an outlet.
	const outlet = head === words.at(-1) && isOutlet(text);
	return {form: 'description', text: text.replace(/['’]s?$/u, ''), kind: words[0] === 'one' ? 'person' : kind, outlet, at: tokens[from]!.start, ...(listed ? {} : {unlisted: true})};
}

/** The kind of a speaker headed by a common noun no list knows: a plural is a group, a singular most often a body. */
function unlistedKind(tokens: Token[], from: number, to: number, head: string): SpeakerKind | undefined {
	// (`the Nov. 8 election said`: a phrase cut at an abbreviation's full stop is only the end of the subject)
	if (tokens[from - 1]?.text === '.') return undefined;
	let k = to - 1;
	while (k >= from && tokens[k]!.lower.replace(/['’]s?$/u, '') !== head) k--;
	if (k < from || tokens[k]!.pos !== 'NOUN' || tokens[k]!.upper) return undefined;
	return /[^s]s$/u.test(head) ? 'unknown' : 'organization';
}

/** tokens[from, to) are a noun phrase for a role or a person (`Sanders' senior media adviser`, `chair of the Platform Committee`): no verb, no quotation. */
export function isRoleApposition(tokens: Token[], from: number, to: number): boolean {
	if (to - from < 2 || to - from > 14) return false;
	const words: string[] = [];
	for (let k = from; k < to; k++) {
		const t = tokens[k]!;
		if (t.text === '.' || t.text === '-') continue;
		// (a capitalised word is part of a name whatever its tag: `director at Human Rights Watch`)
		if (!isWord(t) || ((t.pos === 'VERB' || t.pos === 'AUX') && !t.upper) || isClauseWord(t) || /^(?:who|which|that|whose)$/u.test(t.lower)) return false;
		words.push(t.lower.replace(/['’]s?$/u, ''));
	}
	const head = headNoun(words);
	return isRoleNoun(head) || speakerKindOf(head) === 'person';
}
