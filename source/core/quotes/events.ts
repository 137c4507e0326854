// The acts of saying in one sentence: each speech verb (or `according to`) with who said, through whom, and where.
import {AUXILIARIES, CLAUSE_BREAKS, CLAUSE_VERBS, DOCUMENT_HEADS, GROUP_HEADS, ORG_HEADS, GOVERNING_VERBS, INVERTING_VERBS, OUTLET_REPORTING, PERSON_PRONOUNS, POSSESSIVE_DETERMINERS, SPEECH_VERBS, TITLE_WORDS} from './lexicon.js';
import {asideClosing, asideOpening} from './asides.js';
import {isReducedRelative} from './clauses.js';
import {capitalRuns, isPlace, isPossessive} from './names.js';
import {nameRef, type Ref} from './name-refs.js';
import {phraseAfter, phraseBefore} from './refs.js';
import type {Token} from './tokens.js';

export interface SpeechEvent {
	/** Index of the verb (or of `according`) in the sentence's tokens. */
	at: number;
	/** First token after the verb phrase (after `according to`, after `quoted X as saying`). */
	after: number;
	verb: string;
	speaker?: Ref;
	/** The outlet it came through (`TASS quoted …`, `according to CNN`). */
	via?: string;
	/** `adding that …`: the speaker is the subject of the sentence's main verb. */
	participle: boolean;
	/** The speaker stands after the verb (`said Bash`, `according to police`). */
	inverted: boolean;
	/** `told Z`: the addressee, never the speaker. */
	addressee?: Ref;
	/** Its speaker is the agent of a passive (`described as "…" by X`): not the subject later verbs share. */
	agent?: boolean;
	/** For a participle: the speaker of the nearest earlier act in the sentence, once pronouns are resolved. */
	inherited?: Ref;
}

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';

/** Tokens that end a clause: a subject never reaches back past them. */
const isClauseBoundary = (t: Token): boolean =>
	t.kind === 'quote' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || t.text === '(' || t.text === ')';

