// `news-tui --people`: everyone quoted across the articles, one entry per person, most quoted
// first, as JSON (CONTRACT.md) or as readable text.
import type {Article} from '../article.js';
import {toJson} from '../json.js';
import {extractQuotes} from '../quotes/extract.js';
import {printable} from '../sanitize.js';
import {findPeople} from './build.js';
import type {Person} from './types.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function textReport(people: Person[], articles: readonly Article[]): string {
	const lines: string[] = [];
	for (const person of people) {
		const title = person.title ? `, ${person.title}` : '';
		lines.push(`${person.name}${title} (${person.kind}, ${plural(person.quotes, 'quote')} in ${plural(person.articles.length, 'article')})`);
		if (person.aliases.length > 0) lines.push(`  also: ${person.aliases.join('; ')}`);
		for (const {article, quotes} of person.articles) {
			lines.push(`  ${articles[article]!.title}`, `    ${printable(articles[article]!.file)}`);
			for (const quote of quotes) {
				const via = quote.via ? ` via ${quote.via}` : '';
				lines.push(`    [${quote.kind}]${via}, paragraph ${quote.paragraph}:`, `      ${quote.text}`);
			}
		}
		lines.push('');
	}
	if (people.length === 0) lines.push('(no one is quoted)', '');
	return lines.join('\n');
}

/** CONTRACT.md's form: every field present (a title nobody gave is `null`), each article by file and headline. */
function contractForm(person: Person, articles: readonly Article[]): object {
	return {
		name: person.name,
		aliases: person.aliases,
		title: person.title ?? null,
		kind: person.kind,
		quotes: person.quotes,
		articles: person.articles.map(({article, quotes}) => ({
			file: articles[article]!.file,
			title: articles[article]!.title,
			quotes: quotes.map(({kind, text, paragraph, start, end, via}) => ({kind, text, paragraph, start, end, via})),
		})),
	};
}

export function peopleReport(articles: readonly Article[], format: 'json' | 'text'): string {
	const {people} = findPeople(articles, extractQuotes);
	if (format === 'json') return toJson({people: people.map(person => contractForm(person, articles))}) + '\n';
	return textReport(people, articles);
}
