// Merges the forms an article uses for one speaker (`Russian Foreign Minister Sergei Lavrov` = `Lavrov`, `WHO`).
import type {Speaker, SpeakerKind} from './types.js';
import {acronym, foldKey} from './names.js';
import type {Ref} from './refs.js';

export interface NameForm {
	name: string;
	title?: string;
	kind: SpeakerKind;
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

/**
 * Names every form of a speaker with the fullest name the article gives it. `forms` are all the names the
 * article mentions, in reading order.
 */
interface KeyedForm extends NameForm {
	key: string;
	words: string[];
	initials: string;
}

export class SpeakerBook {
	private readonly entities = new Map<string, Entity>();
	private readonly forms: KeyedForm[] = [];

	constructor(forms: NameForm[]) {
		const seen = new Set<string>();
		for (const form of forms) {
			const key = foldKey(form.name);
			if (!key || seen.has(key)) continue;
			seen.add(key);
			this.forms.push({...form, key, words: key.split(' '), initials: acronym(form.name)});
		}
	}

	/** The fullest form in the article a short one stands for: `Lavrov` → `Sergei Lavrov`, `WHO` → `World Health Organization`. */
	private fullest(ref: Ref): NameForm {
		const own: NameForm = {name: ref.text, kind: ref.kind, ...(ref.title ? {title: ref.title} : {})};
		const refKey = foldKey(ref.text);
		const key = refKey.split(' ').filter(Boolean);
		if (ref.form !== 'name' || key.length === 0) return own;
		const isAcronym = key.length === 1 && /^\p{Lu}{2,}$/u.test(ref.text);
		let best: KeyedForm | undefined;
		for (const form of this.forms) {
			const fw = form.words;
			if (fw.length <= key.length && form.key !== refKey) continue;
			const contains = key.every(w => fw.includes(w)) && (fw.at(-1) === key.at(-1) || fw[0] === key[0]);
			const initials = isAcronym && form.initials === ref.text;
			if ((contains || initials) && (!best || best.words.length < fw.length)) best = form;
		}
		if (!best) return own;
		const kind = best.kind === 'person' && ref.kind !== 'person' ? ref.kind : best.kind;
		const title = best.title ?? ref.title;
		return {name: best.name, kind, ...(title ? {title} : {})};
	}

	/** A description that repeats a named speaker's title (`the Greek foreign minister`) stands for that speaker. */
	private byTitle(ref: Ref): NameForm | undefined {
		if (ref.form !== 'description') return undefined;
		const key = foldKey(ref.text.replace(DETERMINER, ''));
		if (!key) return undefined;
		for (const form of this.forms) if (form.title && foldKey(form.title) === key) return form;
		for (const form of this.forms) if (form.title && foldKey(form.title).endsWith(' ' + key)) return form;
		return undefined;
	}

	/** Records one quote by `ref`; returns the speaker's name. */
	add(ref: Ref, order: number): string {
		const form = this.byTitle(ref) ?? this.fullest(ref);
		const key = foldKey(form.name);
		let entity = this.entities.get(key);
		if (!entity) {
			entity = {name: form.name, aliases: new Set(), ...(form.title ? {title: form.title} : {}), kind: form.kind, quotes: 0, first: order};
			this.entities.set(key, entity);
		}
		entity.quotes++;
		for (const alias of [ref.text, ref.title ? `${ref.title} ${ref.text}` : '']) {
			if (alias && foldKey(alias) !== key) entity.aliases.add(alias);
		}
		if (!entity.title && ref.title) entity.title = ref.title;
		return entity.name;
	}

	speakers(): Speaker[] {
		return [...this.entities.values()]
			.sort((a, b) => b.quotes - a.quotes || a.first - b.first)
			.map(e => ({name: e.name, aliases: [...e.aliases], ...(e.title ? {title: e.title} : {}), kind: e.kind, quotes: e.quotes}));
	}
}
