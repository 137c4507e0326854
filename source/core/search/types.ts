// Search results: the shapes the search core returns and `--search --json` prints.

/** A speaker whose name matches the query. */
export interface SpeakerHit {
	/** Index into the loaded articles. */
	article: number;
	name: string;
	quotes: number;
	score: number;
	/** `[start, end)` UTF-16 offsets in `name` of the matched characters. */
	matches: Array<[number, number]>;
	/** Once the people are known (core/people): the person across articles, an index into them, and their article count. */
	person?: {index: number; articles: number};
}

/** A paragraph that matches the query. */
export interface ParagraphHit {
	article: number;
	paragraph: number;
	/** 0 is a perfect match, 1 the worst. */
	score: number;
	/** `[start, end)` UTF-16 offsets in the paragraph's text, in order. */
	matches: Array<[number, number]>;
	/**
	 * Some word of the query is found here only as a weak spelling neighbour (`shapes` for `shaps`):
	 * such hits come after all others.
	 */
	weak?: true;
}

export interface SearchResults {
	query: string;
	speakers: SpeakerHit[];
	/** Best first. */
	paragraphs: ParagraphHit[];
	/** Total matched spans over all paragraph hits (for `match 3/17`). */
	matchCount: number;
	/** How many paragraphs matched before the result limit cut the list. */
	total?: number;
	/** How many of `total` are weak hits. */
	weakTotal?: number;
}
