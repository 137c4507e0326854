// Names in running text: proper-name runs, the title kept apart from the name, outlets, and keys for matching forms.
import {ABBREVIATED_TITLES, COMMON_CAPITALS, NAME_SUFFIXES, LEGAL_TEXTS, ORG_HEADS, OUTLETS, OUTLET_ENDINGS, PLACE_NAMES, PLACES, SPEECH_VERBS, TITLE_WORDS} from './lexicon.js';
import type {Token} from './tokens.js';

// Small words that may sit inside a name (`Court of Session`, `Centers for Disease Control and Prevention`).
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'y', 'the']);
// `on` and `in` join a name only after a body (`Commission on International Religious Freedom`), never `Mendez on Twitter`.
const BODY_CONNECTORS = new Set(['on', 'in']);
const UPPER = /^[\p{Lu}]/u;

/** Lower case, no accents, no possessive: the key two forms of one name share. */
export function foldKey(name: string): string {
	// Accents only need undoing where there are any: most names are plain ASCII.
	return (/[^\x00-\x7f]/u.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name)
		.toLowerCase()
		.replace(/['’]s\b/gu, '')
		.replace(/^the\s+/u, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export const isPossessive = (word: string): boolean => /\p{L}['’]s?$/u.test(word) && /['’]/u.test(word);

// `Kurdish-led`, `Iran-backed`, `London-based`: a compound of a name and a participle says what the name after it is.
const DESCRIBING_COMPOUND = /-(?:led|backed|based|owned|run|born|funded|supported|allied|controlled|linked|made)$/u;

function isCapitalized(token: Token | undefined, sentenceFirst: boolean): boolean {
	if (!token || token.kind !== 'word' || !token.upper || token.common || DESCRIBING_COMPOUND.test(token.lower)) return false;
	return !(sentenceFirst && COMMON_CAPITALS.has(token.lower));
}

/** `said Will Doyle`: inside a sentence the modal is never capitalised, and `Will` before a name is the given name. */
const givenWill = (tokens: Token[], i: number, first: number): boolean =>
	i !== first && tokens[i]!.text === 'Will' && isCapitalized(tokens[i + 1], false) && !COMMON_CAPITALS.has(tokens[i + 1]!.lower) && !tokens[i - 1]?.upper;

/** `New York`, `New Zealand`: `New` opens a name when a capitalised word follows it. */
const opensPlace = (tokens: Token[], i: number): boolean => tokens[i]!.text === 'New' && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.upper === true;

// `and` joins only inside a body's name (`Centers for Disease Control and Prevention`, `Committee on Intelligence and
// Security`, or one whose capitalised words after `and` run to its head: `Food and Drug Administration`), never
// `Austria and Hungary`, nor two bodies (`Center for Biological Diversity and Center for Food Safety`: a second head
// opens a second name).
const joins = (word: Token, before: Token, inside: Token[], after: Token | undefined, headAhead: () => boolean): boolean =>
	(CONNECTORS.has(word.lower) && (word.lower !== 'and' || (inside.some(t => t.lower === 'of' || t.lower === 'for' || BODY_CONNECTORS.has(t.lower)) && !ORG_HEADS.has(after?.lower ?? '')) || (!inside.some(t => ORG_HEADS.has(t.lower)) && headAhead()))) ||
	(BODY_CONNECTORS.has(word.lower) && ORG_HEADS.has(before.lower));

/**
 * The capitalised words from tokens[from] (before `to`) end in a body's head (`… and Drug Administration`), and the
 * name ends there (not `Goodlatte and Benghazi Committee Chairman Trey Gowdy`, a role in a body before a name).
 */
function endsInHead(tokens: Token[], from: number, to: number): boolean {
	let k = from;
	while (k < to && isCapitalized(tokens[k], false) && !ORG_HEADS.has(tokens[k]!.lower)) k++;
	return k > from && k < to && isCapitalized(tokens[k], false) && ORG_HEADS.has(tokens[k]!.lower) && !(k + 1 < to && isCapitalized(tokens[k + 1], false));
}

// A capitalised first word the tagger reads as a verb or an adverb (`Faced with …`, `Speaking to …`, `Notably, …`).
const looksInflected = (token: Token): boolean => token.pos === 'VERB' || token.pos === 'ADV';

// A speech verb where the tagger reads a verb, never a noun or a name part (`Says`, `Told`; not `States`, `Reports`).
const isVerbOfSaying = (token: Token): boolean => token.pos === 'VERB' && SPEECH_VERBS.has(token.lower);

const CONTRACTION = /['’](?:ve|d|re|ll|m|t)$/iu;

/** A word its full stop belongs to: an initial (`J.`, `U.S`) or a title written short (`Rep.`, `Dr.`). */
export const isAbbreviation = (token: Token): boolean => /^\p{Lu}(?:\.\p{Lu})*$/u.test(token.text) || ABBREVIATED_TITLES.has(token.lower);

/** Initials with their inner stops (`F.B.I`, `U.S`): a name whose last stop is its own, wherever it stands. */
export const isInitials = (token: Token): boolean => /^\p{Lu}(?:\.\p{Lu})+$/u.test(token.text);

/** In capitals, as a run counts its words: a number between capitalised words (`LOST 52 PROJECT`) counts too. */
const inCapitals = (t: Token): boolean => t.text.length >= 2 && t.text.toUpperCase() === t.text;

function isHeading(tokens: Token[], from: number, to: number): boolean {
	let shouted = 0;
	for (let k = from; k < to; k++) {
		const t = tokens[k]!;
		if (t.kind !== 'word') continue;
		if (!inCapitals(t)) return false;
		shouted++;
	}
	// (`READ MORE:`, `SEE ALSO`: a shouted word the name does not take, a verb or a common word, makes it a label)
	const before = tokens[from - 1];
	return shouted >= 3 || (shouted > 0 && before?.kind === 'word' && inCapitals(before) && /\p{Lu}/u.test(before.text));
}

export interface Run {
	/** Token indexes, end exclusive. */
	from: number;
	to: number;
}

/** Runs of capitalised words (with inner connectors) among tokens[from, to). `first` is the sentence's first token. */
export function capitalRuns(tokens: Token[], from: number, to: number, first: number): Run[] {
	const runs: Run[] = [];
	let i = from;
	while (i < to) {
		const token = tokens[i]!;
		if (!(opensPlace(tokens, i) || givenWill(tokens, i, first) || (isCapitalized(token, i === first) && !COMMON_CAPITALS.has(token.lower))) || CONTRACTION.test(token.text) || (i === first && looksInflected(token) && !token.named) || isVerbOfSaying(token)) {
			i++;
			continue;
		}
		let end = i + 1;
		while (end < to) {
			const next = tokens[end]!;
			// A possessive ends a name, unless a body's head follows it (`Alachua Sheriff's Office`).
			if (isPossessive(tokens[end - 1]!.text) && !(isCapitalized(next, false) && ORG_HEADS.has(next.lower))) break;
			// A title-case headline capitalises its verbs: `Lavrov Says Moscow …` holds two names.
			if (isCapitalized(next, false) && !COMMON_CAPITALS.has(next.lower) && !isVerbOfSaying(next)) end++;
			// An initial, even one that is a word elsewhere: `Wayne A. I. Frederick`.
			else if (/^\p{Lu}$/u.test(next.text) && tokens[end + 1]?.text === '.' && isCapitalized(tokens[end + 2], false)) end++;
			else if (next.kind === 'word' && joins(next, tokens[end - 1]!, tokens.slice(i, end), tokens[end + 1], () => endsInHead(tokens, end + 1, to)) && isCapitalized(tokens[end + 1], false) && end + 1 < to) end += 2;
			else if (next.text === '.' && isAbbreviation(tokens[end - 1]!) && isCapitalized(tokens[end + 1], false)) end += 1;
			// `Lost 52 Project`, `Astronomy & Astrophysics`: a number or an ampersand between capitalised words.
			else if ((/^\d+$/u.test(next.text) || next.text === '&') && isCapitalized(tokens[end + 1], false) && end + 1 < to) end += 2;
			// `News 12`, `Channel 4`: a broadcaster is known by its channel number.
			else if (/^\d+$/u.test(next.text) && (OUTLET_ENDINGS.has(tokens[end - 1]!.lower) || tokens[end - 1]!.lower === 'channel')) end++;
			// `Section 230`, `Article 2, Section 1`: a part of a law is known by its number, and the parts it lies in.
			else if (/^\d+[a-z]?$/u.test(next.text) && LEGAL_TEXTS.has(tokens[end - 1]!.lower)) {
				end++;
				if (tokens[end]?.text === ',' && end + 2 < to && LEGAL_TEXTS.has(tokens[end + 1]!.lower) && isCapitalized(tokens[end + 1], false) && /^\d+[a-z]?$/u.test(tokens[end + 2]!.text)) end += 3;
			}
			else break;
		}
		// `RED STATES OUTNUMBER BLUE STATES`: three words or more in capitals are a heading, not a name; and the words
		// before a describing compound are part of it (`Los Angeles-based attorney …`).
		const compound = tokens[end]?.upper === true && DESCRIBING_COMPOUND.test(tokens[end]!.lower);
		if (!isHeading(tokens, i, end) && !compound) runs.push({from: i, to: end});
		i = end;
	}
	return runs;
}

/** `Samoa Observer editor Keni Lesa`, `Maroochydore assistant coach Ben Radmall`: of runs joined by a role, the person is the last one. */
export function personRun(tokens: Token[], runs: Run[]): Run | undefined {
	let run = runs[0];
	for (let r = 1; run && r < runs.length; r++) {
		const next = runs[r]!;
		let k = run.to;
		// (a role is up to four words: `Reed's longtime tag team partner Erick Rowan`, `top foreign policy aide`)
		while (k < next.from && tokens[k]!.kind === 'word' && (!tokens[k]!.upper || TITLE_WORDS.has(tokens[k]!.lower)) && k - run.to < 4) k++;
		// (or by modifiers, when the next run opens with a role: `Oversight ranking Democrat Elijah Cummings`; not by a
		// verb or a conjunction: `Senator Paul Okafor met Governor Lee Park`, `… and Governor Lee Park`)
		const modifies = (t: Token): boolean => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN';
		const between = tokens.slice(run.to, k);
		const roleNext = TITLE_WORDS.has(tokens[next.from]!.lower) && between.every(modifies);
		// (or by a noun phrase, when a full name follows it: `Republican political consultant Chris Russell`, `Democratic
		// strategist Simon Rosenberg`, `party boss Reince Priebus`)
		const described = between.length > 0 && between.every(t => !t.upper && modifies(t)) && between.at(-1)!.pos === 'NOUN' && next.to - next.from >= 2;
		// (never past a verb: `Senator Ella Warren questioned bank chief Jon Stumpf`)
		const byRole = k > run.to && TITLE_WORDS.has(tokens[k - 1]!.lower) && between.every(modifies);
		// (or by a name it belongs to: `Ohio’s Tom Reed`, `The Beacon's Matt Lowe`, `Boston's Daily Ledger` — though a
		// name a preposition governs belongs to the one before it: `Ted Scambos of CU Boulder's Cooperative Institute`)
		const governed = (k: number): boolean => tokens[k]?.pos === 'ADP' || (tokens[k]?.lower === 'the' && tokens[k - 1]?.pos === 'ADP');
		// (nor one that only qualifies a noun after it: `Trump's Virginia state director`)
		const qualifies = tokens[next.to]?.kind === 'word' && !tokens[next.to]!.upper && tokens[next.to]!.pos === 'NOUN';
		const owned = between.length === 0 && isPossessive(tokens[run.to - 1]!.text) && !governed(run.from - 1) && !qualifies && !tokens.slice(run.from, run.to).some(t => t.pos === 'ADP');
		if (k !== next.from || (!byRole && !roleNext && !described && !owned)) break;
		run = next;
	}
	return run;
}

/**
 * The words of the name run tokens[from, to), each full stop on the word it shortens (`Wayne A. Frederick`), and the
 * one after initials too, though the run stops before it (`the F.B.I.`); a comma inside a body's name on its word.
 */
export function runWords(tokens: Token[], from: number, to: number): string[] {
	const words: string[] = [];
	for (let k = from; k < to; k++) {
		if (tokens[k]!.text === '.' || tokens[k]!.text === ',') words[words.length - 1] += tokens[k]!.text;
		else words.push(tokens[k]!.text);
	}
	if (to > from && tokens[to]?.text === '.' && isInitials(tokens[to - 1]!)) words[words.length - 1] += '.';
	return words;
}

export const joinTokens = (tokens: Token[], from: number, to: number): string => {
	let out = '';
	for (let i = from; i < to; i++) {
		const t = tokens[i]!;
		out += (i > from && t.text !== '.' && t.text !== ',' ? ' ' : '') + t.text;
	}
	return out;
};

export interface NamePart {
	name: string;
	title?: string;
}

/** `Russian Foreign Minister Sergei Lavrov` → name `Sergei Lavrov`, title `Russian Foreign Minister`. */
export function splitTitle(words: string[]): NamePart {
	// `Neil Ferguson of Imperial College London`: a person of a body is the person.
	const of = words.findIndex((w, i) => i >= 2 && (w === 'of' || w === 'from'));
	if (of > 0) {
		const owner = words.slice(0, of);
		const named = owner.filter(w => !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/u, '')));
		if (named.length >= 2 && owner.every(w => /^\p{Lu}/u.test(w) && !ORG_HEADS.has(w.toLowerCase()))) return splitTitle(owner);
	}
	const lower = words.map(w => w.toLowerCase());
	let last = -1;
	for (let i = 0; i < words.length - 1; i++) if (TITLE_WORDS.has(lower[i]!.replace(/\.$/u, ''))) last = i;
	// A body's name has no title in it (`World Health Organization`), though a role in a body does (`Senate Minority Leader`).
	const body = lower.findLastIndex(w => ORG_HEADS.has(w));
	if (body >= 0) {
		// …nor does one whose head is followed by what it is for (`Ministry of Foreign Affairs`, `Institute for Health Metrics`).
		const bodyOf = lower.findIndex((w, i) => ORG_HEADS.has(w) && (CONNECTORS.has(lower[i + 1] ?? '') || BODY_CONNECTORS.has(lower[i + 1] ?? '')));
		// `House Intelligence Committee Represenative Adam Schiff`: a body's name, then a person's.
		const after = words.slice(body + 1);
		if (bodyOf < 0 && after.length >= 2 && after.every(w => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()))) {
			return {name: after.join(' ').replace(/ \./gu, '.'), title: words.slice(0, body + 1).join(' ')};
		}
		if (body > last || (bodyOf >= 0 && bodyOf < last)) return {name: words.join(' ').replace(/ \./gu, '.')};
	}
	if (last < 0 && !NAME_SUFFIXES.has(lower.at(-1)!.replace(/\./gu, ''))) return {name: words.join(' ').replace(/ \./gu, '.')};
	// `Secretary of State Mike Pompeo`, `First Minister of Scotland Nicola Sturgeon`: the office's domain is title too
	// (a connector in lower case: `Rev. Al Sharp` has a name after its title, not a domain).
	const domain = (i: number): boolean => CONNECTORS.has(lower[i] ?? '') && words[i] === lower[i];
	if (last >= 0 && domain(last + 1) && words.length - last > 4) {
		last = words.length - (/^\p{Lu}\.?$/u.test(words.at(-2) ?? '') ? 4 : 3);
	}
	// Nothing but the office is named (`Director-General of the WHO`): keep it whole.
	if (last >= 0 && domain(last + 1)) last = -1;
	let end = words.length;
	while (end > last + 2 && NAME_SUFFIXES.has(lower[end - 1]!.replace(/\./gu, ''))) end--;
	const name = words.slice(last + 1, end).join(' ').replace(/ \./gu, '.');
	const title = last >= 0 ? words.slice(0, last + 1).join(' ').replace(/ \./gu, '.') : undefined;
	return title ? {name, title} : {name};
}

export function isOutlet(name: string): boolean {
	const lower = name.toLowerCase();
	if (OUTLETS.has(lower)) return true;
	const space = lower.lastIndexOf(' ');
	if (space > 0) {
		// `Greek Reporter`, `Las Vegas Review-Journal`, `News 12`: the word that says what it is, past a channel number.
		let last = lower.slice(space + 1);
		if (/^\d+$/u.test(last)) last = lower.slice(lower.lastIndexOf(' ', space - 1) + 1, space);
		// (An agency is an outlet only as a news or press agency: `Tasnim News Agency`, not `National Crime Agency`.)
		const before = lower.slice(lower.lastIndexOf(' ', space - 1) + 1, space);
		if (last === 'agency') return before === 'news' || before === 'press';
		if (OUTLET_ENDINGS.has(last.slice(last.lastIndexOf('-') + 1))) return true;
		// `CNN Philippines`, `ABC of Australia`: a country's edition of an outlet known by its initials.
		const first = name.slice(0, name.indexOf(' '));
		const rest = lower.slice(first.length + 1);
		if (first.toUpperCase() === first && OUTLETS.has(first.toLowerCase()) && isPlace(rest.startsWith('of ') ? rest.slice(3) : rest)) return true;
	}
	// `TVN24`, `WSET-TV`, `WalesOnline`, `Politics1.com`: a broadcaster's or a news website's name.
	if ((name.includes('TV') || name.endsWith('FM') || name.endsWith('Online') || name.includes('.')) && /^TV|TV$|\bFM$|\p{Ll}Online$|\.(?:com|net)$/u.test(name)) return true;
	return /[^a-z .]/u.test(lower) && OUTLETS.has(foldKey(name));
}

// A compass point opening a name makes it a region (`North Karnataka`, `South Korea`, `Western Australia`): no
// person's name begins so.
export const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west', 'south-east', 'south-west']);

/** A country, state, province or region (`Iran`, `United States`, `Louisiana`, `North Karnataka`). */
export function isPlace(name: string): boolean {
	const lower = name.toLowerCase();
	const space = lower.indexOf(' ');
	return space > 0 ? PLACE_NAMES.has(lower) || COMPASS_POINTS.has(lower.slice(0, space)) : PLACES.has(lower);
}

export function looksLikeOrganization(name: string): boolean {
	const words = name.split(/\s+/u);
	if (words.some(w => ORG_HEADS.has(w.toLowerCase()))) return true;
	// A law or a part of one (`the Second Amendment`, `Section 230`) is typed as a body is: it speaks only as a text does.
	if (LEGAL_TEXTS.has(words.findLast(w => !/^\d+$/u.test(w))?.toLowerCase() ?? '')) return true;
	// `Iran said`, `Louisiana declares …`: a country or state speaks for its government; so does its seat (`White House`,
	// `Downing Street`, `Elysee Palace`).
	if (isPlace(name) || (words.length > 1 && /^(?:House|Street|Palace)$/u.test(words.at(-1)!))) return true;
	// `Znak.com`, `Politics1.com`: a website is run by somebody, it is nobody.
	if (name.includes('.') && /\.(?:com|org|net|gov|edu|info|ru|uk|au|in)$/iu.test(name)) return true;
	// `Centers for Disease Control`, `Black Voices for Trump`, `House of Representatives`: words joined by `for` or
	// `and`, or one word `of` another, name a body — unless they name an office (`Chancellor of Germany`).
	const joined = words.some(w => w === 'for' || w === 'and') || words[1] === 'of';
	if (joined && !TITLE_WORDS.has(words[0]!.toLowerCase())) return true;
	// (an acronym, `NATO`, also written with its stops: `F.B.I.`)
	return words.length === 1 && /^\p{Lu}(?:[\p{Lu}\d]+|(?:\.\p{Lu})+\.?)$/u.test(name);
}

/** `World Health Organization` → `WHO`. */
export const acronym = (name: string): string =>
	name
		.split(/[\s-]+/u)
		.filter(w => UPPER.test(w))
		.map(w => w[0])
		.join('');
