// What a sentence is about: its leading subject, and the people, bodies and groups pronouns point back to.
import {isPersonNoun, isRoleNoun, qualifiedPlural} from './heads.js';
import {genderOfWords, type Gender} from './gender.js';
import {COMMON_CAPITALS, GROUP_HEADS, ORG_HEADS, TIME_WORDS, TITLE_WORDS} from './lexicon.js';
import {capitalRuns, joinTokens, personRun} from './names.js';
import {nameRef, pronounRef, type Ref} from './name-refs.js';
import {isLocative, saysWhere} from './phrase-bounds.js';
import {phraseBefore} from './refs.js';
import type {Token} from './tokens.js';

type Slot = 'person' | 'organization' | 'group';

// How many paragraphs back a pronoun reaches: a person stays the topic longer than a body or a group does.
const REACH: Record<Slot, number> = {person: 2, organization: 1, group: 1};

// How many sentences back a `he` or `she` whose nearest person is of the other gender looks for another.
const SENTENCES_BACK = 8;

/** The people, bodies and groups pronouns can point back to, most recent first. */
export class Discourse {
	/** Who speaks the paragraph in an interview (`((Zara Kay)) I …`): the one `I` stands for. */
	turn?: Ref;
	private paragraph = 0;
	private readonly last: Partial<Record<Slot, {ref: Ref; paragraph: number}>> = {};
	/** Genders learnt from the article (a `he` that could only be Harry Dunn), by name. */
	private readonly genders = new Map<string, Gender>();
	/** The last sentences read, newest last: where a person of the pronoun's gender is looked for. */
	private readonly seen: {tokens: Token[]; paragraph: number}[] = [];

	/** Moves on to the next paragraph (and its interview turn, if it has one). */
	enter(paragraph: number, turn: Ref | undefined): void {
		this.paragraph = paragraph;
		this.turn = turn;
	}

	/** The person the text is about, if one was named recently. */
	get person(): Ref | undefined {
		return this.recent('person');
	}

	/** A sentence read: after it, its names are candidates for the pronouns of the next ones. */
	observe(tokens: Token[]): void {
		this.seen.push({tokens, paragraph: this.paragraph});
		if (this.seen.length > SENTENCES_BACK) this.seen.shift();
	}

	/** What a reference stands for; `leading`: it opens its sentence, where a pronoun surely points back to the person the text is about. */
	resolve(ref: Ref | undefined, leading = false): Ref | undefined {
		if (!ref || ref.form !== 'pronoun') return ref;
		if (ref.text === 'i') return this.turn;
		if (ref.text === 'he' || ref.text === 'she') return this.person ? this.agreeing(this.person, ref.text === 'he' ? 'male' : 'female', leading) : undefined;
		if (ref.text === 'they') return this.recent('group') ?? this.recent('organization');
		if (ref.text === 'it') return this.recent('organization');
		return undefined;
	}

	mention(ref: Ref | undefined): void {
		if (!ref || ref.form === 'pronoun' || ref.outlet) return;
		const slot: Slot = ref.kind === 'person' ? 'person' : ref.kind === 'organization' ? 'organization' : 'group';
		this.last[slot] = {ref, paragraph: this.paragraph};
	}

	private genderOf(ref: Ref): Gender | undefined {
		return this.genders.get(ref.text) ?? genderOfWords(`${ref.title ?? ''} ${ref.form === 'description' ? ref.text : ''}`);
	}

	/**
	 * The person a `he` or `she` stands for: the one the text is about, unless the article has shown them to be of
	 * the other gender (`Harry Dunn … He died …` then `She informed police`); then the last person of that gender, or
	 * of none shown, named in the sentences before. A pronoun opening its sentence shows the gender of whom it
	 * stands for (one inside a clause may point elsewhere: `Warren told Stumpf, after he admitted …`).
	 */
	private agreeing(person: Ref, gender: Gender, learn: boolean): Ref | undefined {
		const known = this.genderOf(person);
		if (known === gender || known === undefined) {
			if (learn && person.form === 'name') this.genders.set(person.text, gender);
			return person;
		}
		for (let s = this.seen.length - 1; s >= 0; s--) {
			const {tokens, paragraph} = this.seen[s]!;
			if (this.paragraph - paragraph > REACH.person) break;
			const runs = capitalRuns(tokens, 0, tokens.length, 0);
			for (let r = runs.length - 1; r >= 0; r--) {
				// `Building 24`, `Flight 370`: a capitalised word with a number after it is a numbered thing, nobody.
				if (/^\d+$/u.test(tokens[runs[r]!.to]?.text ?? '') || saysWhere(tokens, runs[r]!.from)) continue;
				const named = nameRef(tokens, runs[r]!.from, runs[r]!.to);
				if (named.form !== 'name' || named.kind !== 'person' || named.text === person.text) continue;
				const other = this.genderOf(named);
				if (other !== undefined && other !== gender) continue;
				this.genders.set(named.text, gender);
				return named;
			}
		}
		return undefined;
	}

	private recent(slot: Slot): Ref | undefined {
		const found = this.last[slot];
		return found && this.paragraph - found.paragraph <= REACH[slot] ? found.ref : undefined;
	}
}

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