function eventAt(tokens: Token[], v: number, floor: number): SpeechEvent | undefined {
	const verb = tokens[v]!.lower;
	const base = {at: v, after: v + 1, verb, participle: false, inverted: false};
	if (verb === 'according' && tokens[v + 1]?.lower === 'to') {
		// `an agreement, according to which …`: what the relative stands for is a thing, and no one speaks.
		if (tokens[v + 2]?.lower === 'which') return undefined;
		const ref = phraseAfter(tokens, v + 2, 0);
		if (!ref) return undefined;
		return ref.outlet ? {...base, after: v + 2, via: ref.text, inverted: true} : {...base, after: v + 2, speaker: ref, inverted: true};
	}
	// `as quoted by X`, `as reported by X`: the outlet only.
	if ((verb === 'quoted' || verb === 'reported' || verb === 'cited') && tokens[v + 1]?.lower === 'by') {
		const ref = phraseAfter(tokens, v + 2, 0);
		if (!ref) return undefined;
		return ref.outlet ? {...base, via: ref.text} : {...base, speaker: ref, inverted: true};
	}
	// `went on to say`, `was quick to add`: the subject of the verb governing the infinitive.
	if (tokens[v - 1]?.lower === 'to') {
		// `the requirement to report`, `his plan to announce`: an infinitive after a noun says nothing yet.
		if (DETERMINERS.has(tokens[v - 3]?.lower ?? '') && isWord(tokens[v - 2])) return undefined;
		// `easy to say`, `too early to tell`: after these adjectives what is said is the subject, and nobody says it.
		if (TOUGH_ADJECTIVES.has(tokens[v - 2]?.lower ?? '')) return undefined;
		for (let k = v - 2; k >= Math.max(floor, v - 7); k--) {
			if (!isWord(tokens[k])) break;
			if (/^(?:declined|refused|declines|refuses|decline|refuse|failed|declining|refusing|failing)$/u.test(tokens[k]!.lower)) return undefined;
			if (GOVERNING_VERBS.has(tokens[k]!.lower)) {
				const speaker = phraseBefore(tokens, k, floor, 0);
				return speaker?.outlet ? {...base, via: speaker.text} : speaker ? {...base, speaker} : {...base, participle: true};
			}
		}
		return {...base, participle: true};
	}
	if (verb.endsWith('ing')) {
		// `X quoted Lavrov as saying` is read from `quoted`; `saying`, `adding` take the main subject.
		if (tokens[v - 1]?.lower === 'as') return undefined;
		// `you are saying`, `officials were warning`: a progressive verb has its own subject, whoever that is.
		if (/^(?:am|is|are|was|were|been|be)$/u.test(tokens[v - 1]?.lower ?? '')) {
			const speaker = phraseBefore(tokens, v - 1, floor, 0);
			return speaker && (speaker.form !== 'pronoun' || PERSON_PRONOUNS.has(speaker.text)) ? {...base, speaker} : undefined;
		}
		// `…, with officials saying …`: the phrase after `with` says it.
		const own = withSubject(tokens, v, floor) ?? modifiedNoun(tokens, v, floor);
		if (own) return {...base, speaker: own};
		// `a banner saying "…"`, `a sign reading …`: a thing right before the participle bears the words, and nobody says them.
		if (isThingBearingWords(tokens, v)) return undefined;
		return {...base, participle: true};
	}
	// `did not say`, `never said`: nothing was said.
	if (/^(?:not|never)$/u.test(tokens[v - 1]?.lower ?? '') || /n['’]t$/u.test(tokens[v - 1]?.lower ?? '')) return undefined;
	// `were asked to …`, `was told …`: a passive names the addressee; only a `by` agent speaks.
	// (past an adverb: `was previously announced`)
	const auxiliary = /^[a-z]+ly$/u.test(tokens[v - 1]?.text ?? '') ? tokens[v - 2] : tokens[v - 1];
	const passive = /^(?:was|were|is|are|been|being|be)$/u.test(auxiliary?.lower ?? '') && tokens[v + 1]?.lower !== 'by';
	if (passive) {
		// `was described as "knife-obsessed" by the police`, `was announced to be a "pandemic" by the WHO`: the agent
		// right after the quotation said it.
		let by = v + 1;
		while (by < v + 6 && by < tokens.length && isWord(tokens[by])) by++;
		const agent = tokens[by]?.kind === 'quote' && tokens[by + 1]?.lower === 'by' ? phraseAfter(tokens, by + 2, 0) : undefined;
		return agent ? {...base, after: v + 2, speaker: {...agent, outlet: false}, inverted: true, agent: true} : undefined;
	}
	const prev = tokens[v - 1];
	// `"…," said Bash` and `…, reported officials`: the subject follows the verb.
	// Right after a quotation, with or without a comma after its closing mark, any phrase may follow
	// (`"…," tweeted opposition leader Alexei Navalny`, `"…", said selection committee member Ulf Danielsson`).
	const afterQuote = prev?.kind === 'quote' || (prev?.text === ',' && tokens[v - 2]?.kind === 'quote');
	const opens = startsPhrase(tokens[v + 1]) || roleBeforeName(tokens, v + 1) || (afterQuote && isWord(tokens[v + 1]) && !CLAUSE_BREAKS.has(tokens[v + 1]!.lower));
	const invertedSpeaker = inverts(verb) && (prev?.kind === 'quote' || prev?.text === ',' || v === floor) && opens && endsPhrase(tokens, v + 1, !INVERTING_VERBS.has(verb)) ? phraseAfter(tokens, v + 1, 0) : undefined;
	// After a quotation the speaker follows (`"…," said Bash`); after a comma, a name before wins
	// (`Yellen, the Treasury secretary, said`) over a phrase after (`…, reported officials`).
	const before = prev?.kind === 'quote' && invertedSpeaker && invertedSpeaker.form !== 'pronoun' ? undefined : (phraseBefore(tokens, v, floor, 0) ?? subjectBeforeDashes(tokens, v));
	const subject = invertedSpeaker && invertedSpeaker.form !== 'pronoun' && before?.form !== 'name' && !SPEECH_VERBS.has(tokens[v + 1]!.lower) ? undefined : before;
	// `Al Jazeera quoted Lavrov as saying`: the speaker is the one quoted, the outlet its via.
	if (verb === 'quoted' || verb === 'quotes' || verb === 'cited' || verb === 'cites') {
		const quoted = phraseAfter(tokens, v + 1, 0);
		if (!quoted) return undefined;
		let after = v + 1;
		while (after < tokens.length && after < v + 12 && !(tokens[after - 1]!.lower === 'as' && /^(?:say|said|saying|stating|telling|writing)$/u.test(tokens[after]!.lower))) after++;
		// `Erdoğan cited Article 5 of the NATO treaty`: citing a text is not quoting anybody.
		if (after >= tokens.length || after >= v + 12) {
			if (verb === 'cited' || verb === 'cites') return undefined;
		}
		return {...base, after: Math.min(after + 1, tokens.length), speaker: quoted, via: subject?.text};
	}
	// `described by the Daily Hive as …`, `he was told by the minister of "…"`: the agent of a passive speaks, outlet or not.
	// (a gerund after `by` is how, not who: `responded by shaking her head`)
	const gerund = tokens[v + 2]?.pos === 'VERB' && /[a-z]ing$/u.test(tokens[v + 2]!.text);
	if (tokens[v + 1]?.lower === 'by' && !gerund && (/ed$/u.test(verb) || /^(?:was|were|is|are|been|being|be)$/u.test(tokens[v - 1]?.lower ?? ''))) {
		const agent = phraseAfter(tokens, v + 2, 0);
		if (agent) return {...base, after: v + 2, speaker: {...agent, outlet: false}, inverted: true, agent: true};
	}
	// An outlet that reports is a via; one that characterises (`which the BBC describes as "…"`) speaks.
	if (subject?.outlet && OUTLET_REPORTING.has(verb)) return {...base, via: subject.text};
	let speaker = subject;
	let inverted = false;
	if (!speaker && invertedSpeaker && (invertedSpeaker.form !== 'pronoun' || /^(?:he|she|they)$/u.test(invertedSpeaker.text))) {
		speaker = invertedSpeaker;
		inverted = true;
	}
	const event: SpeechEvent = {...base, inverted};
	if (speaker?.outlet && OUTLET_REPORTING.has(verb)) event.via = speaker.text;
	else if (speaker) event.speaker = speaker;
	if ((verb === 'told' || verb === 'tells' || verb === 'tell') && isWord(tokens[v + 1])) {
		const addressee = phraseAfter(tokens, v + 1, 0);
		if (addressee?.outlet) event.via = addressee.text;
		else if (addressee) event.addressee = addressee;
	}
	// `a statement which said`: the relative clause shares the sentence's subject.
	if (!event.speaker && !event.via && !event.inverted) event.participle = isElided(tokens, v, floor) || /^(?:which|who|that)$/u.test(prev?.lower ?? '');
	return event;
}

const isDash = (t: Token | undefined): boolean => t !== undefined && (t.text === '—' || t.text === '–' || t.text === '--');

/** `Joyce — who is listed as an attorney — told …`: the subject before an aside set off by dashes that ends at tokens[v - 1]. */
function subjectBeforeDashes(tokens: Token[], v: number): Ref | undefined {
	if (!isDash(tokens[v - 1])) return undefined;
	let open = v - 2;
	while (open > 0 && open >= v - 30 && (isWord(tokens[open]) || tokens[open]!.text === ',' || tokens[open]!.text === '.')) open--;
	if (open <= 0 || !isDash(tokens[open])) return undefined;
	let floor = open - 1;
	while (floor > 0 && !isClauseBoundary(tokens[floor - 1]!)) floor--;
	const before = phraseBefore(tokens, open, floor, 0);
	// `A former presidential candidate -- John McCain, who lost in 2008 -- said`: a description, then its name in the
	// dashes: the name says it.
	if (before?.form === 'description' && before.kind === 'person') {
		const run = capitalRuns(tokens, open + 1, v - 1, open + 1)[0];
		const named = run && run.from === open + 1 ? nameRef(tokens, run.from, run.to) : undefined;
		if (named?.form === 'name' && named.kind === 'person') return {...named, title: before.text};
	}
	return before;
}

/**
 * `the calls by officials asking the US to …`, `protesters chanting "…"`: a participle right after a noun for people
 * (no comma between) says what they did; though after a document (`issued a statement saying …`) the one who
 * issued it speaks.
 */
function modifiedNoun(tokens: Token[], v: number, floor: number): Ref | undefined {
	const noun = tokens[v - 1];
	if (!isWord(noun) || noun!.pos !== 'NOUN' || DOCUMENT_HEADS.has(noun!.lower.replace(/(?<=[^s])s$/u, ''))) return undefined;
	// (the noun phrase alone, not what it belongs to: `the calls by officials asking` → `officials`)
	let start = v - 1;
	while (start > floor && isWord(tokens[start - 1]) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(tokens[start - 1]!.pos)) start--;
	const ref = phraseBefore(tokens, v, start, 0);
	return ref && ref.form !== 'pronoun' && !ref.outlet && ref.kind !== 'organization' ? ref : undefined;
}

// Things that carry words for all to read: what they say, nobody is reported saying.
const WORD_BEARERS = new Set(['banner', 'sign', 'placard', 'poster', 'sticker', 'billboard', 'plaque', 'shirt', 't-shirt', 'flag', 'mural', 'graffiti', 'slogan']);

/** tokens[v - 1] is a thing that carries words (`a banner`, `signs`) before `saying` or `reading` at tokens[v]. */
const isThingBearingWords = (tokens: Token[], v: number): boolean =>
	isWord(tokens[v - 1]) && WORD_BEARERS.has(tokens[v - 1]!.lower.replace(/(?<=[^s])s$/u, '')) && /^(?:saying|reading)$/u.test(tokens[v]!.lower);

/** `with officials saying`: the phrase between a `with` and the participle at tokens[v], if it names somebody. */
function withSubject(tokens: Token[], v: number, floor: number): Ref | undefined {
	for (let k = v - 1; k >= Math.max(floor, v - 7) && isWord(tokens[k]); k--) {
		if (tokens[k]!.lower !== 'with') continue;
		const ref = k + 1 < v ? phraseBefore(tokens, v, k + 1, 0) : undefined;
		return ref && ref.form !== 'pronoun' ? ref : undefined;
	}
	return undefined;
}

// Adjectives whose subject is the object of the infinitive after them (`the name had to be easy to say`).
const TOUGH_ADJECTIVES = new Set(['easy', 'easier', 'hard', 'harder', 'difficult', 'impossible', 'tough', 'simple', 'safe', 'fair', 'early', 'soon']);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'one', 'another']);

