// One person across articles: the shapes the people core returns and `--people --json` prints.
import type {Quote, SpeakerKind} from '../quotes/types.js';

/** What one person said in one article. */
export interface PersonArticle {
	/** Index into the loaded articles. */
	article: number;
	/** In reading order. */
	quotes: Quote[];
}

export interface Person {
	/** The name most often given (`Nancy Pelosi`), or a description (`officials`). */
	name: string;
	/** Every other form the articles use (`Pelosi`, `WHO`), first seen first. */
	aliases: string[];
	/** The title or role most often given. */
	title?: string;
	kind: SpeakerKind;
	/** Their number of quotes across articles. */
	quotes: number;
	/** Newest first where dates are known, then the undated in the order loaded. */
	articles: PersonArticle[];
	/** A description with no name (`a spokesman for the ministry`): it stays with its own article. */
	described: boolean;
}

/** Everyone quoted in the articles added so far: the named, most quoted first, then the described. */
export interface People {
	people: Person[];
	/** The person each article's speaker is, by `mentionKey(article, name)`: an index into `people`. */
	mentions: ReadonlyMap<string, number>;
	/** How many articles' quotes are in. */
	articles: number;
}
