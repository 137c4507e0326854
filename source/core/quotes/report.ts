// `news-tui --quotes`: every article's speakers and quotes, as JSON (CONTRACT.md) or as readable text.
import type {Article} from '../article.js';
import {toJson} from '../json.js';
import {printable} from '../sanitize.js';
import {extractQuotes} from './extract.js';
import type {ArticleQuotes} from './types.js';

interface ArticleReport extends ArticleQuotes {
	file: string;
	title: string;
}

function textReport(reports: ArticleReport[]): string {
	const lines: string[] = [];
	for (const report of reports) {
		lines.push(report.title, `  ${printable(report.file)}`);
		if (report.speakers.length === 0) lines.push('  (no speakers)');
		for (const speaker of report.speakers) {
			const title = speaker.title ? `, ${speaker.title}` : '';
			lines.push(`  ${speaker.name}${title} (${speaker.kind}, ${speaker.quotes} ${speaker.quotes === 1 ? 'quote' : 'quotes'})`);
		}
		for (const quote of report.quotes) {
			const via = quote.via ? ` via ${quote.via}` : '';
			lines.push(`  [${quote.kind}] ${quote.speaker ?? 'unknown speaker'}${via}, paragraph ${quote.paragraph}:`, `    ${quote.text}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}

/** CONTRACT.md lists every speaker field: a title nobody gave is `null`, never a missing key. */
const contractForm = (report: ArticleReport): object => ({
	...report,
	speakers: report.speakers.map(({name, aliases, title, kind, quotes}) => ({name, aliases, title: title ?? null, kind, quotes})),
});

export function quotesReport(articles: Article[], format: 'json' | 'text'): string {
	const reports: ArticleReport[] = articles.map(article => ({file: article.file, title: article.title, ...extractQuotes(article)}));
	if (format === 'json') return toJson({articles: reports.map(contractForm)}) + '\n';
	return textReport(reports);
}
