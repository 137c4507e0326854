// Reported speech without quotation marks: the content clause of a verb of saying, on either side of it.
import {BARE_CLAUSE_VERBS, CLAUSE_VERBS, SUBJUNCTIVE_VERBS, URGE_VERBS} from './lexicon.js';
import type {SpeechEvent} from './events.js';
import {isAbbreviation} from './names.js';
import {isRoleApposition} from './refs.js';
import type {Token} from './tokens.js';

export interface ClauseSpan {
	/** Token range of the content, end exclusive. */
	from: number;
	to: number;
	event: SpeechEvent;
}

const LEAD_ADVERBIALS = new Set(['on', 'in', 'at', 'during', 'late', 'earlier', 'last', 'this', 'yesterday', 'today', 'tonight', 'later', 'also', 'previously', 'recently', 'publicly', 'then', 'again', 'via', 'through', 'after', 'before']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|evening|afternoon|night|week|weekend|month|year|earlier|later)$/u;

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'there']);
const OBJECT_CASE = new Set(['him', 'them', 'me', 'us']);

const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/**
 * A finite verb, by its tag: an auxiliary (`was`, `will`), or a verb that is neither an infinitive after `to`
 * nor a form in -ing (`it abides`, `the plan failed`) — a content clause has one, a noun phrase does not.
 */
function isFinite(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	if (t.pos === 'AUX') return true;
	return t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';
}

function looksLikeClause(tokens: Token[], from: number, to: number, afterThat: boolean): boolean {
	let words = 0;
	for (let k = from; k < to; k++) if (isWord(tokens[k])) words++;
	if (words < 3) return false;
	if (afterThat) return true;
	if (hasSubjectAndVerb(tokens, from, to)) return true;
	// `As a woman, Malik raised less suspicion`, `After two decades in Congress, Sanders plans …`: a leading adverbial
	// closes with its comma, and the clause may come after it.
	const opener = tokens[from]!;
	if ((opener.pos === 'ADP' || opener.pos === 'SCONJ') && opener.lower !== 'that') {
		let comma = from + 1;
		while (comma < to && comma < from + 16 && tokens[comma]!.text !== ',' && tokens[comma]!.kind !== 'quote') comma++;
		if (tokens[comma]?.text === ',' && comma + 1 < to) return looksLikeClause(tokens, comma + 1, to, false);
	}
	return false;
}