/** Where a subject named after its verb may start: `said Bash`, `said the foreign minister`, `said prosecutor Bash`. */
const startsPhrase = (t: Token | undefined): boolean =>
	t !== undefined && t.kind === 'word' && (t.upper || DETERMINERS.has(t.lower) || TITLE_WORDS.has(t.lower) || GROUP_HEADS.has(t.lower) || PERSON_PRONOUNS.has(t.lower) || t.lower === 'they' || (t.pos === 'NOUN' && /[^s]s$/u.test(t.lower)));

/** `says political scientist Dossym Satpayev`: up to three lower-case words of a role run into a name. */
function roleBeforeName(tokens: Token[], k: number): boolean {
	for (let j = k; j < k + 3 && isWord(tokens[j]) && !tokens[j]!.upper && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN'); j++) {
		if (tokens[j + 1]?.upper && isWord(tokens[j + 1])) return TITLE_WORDS.has(tokens[j]!.lower) || tokens[j]!.pos === 'NOUN';
	}
	return false;
}

/**
 * Verbs of reporting put their subject after them when the report comes first (`…, predicted Madeleine Kunin`, `…, say
 * analysts`), as `said` does; not `told`, whose object would read as its subject (`…, told reporters`).
 */
const inverts = (verb: string): boolean => INVERTING_VERBS.has(verb) || (CLAUSE_VERBS.has(verb) && !/^(?:tell|tells|told)$/u.test(verb));

