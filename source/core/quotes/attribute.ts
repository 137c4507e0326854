// Which act of saying a quotation belongs to, and what kind of quotation it is.
import type {QuoteKind} from './types.js';
import type {SpeechEvent} from './events.js';
import {LABEL_WORDS, SPEECH_VERBS} from './lexicon.js';
import type {Ref} from './name-refs.js';
import {capitalsEnd, qualifiedPlural} from './heads.js';
import {isPossessive} from './names.js';
import {phraseAfter, phraseBefore} from './refs.js';
import type {Token} from './tokens.js';

export interface Sentence {
	tokens: Token[];
	events: SpeechEvent[];
}

/** `direct` for a whole utterance, `partial` for words inside the reporter's sentence, `headline` in paragraph 0. */
export function quoteKind(tokens: Token[], q: number, paragraph: number): QuoteKind {
	if (paragraph === 0) return 'headline';
	const text = tokens[q]!.text;
	// `"We will win," he said, "and nothing will stop us."`: the utterance goes on after its attribution.
	if (tokens[q - 1]?.text === ',' && SPEECH_VERBS.has(tokens[q - 2]?.lower ?? '') && tokens.slice(Math.max(0, q - 12), q - 2).some(t => t.kind === 'quote')) return 'direct';
	const capital = /^[\p{Lu}\d[(…'‘"“]/u.test(text) || /^\.\.\./u.test(text);
	if (!capital) return 'partial';
	if (q === 0) return 'direct';
	const prev = tokens[q - 1]!;
	if (prev.text === ':' || prev.text === '—' || prev.text === '–') return 'direct';
	if (prev.text === ',' && (SPEECH_VERBS.has(tokens[q - 2]?.lower ?? '') || tokens[q - 2]?.kind === 'word')) return 'direct';
	if (SPEECH_VERBS.has(prev.lower) || prev.lower === 'saying') return 'direct';
	return 'partial';
}

/** A title or label in quotation marks (`the so-called "peace plan"`), not anybody's words. */
export function isLabel(tokens: Token[], q: number): boolean {
	if (isMentioned(tokens, q)) return true;
	const prev = tokens[q - 1];
	if (!prev) return false;
	if (isNickname(tokens, q) || namedAs(tokens, q)) return true;
	if (LABEL_WORDS.has(prev.lower) || (prev.lower === 'as' && tokens[q - 2]?.lower === 'known')) return true;
	// `"D" is for "disease"`, `stands for "…"`, `short for "…"`: what a word stands for is words talked about too.
	if (prev.lower === 'for' && /^(?:is|stands|stood|short)$/u.test(tokens[q - 2]?.lower ?? '')) return true;
	// `a process called "exfiltration"`: naming, unless somebody is doing the calling (`Corbyn called it "…"`).
	return (prev.lower === 'called' || prev.lower === 'named') && tokens[q - 2]?.kind === 'word' && !tokens[q - 2]!.upper;
}

// Verbs that say what a word stands for when the word is their subject (`"D" is for "disease"`, `"COVI" represents …`).
const MEANING_VERBS = new Set(['is', 'was', 'are', 'represents', 'represented', 'stands', 'stood', 'means', 'refers', 'referred']);

/**
 * `"COVID-19" is the name of …`, `Reportedly, "COVI" represents …`: a short quotation that is the subject of what it
 * means is a word talked about, not anyone's words (though `a "pig cracker" meant to …` is a quoted object).
 */
function isMentioned(tokens: Token[], q: number): boolean {
	const next = tokens[q + 1];
	const prev = tokens[q - 1];
	const text = tokens[q]!.text;
	const subject = !prev || prev.kind === 'punct' || prev.pos === 'CCONJ' || prev.pos === 'ADV';
	// In what somebody is reported to have said (`boasted that "everyone" is …`), the words are theirs.
	// (A colon or a semicolon ends the report: `announced the name: "COVID-19" is to replace …`; attribution is local.)
	for (let k = q - 1; k >= 0 && k >= q - 40 && tokens[k]!.text !== ':' && tokens[k]!.text !== ';'; k--) if (tokens[k]!.pos === 'VERB' && SPEECH_VERBS.has(tokens[k]!.lower)) return false;
	return subject && next?.kind === 'word' && MEANING_VERBS.has(next.lower) && !/[.,!?;:…]$/u.test(text) && text.split(/\s+/u).length <= 4;
}

// Verbs of giving a name: what they put in quotation marks is the name (`named the virus "…"`), whoever gives it.
const NAMING_VERBS = new Set(['named', 'names', 'renamed', 'renames', 'dubbed', 'dubs', 'designated', 'designates', 'christened']);

/** `named the virus that causes it "…"`: a naming verb earlier in the clause, with its object between. */
function namedAs(tokens: Token[], q: number): boolean {
	for (let k = q - 1; k >= 0 && k >= q - 8; k--) {
		const t = tokens[k]!;
		if (t.kind !== 'word') return false;
		if (NAMING_VERBS.has(t.lower)) return t.pos === 'VERB';
	}
	return false;
}

/** `Pasquale "Pat" Di Cicco`, `Dwayne "The Rock" Johnson`: a short capitalised quotation inside a name is a nickname. */
function isNickname(tokens: Token[], q: number): boolean {
	const prev = tokens[q - 1];
	const next = tokens[q + 1];
	if (prev?.kind !== 'word' || !prev.upper || next?.kind !== 'word' || !next.upper) return false;
	const words = tokens[q]!.text.split(/\s+/u);
	return words.length <= 3 && words.every(w => /^\p{Lu}/u.test(w));
}

export function speakerOf(event: SpeechEvent, subject: Ref | undefined): Ref | undefined {
	if (event.speaker) return event.speaker;
	// `The Las Vegas Review-Journal reported …, saying …`: an outlet's participle reports too.
	return event.participle ? (event.inherited ?? (subject?.outlet ? undefined : subject)) : undefined;
}

const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'for', 'in', 'on', 'to', 'with', 'at', 'by', 'from', 'or']);

/** `"International Women's Day Celebration"`: a name or title in quotation marks, not a quotation. */
export function isTitleCase(text: string): boolean {
	const words = text.split(/\s+/u).filter(w => /\p{L}/u.test(w));
	if (words.length < 2 || words.length > 8 || /[.!?,;]$/u.test(text)) return false;
	return words.every(w => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * `on CNN's "New Day."`, `appeared on "Fox & Friends,"`, `author of "This Kind of War,"`, `on the network's "Sunday
 * Futures,"`: a title in quotation marks where a work's name stands — after an owner or `on`, `in`, `of` — with the
 * comma or full stop the sentence puts inside the marks.
 */
export function isWorkTitle(tokens: Token[], q: number): boolean {
	const prev = tokens[q - 1];
	const owned = prev !== undefined && isPossessive(prev.text);
	if (!prev || !(/^(?:on|in|of)$/u.test(prev.lower) || owned)) return false;
	const title = tokens[q]!.text.replace(/[.,]$/u, '').replace(/ & /gu, ' and ');
	// (after an owner, one capitalised word is a title too: `television's "Scandal,"`, `Fox's "Hannity"`)
	return isTitleCase(title) || (owned && /^\p{Lu}[\p{L}'’-]+$/u.test(title));
}

/** A headline's own attribution: `'Moscow To Develop …': Sergei Lavrov`, `Lavrov: 'We will …'`. */
function headlineSpeaker(tokens: Token[], q: number): Ref | undefined {
	const after = tokens[q + 1];
	if (after && /^[:—–-]$/u.test(after.text) && !qualifiedPlural(tokens, capitalsEnd(tokens, q + 2))) {
		const ref = phraseAfter(tokens, q + 2, q + 2);
		if (ref && ref.form === 'name') return ref;
	}
	const before = tokens[q - 1];
	// Only a name before the colon, nothing else: `Lavrov: "…"` (not a dateline in capitals before its dash: `LOS
	// ANGELES — "…"`).
	const dateline = before?.text !== ':' && tokens.slice(0, q - 1).every(t => t.kind !== 'word' || t.text.toUpperCase() === t.text);
	if (before && /^[:—–-]$/u.test(before.text) && q <= 6 && !dateline && tokens.slice(0, q - 1).every(t => t.upper || t.text === '.')) {
		const ref = phraseBefore(tokens, q - 1, 0, 0);
		if (ref && ref.form === 'name') return ref;
	}
	return undefined;
}

/** The person a `, who …` clause ending at tokens[end] is about, when it is a person named. */
function relativeAntecedent(tokens: Token[], end: number): Ref | undefined {
	for (let k = end - 1; k > 1 && k >= end - 20; k--) {
		const t = tokens[k]!;
		if (t.kind === 'quote' || t.text === ';' || t.text === ':') return undefined;
		if (t.lower !== 'who' || tokens[k - 1]!.text !== ',') continue;
		const named = phraseBefore(tokens, k, 0, 0);
		return named?.form === 'name' && named.kind === 'person' ? named : undefined;
	}
	return undefined;
}

/**
 * `When Lee said …, he "had the room's attention," said Ann Ross`: a quotation closing with the comma the sentence
 * puts inside its marks (or its own question or exclamation mark), and then straight away an attribution (the verb,
 * or a short subject and the verb), is the words that attribution reports when the act of saying before it ended with
 * a comma before the quotation's clause (not `After Lee said they did better at "less advanced schools," Ross said: …`,
 * where the quotation is Lee's).
 */
function closesOnAttribution(tokens: Token[], q: number, before: SpeechEvent, event: SpeechEvent): boolean {
	if (!/[,?!]$/u.test(tokens[q]!.text) || event.at - q > 5 || event.verb === 'according') return false;
	// (`— as researchers believe, but Moscow denies — "why …?" asked Dunn`: an aside closed by a dash ends it too)
	if (!tokens.slice(before.after, q).some(t => t.text === ',' || t.text === '—' || t.text === '–')) return false;
	for (let k = q + 1; k < event.at; k++) {
		const t = tokens[k]!;
		if (t.kind !== 'word' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'ADP') return false;
	}
	return true;
}

// How many acts of saying on each side of a quotation are worth looking at: attribution is local.
const REACH = 12;

/** The attribution of the quotation at tokens[q]: the nearest act of saying, on the side the quote's shape suggests. */
export function attribute(sentence: Sentence, q: number, kind: QuoteKind, subject: Ref | undefined): {speaker?: Ref; via?: string} {
	const {tokens, events} = sentence;
	if (kind === 'headline') {
		const speaker = headlineSpeaker(tokens, q);
		if (speaker) return {speaker};
	}
	let next = q + 1;
	while (next < tokens.length && tokens[next]!.kind !== 'quote') next++;
	let first = 0;
	for (let high = events.length; first < high; ) {
		const mid = (first + high) >> 1;
		if (events[mid]!.at < q) first = mid + 1;
		else high = mid;
	}
	const right: SpeechEvent[] = [];
	const far: SpeechEvent[] = [];
	for (let k = first; k < events.length && right.length + far.length < REACH; k++) (events[k]!.at < next ? right : far).push(events[k]!);
	const left = events.slice(Math.max(0, first - REACH), first).reverse();
	const order = kind === 'partial' && left.length > 0 && !(right[0] && closesOnAttribution(tokens, q, left[0]!, right[0])) ? [...left, ...right, ...far] : [...right, ...left, ...far];
	let via = order.find(e => e.via && !e.speaker)?.via;
	for (const event of order) {
		const speaker = speakerOf(event, subject);
		if (speaker) return {speaker, ...((event.via ?? via) ? {via: event.via ?? via} : {})};
		via ??= event.via;
	}
	// `Another was Thomas Gray, 24, who cited his rugby: "…"`: a colon closing a relative clause on a person introduces
	// that person's words.
	if (tokens[q - 1]?.text === ':') {
		const relative = relativeAntecedent(tokens, q - 1);
		if (relative) return {speaker: relative, ...(via ? {via} : {})};
	}
	// `Bolsonaro opposed Macron's statement: "…"`: a quotation a sentence introduces with a colon is its subject's.
	if (tokens[q - 1]?.text === ':' && subject && !subject.outlet) return {speaker: subject, ...(via ? {via} : {})};
	// `"…" — Aparna Garg, Mysore Divisional Railway Manager`: signed like a headline.
	const signed = kind === 'direct' ? headlineSpeaker(tokens, q) : undefined;
	if (signed) return {speaker: signed, ...(via ? {via} : {})};
	return via ? {via} : {};
}