// A pronoun with its verb written short: `he’s`, `they're`, `we’ll`, `I'd`, `you've`, `I'm`.
const CONTRACTED_SUBJECT = /^(?:it|he|she|they|we|i|you|there|that)['’](?:s|re|ll|d|ve|m)$/u;

/** A subject and then a finite verb from tokens[from]: `it would …`, `the plan, which …, failed`. */
function hasSubjectAndVerb(tokens: Token[], from: number, to: number): boolean {
	if (CONTRACTED_SUBJECT.test(tokens[from]!.lower)) return true;
	// `it would …`, `they had …`; though `this change by live television` has no verb after `this`.
	if (SUBJECT_PRONOUNS.has(tokens[from]!.lower) && (!/^(?:this|there)$/u.test(tokens[from]!.lower) || isFinite(tokens, from + 1))) return true;
	// A clause opens with its subject, never with an object (`confirmed him, but …`).
	if (OBJECT_CASE.has(tokens[from]!.lower)) return false;
	// The verb of a clause comes after its subject, past asides in brackets (`hundreds of ISIS (Islamic State of Iraq
	// and Syria) fighters escaped`) or between two commas (`the company, which …, would`); after a single comma a
	// new clause has begun (`confirmed Pierluisi's nomination on Friday, the Senate did not`).
	let depth = 0;
	let aside = false;
	for (let k = from + 1; k < to; k++) {
		const t = tokens[k]!;
		if (t.text === '(') depth++;
		else if (t.text === ')') depth = Math.max(0, depth - 1);
		else if (depth > 0) continue;
		else if (t.text === ';' || t.kind === 'quote') return false;
		else if (t.text === ',') aside = !aside;
		else if (!aside && isFinite(tokens, k)) return true;
	}
	return false;
}

// Nouns that end a phrase saying where or how something was said.
const VENUES = new Set('statement interview tweet post letter release briefing conference speech email video message broadcast podcast appearance address hearing rally livestream session remarks meeting report'.split(' '));
const isVenueEnd = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && (VENUES.has(t.lower) || t.upper);

/** After a preposition at `k`, the end of a short phrase naming a venue (`in a statement`, `on Twitter`), else `k`. */
function venueEnd(tokens: Token[], k: number): number {
	if (!/^(?:in|on|at|during|via|through)$/u.test(tokens[k]!.lower)) return k;
	for (let e = k + 2; e <= k + 4 && e <= tokens.length; e++) {
		if (!isWord(tokens[e - 1])) return k;
		if (isVenueEnd(tokens[e - 1]) && !isVenueEnd(tokens[e])) return e;
	}
	return k;
}

/** First token of the clause after a verb: past an addressee (`told reporters`), time phrases, and `that`. */
function contentStart(tokens: Token[], event: SpeechEvent): {start: number; that: boolean} {
	let k = event.after;
	if (event.verb === 'told' || event.verb === 'tells' || event.verb === 'tell') {
		// The addressee: up to `that`, or a short phrase.
		let j = k;
		while (j < tokens.length && j < k + 8 && tokens[j]!.lower !== 'that' && tokens[j]!.kind === 'word') j++;
		if (tokens[j]?.lower === 'that') return {start: j + 1, that: true};
		k = pastAddressee(tokens, k);
	}
	// `pointed out …`, `spoke up …`
	if (tokens[k]?.lower === 'out' || tokens[k]?.lower === 'up') k++;
	// `said — on Twitter, as it happens — that …`: past an aside set off by dashes.
	if (/^[—–]$/u.test(tokens[k]?.text ?? '')) {
		let close = k + 1;
		while (close < tokens.length && close < k + 16 && tokens[close]!.kind !== 'quote' && !/^[—–]$/u.test(tokens[close]!.text)) close++;
		if (/^[—–]$/u.test(tokens[close]?.text ?? '')) k = close + 1;
	}
	const floor = k;
	for (let guard = 0; guard < 8 && k < tokens.length; guard++) {
		const t = tokens[k]!;
		if (t.lower === 'that') return {start: k + 1, that: true};
		if (t.text === ',' || ((t.lower === 'and' || t.lower === 'but') && tokens[k - 1]?.text === ',')) {
			k++;
			continue;
		}
		if (!isWord(t)) break;
		if (LEAD_ADVERBIALS.has(t.lower) || TIME_WORDS.test(t.lower)) {
			// Skip the whole adverbial up to a comma or `that`, if one closes it soon.
			let j = k + 1;
			while (j < tokens.length && j < k + 7 && isWord(tokens[j]) && tokens[j]!.lower !== 'that' && !(j > k + 1 && isFinite(tokens, j))) j++;
			if (tokens[j]?.lower === 'that' || tokens[j]?.text === ',') {
				k = j;
				continue;
			}
			if (TIME_WORDS.test(t.lower)) {
				k++;
				continue;
			}
			// `said in a statement it would …`, `said on Twitter the …`: where it was said.
			const venue = venueEnd(tokens, k);
			if (venue > k) {
				k = venue;
				continue;
			}
		}
		break;
	}
	// (`said, and drivers …`: a conjunction after the comma is passed over as the comma is.)
	const joined = /^(?:and|but)$/u.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',';
	return {start: k > floor && tokens[k - 1]?.text !== ',' && !joined && !TIME_WORDS.test(tokens[k - 1]?.lower ?? '') && !isVenueEnd(tokens[k - 1]) ? floor : k, that: false};
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'supporters', 'parliament', 'lawmakers']);

