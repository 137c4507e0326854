// Who said what in one article: quotations and reported speech, each with its speaker, in reading order.
import type {Article} from '../article.js';
import type {ArticleQuotes, Quote, QuoteKind} from './types.js';
import {speechEvents, type SpeechEvent} from './events.js';
import {indirectClauses} from './indirect.js';
import {COMMON_CAPITALS, GROUP_HEADS, LABEL_WORDS, ORG_HEADS, SPEECH_VERBS, TIME_WORDS, TITLE_WORDS} from './lexicon.js';
import {findQuoteSpans, type QuoteSpan} from './marks.js';
import {capitalRuns, joinTokens, looksLikeOrganization, personRun, splitTitle} from './names.js';
import {nameRef, phraseAfter, phraseBefore, pronounRef, type Ref} from './refs.js';
import {splitSentences, type Range} from './sentences.js';
import {SpeakerBook, type NameForm} from './speakers.js';
import {tokenize, type Token} from './tokens.js';

interface Sentence {
	tokens: Token[];
	events: SpeechEvent[];
}

interface Found {
	text: string;
	paragraph: number;
	start: number;
	end: number;
	kind: QuoteKind;
	speaker?: Ref;
	via?: string;
	/** Found no attribution of its own: takes a neighbour's speaker. */
	orphan: boolean;
	/** Opens its paragraph. */
	leads: boolean;
	/** The person the text was about when the quote came: the speaker of an unattributed first-person quote. */
	topic?: Ref;
}

/** The people, bodies and groups pronouns can point back to, most recent first. */
class Discourse {
	person?: Ref;
	organization?: Ref;
	group?: Ref;

	resolve(ref: Ref | undefined): Ref | undefined {
		if (!ref || ref.form !== 'pronoun') return ref;
		if (ref.text === 'he' || ref.text === 'she') return this.person;
		if (ref.text === 'they') return this.group ?? this.organization;
		if (ref.text === 'it') return this.organization;
		return undefined;
	}

	mention(ref: Ref | undefined): void {
		if (!ref || ref.form === 'pronoun' || ref.outlet) return;
		if (ref.kind === 'person') this.person = ref;
		else if (ref.kind === 'organization') this.organization = ref;
		else this.group = ref;
	}
}

const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';

const DESCRIBED = /^(?:the|a|an|one|some|two|three|several|many|another)$/u;
const PERSON_NOUNS = new Set(
	'victim victims child children mother father daughter son wife husband woman man teenager student witness resident doctor nurse teacher officer survivor friend neighbour neighbor relative brother sister parent parents boy girl driver passenger fan owner worker employee'.split(' '),
);

/** `The mayor, however, was …`, `One of the victims decided …`: a described person or group opening the sentence. */
function describedSubject(tokens: Token[], i: number): Ref | undefined {
	if (!tokens[i] || !DESCRIBED.test(tokens[i]!.lower)) return undefined;
	for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
		const t = tokens[j]!;
		if (!isWord(t) || t.upper) return undefined;
		const org = ORG_HEADS.has(t.lower);
		const group = GROUP_HEADS.has(t.lower);
		if (!org && !group && !TITLE_WORDS.has(t.lower) && !PERSON_NOUNS.has(t.lower)) continue;
		const next = tokens[j + 1];
		if (next && isWord(next) && (next.lower === 'of' || next.lower === 'for')) continue;
		const kind = org ? 'organization' : group || /s$/u.test(t.lower) ? 'unknown' : 'person';
		return {form: 'description', text: joinTokens(tokens, i, j + 1), kind, outlet: false, at: tokens[i]!.start};
	}
	return undefined;
}

