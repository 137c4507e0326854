// Where the reported content of a verb of saying starts (past an addressee, a time, a venue, `that`) and where it
// stops (the next attribution, a semicolon, the main clause after a subordinate one, a quoted fragment).
import {isSetOffAdverbial} from './adverbials.js';
import type {SpeechEvent} from './events.js';
import {containsQuote, hasInfinitive, hasSubjectAndVerb, isFinite, isWord, looksLikeClause} from './clauses.js';
import {isAbbreviation} from './names.js';
import {DETERMINERS} from './lexicon.js';
import type {Token} from './tokens.js';

const LEAD_ADVERBIALS = new Set(['on', 'in', 'at', 'during', 'late', 'earlier', 'last', 'this', 'yesterday', 'today', 'tonight', 'later', 'also', 'previously', 'recently', 'publicly', 'then', 'again', 'via', 'through', 'after', 'before']);
export const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|evening|afternoon|night|week|weekend|month|year|earlier|later)$/u;

// Nouns that end a phrase saying where or how something was said.
const VENUES = new Set('statement interview tweet post letter release briefing conference speech email video message broadcast podcast appearance address hearing rally livestream session remarks meeting report'.split(' '));
const isVenueEnd = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && (VENUES.has(t.lower) || t.upper);

/** After a preposition at `k`, the end of a short phrase naming a venue (`in a statement`, `on Twitter`), else `k`. */
export function venueEnd(tokens: Token[], k: number): number {
	if (!/^(?:in|on|at|during|via|through)$/u.test(tokens[k]!.lower)) return k;
	for (let e = k + 2; e <= k + 4 && e <= tokens.length; e++) {
		if (!isWord(tokens[e - 1])) return k;
		if (isVenueEnd(tokens[e - 1]) && !isVenueEnd(tokens[e])) return e;
	}
	return k;
}

/** The clause after `that` at tokens[k]: past a comma opening an aside (`argued that, as president, he …`). */
const afterThat = (tokens: Token[], k: number): {start: number; that: boolean} => ({start: tokens[k + 1]?.text === ',' ? k + 2 : k + 1, that: true});

// Verbs whose addressee comes before what is said (`told reporters …`, `informed police she had …`, `assured voters …`).
const ADDRESSING_VERBS = new Set(['tell', 'tells', 'told', 'inform', 'informs', 'informed', 'assure', 'assures', 'assured', 'remind', 'reminds', 'reminded', 'notify', 'notifies', 'notified']);

const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'whom', 'whose']);

/** The comma at or after tokens[from] and before tokens[limit] that closes what a comma opened, before any quotation; else -1. */
function closingComma(tokens: Token[], from: number, limit: number): number {
	for (let k = from; k < tokens.length && k < limit && tokens[k]!.kind !== 'quote'; k++) if (tokens[k]!.text === ',') return k;
	return -1;
}