/**
 * A speaker named after the verb stands alone: `said Bash.`, `said Bash, the …`, not `said the school "failed" …`.
 * `strict` for a verb that also takes a clause after it (`…, revealed Trump downplayed the virus`): no verb in the phrase.
 */
function endsPhrase(tokens: Token[], start: number, strict = false): boolean {
	const words = (from: number): number | undefined => {
		let k = from;
		while (k < tokens.length && k < from + 16 && tokens[k]!.kind === 'word') {
			const t = tokens[k]!;
			// `said her husband had told her …`: a verb after it makes the phrase a clause, not a speaker (though a
			// capitalised one before a name is a given name: `said Will Doyle`).
			if (AUXILIARIES.has(t.lower) && !(t.upper && tokens[k + 1]?.upper)) return undefined;
			if (strict && t.pos === 'VERB' && !t.upper) return undefined;
			k++;
		}
		return k;
	};
	let k = words(start);
	if (k === undefined) return false;
	// `said Ted Scambos of … Environmental Sciences (CIRES).`, `said Rep. Elijah Cummings (D-Md.) in a statement.`: an
	// aside on the name still ends it, and the words after the aside are read as those after a name are.
	const aside = asideClosing(tokens, k);
	if (aside !== undefined) k = words(aside + 1);
	return k !== undefined && (k >= tokens.length || (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '('));
}