/** The first token after the addressee of `told`: `told him`, `told the press`, `told Prime Minister Modi`. */
function pastAddressee(tokens: Token[], k: number): number {
	const first = tokens[k];
	if (!first || !isWord(first)) return k;
	if (OBJECT_PRONOUNS.has(first.lower)) return k + 1;
	if (/^(?:the|a|an|his|her|their|its|our)$/u.test(first.lower)) return tokens[k + 1]?.upper === true ? pastCapitals(tokens, k + 1) : k + 2;
	// `told local media …`, `told foreign journalists …`
	if (!first.upper && first.pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN') return k + 2;
	return first.upper ? pastCapitals(tokens, k) : k + 1;
}

function pastCapitals(tokens: Token[], k: number): number {
	while (k < tokens.length && isWord(tokens[k]) && (tokens[k]!.upper || tokens[k]!.text === '.')) k++;
	return k;
}

// Reported content longer than this many tokens is a run-on, not one report: attribution stays local.
const MAX_CONTENT = 80;

/** Where reported content stops: the sentence end, a semicolon, or the next attribution (`, according to …`). */
function contentEnd(tokens: Token[], start: number, events: SpeechEvent[], self: number): number {
	let end = Math.min(tokens.length, start + MAX_CONTENT);
	let quoted = false;
	for (let k = start; k < end; k++) {
		const t = tokens[k]!;
		if (t.text === ';' || (t.text === ':' && tokens[k + 1]?.kind === 'quote')) {
			end = k;
			break;
		}
		if (t.kind === 'quote') quoted = true;
		if (t.text === ',' && /^(?:adding|saying|according|noting|explaining|warning|calling|citing|meaning|while|whereas|though|although)$/u.test(tokens[k + 1]?.lower ?? '')) {
			end = k;
			break;
		}
	}
	end = subordinateEnd(tokens, events[self]!.at, start, end);
	// A quoted fragment inside reported speech is the partial quote alone (checked once the content has its end).
	const inside = (to: number): boolean => quoted && containsQuote(tokens, start, to);
	for (let e = self + 1; e < events.length && events[e]!.at < end; e++) {
		const other = events[e]!;
		if (other.at <= start) continue;
		let k = other.at - 1;
		while (k > start && /^(?:also|then|later)$/u.test(tokens[k]!.lower)) k--;
		// `… service for Imus and asked for donations`: a second act of saying ends the first one's content.
		if (k > start && /^(?:and|but)$/u.test(tokens[k]!.lower) && !other.speaker) {
			end = k;
			break;
		}
		// `…, X said`: content stops at the comma before the next attribution.
		const floor = Math.max(start, other.at - 8);
		while (k > floor && tokens[k]!.text !== ',') k--;
		if (k > start && tokens[k]!.text === ',') {
			end = k;
			break;
		}
	}
	if (inside(end)) return beforeQuotedPart(tokens, start, end);
	while (end > start && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== ')' && tokens[end - 1]!.text !== ']') end--;
	return end;
}

// Conjunctions that open a subordinate clause before the main one (`While experts say …, there are …`), and the `with`
// of an absolute phrase (`With the US urging firms to leave, German firms …`).
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'because', 'since', 'if', 'when', 'as', 'after', 'before', 'unless', 'once', 'with']);

/**
 * `While experts say birds evolved from dinosaurs, there are other ideas`: a report inside a subordinate clause that
 * opens the sentence ends at the comma where the main clause, a subject and its verb, begins.
 */
function subordinateEnd(tokens: Token[], verb: number, start: number, end: number): number {
	if (!SUBORDINATORS.has(tokens[0]?.lower ?? '')) return end;
	// (the verb inside that clause, before any comma: not `After the vote, officials said …`)
	for (let k = 1; k < verb; k++) if (tokens[k]!.kind !== 'word') return end;
	for (let k = start + 1; k < end - 2; k++) if (tokens[k]!.text === ',' && hasSubjectAndVerb(tokens, k + 1, end)) return k;
	return end;
}

const isConjunction = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && (t.lower === 'and' || t.lower === 'but');

/**
 * A quoted fragment inside reported content is a partial quote of its own; when it sits in a second conjunct
 * (`said X required resuscitation, and was in a "serious" condition`, `said the roof fell in and "everything …"`),
 * the first conjunct is reported speech on its own. Its end, or `start` when there is none.
 */
function beforeQuotedPart(tokens: Token[], start: number, end: number): number {
	let q = start;
	while (q < end && tokens[q]!.kind !== 'quote') q++;
	// `… by doctors "and there is hope …"`: the quotation opens the second conjunct itself.
	if (/^(?:and|but)\s/iu.test(tokens[q]!.text)) return trimEnd(tokens, start, q);
	for (let k = q - 1; k > start && k >= q - 8; k--) {
		const t = tokens[k]!;
		if (t.kind !== 'word') return start;
		if (isConjunction(t)) return trimEnd(tokens, start, k);
	}
	return start;
}

