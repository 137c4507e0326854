// Who a stretch of tokens names before or after a verb of saying: the subject phrase (`Russian Foreign Minister Sergei
// Lavrov has said`, `a spokesman for the ministry said`) or the phrase after (`said Bash`, `according to police`).
import {CONTRACTED_AUXILIARY, adverbialsBefore, isSetOffAdverbial} from './adverbials.js';
import {acronymStart, asideOpening} from './asides.js';
import {DESCRIPTION_LINKS, descriptionRef, isRoleApposition, isWord} from './descriptions.js';
import {PARTITIVES, SOURCE_ADJECTIVES, countEnd, isBareCount} from './heads.js';
import {
	AUXILIARIES, CLAUSE_BREAKS, COMMON_CAPITALS, DETERMINERS, SPEECH_VERBS, DOCUMENT_HEADS, NAME_SUFFIXES,
	SPEAKERS_ONLY_VERBS, TITLE_WORDS, VERB_FILLERS,
} from './lexicon.js';
import {nameRef, pronounRef, type Ref} from './name-refs.js';
import {capitalRuns, isAbbreviation, isInitials, isPlace, isPossessive, joinTokens, looksLikeOrganization, personRun} from './names.js';
import {modifiedNoun} from './modifiers.js';
import {isLocative, isModifier, isNameLabel, isNamesNumber, participleBefore, relativeStart, saysWhere, skipTimePhrase} from './phrase-bounds.js';
import {pastOfficePlace} from './titles.js';
import type {SpeakerKind} from './types.js';
import type {Token} from './tokens.js';

/**
 * The noun phrase that ends just before tokens[end] and starts no earlier than `floor`: the subject of a verb
 * at `end` (`Russian Foreign Minister Sergei Lavrov has said`, `a spokesman for the ministry said`).
 */
