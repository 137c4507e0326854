// Articles as plain text for pipes: the headline, then paragraphs, blank lines between.
import type {Article} from './article.js';

export function articlesAsText(articles: Article[]): string {
	return articles.map(article => article.paragraphs.join('\n\n') + '\n').join('\n\n');
}