/** The subject a sentence opens with, past a leading adverbial (`In Vladivostok on Saturday, he …`). */
function leadingSubject(tokens: Token[]): Ref | undefined {
	let i = 0;
	const opener = tokens[0];
	if (opener && isWord(opener) && (COMMON_CAPITALS.has(opener.lower) || opener.common || /ing$/u.test(opener.lower)) && !/^(?:the|a|an|he|she|they|it)$/u.test(opener.lower)) {
		for (let k = 1; k < Math.min(tokens.length, 16); k++) {
			if (tokens[k]!.text !== ',') continue;
			i = k + 1;
			break;
		}
	}
	const pronoun = tokens[i] && tokens[i]!.kind === 'word' ? pronounRef(tokens[i]!) : undefined;
	if (pronoun) return pronoun.text === 'it' ? undefined : pronoun;
	const runs = capitalRuns(tokens, i, Math.min(tokens.length, i + 8), i);
	const first = runs[0];
	if (!first || first.from > i) {
		const described = describedSubject(tokens, i);
		if (described) return described;
	}
	if (!first) return undefined;
	// `State prosecutors charged …`, `The Mexican government said …`: a body or a group, named by its head noun.
	const head = tokens[first.to];
	if (head && isWord(head) && (GROUP_HEADS.has(head.lower) || ORG_HEADS.has(head.lower))) {
		const text = joinTokens(tokens, i, first.to + 1);
		return {form: 'description', text, kind: ORG_HEADS.has(head.lower) ? 'organization' : 'unknown', outlet: false, at: tokens[i]!.start};
	}
	const run = personRun(tokens, runs)!;
	// Skip the words before it that are not part of a subject.
	for (let k = i; k < first.from; k++) {
		const t = tokens[k]!;
		if (isWord(t) && !/^(?:the|a|an)$/u.test(t.lower) && !TITLE_WORDS.has(t.lower) && !COMMON_CAPITALS.has(t.lower) && !TIME_WORDS.has(t.lower)) return undefined;
	}
	return nameRef(tokens, run.from, run.to);
}

function quoteKind(tokens: Token[], q: number, paragraph: number): QuoteKind {
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
function isLabel(tokens: Token[], q: number): boolean {
	const prev = tokens[q - 1];
	if (!prev) return false;
	if (LABEL_WORDS.has(prev.lower) || (prev.lower === 'as' && tokens[q - 2]?.lower === 'known')) return true;
	// `a process called "exfiltration"`: naming, unless somebody is doing the calling (`Corbyn called it "…"`).
	return (prev.lower === 'called' || prev.lower === 'named') && tokens[q - 2]?.kind === 'word' && !tokens[q - 2]!.upper;
}

function speakerOf(event: SpeechEvent, subject: Ref | undefined): Ref | undefined {
	if (event.speaker) return event.speaker;
	return event.participle ? (event.inherited ?? subject) : undefined;
}

const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'for', 'in', 'on', 'to', 'with', 'at', 'by', 'from', 'or']);