export function phraseBefore(tokens: Token[], end: number, floor: number, first: number): Ref | undefined {
	let i = adverbialsBefore(tokens, end, floor);
	// Adverbs between subject and verb (`reportedly`, `publicly`), though not nouns in -ly (`family`, `daily`).
	while (i > floor && isWord(tokens[i - 1]) && (VERB_FILLERS.has(tokens[i - 1]!.lower) || /^[a-z]{3,}[^i]ly$/u.test(tokens[i - 1]!.text))) i--;
	i = skipTimePhrase(tokens, i, floor);
	// `Joseph R. Biden Jr. said`, `the F.B.I. said`: the full stop of a name's suffix or initials written short is the
	// name's, not a boundary.
	if (i - 2 >= floor && tokens[i - 1]!.text === '.' && tokens[i - 2]!.upper && (NAME_SUFFIXES.has(tokens[i - 2]!.lower) || isInitials(tokens[i - 2]!))) i--;
	// `Richard Ferrand in relaying the news to parliament said`, `Smith, after meeting the board, said`: a preposition
	// and a gerund between the subject and its verb say how or when; the subject is before them.
	for (let k = i - 2; k > floor && k >= i - 10 && isWord(tokens[k]); k--) {
		if (/^(?:in|by|after|before|while|upon|on)$/u.test(tokens[k]!.lower) && tokens[k + 1]!.pos === 'VERB' && /[a-z]ing$/u.test(tokens[k + 1]!.lower)) {
			const subject = phraseBefore(tokens, k, floor, first);
			if (subject) return subject;
			break;
		}
	}
	// `the National Hurricane Center (NHC) reported`, `Harry Reid (D-Nev.) said`: the name before its aside, all of it
	// where its acronym spells a name that commas run through (`Institute of Epidemiology, Disease Control and Research`).
	const aside = asideOpening(tokens, i - 1);
	const spelled = aside !== undefined ? acronymStart(tokens, aside) : undefined;
	if (spelled !== undefined && spelled >= floor && tokens.slice(spelled, aside).some(t => t.text === ',')) return {...nameRef(tokens, spelled, aside!), kind: 'organization'};
	if (aside !== undefined && aside > floor) i = aside;
	if (i <= floor) return undefined;
	const last = tokens[i - 1]!;
	// An appositive between the name and the verb: `Bash, the U.S. Attorney for the district, said`.
	if (last.text === ',') {
		let comma = i - 2;
		while (comma > floor && comma > i - 30 && tokens[comma]!.text !== ',' && tokens[comma]!.kind !== 'quote') comma--;
		if (comma < floor || tokens[comma]!.text !== ',') return undefined;
		// `Murphy, though, said`, `Humphrey, for example, said`: a sentence adverbial leaves the subject before it, and so
		// do examples of it (`the biggest hawks, like Rubio and Bush, say`).
		if (isSetOffAdverbial(tokens, comma + 1, i - 1) || givesExamples(tokens, comma + 1)) return phraseBefore(tokens, comma, floor, first);
		// `The judge presiding over the case, Bernard Schwartz, said`: the name is the apposition itself (its aside on
		// it too: `…, Gov. John Kasich (R-OH), said`).
		const nameEnd = asideOpening(tokens, i - 2) ?? i - 1;
		const inner = capitalRuns(tokens, comma + 1, nameEnd, first).at(-1);
		// (its role may be qualified: `Shapiro's widow, former tennis player Pam Shriver, said`)
		const role = tokens.slice(comma + 1, inner?.from ?? comma + 1);
		const roleOnly = role.every(t => isWord(t) && (DETERMINERS.has(t.lower) || TITLE_WORDS.has(t.lower))) || (role.length <= 4 && role.every(t => isWord(t) && !t.upper) && TITLE_WORDS.has(role.at(-1)!.lower));
		if (inner && inner.to === nameEnd && roleOnly && !isLocative(tokens, comma + 1)) {
			const apposed = nameRef(tokens, inner.from, inner.to);
			// `Mitch McConnell, the Senate Majority Leader, has indicated`: a role set off by commas is the name's before it.
			const named = apposed.form === 'description' ? phraseBefore(tokens, comma, floor, first) : undefined;
			return named?.form === 'name' ? {...named, title: apposed.text} : apposed;
		}
		// `Jeff Weaver, Sanders' campaign manager, said`, `Michael Green, associate professor of history at …, said`: a
		// role set off by commas after a name is the name's.
		if (isRoleApposition(tokens, comma + 1, i - 1) || isNameLabel(tokens, comma + 1, i - 1)) {
			const named = phraseBefore(tokens, comma, floor, first);
			if (named?.form === 'name') return named;
		}
		// Past modifiers set off by commas (`, which replaced …, hosted by …, who …,`) to the phrase they modify;
		// anything else between the commas (`…, with the death toll rising, reported`) is no apposition.
		const opensAside = (k: number): boolean => isModifier(tokens, k) || isLocative(tokens, k);
		if (!opensAside(comma + 1)) return undefined;
		let end = comma;
		for (let step = 0; step < 6 && opensAside(end + 1); step++) {
			let previous = end - 1;
			while (previous > floor && end - previous < 30 && tokens[previous]!.text !== ',' && tokens[previous]!.kind !== 'quote') previous--;
			if (previous <= floor || tokens[previous]!.text !== ',') break;
			const outer = phraseBefore(tokens, end, floor, first);
			// (`Speaking on the show, Sen. Claire McCaskill, who …, said`, `Late on Sunday, the US President Donald Trump, in
			// a statement …, announced`: a titled name is no modifier)
			const capitalsAfter = (k: number): boolean => tokens.slice(k, end).every(t => (isWord(t) && t.upper) || t.text === '.');
			const titled = tokens[previous + 1]!.upper || (DETERMINERS.has(tokens[previous + 1]!.lower) && outer?.kind === 'person' && capitalsAfter(previous + 2));
			if (outer?.form === 'name' && (!isModifier(tokens, previous + 1) || titled) && !isLocative(tokens, previous + 1)) return outer;
			end = previous;
		}
		return phraseBefore(tokens, end, floor, first);
	}
	if (!isWord(last)) return undefined;
	const group = groupQuantifier(tokens, i, floor);
	if (group) return group;
	const contracted = CONTRACTED_AUXILIARY.exec(last.lower)?.[1];
	const pronoun = pronounRef(contracted ? {...last, lower: contracted} : last);
	if (pronoun) return pronoun;
	// `a rescuer who asked not to be named told …`: the subject is the phrase the relative clause describes.
	const relative = relativeStart(tokens, i, floor);
	if (relative !== undefined) return phraseBefore(tokens, relative, floor, first);
	const lower = contracted ?? last.lower;
	if (CLAUSE_BREAKS.has(lower) && lower !== 'who' && lower !== 'which') return undefined;
	if (lower === 'who' || lower === 'which') {
		// `according to police, who said …`: the relative pronoun stands for the phrase before the comma.
		if (tokens[i - 2]?.text === ',') {
			const antecedent = phraseBefore(tokens, i - 2, floor, first) ?? referentAfterAccording(tokens, floor, i - 2);
			// (`Ann Lee, 24, from Dover, who said …`: a place the phrase gives says where, and `who` is the person)
			return lower === 'who' && antecedent?.form === 'name' && saysWhere(tokens, tokens.findIndex(t => t.start === antecedent.at)) ? undefined : antecedent;
		}
		// `drafted by Alex Greenwich who said …`: a person right before `who`.
		if (lower === 'who') {
			const before = phraseBefore(tokens, i - 1, floor, first);
			return before?.form === 'name' ? before : undefined;
		}
		return undefined;
	}
	// (a name may end in its number: `News 12`, `Section 230`)
	if ((last.upper || isNamesNumber(tokens, i - 1)) && !(i - 1 === first && COMMON_CAPITALS.has(last.lower))) {
		let runs = capitalRuns(tokens, Math.max(floor, i - 12), i, first);
		// `Stacy Baker of Columbia, South Carolina says`: a state or country after a town only says where the town is.
		const locus = runs.at(-1);
		const town = runs.at(-2);
		if (locus && town && locus.to === i && town.to === locus.from - 1 && tokens[town.to]!.text === ',' && isPlace(joinTokens(tokens, locus.from, locus.to))) {
			runs = runs.slice(0, -1);
			i = town.to;
		}
		let run = runs.at(-1);
		// `The Center for Safe Rivers and Center for Food Safety said`: of names joined by `and`, the first named speaks.
		const joined = runs.at(-2);
		// (Two full names: not one name with `and` in it, `The Bernie and Sid Show`, nor two titles, `President and CEO Andy Vesey`.)
		const full = (r: {from: number; to: number}): boolean => {
			let k = r.from;
			while (k < r.to && (TITLE_WORDS.has(tokens[k]!.lower) || tokens[k]!.text === '.')) k++;
			return r.to - k >= 2 && !TITLE_WORDS.has(tokens[r.to - 1]!.lower);
		};
		if (run && joined && run.to === i && joined.to === run.from - 1 && tokens[joined.to]!.lower === 'and' && full(run) && full(joined)) {
			run = joined;
			i = joined.to;
		}
		if (run && run.to === i) {
			// `A study published in the journal Nature reported`: the name only says where; the subject comes before.
			const modified = participleBefore(tokens, run.from, floor);
			if (modified !== undefined) return phraseBefore(tokens, modified, floor, first);
			// `Sheldon Yett of UNICEF said`, `Dr. Steven Wolf at Saint Francis said`: the person, not the body they belong to.
			let before = run.from - 1;
			// `Nikki Holland of the UK's National Crime Agency`
			// `Peter Iseley of worldwide victim group Ending Clergy Abuse`: past what the body is, too.
			const describes = (t: Token): boolean => !t.upper && (t.pos === 'NOUN' || t.pos === 'ADJ') && run.from - before <= 4;
			while (before > floor && isWord(tokens[before]) && (tokens[before]!.lower === 'the' || (tokens[before]!.upper && isPossessive(tokens[before]!.text)) || describes(tokens[before]!))) before--;
			// (the owner's run ends at the preposition, past any possessor's: `of the UK's National Crime Agency`)
			const owner = runs.findLast(r => r.to === before);
			if (before > floor && /^(?:of|from|at)$/u.test(tokens[before]!.lower) && owner) {
				// A name never ends in a role: `Regents Professor at GT` names nobody.
				const named = !TITLE_WORDS.has(tokens[owner.to - 1]!.lower);
				if (named && !looksLikeOrganization(joinTokens(tokens, owner.from, owner.to))) return nameRef(tokens, owner.from, owner.to);
			}
			// `researchers from A and the College of Wooster said`: the noun the coordinated names modify speaks.
			const coordinated = tokens[before]?.lower === 'and' ? modifiedNoun(tokens, before, floor) : undefined;
			if (coordinated) {
				const head = descriptionRef(tokens, coordinated.from, coordinated.to);
				if (head) return head;
			}
			// `Hospital officials in Omsk said`: the place says where; the subject comes before it.
			if (before > floor && /^(?:in|near|outside)$/u.test(tokens[before]!.lower)) {
				const outer = phraseBefore(tokens, before, floor, first);
				if (outer) return outer;
			}
			return describedOf(tokens, run, floor) ?? nameRef(tokens, run.from, run.to);
		}
	}
	let start = i - 1;
	// The words from tokens[k] open with a count, or go on with one begun just before (`than six in 10 …`).
	const count = (k: number): number => Math.max(countEnd(tokens.slice(k, i).map(t => t.lower)), k > floor ? countEnd(tokens.slice(k - 1, i).map(t => t.lower)) - 1 : 0);
	// (a count before the noun is no part of the phrase's length: `More than six in 10 New York voters`)
	while (start > floor && (i - start < 8 || (i - start < 14 && count(start - 1) > 0))) {
		const prev = tokens[start - 1]!;
		// `A senior U.S. official`: the full stop of an abbreviation stays inside the phrase.
		if (prev.text === '.' && start - 2 > floor && /^(?:\p{Lu}|\p{Lu}\.\p{Lu})$/u.test(tokens[start - 2]!.text)) {
			start -= 2;
			continue;
		}
		if (!isWord(prev)) break;
		// `No organization claimed …`: a subject nobody fills says nothing.
		if (prev.lower === 'no') return undefined;
		// (`that farmer said`: a singular common noun needs a determiner, so `that` or `this` before it is its own)
		if (/^(?:that|this)$/u.test(prev.lower) && start === i - 1 && tokens[start]!.pos === 'NOUN' && !tokens[start]!.upper && !/s$/u.test(tokens[start]!.lower)) {
			start--;
			break;
		}
		// (a proportion holds words that elsewhere open a clause: `more than six in 10`, `all but two`)
		const counting = count(start - 1) > 1;
		// (`a source close to him`, `aides loyal to the governor`: an adjective after its noun takes its own `to`)
		const postmodifier = prev.lower === 'to' && tokens[start - 2]?.pos === 'ADJ' && tokens[start - 3]?.pos === 'NOUN';
		if (CLAUSE_BREAKS.has(prev.lower) && !DESCRIPTION_LINKS.has(prev.lower) && !SOURCE_ADJECTIVES.has(tokens[start - 2]?.lower ?? '') && !counting && !postmodifier) break;
		// `Znak.com reported its source said`: a past verb of saying ends the phrase (nouns like `report` do not).
		if ((SPEECH_VERBS.has(prev.lower) && /(?:ed|said|told|wrote)$/u.test(prev.lower)) || AUXILIARIES.has(prev.lower)) break;
		// (though a quantifier of a partitive opens the subject: `Most of the candidates said`)
		// (and so does a number opening a proportion: `Six in 10 said`)
		if (start - 1 === first && COMMON_CAPITALS.has(prev.lower) && !DETERMINERS.has(prev.lower) && !(tokens[start]!.lower === 'of' && PARTITIVES.has(prev.lower)) && !counting) break;
		start--;
	}
	// `Regina Ip from the pro-Beijing camp`: a person from somewhere.
	const lead = capitalRuns(tokens, start, i, first)[0];
	if (lead && lead.from === start && /^(?:of|from|at)$/u.test(tokens[lead.to]?.lower ?? '') && !looksLikeOrganization(joinTokens(tokens, lead.from, lead.to))) {
		return nameRef(tokens, lead.from, lead.to);
	}
	// `Two in three said`, `55 percent say`: a count alone, as the subject of a verb of saying, is the people counted.
	if (start < i && isBareCount(tokens.slice(start, i).map(t => t.lower))) return {form: 'description', text: joinTokens(tokens, start, i), kind: 'unknown', outlet: false, at: tokens[start]!.start};
	// `Mendez's publicist`, `the Mexican government`, `a German government source`: a description, whatever names it holds.
	// (`homes said to be at risk`: a participle before an infinitive is passive, and nobody is said to speak)
	return descriptionRef(tokens, start, i, tokens[end]?.pos === 'VERB' && SPEAKERS_ONLY_VERBS.has(tokens[end]!.lower) && tokens[end + 1]?.lower !== 'to');
}

