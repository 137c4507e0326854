// What a stretch of tokens is as a clause, by its words' tags: a subject and a finite verb, a subjunctive, an infinitive,
// a headline's content.
import {POSSESSIVE_DETERMINERS} from './lexicon.js';
import type {Token} from './tokens.js';

export const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'there']);
const OBJECT_CASE = new Set(['him', 'them', 'me', 'us']);

const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/**
 * A finite verb, by its tag: an auxiliary (`was`, `will`), or a verb that is neither an infinitive after `to`
 * nor a form in -ing (`it abides`, `the plan failed`) — a content clause has one, a noun phrase does not.
 */
export function isFinite(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	if (t.pos === 'AUX') return true;
	// (a past form the tagger reads as an adjective is the verb when a determiner opens its object: `limited the recovery`)
	const pastBeforeObject = t.pos === 'ADJ' && /[a-z]ed$/u.test(t.lower) && tokens[k + 1]?.pos === 'DET';
	return (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to') || pastBeforeObject || verbBeforeAmount(tokens, k);
}

// `The bridge cost $40 million`, `Its debt topped 3 billion`, `each year of education yields a bump`: the tagger reads
// a verb after a noun as a compound's second noun; a noun phrase never runs on straight into an amount or an
// indefinite article (a definite one may open the next clause: `… by the campaign the report …`), so the word
// before it is the verb (a word of small letters: the tagger takes a currency sign for a noun too, `US$470`)
function verbBeforeAmount(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	const before = tokens[k - 1]?.pos;
	const after = tokens[k + 1];
	return t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.text) && (before === 'NOUN' || before === 'PROPN') && after !== undefined && (after.pos === 'NUM' || /^an?$/u.test(after.lower) || /^[$£€¥]$/u.test(after.text));
}

export function looksLikeClause(tokens: Token[], from: number, to: number, afterThat: boolean): boolean {
	let words = 0;
	for (let k = from; k < to; k++) if (isWord(tokens[k])) words++;
	if (words < 3) return false;
	if (afterThat) return true;
	if (hasSubjectAndVerb(tokens, from, to)) return true;
	// `As a woman, Malik raised less suspicion`, `After two decades in Congress, Sanders plans …`: a leading adverbial
	// closes with its comma, and the clause may come after it; so does a sentence adverb opening it (`Now, half of them
	// are …`; not the manner of a verb before: `said carefully, as …`).
	const opener = tokens[from]!;
	if (((opener.pos === 'ADP' || opener.pos === 'SCONJ') && opener.lower !== 'that') || (opener.pos === 'ADV' && tokens[from + 1]?.text === ',' && !isWord(tokens[from - 1]) && tokens[from - 1]?.text !== ',')) {
		let comma = from + 1;
		while (comma < to && comma < from + 16 && tokens[comma]!.text !== ',' && tokens[comma]!.kind !== 'quote') comma++;
		if (tokens[comma]?.text === ',' && comma + 1 < to) return looksLikeClause(tokens, comma + 1, to, false);
	}
	return false;
}