/**
 * A speech word is a verb where the tagger says so (`she tweets`, `to comment`; not `a tweet`, `the alleged payments`,
 * `Syrian state media`); a title-case headline capitalises its verbs, which the tagger reads as names.
 */
function actsAsVerb(tokens: Token[], v: number, titleCase: boolean): boolean {
	const t = tokens[v]!;
	if (t.lower === 'according') return true;
	// `posted a Twitter comment`, `an NBC report`: after an indefinite article and a name, a word for a document is
	// the noun the name qualifies, though the tagger may read it as the name's verb (`a Democrat said` is a subject's).
	if (!t.upper && DOCUMENT_HEADS.has(t.lower) && indefiniteName(tokens, v)) return false;
	// `May's proposed Brexit deal`, `the party's stated aim`: a past form between an owner and the noun owned qualifies
	// the noun (`Trump's proposed a deal` is `has proposed`: a determiner follows).
	if (/[a-z]ed$/u.test(t.lower) && isPossessive(tokens[v - 1]?.text ?? '') && /^(?:NOUN|PROPN|ADJ)$/u.test(tokens[v + 1]?.pos ?? '')) return false;
	if (t.pos === 'VERB' || (titleCase && t.upper && t.pos !== 'ADP')) return true;
	if (isParticipleOfSaying(tokens, v)) return true;
	// The tagger reads a past form as an adjective now and then (`Hotak also alleged the …`): after a subject it is
	// the verb, after a determiner or preposition it is not (`the alleged payments`).
	let k = v - 1;
	while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
	const prev = tokens[k];
	// (a proportion ends a subject too, `Six in 10 say …`, `nine out of 10 say …`; a partitive does not, `one of six
	// states that …`)
	const count = prev !== undefined && prev.pos === 'NUM' && (tokens[k - 1]?.lower === 'in' ? tokens[k - 2]?.pos === 'NUM' : tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'out' && tokens[k - 3]?.pos === 'NUM');
	const afterSubject = prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NOUN' || prev.kind === 'quote' || count);
	if (t.pos === 'ADJ') return afterSubject && t.lower.endsWith('ed');
	// …and a present form after a noun as the second half of a compound (`The mayor notes that …`): before `that`
	// it is the verb, unless the noun before it is owned (`the mayor's notes that …`) or there is no noun; a plain
	// form after a plural agrees with it as a verb does (`Activists claim safety …`: a compound's first noun is singular).
	if (t.pos !== 'NOUN' || !afterSubject || prev!.pos === 'PRON' || /['’]s?$/u.test(prev!.text)) return false;
	// (…nor when an -ing word someone owns qualifies it: `in her closing remarks that …`, `his opening statements`)
	if (/[a-z]ing$/u.test(prev!.text) && POSSESSIVE_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
	const plural = (/[^s]s$/u.test(prev!.lower) && prev!.kind === 'word') || count;
	// (`The government claims the airline flies …`: after a singular noun, a determiner or a subject pronoun opening
	// what follows shows the verb too)
	const opensClause = tokens[v + 1]?.lower === 'that' || (!plural && (tokens[v + 1]?.pos === 'DET' || tokens[v + 1]?.pos === 'PROPN' || SUBJECT_PRONOUN.test(tokens[v + 1]?.lower ?? ''))) || closesAttribution(tokens, v);
	return t.lower.endsWith('s') ? opensClause : plural && CLAUSE_OPENERS.has(tokens[v + 1]?.pos ?? 'X');
}

const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|you)$/u;

/**
 * `…, warning that …`, `by warning darkly that …`: an -ing form the tagger reads as a noun is the participle when a
 * comma, a preposition or nothing stands before it and its content clause or quotation follows (`a warning that …`,
 * `her warning that …` stay nouns).
 */
function isParticipleOfSaying(tokens: Token[], v: number): boolean {
	const t = tokens[v]!;
	if (t.pos !== 'NOUN' || !/[a-z]ing$/u.test(t.lower)) return false;
	const prev = tokens[v - 1];
	if (prev && prev.text !== ',' && prev.pos !== 'ADP' && prev.pos !== 'SCONJ') return false;
	let k = v + 1;
	while (tokens[k]?.pos === 'ADV') k++;
	return tokens[k]?.lower === 'that' || tokens[k]?.kind === 'quote' || (tokens[k]?.text === ':' && tokens[k + 1]?.kind === 'quote');
}

/** tokens[v] follows `a` or `an` and a capitalised name: `a Twitter comment`, `an Associated Press report`. */
function indefiniteName(tokens: Token[], v: number): boolean {
	let k = v - 1;
	while (k > 0 && tokens[k]!.kind === 'word' && tokens[k]!.upper && v - k <= 4) k--;
	return k < v - 1 && /^an?$/u.test(tokens[k]!.lower);
}

/** `"…," Viguerie notes.`: a name right after a quotation, then the word, then the end of the clause. */
function closesAttribution(tokens: Token[], v: number): boolean {
	if (!/^[.,;!?]$/u.test(tokens[v + 1]?.text ?? '.')) return false;
	let k = v - 1;
	while (k > 0 && tokens[k]!.kind === 'word' && tokens[k]!.upper && v - k <= 4) k--;
	return k < v - 1 && (tokens[k]?.kind === 'quote' || (tokens[k]?.text === ',' && tokens[k - 1]?.kind === 'quote'));
}

// Tags a content clause may open with (`claim safety standards are …`, `say the …`, `warn that …`, `say they …`).
const CLAUSE_OPENERS = new Set(['NOUN', 'PROPN', 'DET', 'PRON', 'SCONJ', 'ADJ', 'NUM']);

/** `… and said he has expressed …`: a verb sharing the subject of an earlier one. */
const isElided = (tokens: Token[], v: number, floor: number): boolean => {
	let k = v - 1;
	while (k >= floor && isWord(tokens[k]) && /^(?:also|then|later|and|but|has|had|have|further|again|repeatedly)$/u.test(tokens[k]!.lower)) k--;
	return k < v - 1 && /^(?:and|but|then)$/u.test(tokens[k + 1]!.lower);
};

export const EVENT_WORDS = new Set([...SPEECH_VERBS, 'according', 'read', 'reads', 'quoted', 'cited']);

function isTitleCase(tokens: Token[]): boolean {
	let words = 0;
	let capitals = 0;
	for (const t of tokens) {
		if (t.kind !== 'word') continue;
		words++;
		if (t.upper) capitals++;
	}
	return words >= 3 && capitals >= 0.75 * words;
}

/** `"…", the letter read.`: the verb ends a sentence that opened with a quotation. */
function closesQuotation(tokens: Token[], v: number): boolean {
	if (v + 1 < tokens.length && !(v + 2 === tokens.length && /^[.!]$/u.test(tokens[v + 1]!.text))) return false;
	return tokens[0]?.kind === 'quote' && v <= 8;
}

/** tokens[v] opens or closes a name's aside: `(SDF)`, `(D-Md.)`. */
const isNameAside = (tokens: Token[], v: number): boolean => asideClosing(tokens, v) !== undefined || asideOpening(tokens, v) !== undefined;

/** Every act of saying in the sentence, in order. */
export function speechEvents(tokens: Token[]): SpeechEvent[] {
	const events: SpeechEvent[] = [];
	let floor = 0;
	let titleCase: boolean | undefined;
	for (let v = 0; v < tokens.length; v++) {
		const t = tokens[v]!;
		// `the Syrian Democratic Forces (SDF) announced`, `Harry Reid (D-Nev.) said`: an aside on a name is no clause.
		if (isClauseBoundary(t) && !isNameAside(tokens, v)) floor = v + 1;
		if (t.kind !== 'word' || !EVENT_WORDS.has(t.lower)) continue;
		// `The statement read: "…"`, `The letter reads in part, "…"`
		const inPart = tokens[v + 1]?.lower === 'in' && tokens[v + 2]?.lower === 'part' && /^[:,]$/u.test(tokens[v + 3]?.text ?? '') && tokens[v + 4]?.kind === 'quote';
		if ((t.lower === 'read' || t.lower === 'reads') && !(inPart || tokens[v + 1]?.text === ':' || tokens[v + 1]?.kind === 'quote' || tokens[v - 1]?.kind === 'quote' || (tokens[v - 1]?.text === ',' && tokens[v - 2]?.kind === 'quote') || closesQuotation(tokens, v))) continue;
		if (t.lower === 'according' && tokens[v + 1]?.lower !== 'to') continue;
		// A capitalised verb is a name or a headline word (`Call`, `Report`) unless it opens the sentence or the
		// sentence is a title-case headline (`Lavrov Says Moscow Will …`).
		if (t.upper && v > 0 && t.lower !== 'according' && !(titleCase ??= isTitleCase(tokens))) continue;
		// (…though a capitalised word before a body's head is part of its name even there: `Ohio State University`)
		if (t.upper && v > 0 && tokens[v + 1]?.upper === true && ORG_HEADS.has(tokens[v + 1]!.lower.replace(/['’]s?$/u, ''))) continue;
		// (…and one that ends a place's name with the word before it is that name: `United States to Lift Sanctions`)
		if (t.upper && v > 0 && tokens[v - 1]!.upper && isPlace(`${tokens[v - 1]!.lower} ${t.lower}`)) continue;
		if (!actsAsVerb(tokens, v, t.upper && v > 0 && titleCase === true) || isReducedRelative(tokens, v)) continue;
		const event = eventAt(tokens, v, floor);
		if (event) events.push(event);
	}
	return events;
}