/** `like Rubio and Bush`, `such as the mayor`, `including two senators`: an aside of examples opens so. */
const givesExamples = (tokens: Token[], k: number): boolean =>
	/^(?:like|including|especially|particularly|notably)$/u.test(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'such' && tokens[k + 1]?.lower === 'as');

// Quantifiers that stand for people already spoken of: `Many said …`, `Others say …`.
const GROUP_QUANTIFIERS = new Set(['one', 'many', 'some', 'most', 'others', 'another', 'several', 'few', 'both', 'all']);

/**
 * `Most of them said …`, `Many said …`, `Others say …`: a quantifier over people the text has spoken of, alone or of
 * `them` or `those`, opening its clause.
 */
function groupQuantifier(tokens: Token[], i: number, floor: number): Ref | undefined {
	const last = tokens[i - 1]!;
	let quantifier = i - 1;
	if (/^(?:them|those)$/u.test(last.lower) && tokens[i - 2]?.lower === 'of') quantifier = i - 3;
	const word = tokens[quantifier];
	if (quantifier < floor || !isWord(word) || !(GROUP_QUANTIFIERS.has(word!.lower) || (quantifier < i - 1 && PARTITIVES.has(word!.lower) && word!.lower !== 'none'))) return undefined;
	// (it opens its clause: not `the many said`, `some three thousand said`, nor `Biden and others said`)
	const before = tokens[quantifier - 1];
	if (quantifier > floor && isWord(before) && !/^(?:while|though|although|because|as|since|when)$/u.test(before!.lower)) return undefined;
	// (`All told, the group raised …`: in all, nobody telling; `Some estimated death tolls exceeded 100`: a participle
	// between the quantifier and a noun describes the noun)
	if (word!.lower === 'all' && tokens[i]?.lower === 'told') return undefined;
	if (quantifier === i - 1 && /ed$/u.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.pos === 'NOUN' && !tokens[i + 1]!.upper) return undefined;
	// (alone it is the description the speakers go by, as `others` is after a comma; of a pronoun, that pronoun)
	if (quantifier === i - 1) return {form: 'description', text: word!.text, kind: 'unknown', outlet: false, at: word!.start};
	return {form: 'pronoun', text: 'they', kind: 'unknown', outlet: false, at: word!.start};
}