// Words that open a clause of their own: a name after them is that clause's subject, not the sentence's.
const SUBORDINATORS = new Set(['when', 'while', 'if', 'because', 'since', 'although', 'though', 'whereas', 'unless', 'until', 'once', 'as', 'where', 'whether', 'and', 'but', 'or', 'so', 'that']);

const DESCRIBED = /^(?:the|a|an|one|some|two|three|several|many|another)$/u;

/** `The mayor, however, was …`, `One of the victims decided …`: a described person or group opening the sentence. */
function describedSubject(tokens: Token[], i: number): Ref | undefined {
	if (!tokens[i] || !DESCRIBED.test(tokens[i]!.lower)) return undefined;
	let speaking = false;
	for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
		const t = tokens[j]!;
		if (!isWord(t) || t.upper) return undefined;
		// `The only mistake the coach made was …`: a determiner after a noun opens a relative clause whose subject it
		// is; the sentence's subject is the noun before, which nobody is.
		if (j > i + 1 && /^(?:the|a|an|his|her|their|its|our)$/u.test(t.lower) && !/^(?:DET|ADJ|ADV|NUM|ADP|CCONJ)$/u.test(tokens[j - 1]!.pos)) return undefined;
		// `The very nature of open source`: past a preposition only from one who speaks (`a spokesman for`) or `One of`.
		if ((t.lower === 'of' || t.lower === 'for') && j > i + 1 && !speaking) return undefined;
		const org = ORG_HEADS.has(t.lower);
		const group = GROUP_HEADS.has(t.lower);
		if (!org && !group && !isRoleNoun(t.lower) && !isPersonNoun(t.lower)) continue;
		speaking = true;
		const next = tokens[j + 1];
		if (next && isWord(next) && (next.lower === 'of' || next.lower === 'for')) continue;
		// `One of the victims` is one person.
		const kind = org ? 'organization' : tokens[i]!.lower === 'one' ? 'person' : group || /s$/u.test(t.lower) ? 'unknown' : 'person';
		return {form: 'description', text: joinTokens(tokens, i, j + 1), kind, outlet: false, at: tokens[i]!.start};
	}
	return undefined;
}

/** `The new governor of the region, Alexander Moor, …`, `A Republican, Mark Amodei, …`: a person described, then named. */
function appositiveName(tokens: Token[], i: number): Ref | undefined {
	if (!tokens[i] || !/^(?:the|a|an)$/u.test(tokens[i]!.lower)) return undefined;
	let comma = i + 1;
	while (comma < Math.min(tokens.length, i + 9) && isWord(tokens[comma])) comma++;
	if (tokens[comma]?.text !== ',') return undefined;
	const words = tokens.slice(i + 1, comma);
	const described = words.some(t => !t.upper && (isRoleNoun(t.lower) || isPersonNoun(t.lower))) || (words.length === 1 && words[0]!.upper);
	const run = capitalRuns(tokens, comma + 1, Math.min(tokens.length, comma + 9), -1)[0];
	if (!described || !run || tokens[run.to]?.text !== ',') return undefined;
	// `The study's lead author, doctoral candidate Maninder Thind, said`: a role may come before the name.
	const roled = run.from > comma + 1 && run.from - comma <= 4 && TITLE_WORDS.has(tokens[run.from - 1]!.lower) && tokens.slice(comma + 1, run.from).every(t => isWord(t) && !t.upper);
	return run.from === comma + 1 || roled ? nameRef(tokens, run.from, run.to) : undefined;
}

/** `LA CROSSE, Wis. — Gov. Mike Pence …`: after a dateline (a place in capitals, then a dash), where the sentence begins. */
function datelineEnd(tokens: Token[]): number {
	const first = tokens[0];
	if (!first || first.kind !== 'word' || first.text.length < 2 || first.text.toUpperCase() !== first.text || /\d/u.test(first.text)) return 0;
	for (let k = 1; k < Math.min(tokens.length, 8); k++) {
		const t = tokens[k]!;
		if (t.text === '—' || t.text === '–' || t.text === '--') return k + 1;
		if (t.kind === 'quote') return 0;
	}
	return 0;
}

// Tags a plain noun phrase opening a sentence is made of (`Members of the House of Commons`, `Protesters outside the court`).
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM']);

/**
 * `Members of the House of Commons protested by shouting …`: a sentence opening with a noun phrase and then its
 * finite verb has that phrase as its subject, when it names somebody (a person, a group or a body).
 */
function nounPhraseSubject(tokens: Token[]): Ref | undefined {
	for (let k = 1; k < Math.min(tokens.length, 12); k++) {
		const t = tokens[k]!;
		if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) {
			const subject = phraseBefore(tokens, k, 0, 0);
			return subject && subject.form !== 'pronoun' && !subject.outlet ? subject : undefined;
		}
		// (`RED STATES OUTNUMBER …`: a heading in capitals is no subject.)
		if (!isWord(t) || !NOUN_PHRASE_TAGS.has(t.pos) || (t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}\p{Lu}/u.test(t.text) && tokens[k - 1]!.text === tokens[k - 1]!.text.toUpperCase())) return undefined;
	}
	return undefined;
}

