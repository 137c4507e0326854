// How names are compared across articles: folded (case, accents, punctuation), split into words,
// and told apart from descriptions (`officials`, `the company`) and acronyms (`WHO`).

// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = {ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd'};

/** The words of a name, lower-case and without accents or punctuation: `Brudziński` and `BRUDZINSKI` are one. */
export function nameWords(name: string): string[] {
	const folded = name
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[łøđħıßæœþð]/gu, letter => UNDECOMPOSED[letter]!)
		// A name written with dots or apostrophes is the same name without them (`U.S.`, `O'Brien`).
		.replace(/[.'’‘`]/gu, '');
	return folded.split(/[^\p{L}\p{N}&]+/u).filter(Boolean);
}

/** One key for a name: its folded words, spaced. */
export const nameKey = (name: string): string => nameWords(name).join(' ');

// British and American spellings of the same organisation (`World Health Organisation`).
const SPELLINGS: Array<[RegExp, string]> = [[/isation\b/gu, 'ization']];

/** An organisation's key: as a name's, without a leading `the` and with one spelling. */
export function organizationKey(name: string): string {
	const words = nameWords(name);
	if (words[0] === 'the' && words.length > 1) words.shift();
	return SPELLINGS.reduce((key, [pattern, replacement]) => key.replace(pattern, replacement), words.join(' '));
}

// Small words a name may hold in lower case (`Centers for Disease Control`, `Ali bin Tamim`, `al-Eryani`).
const CONNECTORS = new Set('of for and the on in at to de da del della der den van von bin bint ibn al el la le du dos das di y e & und'.split(' '));
// A phrase opening with one of these describes someone rather than naming them (`His lawyers`, `A report`).
const DESCRIBING_OPENERS = new Set('a an his her its their our my your some many any several few most all both each every one two three four five other another these those this that such'.split(' '));

const opensCapital = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);
// `al-Eryani`, `d'Alembert`: a part after a hyphen or apostrophe may carry the capital.
const isCapitalized = (word: string): boolean => word.split(/[-'’]/u).some(opensCapital);

/**
 * A description rather than a name: a phrase with a common word in lower case (`the Biden
 * campaign`, `Local officials`), opening with a determiner (`A spokesman`), or a single word the
 * article also writes in lower case (`Police` at a sentence's start, `police` elsewhere).
 */
export function isDescription(name: string, articleText: (word: string) => boolean): boolean {
	const words = name.split(/\s+/u).filter(Boolean);
	if (words.length === 0) return true;
	if (DESCRIBING_OPENERS.has(words[0]!.toLowerCase())) return true;
	const rest = words[0]!.toLowerCase() === 'the' ? words.slice(1) : words;
	if (rest.length === 0 || rest.some(word => !isCapitalized(word) && !CONNECTORS.has(word.toLowerCase()))) return true;
	return rest.length === 1 && !isAcronym(rest[0]!) && articleText(rest[0]!.toLowerCase());
}

/** `WHO`, `U.N.`, `UNICEF`: capitals only, two to eight of them. */
export const isAcronym = (name: string): boolean => /^(?:\p{Lu}\.?){2,8}$/u.test(name.replace(/&/gu, ''));

/** The letters of an acronym, upper-case (`U.N.` → `UN`). */
export const acronymLetters = (name: string): string => name.replace(/[^\p{Lu}]/gu, '');

/**
 * Whether an acronym can stand for a name: its letters are, in order, initials of the name's words,
 * the first word's among them, connectors' initials optional (`CDC`, `Centers for Disease Control
 * and Prevention`; `NDRRMC`, `National Disaster Risk Reduction and Management Council`).
 */
export function abbreviates(acronym: string, name: string): boolean {
	const letters = acronymLetters(acronym).toLowerCase();
	const words = nameWords(name);
	if (words.length < 2 || letters[0] !== words[0]![0]) return false;
	let at = 1;
	for (let word = 1; word < words.length && at < letters.length; word++) {
		if (words[word]![0] === letters[at]) at++;
		else if (!CONNECTORS.has(words[word]!)) return false;
	}
	return at === letters.length;
}
