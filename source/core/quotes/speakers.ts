// Merges the forms an article uses for one speaker (`Russian Foreign Minister Sergei Lavrov` = `Lavrov`, `WHO`).
import type {Speaker, SpeakerKind} from './types.js';
import {ORG_HEADS} from './lexicon.js';
import {acronym, foldKey, isPlace} from './names.js';
import type {Ref} from './name-refs.js';

export interface NameForm {
	name: string;
	title?: string;
	kind: SpeakerKind;
	/** How often the article writes it this way. */
	mentions: number;
	/** The sentences (their indexes in the article) that write it this way, in order. */
	seen?: number[];
}

interface Entity {
	name: string;
	aliases: Set<string>;
	title?: string;
	kind: SpeakerKind;
	quotes: number;
	first: number;
}

const DETERMINER = /^(?:the|a|an)\s+/iu;
// What opens a description the article may repeat with another determiner (`a source`, `the source`, `its source`).
const DESCRIPTION_OPENER = /^(?:the|a|an|its|his|her|their)\s+/iu;
const BODY_LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);
// Forms of address, not titles worth showing: `Mr Hancock`.
const HONORIFICS = /^(?:mr|mrs|ms|miss|mx|sir|dame)\.?$/iu;

interface KeyedForm extends NameForm {
	key: string;
	words: string[];
	/** Mentions of this name, whatever title came with it. */
	uses: number;
}

