// The article model every other part reads: a headline and body paragraphs, already safe to print.

export interface Article {
	/** The path as found (`-` for standard input). */
	file: string;
	/** The headline; also `paragraphs[0]`. */
	title: string;
	/** Paragraph 0 is the headline, 1 the first paragraph of the body. */
	paragraphs: string[];
	/** A leading dateline (`Moscow:`) or date line (`Friday, January 4, 2019`): its first `length` characters. */
	dateline?: {paragraph: number; length: number};
	/** Articles from pages and feeds (core/sources/): the article's link, when it was published (ISO 8601), who wrote it, and the site or feed it came from; null when unknown. */
	url?: string | null;
	published?: string | null;
	byline?: string | null;
	source?: string | null;
	/** A feed item that carried only a summary: its full article can be fetched from `url`. */
	summaryOnly?: boolean;
}