/** `"International Women's Day Celebration"`: a name or title in quotation marks, not a quotation. */
function isTitleCase(text: string): boolean {
	const words = text.split(/\s+/u).filter(w => /\p{L}/u.test(w));
	if (words.length < 2 || words.length > 8 || /[.!?,;]$/u.test(text)) return false;
	return words.every(w => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/** A headline's own attribution: `'Moscow To Develop …': Sergei Lavrov`, `Lavrov: 'We will …'`. */
function headlineSpeaker(tokens: Token[], q: number): Ref | undefined {
	const after = tokens[q + 1];
	if (after && /^[:—–-]$/u.test(after.text)) {
		const ref = phraseAfter(tokens, q + 2, q + 2);
		if (ref && ref.form === 'name') return ref;
	}
	const before = tokens[q - 1];
	// Only a name before the colon, nothing else: `Lavrov: "…"`.
	if (before && /^[:—–-]$/u.test(before.text) && q <= 6 && tokens.slice(0, q - 1).every(t => t.upper || t.text === '.')) {
		const ref = phraseBefore(tokens, q - 1, 0, 0);
		if (ref && ref.form === 'name') return ref;
	}
	return undefined;
}

// How many acts of saying on each side of a quotation are worth looking at: attribution is local.
const REACH = 12;

/** The attribution of the quotation at tokens[q]: the nearest act of saying, on the side the quote's shape suggests. */
function attribute(sentence: Sentence, q: number, kind: QuoteKind, subject: Ref | undefined): {speaker?: Ref; via?: string} {
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
	const order = kind === 'partial' && left.length > 0 ? [...left, ...right, ...far] : [...right, ...left, ...far];
	let via = order.find(e => e.via && !e.speaker)?.via;
	for (const event of order) {
		const speaker = speakerOf(event, subject);
		if (speaker) return {speaker, ...((event.via ?? via) ? {via: event.via ?? via} : {})};
		via ??= event.via;
	}
	// `Bolsonaro opposed Macron's statement: "…"`: a quotation a sentence introduces with a colon is its subject's.
	if (tokens[q - 1]?.text === ':' && subject && !subject.outlet) return {speaker: subject, ...(via ? {via} : {})};
	// `"…" — Aparna Garg, Mysore Divisional Railway Manager`: signed like a headline.
	const signed = kind === 'direct' ? headlineSpeaker(tokens, q) : undefined;
	if (signed) return {speaker: signed, ...(via ? {via} : {})};
	return via ? {via} : {};
}

/** Every name form the article uses, with titles, in reading order: what short forms are matched against. */
function nameForms(sentences: Sentence[]): NameForm[] {
	const forms = new Map<string, NameForm>();
	for (const {tokens} of sentences) {
		for (const run of capitalRuns(tokens, 0, tokens.length, 0)) {
			const words: string[] = [];
			for (let k = run.from; k < run.to; k++) {
				if (tokens[k]!.text === '.') words[words.length - 1] += '.';
				else words.push(tokens[k]!.text);
			}
			const raw = words.join(' ');
			if (forms.has(raw)) continue;
			const {name, title} = splitTitle(words);
			const bare = name.replace(/['’]s?$/u, '');
			if (bare) forms.set(raw, {name: bare, kind: looksLikeOrganization(bare) ? 'organization' : 'person', ...(title ? {title} : {})});
		}
	}
	return [...forms.values()];
}

/** Paragraphs cut into sentences and tokens, before any attribution. */
function parse(article: Article): {spans: QuoteSpan[]; sentences: {range: Range; tokens: Token[]}[]}[] {
	const parsed = article.paragraphs.map(text => {
		const spans = findQuoteSpans(text);
		return {spans, sentences: splitSentences(text, spans).map(range => ({range, tokens: tokenize(text, range, spans)}))};
	});
	// A word the article capitalises only when it opens a sentence is no name (`Fitness was a big factor`).
	const names = new Set<string>();
	for (let p = 1; p < parsed.length; p++) {
		for (const {tokens} of parsed[p]!.sentences) {
			for (let k = 1; k < tokens.length; k++) {
				const t = tokens[k]!;
				if (t.upper && tokens[k - 1]!.kind !== 'quote' && tokens[k - 1]!.text !== ':') names.add(t.lower);
			}
		}
	}
	for (const p of parsed) for (const {tokens} of p.sentences) {
		const first = tokens[0];
		const second = tokens[1];
		const runsOn = second?.kind === 'word' && second.upper;
		if (first?.kind === 'word' && first.upper && !names.has(first.lower) && !runsOn) first.common = true;
	}
	return parsed;
}

export function extractQuotes(article: Article): ArticleQuotes {
	const discourse = new Discourse();
	const found: Found[] = [];
	const all: Sentence[] = [];
	parse(article).forEach(({spans, sentences}, paragraph) => {
		for (const {range, tokens} of sentences) {
			const sentence: Sentence = {tokens, events: speechEvents(tokens)};
			all.push(sentence);
			const lead = leadingSubject(tokens);
			const subject = discourse.resolve(lead ?? sentence.events.find(e => e.speaker)?.speaker);
			// The sentence's own subject is what its pronouns point back to (`Kim told Putin that … he would …`).
			if (lead?.form === 'name') discourse.mention(subject);
			let earlier: Ref | undefined;
			for (const event of sentence.events) {
				if (event.speaker) event.speaker = discourse.resolve(event.speaker);
				if (earlier) event.inherited = earlier;
				earlier = event.speaker ?? earlier;
			}
			tokens.forEach((token, q) => {
				if (token.kind !== 'quote' || isLabel(tokens, q)) return;
				if (paragraph > 0 && isTitleCase(token.text)) return;
				const span = spans[token.quote!]!;
				const kind = quoteKind(tokens, q, paragraph);
				const {speaker, via} = attribute(sentence, q, kind, subject);
				const leads = span.open === 0 || (q === 0 && range.start === 0);
				const topic = discourse.person;
				found.push({text: token.text, paragraph, start: span.start, end: span.end, kind, orphan: !speaker, leads, ...(speaker ? {speaker} : {}), ...(via ? {via} : {}), ...(topic ? {topic} : {})});
			});
			for (const clause of indirectClauses(tokens, sentence.events, paragraph === 0)) {
				const speaker = speakerOf(clause.event, subject);
				if (!speaker) continue;
				found.push({text: '', paragraph, start: tokens[clause.from]!.start, end: tokens[clause.to - 1]!.end, kind: 'indirect', speaker, orphan: false, leads: false, ...(clause.event.via ? {via: clause.event.via} : {})});
			}
			discourse.mention(subject);
			for (const event of sentence.events) discourse.mention(event.speaker);
		}
	});
	found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
	fillOrphans(found);
	// Two attributions may report the same clause (`…, according to police, who said …`): keep it once.
	const kept = found.filter((f, i) => (f.speaker || f.kind !== 'headline') && !(i > 0 && found[i - 1]!.paragraph === f.paragraph && found[i - 1]!.start === f.start && found[i - 1]!.end === f.end));
	const book = new SpeakerBook(nameForms(all));
	const quotes: Quote[] = kept.map((f, order) => ({
		speaker: f.speaker ? book.add(f.speaker, order) : null,
		kind: f.kind,
		text: article.paragraphs[f.paragraph]!.slice(f.start, f.end),
		paragraph: f.paragraph,
		start: f.start,
		end: f.end,
		via: f.via ?? null,
	}));
	return {speakers: book.speakers(), quotes};
}

const FIRST_PERSON_WORDS = /\b(?:I|I'm|I've|me|my|mine|we|we're|we've|us|our|ours)\b/iu;

/**
 * A quotation with no attribution of its own continues its neighbourhood: the last speaker before it in the
 * paragraph, else the next attributed quote in it, else — when it opens the paragraph — the last quote of the
 * paragraph before, else for first-person words the person the text was about.
 */
function fillOrphans(found: Found[]): void {
	// The next attributed quotation of the same paragraph, for each position: one backward pass.
	const nextAttributed: (Found | undefined)[] = [];
	for (let i = found.length - 1; i >= 0; i--) {
		const g = found[i + 1];
		const carried = g && g.paragraph === found[i]!.paragraph ? (!g.orphan && g.kind !== 'indirect' ? g : nextAttributed[i + 1]) : undefined;
		nextAttributed[i] = carried;
	}
	let lastSpeaker: Found | undefined;
	let lastQuoted: Found | undefined;
	found.forEach((f, i) => {
		if (lastSpeaker && lastSpeaker.paragraph !== f.paragraph) lastSpeaker = undefined;
		if (f.orphan) {
			const after = nextAttributed[i];
			if (lastSpeaker) f.speaker = lastSpeaker.speaker;
			else if (after) f.speaker = after.speaker;
			else if (f.leads && lastQuoted && lastQuoted.paragraph === f.paragraph - 1 && lastQuoted.speaker) f.speaker = lastQuoted.speaker;
			else if (f.topic && FIRST_PERSON_WORDS.test(f.text)) f.speaker = f.topic;
		}
		if (f.speaker) lastSpeaker = f;
		if (f.kind !== 'indirect') lastQuoted = f;
	});
}
