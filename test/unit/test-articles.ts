// Articles for the extraction tests, made of sentences written for them: a headline, then the body's paragraphs.
import type {Article} from '../../source/core/article.js';

/** An article headlined `A headline` whose paragraphs after it are `body`. */
export const article = (...body: string[]): Article => headlined('A headline', ...body);

/** An article headlined `title` (its first paragraph) whose paragraphs after it are `body`. */
export const headlined = (title: string, ...body: string[]): Article => ({file: 'test.txt', title, paragraphs: [title, ...body]});
