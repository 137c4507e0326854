// Who said what in one article: quotations and reported speech, each with its speaker, in reading order.
import type {Article} from '../article.js';
import {rememberingTagger} from '../language/index.js';
import type {ArticleQuotes, Quote, QuoteKind} from './types.js';
import {attribute, isLabel, isTitleCase, isWorkTitle, quoteKind, speakerOf, type Sentence} from './attribute.js';
import {opensWithName} from './clauses.js';
import {bodiesSpokenOfAsIt, ownersNamed} from './agreement.js';
import {Discourse, leadingSubject} from './discourse.js';
import {DocumentAuthors} from './documents.js';
import {speechEvents} from './events.js';
import {isSaidToBeBody} from './heads.js';
import {indirectClauses} from './indirect.js';
import {interviewTurns, type Turn} from './interview.js';
import {SPEECH_VERBS, TITLE_WORDS} from './lexicon.js';
import {findQuoteSpans, type QuoteSpan} from './marks.js';
import {capitalRuns, looksLikeOrganization, runWords, splitTitle} from './names.js';
import {nameOutletsOnce, peopleNamedLikeOutlets} from './outlets.js';
import {nameRef, type Ref} from './name-refs.js';
import {isCaption, isHeading, splitSentences, type Range} from './sentences.js';
import {SpeakerBook, type NameForm} from './speakers.js';
import {pastOfficePlace} from './titles.js';
import {tagWhereNeeded} from './tagging.js';
import {tokenize, type Token} from './tokens.js';

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
	/** Its sentence reports nobody saying anything (no verb of saying, no `according to`). */
	unreported?: boolean;
	/** Opens its paragraph. */
	leads: boolean;
	/** Index of its sentence in the article. */
	sentence: number;
	/** The person the text was about when the quote came: the speaker of an unattributed first-person quote. */
	topic?: Ref;
}

