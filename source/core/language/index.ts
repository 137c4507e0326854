// The language layer: words, their parts of speech and sentence ends from wink-nlp's English model, behind
// one small interface so that the attribution rules never see the library. The model is built once per
// process, the first time text is tagged (about 60 ms), never at start-up; the build keeps its data out of
// the bundles (scripts/build.mjs).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Universal part-of-speech tags, as the model gives them. */
export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Word {
	/** UTF-16 offsets in the tagged text. */
	start: number;
	end: number;
	pos: Pos;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

// Only the tagger: sentence detection, entities, negation and sentiment cost time the rules have no use for.
const tagger = (): Nlp => (nlp ??= winkNLP(model, ['pos']));

/** The words of `text` from `from` to `to` with their tags, in order, at their offsets in `text`; spaces are not words. */
export function tagWords(text: string, from = 0, to = text.length): Word[] {
	const language = tagger();
	const tokens = language.readDoc(text.slice(from, to)).tokens();
	const values = tokens.out(language.its.value) as string[];
	const spaces = tokens.out(language.its.precedingSpaces) as string[];
	const tags = tokens.out(language.its.pos) as Pos[];
	const words: Word[] = new Array(values.length);
	let at = from;
	for (let k = 0; k < values.length; k++) {
		at += spaces[k]!.length;
		const end = at + values[k]!.length;
		words[k] = {start: at, end, pos: tags[k]!};
		at = end;
	}
	return words;
}

export type Tag = typeof tagWords;

// Short stretches recur within an article ("he said.", "according to officials") and are always tagged the
// same way. Remembered for one article only: its text bounds the memory.
const REMEMBERED_LENGTH = 120;

/** `tagWords` that tags each short stretch of text once and gives the words it found again when it recurs. */
export function rememberingTagger(): Tag {
	const remembered = new Map<string, Word[]>();
	return (text, from = 0, to = text.length) => {
		if (to - from > REMEMBERED_LENGTH) return tagWords(text, from, to);
		const stretch = text.slice(from, to);
		let words = remembered.get(stretch);
		if (!words) {
			words = tagWords(stretch);
			remembered.set(stretch, words);
		}
		return words.map(word => ({start: word.start + from, end: word.end + from, pos: word.pos}));
	};
}