// A pronoun with its verb written short: `he’s`, `they're`, `we’ll`, `I'd`, `you've`, `I'm`.
const CONTRACTED_SUBJECT = /^(?:it|he|she|they|we|i|you|there|that)['’](?:s|re|ll|d|ve|m)$/u;

/** A subject and then a finite verb from tokens[from]: `it would …`, `the plan, which …, failed`. */
export function hasSubjectAndVerb(tokens: Token[], from: number, to: number): boolean {
	if (CONTRACTED_SUBJECT.test(tokens[from]!.lower)) return true;
	// `it would …`, `they had …`; though `this change by live television` has no verb after `this`.
	if (SUBJECT_PRONOUNS.has(tokens[from]!.lower) && (!/^(?:this|there)$/u.test(tokens[from]!.lower) || isFinite(tokens, from + 1))) return true;
	// A clause opens with its subject, never with an object (`confirmed him, but …`).
	if (OBJECT_CASE.has(tokens[from]!.lower)) return false;
	// The verb of a clause comes after its subject, past asides in brackets (`hundreds of ISIS (Islamic State of Iraq
	// and Syria) fighters escaped`) or between two commas (`the company, which …, would`); after a single comma a
	// new clause has begun (`confirmed Pierluisi's nomination on Friday, the Senate did not`).
	// The first verb after a relative word in the subject is the relative clause's (`the man who fled was armed`, `cases
	// of what the agency declared a pandemic`): the clause's own verb comes after it.
	let depth = 0;
	let aside = false;
	let relative = false;
	for (let k = from + 1; k < to; k++) {
		const t = tokens[k]!;
		if (t.text === '(') depth++;
		else if (t.text === ')') depth = Math.max(0, depth - 1);
		else if (depth > 0) continue;
		else if (t.text === ';' || t.kind === 'quote') return false;
		// (`2,093 of the emails were …`: a comma inside a number sets nothing off)
		else if (t.text === ',' && !inNumber(tokens, k)) aside = !aside;
		else if (!aside && opensRelative(tokens, k)) relative = true;
		// (`the speech delivered by his mother says …`, `the disease first recognized in Wuhan`: a participle describing the
		// subject is not its verb)
		else if (!aside && isFinite(tokens, k) && !isReducedRelative(tokens, k) && !isQualifiedParticiple(tokens, k)) {
			if (!relative) return true;
			relative = false;
		}
	}
	return false;
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'which', 'what', 'whose']);
const CONTACT_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you']);

/**
 * tokens[k] opens a relative clause inside a phrase: a relative word (not right after a verb: `knew what …`), `that`
 * between a noun and a verb (`legislation that gave …`), or a subject pronoun right after a noun its article opens,
 * which begins a relative clause with no pronoun of its own (`a deal it brokered`).
 */
function opensRelative(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	if (RELATIVE_WORDS.has(t.lower)) return tokens[k - 1]!.pos !== 'VERB';
	const contact = t.lower === 'that' || (CONTACT_SUBJECTS.has(t.lower) && /^(?:a|an|the)$/u.test(tokens[k - 2]?.lower ?? ''));
	return contact && tokens[k - 1]!.pos === 'NOUN' && isFinite(tokens, k + 1);
}

// Adverbs that date or spread what a participle says of a noun (`the disease first recognized …`, `a law recently passed`).
const PARTICIPLE_ADVERBS = new Set(['first', 'recently', 'newly', 'previously', 'originally', 'initially', 'widely', 'formerly']);

/** tokens[k], a past form in -ed after a noun and one of those adverbs, describes the noun: it is no clause's verb. */
const isQualifiedParticiple = (tokens: Token[], k: number): boolean =>
	/[a-z]ed$/u.test(tokens[k]!.lower) && PARTICIPLE_ADVERBS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.pos === 'NOUN';

/** tokens[k] is the comma of a number written with one (`2,093`): digits right before and after it, no space. */
const inNumber = (tokens: Token[], k: number): boolean =>
	/^\d+$/u.test(tokens[k - 1]?.text ?? '') && /^\d+$/u.test(tokens[k + 1]?.text ?? '') && tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]!.start;

export function containsQuote(tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (tokens[k]!.kind === 'quote') return true;
	return false;
}

/** `residents to evacuate`: a `to` followed by a verb, not by a noun phrase (`donations to the foundation`). */
export function hasInfinitive(tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const next = tokens[k + 1];
		if (tokens[k]!.lower === 'to' && isVerb(next)) return true;
	}
	return false;
}

// Tags of the words of a short subject (`the ban`, `monarch butterflies`, `residents`, `he`).
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * `urged the ban be lifted`, `recommended residents avoid the beach`, `demanded that he resign`: a subject of a few
 * words, then a verb in its plain form (never `-s`, `-ed` or `-ing`), then more.
 */
