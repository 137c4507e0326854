// `--search QUERY` without a terminal: the ranked results as JSON (CONTRACT.md) or as a listing.
import type {Article} from '../article.js';
import {toJson} from '../json.js';
import {extractQuotes} from '../quotes/extract.js';
import {printable} from '../sanitize.js';
import {buildSearchIndex} from './build.js';
import {describeCounts} from './counts.js';
import {searchIndex} from './search.js';
import {snippetAround} from './snippet.js';
import type {SearchResults} from './types.js';

const SNIPPET_WIDTH = 160;

function asJson(articles: Article[], results: SearchResults): string {
	const document = {
		query: results.query,
		results: results.paragraphs.map(hit => {
			const article = articles[hit.article]!;
			return {
				file: article.file,
				title: article.title,
				paragraph: hit.paragraph,
				score: hit.score,
				text: article.paragraphs[hit.paragraph]!,
				matches: hit.matches,
				// Extension: false where some word of the query is found only as a weak spelling neighbour.
				strong: hit.weak !== true,
			};
		}),
		// Extensions: the speakers whose names match, and how many paragraphs matched in all.
		speakers: results.speakers.map(hit => ({
			file: articles[hit.article]!.file,
			name: hit.name,
			quotes: hit.quotes,
			score: hit.score,
			matches: hit.matches,
		})),
		total: results.total ?? results.paragraphs.length,
	};
	return toJson(document) + '\n';
}

// Plain characters mark the matches, so the listing reads the same in a pager, a file or a pipe.
function marked(text: string, matches: ReadonlyArray<readonly [number, number]>): string {
	let out = '';
	let at = 0;
	for (const [start, end] of matches) {
		out += `${text.slice(at, start)}«${text.slice(start, end)}»`;
		at = end;
	}
	return out + text.slice(at);
}

function asText(articles: Article[], results: SearchResults): string {
	const lines = [`Search "${printable(results.query)}": ${describeCounts(results)}`];
	if (results.speakers.length > 0) {
		lines.push('', 'Speakers');
		for (const hit of results.speakers) {
			const quotes = `${hit.quotes} ${hit.quotes === 1 ? 'quote' : 'quotes'}`;
			lines.push(`  ${marked(hit.name, hit.matches)}, ${quotes} (${printable(articles[hit.article]!.file)})`);
		}
	}
	if (results.paragraphs.length > 0) {
		lines.push('', 'Paragraphs');
		results.paragraphs.forEach((hit, rank) => {
			const article = articles[hit.article]!;
			const snippet = snippetAround(article.paragraphs[hit.paragraph]!, hit.matches, SNIPPET_WIDTH);
			// Paragraph 0 is the headline itself: its matches are shown, not the headline again above them.
			const headline = hit.paragraph === 0;
			lines.push(`${String(rank + 1).padStart(4)}. ${printable(article.file)} ${headline ? 'headline' : `paragraph ${hit.paragraph}`} (score ${hit.score})`);
			if (!headline) lines.push(`      ${article.title}`);
			lines.push(`      ${marked(snippet.text, snippet.matches)}`);
		});
	}
	return lines.join('\n') + '\n';
}

// Complete: every article's quotes are found first, so every speaker is in.
export function searchReport(articles: Article[], query: string, format: 'json' | 'text'): string {
	const index = buildSearchIndex(articles, articles.map(extractQuotes));
	const results = searchIndex(index, query);
	return format === 'json' ? asJson(articles, results) : asText(articles, results);
}