/** The clause after `and` or `but` that follows the first quotation of the content starting at `start`, if there is one. */
function afterQuotedPart(tokens: Token[], start: number, events: SpeechEvent[], self: number): {from: number; to: number} | undefined {
	let q = start;
	const next = events[self + 1]?.at ?? tokens.length;
	while (q < tokens.length && q < start + MAX_CONTENT && q < next && tokens[q]!.kind !== 'quote' && tokens[q]!.text !== ';') q++;
	if (tokens[q]?.kind !== 'quote') return undefined;
	let from = tokens[q + 1]?.text === ',' ? q + 2 : q + 1;
	if (!isConjunction(tokens[from])) return undefined;
	from++;
	if (tokens[from]?.lower === 'that') from++;
	// (a stray quotation mark opens no report: `and "[i]t felt like …' "`)
	if (!isWord(tokens[from])) return undefined;
	const to = contentEnd(tokens, from, events, self);
	return to > from && !containsQuote(tokens, from, to) && looksLikeClause(tokens, from, to, false) ? {from, to} : undefined;
}

/** `end` moved back past punctuation: `…resuscitation,` → `…resuscitation`. */
function trimEnd(tokens: Token[], start: number, end: number): number {
	while (end > start && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== ')') end--;
	return end;
}

function containsQuote(tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (tokens[k]!.kind === 'quote') return true;
	return false;
}