/** The subject a sentence opens with, past a leading adverbial (`In Vladivostok on Saturday, he …`). */
export function leadingSubject(tokens: Token[]): Ref | undefined {
	const dateline = datelineEnd(tokens);
	if (dateline > 0) return leadingSubject(tokens.slice(dateline));
	// (A phrase opening with a preposition is an adverbial, `In a statement posted …`, not the subject.)
	return openingSubject(tokens) ?? (isWord(tokens[0]) && NOUN_PHRASE_TAGS.has(tokens[0]!.pos) && tokens[0]!.pos !== 'ADP' ? nounPhraseSubject(tokens) : undefined);
}

/** How far an opening phrase a preposition opens may run before the comma that ends it and the subject after it. */
export const OPENING_PHRASE_WORDS = 28;

function openingSubject(tokens: Token[]): Ref | undefined {
	let i = 0;
	const opener = tokens[0];
	// `State prosecutors charged …`: a sentence-opening modifier before the head noun of a group or a body.
	const noun = tokens[1];
	if (opener?.common && !COMMON_CAPITALS.has(opener.lower) && isWord(noun) && !noun!.upper && (GROUP_HEADS.has(noun!.lower) || ORG_HEADS.has(noun!.lower))) {
		return {form: 'description', text: joinTokens(tokens, 0, 2), kind: ORG_HEADS.has(noun!.lower) ? 'organization' : 'unknown', outlet: false, at: opener.start};
	}
	if (opener && isWord(opener) && (COMMON_CAPITALS.has(opener.lower) || opener.common) && !/^(?:the|a|an|he|she|they|it)$/u.test(opener.lower)) {
		// An adverb opening the sentence (`Later on Tuesday Mitsotakis met …, then …`) may run straight into the subject
		// and its verb: then the comma comes after the clause, not after an adverbial.
		const adverb = opener.pos === 'ADV' && !SUBORDINATORS.has(opener.lower) && !/^(?:how|why|where)$/u.test(opener.lower);
		// (a phrase a preposition opens may run long: `With Democratic leaders increasingly worried about … voters, Obama …`)
		const reach = opener.pos === 'ADP' || opener.pos === 'SCONJ' ? OPENING_PHRASE_WORDS : 16;
		for (let k = 1; k < Math.min(tokens.length, reach); k++) {
			// `In a meeting that day he was told …, while …`: a clause of its own, not an adverbial before the subject.
			if (isWord(tokens[k]) && /^(?:he|she|they|we|i)$/u.test(tokens[k]!.lower)) break;
			if (adverb && (tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && !/ing$/u.test(tokens[k]!.lower)))) break;
			// (`Speaking at a rally in Dayton, Ohio, Warren …`: the state after a town is still the adverbial's, and so is
			// a phrase after it that a preposition opens: `In Dayton, Ohio, on Monday, Warren …`)
			if (tokens[k]!.text !== ',' || isLocative(tokens, k + 1) || (k > 1 && isLocative(tokens, k - 1) && tokens[k + 1]?.pos === 'ADP')) continue;
			i = k + 1;
			break;
		}
	}
	const pronoun = tokens[i] && tokens[i]!.kind === 'word' ? pronounRef(tokens[i]!) : undefined;
	if (pronoun) return pronoun.text === 'it' ? undefined : pronoun;
	const apposed = appositiveName(tokens, i);
	if (apposed) return apposed;
	const runs = capitalRuns(tokens, i, Math.min(tokens.length, i + 12), i);
	const first = runs[0];
	if (!first || first.from > i) {
		const described = describedSubject(tokens, i);
		if (described) return described;
	}
	if (!first) return undefined;
	// Only articles, titles, sentence adverbs and time words may come before the name: not a pronoun (`And I am a part
	// of the British League`), nor a conjunction opening a clause of its own (`when Neandertals were living …`).
	for (let k = i; k < first.from; k++) {
		const t = tokens[k]!;
		if (!isWord(t) || /^(?:the|a|an)$/u.test(t.lower) || TIME_WORDS.has(t.lower)) continue;
		if (SUBORDINATORS.has(t.lower) || PRONOUNS.has(t.lower) || !(TITLE_WORDS.has(t.lower) || COMMON_CAPITALS.has(t.lower))) return undefined;
	}
	// `State prosecutors charged …`, `The Mexican government said …`: a body or a group, named by its head noun
	// (`Māori tribes fearful over …`, `Kenyan farmers marched`: any plural noun a name qualifies is a group).
	const head = tokens[first.to];
	if (head && isWord(head) && (GROUP_HEADS.has(head.lower) || ORG_HEADS.has(head.lower) || qualifiedPlural(tokens, first.to))) {
		const text = joinTokens(tokens, i, first.to + 1);
		return {form: 'description', text, kind: ORG_HEADS.has(head.lower) ? 'organization' : 'unknown', outlet: false, at: tokens[i]!.start};
	}
	return nameRef(tokens, personRun(tokens, runs)!.from, personRun(tokens, runs)!.to);
}