export function isSubjunctive(tokens: Token[], start: number, end: number): boolean {
	let k = start;
	while (k < end && k < start + 8 && isWord(tokens[k]) && SUBJECT_TAGS.has(tokens[k]!.pos) && !isVerb(tokens[k])) k++;
	const verb = tokens[k];
	if (k === start || k + 1 >= end || !verb || !isVerb(verb)) return false;
	return verb.lower === 'be' || (verb.pos === 'VERB' && !/(?:[^s]s|ed|ing)$/u.test(verb.lower));
}

/** Headline content: three words or more with a verb in them (`Rail fares to rise`, `converting … to mosque`), not `resignation`. */
export function headlineClause(tokens: Token[], from: number, to: number): boolean {
	if (to - from < 3) return false;
	if (/^[a-z]+ing$/u.test(tokens[from]!.text)) return true;
	for (let k = from; k < to; k++) {
		const t = tokens[k]!;
		if (isWord(t) && (isFinite(tokens, k) || (t.lower === 'to' && isVerb(tokens[k + 1])))) return true;
	}
	return false;
}

/**
 * `Nowak said Nowak was alive` is never how English reports one's own words (that is `he was`): a content clause whose
 * subject, at tokens[from], is the speaker's own name has somebody else as its speaker.
 */
export function opensWithName(tokens: Token[], from: number, name: string): boolean {
	const last = name.split(' ').at(-1)!.toLowerCase();
	for (let k = from; k < tokens.length && k < from + 4 && isWord(tokens[k]) && tokens[k]!.upper; k++) if (tokens[k]!.lower.replace(/['’]s?$/u, '') === last) return true;
	return false;
}

// Prepositions that never open a clause (unlike `after`, `since`, `whether`): what follows them is a noun phrase.
const PLACING = new Set(['to', 'during', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'into', 'onto', 'over', 'under', 'through', 'across', 'within']);

/**
 * `each layer added to the canvas is handled …`, `the feature added during that year would …`: a past form in -ed
 * after a common noun, then a prepositional phrase running straight into a finite verb, is a participle describing
 * the noun (the verb is the sentence's), not what the noun did — though a noun phrase no preposition governs before
 * that verb is the subject of a reported clause (`the ministry added in a statement the plan is dead`).
 */
export function isReducedRelative(tokens: Token[], v: number): boolean {
	const noun = tokens[v - 1];
	if (!tokens[v]!.lower.endsWith('ed') || noun?.pos !== 'NOUN' || noun.upper || !PLACING.has(tokens[v + 1]?.lower ?? '')) return false;
	let objects = 0;
	let subjects = 0;
	for (let k = v + 2; k < tokens.length && k <= v + 8; k++) {
		const t = tokens[k]!;
		// (nor an infinitive: `asked for the price to be kept secret` is what was asked)
		// (a possessive determiner is no pronoun here: `delivered by his sister`)
		if (!isWord(t) || t.pos === 'SCONJ' || (t.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(t.lower)) || t.pos === 'PART') return false;
		if (t.pos === 'AUX' || (t.pos === 'VERB' && isFinite(tokens, k))) return objects > 0 && subjects === 0;
		// A noun phrase opens with a determiner, or with a noun or a name no modifier comes before; one that is the object
		// of a preposition or an -ing word (`in various cities in Australia including Melbourne`) is no subject.
		const before = tokens[k - 1]!;
		const governed = before.pos === 'ADP' || (before.pos === 'VERB' && before.lower.endsWith('ing'));
		if (governed) objects++;
		else if (t.pos === 'DET' || ((t.pos === 'NOUN' || t.pos === 'PROPN') && !/^(?:NOUN|PROPN|DET|ADJ|NUM)$/u.test(before.pos) && !POSSESSIVE_DETERMINERS.has(before.lower))) subjects++;
	}
	return false;
}