/** Every name form the article uses, with titles, in reading order: what short forms are matched against. */
function nameForms(sentences: Sentence[]): NameForm[] {
	const forms = new Map<string, NameForm>();
	sentences.forEach(({tokens}, sentence) => {
		for (const run of capitalRuns(tokens, 0, tokens.length, 0)) {
			// A role or an office's place before the name (`police chief Greg Allen`, `Senator from Vermont Bernie
			// Sanders`) is read as a speaker's name would be; a bare run, the common case, more cheaply.
			if (TITLE_WORDS.has(tokens[run.from - 1]?.lower ?? '') || pastOfficePlace(tokens, run.from, run.to) > run.from) {
				const ref = nameRef(tokens, run.from, run.to);
				const key = `${ref.title ?? ''} ${ref.text}`;
				const known = forms.get(key);
				if (known) {
					known.mentions++;
					known.seen!.push(sentence);
				} else if (ref.form === 'name' && ref.text) forms.set(key, {name: ref.text, kind: ref.kind, mentions: 1, seen: [sentence], ...(ref.title ? {title: ref.title} : {})});
				continue;
			}
			const words = runWords(tokens, run.from, run.to);
			const raw = words.join(' ');
			const known = forms.get(raw);
			// (`Uber is a taxi company`: what the article says a name is, it is)
			const body = isSaidToBeBody(tokens, run.to);
			if (known) {
				known.mentions++;
				known.seen!.push(sentence);
				if (body) known.kind = 'organization';
				continue;
			}
			const {name, title} = splitTitle(words);
			const bare = name.replace(/['’]s?$/u, '');
			if (bare) forms.set(raw, {name: bare, kind: body || looksLikeOrganization(bare) ? 'organization' : 'person', mentions: 1, seen: [sentence], ...(title ? {title} : {})});
		}
		// (a name opening its sentence, as a subject mostly does, may be no run of its own)
		const said = speakerItPointsTo(sentences, sentence);
		if (said) forms.set(said, {...(forms.get(said) ?? {name: said, mentions: 1, seen: [sentence - 1]}), kind: 'organization'});
	});
	return [...forms.values()];
}

/**
 * `Roscosmos said … . It said …`: an `it` that speaks, opening the sentence after one whose speaker has a one-word
 * name, stands for that speaker, which nobody calls `it` if it is a person: the name is a body's.
 */
function speakerItPointsTo(sentences: Sentence[], sentence: number): string | undefined {
	const {tokens, events} = sentences[sentence]!;
	if (sentence === 0 || tokens[0]?.lower !== 'it' || events[0]?.at !== 1 || events[0].inverted) return undefined;
	const before = sentences[sentence - 1]!.events.find(event => !event.inverted && event.speaker?.form === 'name');
	const ref = before?.speaker;
	return ref && ref.kind === 'person' && !ref.title && !ref.text.includes(' ') ? ref.text : undefined;
}

// Wikinews follows a translated quotation with the original: `… work out." ((ru))Russian: <original text>`.
const ORIGINAL_MARKER = /\(\([a-z]{2,3}\)\)/uy;

/** Quotation marks inside such an original (`„vas”` in Hungarian) quote nothing new. */
function inOriginalLanguage(text: string, at: number): boolean {
	// Only the 300 characters before the mark are searched: a paragraph of many quotations stays linear.
	const from = Math.max(0, at - 300);
	const found = text.slice(from, at + 2).lastIndexOf('((');
	if (found < 0) return false;
	const marker = from + found;
	ORIGINAL_MARKER.lastIndex = marker;
	const original = ORIGINAL_MARKER.exec(text);
	if (!original || original.index !== marker) return false;
	const between = text.slice(marker, at);
	// `…((es))Spanish language: hay muchos abortos…, President Fernández elaborated, "A state …"`: English again.
	const introduced = /(\p{L}+)\s*[,:]?\s*$/u.exec(between);
	return !/[.!?]\s/u.test(between) && !(introduced && SPEECH_VERBS.has(introduced[1]!));
}

/** Where a quotation's English words end: before an original-language marker inside it (`… bodies ((es))Spanish …`). */
function englishEnd(text: string, start: number, end: number): number {
	const inside = text.slice(start, end).indexOf('((');
	if (inside < 0) return end;
	const marker = start + inside;
	ORIGINAL_MARKER.lastIndex = marker;
	const found = ORIGINAL_MARKER.exec(text);
	if (!found || found.index !== marker) return end;
	let cut = marker;
	while (cut > start && /\s/u.test(text[cut - 1]!)) cut--;
	return cut > start ? cut : end;
}

/** The sentence's first word, past leading punctuation (`—Testimony from the chief investigator`). */
function openingWord(tokens: Token[]): number {
	let k = 0;
	while (tokens[k]?.kind === 'punct') k++;
	return k;
}

/** A word without its possessive ending: `trump's` → `trump`. */
const unowned = (lower: string): string => lower.replace(/['’]s?$/u, '');

/** Paragraphs cut into sentences and tokens, before any attribution. */
function parse(article: Article): {spans: QuoteSpan[]; sentences: {range: Range; tokens: Token[]}[]; turn?: Turn}[] {
	const turns = interviewTurns(article.paragraphs);
	const tag = rememberingTagger();
	const parsed = article.paragraphs.map((text, p) => {
		const spans = findQuoteSpans(text);
		const turn = turns[p];
		// An interview label (`((WN))`) is who speaks the paragraph, not a word of it.
		const sentences = splitSentences(text, spans);
		const ranges = turn ? sentences.filter(range => range.end > turn.start).map(range => (range.start < turn.start ? {...range, start: turn.start} : range)) : sentences;
		const tokenized = ranges.map(range => ({range, tokens: tokenize(text, range, spans)}));
		tagWhereNeeded(text, tokenized.map(s => s.tokens), p === 0, tag);
		return {spans, sentences: tokenized, ...(turn ? {turn} : {})};
	});
	// A word the article capitalises only when it opens a sentence is no name (`Fitness was a big factor`).
	const names = new Set<string>();
	for (let p = 1; p < parsed.length; p++) {
		for (const {tokens} of parsed[p]!.sentences) {
			for (let k = openingWord(tokens) + 1; k < tokens.length; k++) {
				const t = tokens[k]!;
				if (t.upper && tokens[k - 1]!.kind !== 'quote' && tokens[k - 1]!.text !== ':') names.add(unowned(t.lower));
			}
		}
	}
	for (const p of parsed) for (const {tokens} of p.sentences) {
		const opening = openingWord(tokens);
		const first = tokens[opening];
		const second = tokens[opening + 1];
		const runsOn = second?.kind === 'word' && second.upper;
		if (first?.kind !== 'word' || !first.upper) continue;
		// (`Trump's statement read:` opens with a name the article writes `Trump` elsewhere.)
		if (names.has(unowned(first.lower))) first.named = true;
		// An acronym (`UNICEF`) is a name wherever it stands.
		else if (!runsOn && first.lower !== first.text) first.common = true;
	}
	return parsed;
}

export function extractQuotes(article: Article): ArticleQuotes {
	const discourse = new Discourse();
	const documents = new DocumentAuthors();
	const found: Found[] = [];
	const all: Sentence[] = [];
	// `Dr. Ward stated:` closing a paragraph: the speaker of the quotation that opens the next one.
	let introduced: Ref | undefined;
	// Paragraphs of prose read so far: how far back the discourse reaches is counted in them.
	let prose = -1;
	parse(article).forEach(({spans, sentences, turn}, paragraph) => {
		const text = article.paragraphs[paragraph]!;
		const caption = isCaption(text, paragraph);
		const heading = isHeading(text, paragraph);
		const introducer = introduced;
		introduced = undefined;
		// A caption takes no room between a speaker and the prose after it: pronouns reach past it.
		if (!caption) prose++;
		// An interviewee's `I` is the one the turn's label names; the interviewer's questions report nobody.
		discourse.enter(prose, turn && !turn.asks ? {form: 'name', text: turn.label, kind: 'person', outlet: false, at: 0} : undefined);
		// `Brock agreed.` closing a sentence with nothing said: the speaker of a quotation opening the next one.
		let closer: Ref | undefined;
		for (const {range, tokens} of sentences) {
			const sentence: Sentence = {tokens, events: speechEvents(tokens)};
			const lead = leadingSubject(tokens);
			const subject = lead ? discourse.resolve(lead, true) : discourse.resolve(sentence.events.find(e => e.speaker)?.speaker);
			// The sentence's own subject is what its pronouns point back to (`Kim told Putin that … he would …`).
			if (lead && lead.form !== 'pronoun' && !caption) discourse.mention(subject);
			let earlier: Ref | undefined;
			ownersNamed(sentence.events, lead);
			for (const event of sentence.events) {
				if (event.speaker) event.speaker = documents.authorOf(event.speaker) ?? discourse.resolve(event.speaker);
				if (earlier) event.inherited = earlier;
				if (!event.agent) earlier = event.speaker ?? earlier;
				// `…, Morgan Ortagus, indicated …: "…," he said`: a person named in the sentence is who its `he` is.
				if (event.speaker?.form === 'name' && event.speaker.kind === 'person') discourse.mention(event.speaker);
			}
			tokens.forEach((token, q) => {
				if (token.kind !== 'quote' || isLabel(tokens, q)) return;
				if (paragraph > 0 && (isTitleCase(token.text) || isWorkTitle(tokens, q))) return;
				const span = spans[token.quote!]!;
				if (inOriginalLanguage(text, span.open)) return;
				const kind = quoteKind(tokens, q, paragraph);
				const leads = span.open === 0 || (q === 0 && range.start === 0);
				const attributed = attribute(sentence, q, kind, subject);
				const speaker = attributed.speaker ?? (leads ? introducer : undefined) ?? (q === 0 ? closer : undefined);
				// A heading or a link (`READ MORE: "…"`) that reports nobody names a story: the quotation is its title.
				if (heading && !speaker && sentence.events.length === 0) return;
				const {via} = attributed;
				const topic = discourse.turn ?? discourse.person;
				const end = englishEnd(text, span.start, span.end);
				found.push({text: text.slice(span.start, end), paragraph, start: span.start, end, kind, orphan: !speaker || speaker.unlisted === true, unreported: sentence.events.length === 0, leads, sentence: all.length, ...(speaker ? {speaker} : {}), ...(via ? {via} : {}), ...(topic ? {topic} : {})});
			});
			// A question (`Did he say that …?`) reports nothing.
			const clauses = text[range.end - 1] === '?' ? [] : indirectClauses(tokens, sentence.events, paragraph === 0);
			for (const clause of clauses) {
				const speaker = speakerOf(clause.event, subject);
				// An interviewee telling what they said (`I told them …`) is giving an answer, not reporting one.
				if (!speaker || speaker === discourse.turn || (clause.event.participle && speaker.form === 'name' && opensWithName(tokens, clause.from, speaker.text))) continue;
				found.push({text: '', paragraph, start: tokens[clause.from]!.start, end: tokens[clause.to - 1]!.end, kind: 'indirect', speaker, orphan: false, leads: false, sentence: all.length, ...(clause.event.via ? {via: clause.event.via} : {})});
			}
			if (!caption) discourse.mention(subject);
			for (const event of sentence.events) discourse.mention(event.speaker);
			all.push(sentence);
			discourse.observe(tokens);
			documents.read(tokens, sentence.events);
			const last = sentence.events.at(-1);
			closer = last && !last.inverted && last.after === tokens.length - 1 && tokens.at(-1)?.text === '.' && !tokens.some(t => t.kind === 'quote') ? speakerOf(last, subject) : undefined;
			if (range.end === text.trimEnd().length && text[range.end - 1] === ':' && tokens.at(-2)?.kind !== 'quote') {
				const last = sentence.events.at(-1);
				introduced = last && tokens.length - 1 - last.after <= 6 ? speakerOf(last, subject) : undefined;
			}
		}
	});
	found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
	const forms = nameForms(all);
	peopleNamedLikeOutlets(found, forms);
	bodiesSpokenOfAsIt(found, article.paragraphs, forms);
	fillOrphans(found);
	nameOutletsOnce(found);
	// Two attributions may report the same clause (`…, according to police, who said …`): keep it once.
	const kept = found.filter((f, i) => (f.speaker || (f.kind !== 'headline' && !isScareQuote(f))) && !(i > 0 && found[i - 1]!.paragraph === f.paragraph && found[i - 1]!.start === f.start && found[i - 1]!.end === f.end));
	const book = new SpeakerBook(forms);
	const quotes: Quote[] = kept.map((f, order) => ({
		speaker: f.speaker ? book.add(f.speaker, order, f.sentence) : null,
		kind: f.kind,
		text: article.paragraphs[f.paragraph]!.slice(f.start, f.end),
		paragraph: f.paragraph,
		start: f.start,
		end: f.end,
		via: f.via ?? null,
	}));
	return {speakers: book.speakers(), quotes};
}

/**
 * `a "sharp tool"`, `the "bubbler"`: a few words in quotation marks inside a sentence that reports nobody saying
 * anything, and that no neighbouring quotation lends a speaker, are the writer's scare quotes or a term.
 */
const isScareQuote = (f: Found): boolean => f.kind === 'partial' && f.unreported === true && f.text.split(/\s+/u).length <= 3;

const FIRST_PERSON_WORDS = /\b(?:I|I'm|I've|me|my|mine|we|we're|we've|us|our|ours)\b/iu;

/**
 * A quotation with no attribution of its own continues its neighbourhood: the last speaker before it in the
 * paragraph, else the next attributed quote in it — in the next sentence at most, and in its own for a fragment —,
 * else — when it opens the paragraph — the last quote of the paragraph before, else for first-person words the
 * person the text was about.
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
			const next = nextAttributed[i];
			const after = next && next.sentence <= f.sentence + (f.kind === 'partial' ? 0 : 1) ? next : undefined;
			if (lastSpeaker) f.speaker = lastSpeaker.speaker;
			else if (after) f.speaker = after.speaker;
			else if (f.leads && lastQuoted && lastQuoted.paragraph === f.paragraph - 1 && lastQuoted.speaker) f.speaker = lastQuoted.speaker;
			else if (f.topic && FIRST_PERSON_WORDS.test(f.text)) f.speaker = f.topic;
		}
		if (f.speaker) lastSpeaker = f;
		if (f.kind !== 'indirect') lastQuoted = f;
	});
}