// Nouns of places whose government speaks under their name (`The city of Calabasas announced`).
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'state', 'province', 'county', 'region', 'municipality', 'country', 'island', 'district', 'borough']);

/** `the mayor of Yartsevo`, `The city of Calabasas`: a description whose head noun is followed by `of` (or `for`) and the name `run`. */
function describedOf(tokens: Token[], run: {from: number; to: number}, floor: number): Ref | undefined {
	let of = run.from - 1;
	if (tokens[of]?.lower === 'the') of--;
	const noun = tokens[of - 1];
	// (a noun opening the sentence, capitalised only there, is common: `Lawyers for Adams said`)
	if (of - 1 < floor || !/^(?:of|for)$/u.test(tokens[of]!.lower) || !isWord(noun) || (noun.upper && !noun.common && !TITLE_WORDS.has(noun.lower))) return undefined;
	// `director of Amnesty International Man-kei Tam`: the run goes on past the body to the person's name.
	if (pastOfficePlace(tokens, run.from, run.to) > run.from) return undefined;
	let start: number;
	let kind: SpeakerKind = 'organization';
	if (PLACE_NOUNS.has(noun.lower)) {
		start = DETERMINERS.has(tokens[of - 2]?.lower ?? '') && of - 2 >= floor ? of - 2 : of - 1;
	} else {
		const outer = phraseBefore(tokens, of, floor, -1);
		if (outer?.form !== 'description') return undefined;
		start = tokens.findIndex(t => t.start === outer.at);
		kind = outer.kind;
	}
	return {form: 'description', text: joinTokens(tokens, start, run.to), kind, outlet: false, at: tokens[start]!.start};
}

