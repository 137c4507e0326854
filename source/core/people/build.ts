// One person across articles, from each article's speakers. Each article is read once, as its
// quotes come (`add`); who is who across articles is settled when asked (`people`), in one pass
// over what was read, so the answer never depends on the order articles came in.
//
// The rules: the same full name joins across articles (case and accents folded); a short form
// (`Pelosi`) joins a full name only where its own article ties it to exactly one; organisations
// join by name, and by an acronym an article ties to the name (`WHO`, `World Health Organization`);
// descriptions (`officials`) stay with their own article.
import type {Article} from '../article.js';
import type {ArticleQuotes, Quote, Speaker, SpeakerKind} from '../quotes/types.js';
import {articleDate} from './dates.js';
import {abbreviates, acronymLetters, isAcronym, isDescription, nameKey, nameWords, organizationKey} from './names.js';
import {namesAround, spelledOut} from './ties.js';
import type {People, Person, PersonArticle} from './types.js';

type Identity =
	/** A person's name of two words or more, or an organisation's name: joins every mention with its key. */
	| {type: 'named'; key: string}
	/** A one-word name of a person: joins the one full name its article ties it to, if any. */
	| {type: 'short'; key: string; ties: string[]; around: string[][]}
	/** An acronym: joins the name its article spells it out as, or the one name any article does. */
	| {type: 'acronym'; key: string; letters: string; ties: Array<{key: string; name: string}>}
	| {type: 'described'; key: string};

/** One speaker of one article, with what they said there. */
interface Mention {
	article: number;
	name: string;
	aliases: string[];
	title?: string;
	kind: SpeakerKind;
	quotes: Quote[];
	identity: Identity;
}

const byReadingOrder = (a: Quote, b: Quote): number => a.paragraph - b.paragraph || a.start - b.start;

/** The most frequent of some values, the first seen among equals. */
function mostFrequent<T>(values: readonly T[]): T | undefined {
	const counts = new Map<T, number>();
	let best: T | undefined;
	let bestCount = 0;
	for (const value of values) {
		const count = (counts.get(value) ?? 0) + 1;
		counts.set(value, count);
		if (count > bestCount) {
			best = value;
			bestCount = count;
		}
	}
	return best;
}

/** A predicate: does the article write this word, in lower case, somewhere? */
function writesLowerCase(article: Article): (word: string) => boolean {
	let text: string | undefined;
	return word => {
		text ??= article.paragraphs.join('\n');
		for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
		}
		return false;
	};
}

export class PeopleBuilder {
	private readonly mentions: Mention[] = [];
	/** Each article's date (NaN when unknown), by article index. */
	private readonly dates: number[] = [];
	private added = 0;

	/** How many articles have been added. */
	get articles(): number {
		return this.added;
	}

	/** Reads one article's speakers (once; a second call for it does nothing); `index` is its place among the loaded articles. */
	add(index: number, article: Article, quotes: ArticleQuotes): void {
		if (this.dates[index] !== undefined) return;
		this.added++;
		this.dates[index] = articleDate(article) ?? Number.NaN;
		const said = new Map<string, Quote[]>();
		for (const quote of quotes.quotes) {
			if (quote.speaker === null) continue;
			const list = said.get(quote.speaker);
			if (list) list.push(quote);
			else said.set(quote.speaker, [quote]);
		}
		// A quote may name a speaker the list lacks; it still has a speaker.
		const listed = new Set(quotes.speakers.map(speaker => speaker.name));
		const speakers: Speaker[] = [
			...quotes.speakers,
			...[...said.keys()].filter(name => !listed.has(name)).map(name => ({name, aliases: [], kind: 'unknown' as const, quotes: said.get(name)!.length})),
		];
		const lowerCase = writesLowerCase(article);
		const fullNames = speakers.filter(speaker => speaker.kind === 'person' && nameWords(speaker.name).length > 1);
		const organizations = speakers.filter(speaker => speaker.kind === 'organization' && !isAcronym(speaker.name));
		for (const speaker of speakers) {
			const spoken = said.get(speaker.name);
			if (!spoken) continue;
			const identity = identify(speaker, article, lowerCase, fullNames, organizations);
			this.mentions.push({article: index, name: speaker.name, aliases: speaker.aliases, ...(speaker.title ? {title: speaker.title} : {}), kind: speaker.kind, quotes: spoken, identity});
		}
	}

