// Marks are styles laid over spans of an article's text: the headline, the dateline, and what
// others add (quotes coloured by speaker, search matches). The pager draws whatever it is given.
import type {Article} from '../core/article.js';
import type {Line} from '../core/layout.js';

export interface MarkStyle {
	color?: string;
	bold?: boolean;
	underline?: boolean;
	inverse?: boolean;
	dim?: boolean;
}

/** `[start, end)` UTF-16 offsets in `article.paragraphs[paragraph]`. */
export interface Mark {
	paragraph: number;
	start: number;
	end: number;
	style: MarkStyle;
	/** A quote's speaker tag, shown in the margin of the lines it is on. */
	tag?: string;
}

export interface Segment {
	text: string;
	style: MarkStyle;
}

/** The headline and the dateline, which every article shows the same way. */
export function articleMarks(article: Article): Mark[] {
	const marks: Mark[] = [{paragraph: 0, start: 0, end: article.paragraphs[0]!.length, style: {bold: true}}];
	const {dateline} = article;
	if (dateline) marks.push({paragraph: dateline.paragraph, start: 0, end: dateline.length, style: {bold: true, color: 'cyan'}});
	return marks;
}

/** Marks grouped by paragraph, so drawing a line looks at that paragraph's marks only. */
export function marksByParagraph(marks: readonly Mark[]): Map<number, Mark[]> {
	const grouped = new Map<number, Mark[]>();
	for (const mark of marks) {
		const list = grouped.get(mark.paragraph);
		if (list) list.push(mark);
		else grouped.set(mark.paragraph, [mark]);
	}
	return grouped;
}

/**
 * `text.slice(start, end)` cut where marks begin and end, each piece with the styles of the marks
 * over it; where marks overlap, a later mark's style wins property by property.
 */
export function segmentsOf(text: string, start: number, end: number, marks: readonly Mark[]): Segment[] {
	const over = marks.filter(mark => mark.start < end && mark.end > start && mark.end > mark.start);
	const cuts = new Set([start, end]);
	for (const mark of over) {
		if (mark.start > start) cuts.add(mark.start);
		if (mark.end < end) cuts.add(mark.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let index = 0; index + 1 < points.length; index++) {
		const from = points[index]!;
		const to = points[index + 1]!;
		const style: MarkStyle = {};
		for (const mark of over) if (mark.start <= from && mark.end >= to) Object.assign(style, mark.style);
		segments.push({text: text.slice(from, to), style});
	}
	return segments;
}

/** A laid-out line of the article cut into styled segments; the blank line between paragraphs has none. */
export function lineSegments(article: Article, line: Line, marks: ReadonlyMap<number, Mark[]>): Segment[] {
	if (line.start < 0) return [];
	return segmentsOf(article.paragraphs[line.paragraph]!, line.start, line.end, marks.get(line.paragraph) ?? []);
}

/** The tag for a line's margin: of the one speaker quoted on it, `+` for several, none for none. */
export function lineTag(line: Line, marks: ReadonlyMap<number, Mark[]>): {text: string; color?: string} | undefined {
	if (line.start < 0) return undefined;
	const tagged = (marks.get(line.paragraph) ?? []).filter(mark => mark.tag !== undefined && mark.start < line.end && mark.end > line.start);
	const tags = new Set(tagged.map(mark => mark.tag));
	if (tags.size === 0) return undefined;
	return tags.size === 1 ? {text: tagged[0]!.tag!, color: tagged[0]!.style.color} : {text: '+'};
}