/** The noun phrase starting at tokens[start] (`said Bash`, `according to the El Paso mayor, Dee Margo`). */
export function phraseAfter(tokens: Token[], start: number, first: number): Ref | undefined {
	let i = start;
	while (i < tokens.length && isWord(tokens[i]) && VERB_FILLERS.has(tokens[i]!.lower)) i++;
	const token = tokens[i];
	if (!isWord(token)) return undefined;
	const pronoun = pronounRef(token) ?? objectPronounRef(tokens, i);
	if (pronoun) return pronoun;
	let end = i;
	while (end < tokens.length && end - i < 14) {
		const t = tokens[end]!;
		if (t.kind === 'quote') break;
		// A date inside the phrase: `a March 14, 2019 NATO press release`.
		if (t.text === ',' && /^\d+$/u.test(tokens[end - 1]?.text ?? '') && /^\d{4}$/u.test(tokens[end + 1]?.text ?? '')) {
			end += 2;
			continue;
		}
		if (t.kind === 'punct' && t.text !== '.') break;
		if (t.text === '.' && !(tokens[end - 1] && isAbbreviation(tokens[end - 1]!))) break;
		// `the Food and Agriculture Organization's …`: a connector between capitalised words is inside a name.
		const inName = t.lower === 'and' && tokens[end - 1]!.upper && tokens[end + 1]?.upper === true;
		if (isWord(t) && end > i && CLAUSE_BREAKS.has(t.lower) && !DESCRIPTION_LINKS.has(t.lower) && !inName && !SOURCE_ADJECTIVES.has(tokens[end - 1]!.lower)) break;
		// (`a survey published in 2017 by the society`: a document's author may come after when or where it appeared)
		if (isWord(t) && end > i && /^(?:in|at|on)$/u.test(t.lower) && /[a-z]ed$/u.test(tokens[end - 1]!.lower)) {
			let by = end + 1;
			while (by < tokens.length && by < end + 5 && isWord(tokens[by]) && tokens[by]!.lower !== 'by') by++;
			if (tokens[by]?.lower === 'by' && DOCUMENT_HEADS.has(tokens[end - 2]?.lower ?? '')) {
				end = by;
				continue;
			}
		}
		// (`people familiar with the plans`: an adjective saying who a source is keeps its preposition)
		const sourcing = SOURCE_ADJECTIVES.has(tokens[end - 1]!.lower);
		if (isWord(t) && end > i && !sourcing && (t.lower === 'in' || t.lower === 'at' || t.lower === 'with' || t.lower === 'via' || AUXILIARIES.has(t.lower))) break;
		end++;
	}
	if (end === i) return undefined;
	const runs = capitalRuns(tokens, i, end, first);
	// `according to Johnson's critics`: the possessor is not the one speaking (though in `Ted Scambos of CU
	// Boulder's Cooperative Institute` a name follows it).
	const owned = runs[0] && tokens[runs[0].to];
	// (…unless the one owned is named: `Clinton’s top foreign policy aide Jake Sullivan`)
	if (owned && isPossessive(tokens[runs[0]!.to - 1]!.text) && runs[0]!.to < end && !owned.upper && personRun(tokens, runs) === runs[0]) {
		const desc = descriptionRef(tokens, i, end);
		// `according to Windsor Locks' first selectman, Chris Kervick,`
		return (tokens[end]?.text === ',' ? apposition(tokens, end + 1, first) : undefined) ?? desc;
	}
	if (runs.length > 0) {
		const run = personRun(tokens, runs)!;
		// Only a description before the name: `the El Paso mayor, Dee Margo` has the name after the comma.
		const ref = nameRef(tokens, run.from, run.to);
		const tail = tokens[end];
		const apposed = tail?.text === ',' && run.to < end ? apposition(tokens, end + 1, first) : undefined;
		if (apposed) return apposed;
		const described = describedOf(tokens, run, i - 1);
		if (described) return described;
		// `the Mexican government`, `Syrian state media`, `Iraqi military`: a name that only qualifies the noun after it.
		const desc = descriptionRef(tokens, i, end);
		if (desc && run.to < end && !tokens[end - 1]!.upper && !DOCUMENT_HEADS.has(tokens[i]!.lower)) return desc;
		// `a Twitter post by Amy Cook`: a name before a document only says what kind it is; its author speaks.
		if (DOCUMENT_HEADS.has(tokens[run.to]?.lower ?? '') && /^(?:by|from)$/u.test(tokens[run.to + 1]?.lower ?? '')) {
			const author = phraseAfter(tokens, run.to + 2, first);
			if (author) return author;
		}
		return ref;
	}
	const desc = descriptionRef(tokens, i, end);
	// `according to the mayor, Dee Margo,`
	if (desc && tokens[end]?.text === ',') return apposition(tokens, end + 1, first) ?? desc;
	return desc;
}

