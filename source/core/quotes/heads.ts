// The noun a description is about (`a spokesman for the ministry` → spokesman), and whether such a noun can speak.
import type {SpeakerKind} from './types.js';
import {DOCUMENT_HEADS, GROUP_HEADS, ORG_HEADS, PERSON_NOUNS, TITLE_WORDS} from './lexicon.js';
import type {Token} from './tokens.js';

// Words after which the head noun is already behind us: `differences in …`, `a spokesman for …`.
const PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'with', 'in', 'on', 'by', 'among', 'within', 'across', 'about', 'over', 'under']);
// `one of the victims`, `some of the protesters`: the head comes after the `of`.
export const PARTITIVES = new Set(['one', 'some', 'many', 'several', 'most', 'all', 'each', 'two', 'three', 'four', 'five', 'few', 'none', 'both', 'half']);
// Words before a quantity (`nearly half`, `some 22 percent`) and words for quantities of people.
const QUANTITY_ADVERBS = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'only', 'just', 'over', 'under', 'fully']);
const NUMBER_WORDS = new Set(['six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'majority', 'majorities', 'minority', 'minorities', 'percent', 'share', 'third', 'quarter']);
const isQuantity = (word: string): boolean => PARTITIVES.has(word) || NUMBER_WORDS.has(word) || /^\d+%?$/u.test(word) || /^[a-z]+-(?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/u.test(word);

// Title words that only qualify a role (`First Minister`, `former president`, `star striker`): never the head of a description.
const QUALIFYING_TITLES = new Set(['first', 'former', 'deputy', 'vice', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'home', 'half', 'back', 'star']);
// Nouns of agents, by their ending (`bystander`, `operator`, `publicist`, `historian`, `applicant`, `resident`, `trustee`),
// though not the nouns of things in -ment (`agreement`, `statement`)…
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent|eer|ee)s?$/u;
// …nor these, which name no agent (`the latter`, `the other`, `water`, `number`).
const NOT_AGENTS = new Set(['latter', 'other', 'another', 'either', 'neither', 'together', 'rather', 'water', 'number', 'order', 'matter', 'power', 'border', 'corner', 'quarter', 'weather', 'cancer', 'disaster', 'character', 'chapter', 'river', 'tower', 'shelter', 'theater', 'error', 'factor', 'sector', 'incident', 'percent', 'event', 'content', 'talent', 'patent', 'banner', 'poster', 'sticker', 'flyer', 'flier', 'trailer', 'paper', 'computer', 'container']);

// Adjectives that take a preposition after a noun to say who a source is (`people familiar with the plans`, `sources
// close to the inquiry`, `officials aware of the talks`).
export const SOURCE_ADJECTIVES = new Set(['familiar', 'close', 'closest', 'aware', 'loyal', 'opposed', 'involved', 'knowledgeable', 'sympathetic', 'briefed']);

// Words that join numbers into a proportion (`two in three`, `four out of 10`, `more than half`, `all but two`, `a third`).
const PROPORTION_WORDS = new Set(['in', 'out', 'of', 'than', 'more', 'fewer', 'less', 'at', 'least', 'but', 'a', 'just', 'over', 'one']);

/**
 * `two in three`, `55 percent`, `more than six in 10`, `a third`, `all but two`: a count with no noun after it. As the
 * subject of a verb of saying it stands for the people counted (those polled, those asked).
 */
export const isBareCount = (words: string[]): boolean => countEnd(words) === words.length && (words[0] !== 'a' || NUMBER_WORDS.has(words[1] ?? ''));

/** `about four out of 10 voters` → `voters`: how many words open the phrase as a count (none when no number is among them). */
export function countEnd(words: string[]): number {
	// (a joining word joins only after a number: `all but two`, not `But 58 percent`)
	let end = /^(?:in|out|of|than|but)$/u.test(words[0] ?? '') ? -1 : 0;
	while (end >= 0 && end < words.length && (isQuantity(words[end]!) || QUANTITY_ADVERBS.has(words[end]!) || PROPORTION_WORDS.has(words[end]!))) end++;
	if (end < 0) return 0;
	// (a number, not a vague quantity: `Some estimated death tolls` counts nobody)
	return words.slice(0, end).some(w => isQuantity(w) && !PARTITIVES.has(w) || /^(?:two|three|four|five|half)$/u.test(w)) ? end : 0;
}

/** `one of the children` → `children`, `current consensus among scientists` → `consensus`, `her memoirs` → `memoirs`. */
export function headNoun(words: string[]): string {
	let from = 0;
	// `nearly half of voters`, `two-thirds of residents`, `eight in 10 voters`: a quantity of people is those people.
	while (from < words.length - 1 && QUANTITY_ADVERBS.has(words[from]!) && isQuantity(words[from + 1]!)) from++;
	const quantity = words[from] ?? '';
	if (isQuantity(quantity) && words[from + 1] === 'of' && words.length > from + 2) from += 2;
	else if (isQuantity(quantity) && words[from + 1] === 'in' && /^(?:\d+|three|four|five|ten)$/u.test(words[from + 2] ?? '') && words.length > from + 3) from += 3;
	else if (isQuantity(quantity) && words[from + 1] === 'out' && words[from + 2] === 'of' && /^(?:\d+|ten)$/u.test(words[from + 3] ?? '') && words.length > from + 4) from += 4;
	else from = 0;
	let end = words.length;
	for (let k = from + 1; k < words.length; k++) {
		// `state legislators supporting the law`, `videos posted online`: a participle after the head modifies it.
		const modifies = /^[a-z]{3,}(?:ing|ed)$/u.test(words[k]!) && speakerKindOf(words[k - 1]!) !== undefined;
		const sourcing = SOURCE_ADJECTIVES.has(words[k]!) && /^(?:with|to|of|in|about|on)$/u.test(words[k + 1] ?? '');
		if (PREPOSITIONS.has(words[k]!) || modifies || sourcing) {
			end = k;
			break;
		}
	}
	return words[end - 1]!.replace(/['’]s?$/u, '');
}

/** The singular a plural noun may stand for: `officials` → `official`, `bodies` → `body`, `witnesses` → `witness`. */
const singulars = (noun: string): string[] =>
	noun.endsWith('ies') ? [noun.slice(0, -3) + 'y'] : noun.endsWith('es') ? [noun.slice(0, -2), noun.slice(0, -1)] : noun.endsWith('s') ? [noun.slice(0, -1)] : [];

const inList = (list: Set<string>, noun: string): boolean => list.has(noun) || singulars(noun).some(s => list.has(s));

/** `victim`, `victims`, `parents`: a noun for people, in either number. */
export const isPersonNoun = (noun: string): boolean => inList(PERSON_NOUNS, noun);

/** `mayor`, `mayors`: a title word that can stand for a person, unlike those that only qualify one (`first`, `former`). */
export const isRoleNoun = (noun: string): boolean => [noun, ...singulars(noun)].some(w => TITLE_WORDS.has(w) && !QUALIFYING_TITLES.has(w));

const isAgent = (noun: string): boolean => AGENT_ENDING.test(noun) && !/ments?$/u.test(noun) && ![noun, ...singulars(noun)].some(w => NOT_AGENTS.has(w));

// Plurals of people without an -s (`Local people said`, `Two women told`): groups, as `residents` is.
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'folk', 'folks']);

/**
 * What kind of speaker a description with this head noun is, or undefined when the noun names no one who could
 * say anything (`evidence`, `an oil field`, `differences`): people, groups, bodies and documents speak.
 */
export function speakerKindOf(head: string): SpeakerKind | undefined {
	if (inList(ORG_HEADS, head) || DOCUMENT_HEADS.has(head)) return 'organization';
	if (GROUP_HEADS.has(head) || IRREGULAR_PLURALS.has(head)) return 'unknown';
	const person = isPersonNoun(head) || isRoleNoun(head) || isAgent(head);
	if (!person) return undefined;
	return singulars(head).length > 0 && !PERSON_NOUNS.has(head) && !TITLE_WORDS.has(head) ? 'unknown' : 'person';
}

/** The index past the capitalised words from tokens[from] on. */
export function capitalsEnd(tokens: Token[], from: number): number {
	let k = from;
	while (tokens[k]?.kind === 'word' && tokens[k]!.upper) k++;
	return k;
}

/**
 * tokens[k] is a plural common noun the capitalised words before it qualify (`Māori tribes fearful over …`, `Kenyan
 * farmers marched`): a group described, not a person named — unless the noun is a role (`Florida senators`). A
 * plural-looking word with an object or a preposition after it is the verb (`Sanders rips the deal`, `Obama lands in`).
 */
export function qualifiedPlural(tokens: Token[], k: number): boolean {
	const noun = tokens[k];
	if (k === 0 || !tokens[k - 1]!.upper || noun?.kind !== 'word' || noun.upper || noun.pos !== 'NOUN' || !/^\p{Ll}+[^s]s$/u.test(noun.text) || isRoleNoun(noun.lower)) return false;
	return !/^(?:DET|PRON|PROPN|NUM|ADP|PART)$/u.test(tokens[k + 1]?.pos ?? '');
}

/**
 * The name ending at tokens[to] is said to be a body (`Uber is a taxi company,`, `Norvik was the state agency that …`):
 * a copula, then a noun phrase whose own head is a body's. By words, not tags: most sentences are tagged only in part.
 */
export function isSaidToBeBody(tokens: Token[], to: number): boolean {
	if (!/^(?:is|was)$/u.test(tokens[to]?.lower ?? '') || !/^(?:a|an|the)$/u.test(tokens[to + 1]?.lower ?? '')) return false;
	for (let k = to + 2; k < tokens.length && k <= to + 6; k++) {
		const t = tokens[k]!;
		// (the phrase's own head: not a body a preposition brings in, `is the president of the council`)
		if (t.kind !== 'word' || PREPOSITIONS.has(t.lower)) return false;
		if (ORG_HEADS.has(t.lower)) return tokens[k + 1]?.kind !== 'word' || BODY_PHRASE_ENDS.has(tokens[k + 1]!.lower);
	}
	return false;
}

// Words that may follow the head of `a taxi company` and end its noun phrase.
const BODY_PHRASE_ENDS = new Set(['that', 'which', 'whose', 'and', 'but', 'based', 'founded', 'headquartered', 'in', 'with']);