/** First token of the clause after a verb: past an addressee (`told reporters`), time phrases, and `that`. */
export function contentStart(tokens: Token[], event: SpeechEvent): {start: number; that: boolean} {
	let k = event.after;
	if (ADDRESSING_VERBS.has(event.verb)) {
		// The addressee: up to `that` (past where it was told: `told a crowded hall at a hotel in Baltimore that`), or a
		// short phrase; a verb before any `that` has begun the clause.
		let j = k;
		while (j < tokens.length && j < k + 14 && tokens[j]!.lower !== 'that' && tokens[j]!.kind === 'word' && !isFinite(tokens, j)) j++;
		if (tokens[j]?.lower === 'that') return afterThat(tokens, j);
		k = pastAddressee(tokens, k);
	}
	// `pointed out …`, `spoke up …`
	if (tokens[k]?.lower === 'out' || tokens[k]?.lower === 'up') k++;
	// `announcing to journalists the mayor was alive`: past an addressee after `to` (not an infinitive, `to be`).
	if (tokens[k]?.lower === 'to' && isWord(tokens[k + 1]) && tokens[k + 1]!.pos !== 'VERB' && tokens[k + 1]!.pos !== 'AUX') k = pastAddressee(tokens, k + 1);
	// `said — on Twitter, as it happens — that …`: past an aside set off by dashes.
	if (/^[—–]$/u.test(tokens[k]?.text ?? '')) {
		let close = k + 1;
		while (close < tokens.length && close < k + 16 && tokens[close]!.kind !== 'quote' && !/^[—–]$/u.test(tokens[close]!.text)) close++;
		if (/^[—–]$/u.test(tokens[close]?.text ?? '')) k = close + 1;
	}
	const floor = k;
	for (let guard = 0; guard < 8 && k < tokens.length; guard++) {
		const t = tokens[k]!;
		if (t.lower === 'that') return afterThat(tokens, k);
		// `told reporters at the scene, where police had gathered, that …`: a relative clause set off by a comma says
		// more of the phrase before it; what was said comes after it, or nowhere.
		if (t.text === ',' && RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? '')) {
			const close = closingComma(tokens, k + 2, k + 30);
			if (close < 0) return {start: tokens.length, that: false};
			k = close;
			continue;
		}
		// `said, however, that …`, `told reporters, for example, the …`: a sentence adverbial set off by commas.
		if (t.text === ',') {
			const close = closingComma(tokens, k + 1, k + 4);
			if (close >= 0 && isSetOffAdverbial(tokens, k + 1, close)) {
				k = close + 1;
				continue;
			}
		}
		if (t.text === ',' || ((t.lower === 'and' || t.lower === 'but') && tokens[k - 1]?.text === ',')) {
			k++;
			continue;
		}
		if (!isWord(t)) break;
		// `warned darkly that …`, `said repeatedly that …`: how it was said.
		if (t.pos === 'ADV' && tokens[k + 1]?.lower === 'that' && !/^(?:how|why|when|where)$/u.test(t.lower)) {
			k++;
			continue;
		}
		if (LEAD_ADVERBIALS.has(t.lower) || TIME_WORD.test(t.lower)) {
			// Skip the whole adverbial up to a comma or `that`, if one closes it soon (not past a determiner or a pronoun
			// after a time word, which opens the clause: `said yesterday morning the road itself, which …, will be`,
			// `said Wednesday she, too, wants …`).
			const opensPhrase = (j: number): boolean => (DETERMINERS.has(tokens[j]!.lower) || tokens[j]!.pos === 'PRON') && TIME_WORD.test(tokens[j - 1]!.lower);
			let j = k + 1;
			while (j < tokens.length && j < k + 7 && isWord(tokens[j]) && tokens[j]!.lower !== 'that' && !(j > k + 1 && isFinite(tokens, j)) && !opensPhrase(j)) j++;
			if (tokens[j]?.lower === 'that' || tokens[j]?.text === ',') {
				k = j;
				continue;
			}
			if (TIME_WORD.test(t.lower)) {
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
	return {start: k > floor && tokens[k - 1]?.text !== ',' && !joined && !TIME_WORD.test(tokens[k - 1]?.lower ?? '') && !isVenueEnd(tokens[k - 1]) ? floor : k, that: false};
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'supporters', 'parliament', 'lawmakers']);

/** The first token after the addressee of `told`: `told him`, `told the press`, `told Prime Minister Modi`. */
export function pastAddressee(tokens: Token[], k: number): number {
	const first = tokens[k];
	if (!first || !isWord(first)) return k;
	if (OBJECT_PRONOUNS.has(first.lower)) return k + 1;
	if (/^(?:the|a|an|his|her|their|its|our)$/u.test(first.lower)) return tokens[k + 1]?.upper === true ? pastCapitals(tokens, k + 1) : k + 2;
	// `told local media …`, `told foreign journalists …`
	if (!first.upper && first.pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN') return k + 2;
	return first.upper ? pastCapitals(tokens, k) : k + 1;
}

function pastCapitals(tokens: Token[], k: number): number {
	// (past the full stop of a title or an initial: `Dr. Lee`, `Ana M. Ruiz`)
	while (k < tokens.length && ((isWord(tokens[k]) && tokens[k]!.upper) || (tokens[k]!.text === '.' && k > 0 && isAbbreviation(tokens[k - 1]!)))) k++;
	return k;
}

// Reported content longer than this many tokens is a run-on, not one report: attribution stays local.
export const MAX_CONTENT = 80;

/** Where reported content stops: the sentence end, a semicolon, or the next attribution (`, according to …`). */
export function contentEnd(tokens: Token[], start: number, events: SpeechEvent[], self: number): number {
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
	// (`The man who wrote the speech says he …`: the main verb after a relative clause, its subject the phrase the
	// clause is about, ends what the clause's verb could report)
	const relative = /^(?:who|that|which)$/u.test(tokens[events[self]!.at - 1]?.lower ?? '');
	for (let e = self + 1; e < events.length && events[e]!.at < end; e++) {
		const other = events[e]!;
		if (other.at <= start) continue;
		if (relative && other.speaker && other.speaker.at < tokens[events[self]!.at]!.start) {
			// (what is left is the clause's object, no report, unless it holds a clause or an infinitive: `who said the plan
			// failed says …`, `who urged them to move says …`)
			end = hasSubjectAndVerb(tokens, start, other.at) || hasInfinitive(tokens, start, other.at) ? other.at : start;
			break;
		}
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
export function afterQuotedPart(tokens: Token[], start: number, events: SpeechEvent[], self: number): {from: number; to: number} | undefined {
	let q = start;
	const next = events[self + 1]?.at ?? tokens.length;
	while (q < tokens.length && q < start + MAX_CONTENT && q < next && tokens[q]!.kind !== 'quote' && tokens[q]!.text !== ';') q++;
	if (tokens[q]?.kind !== 'quote') return undefined;
	let from = tokens[q + 1]?.text === ',' ? q + 2 : q + 1;
	if (!isConjunction(tokens[from])) return undefined;
	from++;
	if (tokens[from]?.lower === 'that') from++;
	// (a stray quotation mark opens no report: `and "[i]t felt like …' "`; nor is a verb of saying after `and` one: `said
	// "…" and said the emergency began …` reports with that verb)
	if (!isWord(tokens[from]) || events.some(event => event.at === from)) return undefined;
	const to = contentEnd(tokens, from, events, self);
	return to > from && !containsQuote(tokens, from, to) && looksLikeClause(tokens, from, to, false) ? {from, to} : undefined;
}

/** `end` moved back past punctuation: `…resuscitation,` → `…resuscitation`. */
function trimEnd(tokens: Token[], start: number, end: number): number {
	while (end > start && tokens[end - 1]!.kind === 'punct' && tokens[end - 1]!.text !== ')') end--;
	return end;
}