// Object pronouns and the subject forms they are resolved by (`according to him`, `quoted them as saying`).
const OBJECT_PRONOUNS: Record<string, string> = {him: 'he', her: 'she', them: 'they'};

/** `according to him` points back like `he`; `her` only when it stands alone (`according to her lawyer` does not). */
function objectPronounRef(tokens: Token[], i: number): Ref | undefined {
	const token = tokens[i]!;
	const subject = OBJECT_PRONOUNS[token.lower];
	if (!subject || (token.lower === 'her' && isWord(tokens[i + 1]))) return undefined;
	return pronounRef({...token, lower: subject});
}

/** A name set off by commas right after a description (`the El Paso mayor, Dee Margo, …`). */
function apposition(tokens: Token[], start: number, first: number): Ref | undefined {
	const run = capitalRuns(tokens, start, Math.min(tokens.length, start + 6), first)[0];
	if (!run || run.from !== start || tokens[run.to]?.text !== ',') return undefined;
	return nameRef(tokens, run.from, run.to);
}

function referentAfterAccording(tokens: Token[], floor: number, comma: number): Ref | undefined {
	for (let k = comma - 1; k > floor + 1; k--) {
		if (tokens[k - 1]!.lower === 'to' && tokens[k - 2]?.lower === 'according') return phraseAfter(tokens, k, -1);
	}
	return undefined;
}
