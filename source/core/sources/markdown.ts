// Markdown to an article, through marked's tokens: headings, paragraphs, lists, block quotes and
// emphasis as a reader sees them, with no `#`, `*` or `>` left; links by their text. A YAML front
// matter block gives the title, date and author when it has them.
import {lexer, type Token, type Tokens} from 'marked';
import type {Article} from '../article.js';
import {htmlLine, htmlParagraphs} from './html-paragraphs.js';
import {isoDate, safeLine} from './source-article.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Inline tokens as HTML (marked leaves entities and inline tags as written), for htmlLine to make text of. */
function inlineHtml(tokens: readonly Token[] | undefined): string {
	let html = '';
	for (const token of tokens ?? []) {
		switch (token.type) {
			case 'text':
				html += 'tokens' in token && token.tokens ? inlineHtml(token.tokens) : token.text;
				break;
			case 'escape':
			case 'html':
				html += token.text;
				break;
			case 'codespan':
				html += escapeHtml(token.text);
				break;
			case 'br':
				html += ' ';
				break;
			case 'image':
				break; // no images in a terminal, and their alt text is not part of the sentence
			default:
				html += 'tokens' in token && token.tokens ? inlineHtml(token.tokens) : '';
		}
	}
	return html;
}

const inlineText = (tokens: readonly Token[] | undefined): string => htmlLine(inlineHtml(tokens));

function listParagraphs(list: Tokens.List, depth: number): string[] {
	const start = typeof list.start === 'number' ? list.start : 1;
	return list.items.flatMap((item, index) => {
		const marker = item.task ? (item.checked ? '☑ ' : '☐ ') : list.ordered ? `${start + index}. ` : depth === 0 ? '• ' : '◦ ';
		const [lead, ...rest] = blockParagraphs(item.tokens, depth + 1);
		return lead === undefined ? [] : [marker + lead, ...rest];
	});
}

function blockParagraphs(tokens: readonly Token[], depth = 0): string[] {
	return tokens.flatMap((token): string[] => {
		switch (token.type) {
			case 'heading':
			case 'paragraph':
				return [inlineText(token.tokens)];
			case 'text':
				return [inlineText('tokens' in token && token.tokens ? token.tokens : [token])];
			case 'blockquote':
				return blockParagraphs(token.tokens ?? [], depth);
			case 'list':
				return listParagraphs(token as Tokens.List, depth);
			case 'code':
				return token.text.split('\n');
			case 'table': {
				const table = token as Tokens.Table;
				return [table.header, ...table.rows].map(row => row.map(cell => inlineText(cell.tokens)).join(' · '));
			}
			case 'html':
				return htmlParagraphs(token.text);
			default:
				return []; // space, hr, link definitions
		}
	});
}

const FRONT_MATTER = /^---[ \t]*\n([^]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** The keys of a YAML front matter block that matter here, read as `key: value` lines. */
function frontMatter(text: string): {body: string; fields: Record<string, string>} {
	const block = FRONT_MATTER.exec(text);
	if (!block) return {body: text, fields: {}};
	const fields: Record<string, string> = {};
	for (const line of block[1]!.split('\n')) {
		const pair = /^(title|date|author)\s*:\s*(.+?)\s*$/i.exec(line);
		if (pair) fields[pair[1]!.toLowerCase()] = pair[2]!.replace(/^(["'])(.*)\1$/, '$2');
	}
	return {body: text.slice(block[0].length), fields};
}

/** The article of a Markdown text, or undefined when it has no text at all. */
export function readMarkdown(text: string, file: string): Article | undefined {
	const {body, fields} = frontMatter(text.replace(/\r\n?/g, '\n'));
	const paragraphs = blockParagraphs(lexer(body))
		.map(safeLine)
		.filter((line): line is string => line !== null);
	const title = safeLine(fields['title']) ?? paragraphs.shift();
	if (title === undefined) return undefined;
	const published = isoDate(fields['date']);
	const byline = safeLine(fields['author']);
	return {file, title, paragraphs: [title, ...paragraphs], ...(published ? {published} : {}), ...(byline ? {byline} : {})};
}
