// Who said what in one article: the shapes the extractor returns and `--quotes --json` prints.

export type QuoteKind = 'direct' | 'partial' | 'headline' | 'indirect';
export type SpeakerKind = 'person' | 'organization' | 'unknown';

export interface Speaker {
	/** The fullest name the article gives (`Sergei Lavrov`), or its description (`a spokesman for the ministry`). */
	name: string;
	/** Other forms the article uses (`Lavrov`, `Russian Foreign Minister Sergei Lavrov`). */
	aliases: string[];
	/** Title or role kept apart from the name (`Russian Foreign Minister`). */
	title?: string;
	kind: SpeakerKind;
	/** How many quotes are attributed to this speaker. */
	quotes: number;
}

export interface Quote {
	/** The speaker's `name`, or null when the article names nobody. */
	speaker: string | null;
	kind: QuoteKind;
	/** The quoted words, without the quotation marks. */
	text: string;
	/** 0 is the headline, 1 the first body paragraph. */
	paragraph: number;
	/** UTF-16 offsets of `text` in `article.paragraphs[paragraph]`. */
	start: number;
	end: number;
	/** The outlet it was reported through (`TASS quoted Lavrov as saying`), or null. */
	via: string | null;
}

export interface ArticleQuotes {
	/** Ordered by number of quotes, most first. */
	speakers: Speaker[];
	/** In reading order: by paragraph, then start. */
	quotes: Quote[];
}
