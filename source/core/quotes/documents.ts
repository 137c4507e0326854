// Documents an article names as where somebody said something (`Trump, in a statement delivered via …, announced`),
// so that `the statement` later in the article stands for its author rather than for nobody in particular.
import type {SpeechEvent} from './events.js';
import {DOCUMENT_HEADS} from './lexicon.js';
import type {Ref} from './name-refs.js';
import type {Token} from './tokens.js';

const VENUE_PREPOSITIONS = new Set(['in', 'via', 'through']);
const OPENERS = new Set(['a', 'an', 'his', 'her', 'its', 'their']);

export class DocumentAuthors {
	private readonly authors = new Map<string, Ref>();

	/** Records `in a statement`, `in a letter to …` in a sentence whose act of saying has a named speaker. */
	read(tokens: Token[], events: SpeechEvent[]): void {
		const speaker = events.find(e => e.speaker?.form === 'name')?.speaker;
		if (!speaker) return;
		for (let k = 0; k + 2 < tokens.length; k++) {
			if (!VENUE_PREPOSITIONS.has(tokens[k]!.lower) || !OPENERS.has(tokens[k + 1]!.lower)) continue;
			for (let j = k + 2; j < tokens.length && j <= k + 4 && tokens[j]!.kind === 'word'; j++) {
				if (DOCUMENT_HEADS.has(tokens[j]!.lower)) {
					this.authors.set(tokens[j]!.lower, speaker);
					break;
				}
			}
		}
	}

	/** `The statement` (one word after `the`) → whoever the article said made that statement, if it did. */
	authorOf(ref: Ref): Ref | undefined {
		if (ref.form !== 'description') return undefined;
		const found = /^the (\p{L}+)$/iu.exec(ref.text);
		return found ? this.authors.get(found[1]!.toLowerCase()) : undefined;
	}
}
