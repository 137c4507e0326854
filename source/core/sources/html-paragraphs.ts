// A DOM (a page's readable article, a feed item's HTML) to the article model's paragraphs: block
// elements break paragraphs, inline ones run on; quotation marks stay as written and <q> gets the
// marks a browser shows, so the quote finder sees what a reader sees. Nothing that is not text
// (scripts, styles, images, frames, form controls) contributes. The walk keeps its own stack: a page
// nested a hundred thousand deep must not overflow the call stack.
import {parseHTML} from 'linkedom';
import {normalizeSpaces, stripControls} from '../sanitize.js';

/** The little of the DOM the walk reads, as linkedom (or any DOM) provides it. */
export interface DomNode {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<DomNode>;
	getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const SKIPPED = new Set([
	'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
	'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'MAP', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE',
	'LINK', 'META', 'BASE',
]);
const BLOCKS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
	'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML',
	'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const CELLS = new Set(['TD', 'TH']);

const isHidden = (element: DomNode): boolean =>
	element.getAttribute?.('hidden') != null ||
	element.getAttribute?.('aria-hidden') === 'true' ||
	/display\s*:\s*none/i.test(element.getAttribute?.('style') ?? '');

type Step = {node: DomNode} | {leave: () => void};

/** The paragraphs of the text under `root`, made safe to print. */
export function domParagraphs(root: DomNode): string[] {
	const paragraphs: string[] = [];
	let line = '';
	let inPre = 0;
	let quoteDepth = 0;
	const lists: Array<{ordered: boolean; count: number}> = [];
	const flush = () => {
		const text = normalizeSpaces(stripControls(line));
		if (text !== '') paragraphs.push(text);
		line = '';
	};
	const stack: Step[] = [{node: root}];
	while (stack.length > 0) {
		const step = stack.pop()!;
		if ('leave' in step) {
			step.leave();
			continue;
		}
		const {node} = step;
		if (node.nodeType === TEXT_NODE) {
			const text = node.nodeValue ?? '';
			if (inPre === 0) line += text.replace(/\s+/g, ' ');
			else {
				const [first, ...rest] = text.split('\n');
				line += first;
				for (const next of rest) {
					flush();
					line = next!;
				}
			}
			continue;
		}
		if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
		const name = node.nodeName.toUpperCase();
		if (SKIPPED.has(name) || (node.nodeType === ELEMENT_NODE && isHidden(node))) continue;
		const leaves: Array<() => void> = [];
		if (name === 'BR' || name === 'HR') {
			flush();
			continue;
		}
		if (BLOCKS.has(name)) {
			flush();
			leaves.push(flush);
		}
		if (CELLS.has(name)) {
			if (line.trim() !== '') line += ' · ';
		} else if (name === 'UL' || name === 'OL' || name === 'MENU') {
			lists.push({ordered: name === 'OL', count: 0});
			leaves.push(() => void lists.pop());
		} else if (name === 'LI') {
			const list = lists.at(-1);
			if (list) line += list.ordered ? `${++list.count}. ` : '• ';
		} else if (name === 'PRE') {
			inPre++;
			leaves.push(() => void inPre--);
		} else if (name === 'Q') {
			const outer = quoteDepth % 2 === 0;
			line += outer ? '“' : '‘';
			quoteDepth++;
			leaves.push(() => {
				quoteDepth--;
				line += outer ? '”' : '’';
			});
		}
		for (const leave of leaves) stack.push({leave});
		const children = node.childNodes;
		for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index]!});
	}
	flush();
	return paragraphs;
}

const fragmentParagraphs = (html: string): string[] =>
	domParagraphs(parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document.body as unknown as DomNode);

// Feeds escape HTML once too often (reddit's self posts): text that still holds an opening and a
// closing tag after parsing is the markup itself, parsed once more.
const STILL_MARKUP = /<(p|div|span|a|em|strong|b|i|li|ul|ol|blockquote|table)\b[^>]*>[^]*<\/\1>/i;

/** The paragraphs of an HTML fragment (a feed item's content), parsed without running or fetching anything in it. */
export function htmlParagraphs(html: string): string[] {
	return fragmentParagraphs(html).flatMap(paragraph => (STILL_MARKUP.test(paragraph) ? fragmentParagraphs(paragraph) : [paragraph]));
}

/** Text that may hold entities or inline markup (a feed's titles): one line of plain text. */
export function htmlLine(text: string): string {
	if (!/[<&]/.test(text)) return normalizeSpaces(stripControls(text.replace(/\s+/g, ' ')));
	return htmlParagraphs(text).join(' ');
}