/** One word of a name as forms are compared: `O'Donnell` = `odonnell`, `al-Eryani` one word, `Fernández` = `fernandez`. */
function wordKey(word: string): string {
	const lower = word.toLowerCase();
	if (/^[a-z\d]+$/u.test(lower)) return lower;
	// Accents only need undoing where there are any: most names are plain ASCII.
	const plain = /[^\x00-\x7f]/u.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
	return plain.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name's words as forms are compared (`Biden-Trump` is one word, not `Trump`). */
const nameWords = (name: string): string[] => name.split(' ').map(wordKey).filter(Boolean);

// Words that end a company's full name (`Ford` is the `Ford Motor Company`).
const CORPORATE = new Set(['company', 'corporation', 'corp', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'co', 'group', 'holdings']);

/**
 * A body's full name goes on from its short form with a link (`Centers for Disease Control and Prevention`) or
 * ends in what it is (`Ford Motor Company`, `Navy Information Agency`); a product does not (`Red Hat Enterprise Linux`).
 */
const extendsBody = (full: string[], short: string[]): boolean =>
	BODY_LINKS.has(full[short.length]!) || short.some(w => BODY_LINKS.has(w)) || CORPORATE.has(full.at(-1)!) || ORG_HEADS.has(full.at(-1)!);

/** `Alibaba` of `Alibaba Group`, `Ford` of `Ford Motor Company`: one word opening a body's name that ends in what a company is. */
const companyOf = (full: string[], short: string[], kind: SpeakerKind): boolean =>
	kind === 'organization' && short.length === 1 && full[0] === short[0] && full.length > 1 && CORPORATE.has(full.at(-1)!);

/** `Lavrov` in `Sergei Lavrov`, `Ministry` in `Emergencies Ministry` — not `Maryland` in `University of Maryland`. */
const endsLike = (full: string[], short: string[]): boolean =>
	full.at(-1) === short.at(-1) && !BODY_LINKS.has(full[full.length - short.length - 1] ?? '');

/** `Donald` for `Donald Trump`, `Ford` for `Ford Motor Company` — not `Red Hat` for `Red Hat Enterprise Linux`. */
const startsLike = (full: string[], short: string[], kind: SpeakerKind): boolean =>
	full[0] === short[0] && (kind === 'organization' ? extendsBody(full, short) && !isPlace(short.join(' ')) : short.length === 1);

// Secretaries who are no ministers: of a press office, a party, the civil service.
const NOT_MINISTERS = new Set(['press', 'general', 'cabinet', 'permanent', 'executive', 'party', 'private', 'parliamentary']);

/** `Industry Secretary`, `Home Secretary`: a secretary with a portfolio, a minister in a cabinet of secretaries. */
const isPortfolioSecretary = (form: NameForm): boolean => {
	const words = foldKey(form.title ?? '').split(' ');
	return words.length === 2 && words[1] === 'secretary' && !NOT_MINISTERS.has(words[0]!);
};

/** A longer name than the short form's own beats its own; then the one used more; then the longer. */
const better = (form: KeyedForm, best: KeyedForm, short: number): boolean =>
	form.words.length > short !== best.words.length > short ? form.words.length > short : form.uses !== best.uses ? form.uses > best.uses : form.words.length > best.words.length;

function file<T>(index: Map<string, T[]>, word: string, item: T): void {
	const list = index.get(word);
	if (list) list.push(item);
	else index.set(word, [item]);
}

/**
 * Names every form of a speaker with the fullest name the article gives it. `forms` are all the names the
 * article mentions, in reading order.
 */
export class SpeakerBook {
	private readonly entities = new Map<string, Entity>();
	/** Forms by each of their words, so a short form only meets the names that hold all its words. */
	private readonly byWord = new Map<string, KeyedForm[]>();
	private readonly byAcronym = new Map<string, KeyedForm[]>();
	/** Titled forms by their title and by each ending of it (`foreign minister`, `minister`), first form first. */
	private readonly byTitleEnding = new Map<string, NameForm[]>();
	private readonly byWholeTitle = new Map<string, NameForm[]>();
	/** What each short form stood for, by kind and key: an article repeats its names, and each is looked up once. */
	private readonly found = new Map<string, KeyedForm | undefined>();

	constructor(forms: NameForm[]) {
		// Mentions of each name, whatever title came with it.
		const uses = new Map<string, number>();
		for (const form of forms) uses.set(form.name, (uses.get(form.name) ?? 0) + form.mentions);
		for (const form of forms) {
			const words = nameWords(form.name);
			// Spelt out rather than spread: forms with and without a title then share one object shape.
			const keyed: KeyedForm = {name: form.name, title: form.title, kind: form.kind, mentions: form.mentions, key: words.join(' '), words, uses: uses.get(form.name)!};
			for (const word of new Set(words)) file(this.byWord, word, keyed);
			file(this.byAcronym, acronym(form.name), keyed);
			if (!form.title) continue;
			// A title's head comes before its complement: `Secretary of State for Health` is a secretary.
			const title = foldKey(form.title).replace(/ (?:of|for) .*$/u, '');
			file(this.byWholeTitle, title, form);
			for (let space = title.indexOf(' '); space >= 0; space = title.indexOf(' ', space + 1)) file(this.byTitleEnding, title.slice(space + 1), form);
		}
	}

	/** The full form in the article a short one stands for: `Lavrov` → `Sergei Lavrov`, `WHO` → `World Health Organization`. */
	private fullest(ref: Ref): NameForm {
		const own: NameForm = {name: ref.text, kind: ref.kind, mentions: 0, ...(ref.title ? {title: ref.title} : {})};
		const key = nameWords(ref.text);
		if (ref.form !== 'name' || key.length === 0) return own;
		const lookup = `${ref.kind} ${ref.text}`;
		let best = this.found.get(lookup);
		if (!this.found.has(lookup)) this.found.set(lookup, (best = this.best(ref, key)));
		if (!best) return own;
		const kind = best.kind === 'person' && ref.kind !== 'person' ? ref.kind : best.kind;
		const title = best.title ?? ref.title;
		return {name: best.name, kind, mentions: best.mentions, ...(title ? {title} : {})};
	}

	private best(ref: Ref, key: string[]): KeyedForm | undefined {
		const refKey = key.join(' ');
		const isAcronym = key.length === 1 && /^\p{Lu}{2,}$/u.test(ref.text);
		// Every candidate holds all of the short form's words: the rarest of them finds the fewest.
		let candidates = isAcronym ? (this.byAcronym.get(ref.text) ?? []).filter(form => form.name.length > ref.text.length) : undefined;
		if (!candidates) for (const word of key) {
			const list = this.byWord.get(word) ?? [];
			if (!candidates || list.length < candidates.length) candidates = list;
		}
		let best: KeyedForm | undefined;
		let bestEnds = false;
		let company: KeyedForm | undefined;
		// How often the article writes the short form itself (`the Senate`).
		const ownUses = ref.kind === 'organization' ? (candidates!.find(form => form.key === refKey)?.uses ?? 0) : 0;
		for (const form of candidates!) {
			const fw = form.words;
			if (fw.length <= key.length && form.key !== refKey) continue;
			// `the Senate`, written often in a story about Puerto Rico, is not the `U.S. Senate` it names once: a body
			// qualified by a place is another body than the one the article calls by its bare name more often.
			if (ownUses > form.uses && fw.length > key.length && endsLike(fw, key) && isPlace(fw.slice(0, fw.length - key.length).join(' ').replace(/^u s$/u, 'us'))) continue;
			// …nor is `GitHub`, written often, the `GitHub Trust` (and Safety team) it is part of: a longer body's name that
			// starts with the bare one names a part of it, unless its last word only says what kind of body it is
			// (`Alibaba Group`) or it goes on with what the body is for (`Brennan Center for Justice`).
			if (ownUses > form.uses && fw.length > key.length && fw[0] === key[0] && !endsLike(fw, key) && !CORPORATE.has(fw.at(-1)!) && !BODY_LINKS.has(fw[key.length]!)) continue;
			// `Imus` is not the `Imus Ranch Foundation`: a person never merges into a body's name, nor a body into a person's.
			if (!isAcronym && form.key !== refKey && (form.kind === 'organization') !== (ref.kind === 'organization')) {
				// (though a lone word that opens a company's full name is that company, `Alibaba` for `Alibaba Group`,
				// unless a person of the article bears it too: `Podesta` is Tony Podesta of the Podesta Group)
				if (ref.kind === 'person' && companyOf(fw, key, form.kind)) company ??= form;
				continue;
			}
			// A person's name joins no words with `of`, `for` or `and` (`called Nevada for Biden` is not Biden's name).
			if (ref.kind === 'person' && fw.some(w => BODY_LINKS.has(w))) continue;
			// A place named alone is that place, never short for a longer name ending in it (`Sudan` is not `South Sudan`).
			if (!isAcronym && fw.length > key.length && isPlace(ref.text)) continue;
			const ends = endsLike(fw, key);
			const contains = isAcronym || (key.every(w => fw.includes(w)) && (ends || startsLike(fw, key, ref.kind)));
			if (!contains) continue;
			// A person's lone name is a surname before it is a given name (`Trump` is Donald Trump, not Trump Tower Manila).
			const longer = fw.length > key.length;
			if (best && ref.kind === 'person' && longer && best.words.length > key.length && ends !== bestEnds) {
				if (ends) [best, bestEnds] = [form, ends];
				continue;
			}
			// Of two full names with one surname (`Ginger Baker was born Peter Edward Baker`), the one the article uses.
			if (!best || better(form, best, key.length)) [best, bestEnds] = [form, ends];
		}
		return best && best.key !== refKey ? best : (company ?? best);
	}

	/**
	 * A description that repeats a named speaker's title (`the Greek foreign minister`) stands for that speaker: of
	 * several holders of the title, the one named last at or before `sentence` (`Prime Minister A … Economy Minister B
	 * sent a letter, but the minister said …` is B), else the first named. A secretary of a government is one of
	 * its ministers (`Industry Secretary Patricia Hewitt … the minister`).
	 */
	private byTitle(ref: Ref, sentence: number): NameForm | undefined {
		// Only a person is described by a title (`the federation` is no `President of the Chess Federation`).
		if (ref.form !== 'description' || ref.kind !== 'person') return undefined;
		const key = foldKey(ref.text.replace(DETERMINER, ''));
		const holders = key ? (this.holdersOf(key) ?? (key.endsWith('minister') ? this.holdersOf('secretary')?.filter(isPortfolioSecretary) : undefined)) : undefined;
		if (!holders?.length) return undefined;
		let latest: NameForm | undefined;
		let when = -1;
		for (const form of holders) {
			const seen = form.seen ?? [];
			// (the last mention at or before the sentence: mentions are in reading order)
			let lo = 0;
			for (let hi = seen.length; lo < hi; ) {
				const mid = (lo + hi) >> 1;
				if (seen[mid]! <= sentence) lo = mid + 1;
				else hi = mid;
			}
			if (lo > 0 && seen[lo - 1]! > when) {
				when = seen[lo - 1]!;
				latest = form;
			}
		}
		return latest ?? holders[0];
	}

	private holdersOf(title: string): NameForm[] | undefined {
		return this.byWholeTitle.get(title) ?? this.byTitleEnding.get(title);
	}

	/** Records one quote by `ref`, in the article's sentence `sentence`; returns the speaker's name. */
	add(ref: Ref, order: number, sentence = 0): string {
		// `The president` names `President Fernández`, who may be `Alberto Fernández` elsewhere.
		const titled = this.byTitle(ref, sentence);
		const form = this.fullest(titled ? {...ref, form: 'name', text: titled.name, kind: titled.kind, ...(titled.title ? {title: titled.title} : {})} : ref);
		// `a source said …`, then `the source added`, `its source`: a description the article picks up again is one speaker.
		const key = foldKey(!titled && ref.form === 'description' ? form.name.replace(DESCRIPTION_OPENER, '') : form.name);
		let entity = this.entities.get(key);
		if (!entity) {
			const title = form.title && !HONORIFICS.test(form.title) ? form.title : undefined;
			entity = {name: form.name, aliases: new Set(), ...(title ? {title} : {}), kind: form.kind, quotes: 0, first: order};
			this.entities.set(key, entity);
		}
		entity.quotes++;
		for (const alias of [ref.text, ref.title ? `${ref.title} ${ref.text}` : '']) {
			if (alias && foldKey(alias) !== key && alias !== entity.name) entity.aliases.add(alias);
		}
		if (!entity.title && ref.title && !HONORIFICS.test(ref.title)) entity.title = ref.title;
		return entity.name;
	}

	speakers(): Speaker[] {
		return [...this.entities.values()]
			.sort((a, b) => b.quotes - a.quotes || a.first - b.first)
			.map(e => ({name: e.name, aliases: [...e.aliases], ...(e.title ? {title: e.title} : {}), kind: e.kind, quotes: e.quotes}));
	}
}
