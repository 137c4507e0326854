// Reported speech without quotation marks: the content clause of a verb of saying, on either side of it (what a clause is:
// clauses.ts; where its content starts and stops: content.ts).
import {BARE_CLAUSE_VERBS, CLAUSE_VERBS, SUBJUNCTIVE_VERBS, URGE_VERBS} from './lexicon.js';
import type {SpeechEvent} from './events.js';
import {isAbbreviation} from './names.js';
import {isRoleApposition} from './descriptions.js';
import {containsQuote, headlineClause, hasInfinitive, isFinite, isSubjunctive, isWord, looksLikeClause} from './clauses.js';
import {afterQuotedPart, contentEnd, contentStart, MAX_CONTENT, pastAddressee, TIME_WORD, venueEnd} from './content.js';
import type {Token} from './tokens.js';

export interface ClauseSpan {
	/** Token range of the content, end exclusive. */
	from: number;
	to: number;
	event: SpeechEvent;
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
			const infinitive = urge && !/^(?:to|not)$/u.test(tokens[event.after]?.lower ?? '') && hasInfinitive(tokens, start, Math.min(end, start + 6)) && (!/^call(?:ed|s|ing)?$/u.test(event.verb) || /^(?:on|for)$/u.test(tokens[event.after]?.lower ?? ''));
			const bare = that || takesBareClause(event.verb);
			const gerund = GERUND_VERBS.has(event.verb) && /^[a-z]+ing$/u.test(tokens[start]?.text ?? '') && end - start >= 2;
			const loose = headline && headlineClause(tokens, start, end);
			const subjunctive = SUBJUNCTIVE_VERBS.has(event.verb) && isSubjunctive(tokens, start, end);
			// `the bridge, which officials said will open in May, …`: the relative pronoun is the report's subject.
			const relative = clauseVerb && !that && relativeReport(tokens, event, start, end);
			const reported = start < end && !containsQuote(tokens, start, end) && (infinitive || gerund || loose || subjunctive || relative || (clauseVerb && bare && looksLikeClause(tokens, start, end, that)));
			if (reported) found.push({from: start, to: relative ? relativeEnd(tokens, event, start, end) : end, event});
			const question = reported ? undefined : askedQuestion(tokens, event, events, index);
			if (question) found.push(question);
			// `said it is possible "that …," and the ban followed talks`: a conjunct after the quoted one is reported too.
			const after = clauseVerb ? afterQuotedPart(tokens, start, events, index) : undefined;
			if (after) found.push({...after, event});
			// `…, Maróth said, and paying back …`: an attribution between two reports serves both.
			if (reported && tokens[event.after]?.text !== ',') return;
		}
		// Content before the attribution: `…, officials said`, `…, according to police`.
		if (!clauseVerb) return;
		const tail = event.inverted ? event.at : speakerStart(tokens, event);
		// `…, she pointed to a video, which corroborated most of it`: a relative clause tells of the phrase before it,
		// and the clause before is nobody's report.
		if (!event.inverted && /^(?:which|who)$/u.test(tokens[tail]?.lower ?? '')) return;
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
			return t !== undefined && (t.pos === 'PART' || (t.pos === 'VERB' && !t.lower.endsWith('ing')) || isFinite(tokens, k) || (t.pos === 'ADV' && verbAt(k + 1)));
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
		// (`a majority of regular, pledged delegates`: a comma between two modifiers of one noun ends no report)
		const inModifiers = tokens[comma - 1]?.pos === 'ADJ' && tokens[comma - 2]?.pos === 'ADP';
		if (!inModifiers && ((headline && headlineClause(tokens, start, comma)) || looksLikeClause(tokens, start, comma, false))) found.push({from: start, to: comma, event});
	});
	return found;
}

/** `which officials said will open`, `that critics say was unfair`: a relative pronoun, the speaker, the verb, then a finite verb. */
function relativeReport(tokens: Token[], event: SpeechEvent, start: number, end: number): boolean {
	if (start !== event.after || end - start < 2 || !isFinite(tokens, start) || !event.speaker) return false;
	let k = event.at - 1;
	// (not `who`: `the man who police said was armed` leaves it unclear to the rules who speaks)
	while (k > 0 && k >= event.at - 5 && tokens[k]!.kind === 'word' && !/^(?:which|that)$/u.test(tokens[k]!.lower)) k--;
	return /^(?:which|that)$/u.test(tokens[k]?.lower ?? '') && k < event.at - 1;
}

/** A relative clause set off by commas (`, which officials said will open in May, cost …`) ends at its closing comma. */
function relativeEnd(tokens: Token[], event: SpeechEvent, start: number, end: number): number {
	let k = event.at - 1;
	while (k > 0 && !/^(?:which|that)$/u.test(tokens[k]!.lower)) k--;
	if (tokens[k - 1]?.text !== ',') return end;
	for (let c = start + 1; c < end; c++) if (tokens[c]!.text === ',') return c;
	return end;
}

// Verbs of asking a question, and the words an indirect question opens with.
const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'inquired', 'enquired', 'wondered']);
const QUESTION_WORDS = new Set(['if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

/** `asked the minister if he had any plans …`, `asked how the research is linked …`: an indirect question is reported speech. */
function askedQuestion(tokens: Token[], event: SpeechEvent, events: SpeechEvent[], index: number): ClauseSpan | undefined {
	if (!ASKING.has(event.verb)) return undefined;
	const k = QUESTION_WORDS.has(tokens[event.after]?.lower ?? '') ? event.after : pastAddressee(tokens, event.after);
	if (!QUESTION_WORDS.has(tokens[k]?.lower ?? '')) return undefined;
	const end = contentEnd(tokens, k + 1, events, index);
	return !containsQuote(tokens, k, end) && looksLikeClause(tokens, k + 1, end, false) ? {from: k, to: end, event} : undefined;
}

/** `said the plan failed`, and the participles of such verbs (`claiming some patients deceived him`, `noting the …`). */
function takesBareClause(verb: string): boolean {
	if (BARE_CLAUSE_VERBS.has(verb)) return true;
	if (!verb.endsWith('ing')) return false;
	const stem = verb.slice(0, -3);
	return BARE_CLAUSE_VERBS.has(stem) || BARE_CLAUSE_VERBS.has(`${stem}e`) || (/(.)\1$/u.test(stem) && BARE_CLAUSE_VERBS.has(stem.slice(0, -1)));
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
		// (as far as a speaker's phrase reaches: `according to Chief Ann Brown of the Ohio Department of Public Safety`)
		while (k < tokens.length && k < event.after + 16 && isWord(tokens[k])) k++;
		return k >= tokens.length || tokens[k]!.kind === 'punct' ? k : -1;
	}
	// `…, a school spokesman told The Wall Street Journal.`, `…, Carter told a Senate panel Wednesday.`: past the addressee.
	if (/^(?:told|tells|tell)$/u.test(event.verb)) {
		while (k < tokens.length && k < event.after + 8 && isWord(tokens[k]) && (tokens[k]!.upper || /^(?:DET|ADJ|NOUN|NUM)$/u.test(tokens[k]!.pos)) && !TIME_WORD.test(tokens[k]!.lower)) k++;
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
		if (t.kind === 'word' && !TIME_WORD.test(t.lower) && !/^(?:on|in|at|late|early|last|this|night)$/u.test(t.lower)) return -1;
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