/** `residents to evacuate`: a `to` followed by a verb, not by a noun phrase (`donations to the foundation`). */
function hasInfinitive(tokens: Token[], from: number, to: number): boolean {
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
function isSubjunctive(tokens: Token[], start: number, end: number): boolean {
	let k = start;
	while (k < end && k < start + 8 && isWord(tokens[k]) && SUBJECT_TAGS.has(tokens[k]!.pos) && !isVerb(tokens[k])) k++;
	const verb = tokens[k];
	if (k === start || k + 1 >= end || !verb || !isVerb(verb)) return false;
	return verb.lower === 'be' || (verb.pos === 'VERB' && !/(?:[^s]s|ed|ing)$/u.test(verb.lower));
}

/** Headline content: three words or more with a verb in them (`Rail fares to rise`, `converting … to mosque`), not `resignation`. */
function headlineClause(tokens: Token[], from: number, to: number): boolean {
	if (to - from < 3) return false;
	if (/^[a-z]+ing$/u.test(tokens[from]!.text)) return true;
	for (let k = from; k < to; k++) {
		const t = tokens[k]!;
		if (isWord(t) && (isFinite(tokens, k) || (t.lower === 'to' && isVerb(tokens[k + 1])))) return true;
	}
	return false;
}

// Verbs of proposing take a gerund as their content (`proposed converting the museum to a mosque`).
const GERUND_VERBS = new Set(['propose', 'proposes', 'proposed', 'pledge', 'pledges', 'pledged', 'suggest', 'suggests', 'suggested', 'recommend', 'recommends', 'recommended', 'promise', 'promises', 'promised', 'vow', 'vows', 'vowed']);

/**
 * Reported-speech clauses of one sentence. A headline (`…, transport secretary declares`, `Erdogan proposes
 * converting …`) drops its verbs and articles, so there any content of two words or more will do.
 */
export function indirectClauses(tokens: Token[], events: SpeechEvent[], headline = false): ClauseSpan[] {
	const found: ClauseSpan[] = [];
	events.forEach((event, index) => {
		// `— as reported by Hurriyet Daily News —`: an aside names the source, it reports no content of its own.
		if (tokens[event.at - 1]?.lower === 'as') return;
		const clauseVerb = CLAUSE_VERBS.has(event.verb) || event.verb === 'according';
		const urge = URGE_VERBS.has(event.verb);
		if (!clauseVerb && !urge && !SUBJUNCTIVE_VERBS.has(event.verb)) return;
		// Content after the verb: `X said (that) …`, `according to X, …`.
		if (event.verb === 'according') {
			let k = event.after;
			while (k < tokens.length && k < event.after + 16 && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'quote') k++;
			const leads = event.at === 0 || (event.at <= 3 && tokens.slice(0, event.at).every(t => isWord(t)));
			if (leads && tokens[k]?.text === ',') {
				let start = k + 1;
				// `According to the mayor, Dee Margo, during the weekend, …`: past appositions.
				while (start < tokens.length) {
					let j = start;
					while (j < tokens.length && j < start + 6 && isWord(tokens[j])) j++;
					if (tokens[j]?.text === ',' && j < start + 6 && !isFinite(tokens, start) && !looksLikeClause(tokens, start, j, false)) start = j + 1;
					// `According to a post by Amy Cook, director of the event, …`: a role set off by commas, however long.
					else if (isRoleAppositionUpTo(tokens, start)) start = tokens.findIndex((t, k) => k > start && t.text === ',') + 1;
					else break;
				}
				const end = contentEnd(tokens, start, events, index);
				if (!containsQuote(tokens, start, end) && looksLikeClause(tokens, start, end, true)) found.push({from: start, to: end, event});
				return;
			}
			// `One child was, according to the fire service, among the dead`: the whole clause around it.
			// (not when a verb of saying follows, the one the subject was waiting for: `Residents, according to …, said …`)
			const resumes = isWord(tokens[k + 1]) && !tokens[k + 1]!.upper && !/^(?:the|a|an|who|which|whose|where|and|but|with)$/u.test(tokens[k + 1]!.lower) && !events.some(e => e.at === k + 1);
			if (tokens[event.at - 1]?.text === ',' && tokens[k]?.text === ',' && resumes) {
				let start = event.at - 1;
				while (start > 0 && event.at - start < MAX_CONTENT && tokens[start - 1]!.kind !== 'quote' && tokens[start - 1]!.text !== ';') start--;
				const end = contentEnd(tokens, k + 1, events, index);
				// (the clause may begin before the aside and go on after it: `Since then, according to the academy, over
				// four thousand have been found`, `The unit, according to the paper, is too big to sell`)
				if (!containsQuote(tokens, start, end) && (looksLikeClause(tokens, start, event.at - 1, false) || looksLikeClause(tokens, start, end, false))) found.push({from: start, to: end, event});
				return;
			}
		} else if (!event.inverted) {
			const {start, that} = contentStart(tokens, event);
			const end = contentEnd(tokens, start, events, index);
			// Somebody is asked (`urged residents to evacuate`), not `asked not to be named`.
			const infinitive = urge && !/^(?:to|not)$/u.test(tokens[event.after]?.lower ?? '') && hasInfinitive(tokens, start, Math.min(end, start + 6)) && (event.verb !== 'called' && event.verb !== 'calls' || /^(?:on|for)$/u.test(tokens[event.after]?.lower ?? ''));
			const bare = that || BARE_CLAUSE_VERBS.has(event.verb);
			const gerund = GERUND_VERBS.has(event.verb) && /^[a-z]+ing$/u.test(tokens[start]?.text ?? '') && end - start >= 2;
			const loose = headline && headlineClause(tokens, start, end);
			const subjunctive = SUBJUNCTIVE_VERBS.has(event.verb) && isSubjunctive(tokens, start, end);
			const reported = start < end && !containsQuote(tokens, start, end) && (infinitive || gerund || loose || subjunctive || (clauseVerb && bare && looksLikeClause(tokens, start, end, that)));
			if (reported) found.push({from: start, to: end, event});
			// `said it is possible "that …," and the ban followed talks`: a conjunct after the quoted one is reported too.
			const after = clauseVerb ? afterQuotedPart(tokens, start, events, index) : undefined;
			if (after) found.push({...after, event});
			// `…, Maróth said, and paying back …`: an attribution between two reports serves both.
			if (reported && tokens[event.after]?.text !== ',') return;
		}
		// Content before the attribution: `…, officials said`, `…, according to police`.
		if (!clauseVerb) return;
		const tail = event.inverted ? event.at : speakerStart(tokens, event);
		let comma = tail - 1;
		if (tokens[comma]?.text !== ',' && event.verb !== 'according') return;
		if (tokens[comma]?.text !== ',') comma = tail;
		const closing = attributionEnd(tokens, event);
		if (closing < 0) return;
		let start = comma;
		while (start > 0 && comma - start < MAX_CONTENT && tokens[start - 1]!.kind !== 'quote' && tokens[start - 1]!.text !== ';') start--;
		if (comma - start >= MAX_CONTENT || start >= comma || containsQuote(tokens, start, comma)) return;
		// `Harry Bond, 30, of Raleigh, who was polled, said`: what comes before the comma is the speaker, not a report.
		if (!event.inverted && tail === event.at && event.speaker && event.speaker.at >= tokens[start]!.start && event.speaker.at < tokens[comma]!.start) return;
		// `Around 50 gallons of fuel, officials said, spilled and ignited`, `At 2:45 a.m., his office said, he died`: an
		// attribution set off by commas inside the report; the report goes on after it, and is one.
		// Not when what follows is the speaker's apposition (`according to Josh Bash, the U.S. Attorney …`), the verb the
		// subject before was waiting for (`Witnesses, according to The Telegraph, said …`), or a clause of its own after
		// a conjunction (`…, Maróth said, and paying back this loan seems realistic`).
		const next = closing + 1;
		const joined = /^(?:and|but)$/u.test(tokens[next]?.lower ?? '');
		const verbAt = (k: number): boolean => {
			const t = tokens[k];
			return t !== undefined && (t.pos === 'AUX' || t.pos === 'PART' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || (t.pos === 'ADV' && verbAt(k + 1)));
		};
		const resumes = tokens[closing]?.text === ',' && isWord(tokens[next]) && !/^(?:who|which|whose|where|while|whereas)$/u.test(tokens[next]!.lower) && !events.some(e => e.at === next) && (!joined || verbAt(next + 1));
		if (resumes) {
			const forward = found.at(-1)?.event === event ? found.pop()! : undefined;
			const end = forward?.to ?? contentEnd(tokens, next, events, index);
			if (end > next && !containsQuote(tokens, next, end) && (looksLikeClause(tokens, next, end, false) || verbAt(next)) && looksLikeClause(tokens, start, end, false)) {
				found.push({from: start, to: end, event});
				return;
			}
			if (forward) found.push(forward);
		}
		if ((headline && headlineClause(tokens, start, comma)) || looksLikeClause(tokens, start, comma, false)) found.push({from: start, to: comma, event});
	});
	return found;
}

/** tokens from `start` up to the next comma (within 14) are a role: `director of the Learning Together event,`. */
function isRoleAppositionUpTo(tokens: Token[], start: number): boolean {
	let comma = start;
	while (comma < tokens.length && comma < start + 15 && tokens[comma]!.text !== ',') comma++;
	return tokens[comma]?.text === ',' && isRoleApposition(tokens, start, comma);
}

/**
 * Where an attribution after its content ends — the comma, dash or semicolon after it, or the sentence end — when
 * nothing but a time or a venue follows the verb (`…, they said Sunday — …`); -1 when more follows.
 */
function attributionEnd(tokens: Token[], event: SpeechEvent): number {
	let k = event.after;
	if (event.inverted && event.speaker) {
		// Past the speaker named after the verb: `…, reported officials, with 25 others injured`.
		while (k < tokens.length && k < event.after + 12 && isWord(tokens[k])) k++;
		return k >= tokens.length || tokens[k]!.kind === 'punct' ? k : -1;
	}
	for (const limit = Math.min(tokens.length, k + 12); k < limit; k++) {
		const t = tokens[k]!;
		if (t.text === ',') return tokens[k + 1]?.kind !== 'quote' ? k : -1;
		if (t.text === '—' || t.text === '–' || t.text === ';') return k;
		if (t.kind === 'quote') return -1;
		const venue = venueEnd(tokens, k);
		if (venue > k) {
			k = venue - 1;
			continue;
		}
		if (t.kind === 'word' && !TIME_WORDS.test(t.lower) && !/^(?:on|in|at|late|early|last|this|night)$/u.test(t.lower)) return -1;
	}
	return k >= tokens.length ? k : -1;
}

/** The first token of the subject phrase of a non-inverted event, found by walking back to a comma. */
function speakerStart(tokens: Token[], event: SpeechEvent): number {
	let k = event.at;
	// (past the full stop of a title written short: `…, Mr. Oduya said`)
	while (k > 0 && k > event.at - 10 && (tokens[k - 1]!.kind === 'word' || (tokens[k - 1]!.text === '.' && k > 1 && isAbbreviation(tokens[k - 2]!)))) k--;
	return k;
}