	/** Everyone quoted in the articles added so far. */
	people(): People {
		const persons = new Set<string>();
		const spelled = new Map<string, Map<string, string>>();
		for (const {identity, kind, name, aliases} of this.mentions) {
			if (identity.type !== 'named') continue;
			if (kind === 'person') persons.add(identity.key);
			// A full name whose own speaker carries an acronym among its forms spells that acronym out.
			for (const alias of aliases) if (isAcronym(alias)) tie(spelled, acronymLetters(alias), identity.key, name);
		}
		for (const {identity} of this.mentions) {
			if (identity.type === 'acronym') for (const {key, name} of identity.ties) tie(spelled, identity.letters, key, name);
		}
		const groups = new Map<string, {mentions: Mention[]; spelledAs?: string}>();
		const join = (key: string, mention: Mention, spelledAs?: string): void => {
			const group = groups.get(key);
			if (group) group.mentions.push(mention);
			else groups.set(key, {mentions: [mention], ...(spelledAs ? {spelledAs} : {})});
		};
		for (const mention of this.mentions) {
			const {identity} = mention;
			switch (identity.type) {
				case 'named':
					join(`n ${identity.key}`, mention);
					break;
				case 'described':
					join(`d ${mention.article} ${identity.key}`, mention);
					break;
				case 'short': {
					const full = tiedFullName(identity, persons);
					if (full) join(`n ${full}`, mention);
					else join(`s ${mention.article} ${identity.key}`, mention);
					break;
				}
				case 'acronym': {
					const own = new Map(identity.ties.map(({key, name}) => [key, name]));
					const everywhere = spelled.get(identity.letters);
					const named = own.size === 1 ? [...own][0]! : own.size === 0 && everywhere?.size === 1 ? [...everywhere][0]! : undefined;
					if (named) join(`n ${named[0]}`, mention, named[1]);
					else join(`n ${identity.key}`, mention);
				}
			}
		}
		const built = [...groups.values()].map(({mentions, spelledAs}) => ({person: this.person(mentions, spelledAs), mentions}));
		built.sort(
			({person: a}, {person: b}) =>
				Number(a.described) - Number(b.described) ||
				b.quotes - a.quotes ||
				(a.described ? a.articles[0]!.article - b.articles[0]!.article : b.articles.length - a.articles.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
		);
		const byMention = new Map<string, number>();
		built.forEach(({mentions}, person) => {
			for (const {article, name} of mentions) byMention.set(mentionKey(article, name), person);
		});
		return {people: built.map(({person}) => person), mentions: byMention, articles: this.added};
	}

	private person(mentions: Mention[], spelledAs: string | undefined): Person {
		// The name is one its own mentions give in full, not a short form or an acronym joined to it.
		const full = mentions.filter(mention => mention.identity.type === 'named' || mention.identity.type === 'described');
		const name = mostFrequent(full.map(mention => mention.name)) ?? spelledAs ?? mostFrequent(mentions.map(mention => mention.name))!;
		const aliases = new Set<string>();
		for (const mention of mentions) {
			aliases.add(mention.name);
			for (const alias of mention.aliases) aliases.add(alias);
		}
		if (spelledAs) aliases.add(spelledAs);
		aliases.delete(name);
		const title = mostFrequent(mentions.flatMap(mention => (mention.title ? [mention.title] : [])));
		const byArticle = new Map<number, Quote[]>();
		let quotes = 0;
		for (const mention of mentions) {
			quotes += mention.quotes.length;
			const list = byArticle.get(mention.article);
			// Two forms of one person in one article (`Nancy Pelosi`, and `Pelosi` apart): their quotes interleave.
			if (list) byArticle.set(mention.article, [...list, ...mention.quotes].sort(byReadingOrder));
			else byArticle.set(mention.article, mention.quotes);
		}
		const articles: PersonArticle[] = [...byArticle].map(([article, said]) => ({article, quotes: said}));
		articles.sort((a, b) => newestFirst(this.dates[a.article]!, this.dates[b.article]!) || a.article - b.article);
		return {
			name,
			aliases: [...aliases],
			...(title ? {title} : {}),
			kind: mostFrequent(mentions.map(mention => mention.kind))!,
			quotes,
			articles,
			described: mentions[0]!.identity.type === 'described',
		};
	}
}

/** The key of one article's speaker in `People.mentions`. */
export const mentionKey = (article: number, name: string): string => `${article}\u0000${name}`;

/** Dated articles newest first, then the undated. */
function newestFirst(a: number, b: number): number {
	if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
	return b - a;
}

function tie(spelled: Map<string, Map<string, string>>, letters: string, key: string, name: string): void {
	const names = spelled.get(letters) ?? new Map<string, string>();
	if (!names.has(key)) names.set(key, name);
	spelled.set(letters, names);
}

/** The one full name a short form's article ties it to, among the full names anyone is quoted under. */
function tiedFullName(identity: Extract<Identity, {type: 'short'}>, persons: ReadonlySet<string>): string | undefined {
	const tied = new Set(identity.ties);
	// Where the text writes the short form inside a longer name, the longest such name anyone speaks under.
	for (const keys of identity.around) {
		const known = keys.findLast(key => persons.has(key));
		if (known) tied.add(known);
	}
	return tied.size === 1 ? [...tied][0] : undefined;
}

function identify(speaker: Speaker, article: Article, lowerCase: (word: string) => boolean, fullNames: Speaker[], organizations: Speaker[]): Identity {
	const {name, kind} = speaker;
	if (kind === 'unknown' || isDescription(name, lowerCase)) return {type: 'described', key: nameKey(name)};
	if (isAcronym(name)) {
		const letters = acronymLetters(name);
		const ties = new Map<string, string>();
		// Its own article ties it: another speaker's forms include it, the text spells it out, or a speaker's name is what it abbreviates.
		for (const other of organizations) {
			if (other.aliases.some(alias => acronymLetters(alias) === letters && isAcronym(alias)) || abbreviates(letters, other.name)) ties.set(organizationKey(other.name), other.name);
		}
		for (const spelled of spelledOut(article.paragraphs, name)) ties.set(organizationKey(spelled), spelled);
		for (const alias of speaker.aliases) if (!isAcronym(alias) && abbreviates(letters, alias)) ties.set(organizationKey(alias), alias);
		return {type: 'acronym', key: organizationKey(name), letters, ties: [...ties].map(([key, spelled]) => ({key, name: spelled}))};
	}
	const words = nameWords(name);
	if (kind === 'organization' || words.length > 1) return {type: 'named', key: kind === 'organization' ? organizationKey(name) : nameKey(name)};
	const word = words[0]!;
	// Its own article's full names that begin or end with it, or have it among their forms.
	const ties = fullNames
		.filter(full => {
			const fullWords = nameWords(full.name);
			return fullWords[0] === word || fullWords.at(-1) === word || full.aliases.some(alias => nameKey(alias) === word);
		})
		.map(full => nameKey(full.name));
	return {type: 'short', key: word, ties: [...new Set(ties)], around: namesAround(article.paragraphs, name.replace(/['’]s$/u, ''))};
}

/** Everyone quoted in these articles (their quotes found by `quotesOf`). */
export function findPeople(articles: readonly Article[], quotesOf: (article: Article) => ArticleQuotes): People {
	const builder = new PeopleBuilder();
	articles.forEach((article, index) => builder.add(index, article, quotesOf(article)));
	return builder.people();
}
