// The text column: only the lines on screen, each drawn with the marks that fall on it.
import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Article} from '../core/article.js';
import type {Layout, Line} from '../core/layout.js';
import {QUOTE_GUTTER} from '../state/geometry.js';
import {lineSegments, lineTag, type Mark, type MarkStyle} from '../state/marks.js';

interface Props {
	article: Article;
	layout: Layout;
	top: number;
	height: number;
	indent: number;
	/** Marks by paragraph (see marksByParagraph). */
	marks: ReadonlyMap<number, Mark[]>;
	/** False under NO_COLOR: marks keep bold, underline and inverse but lose their colours. */
	color: boolean;
}

const textProps = ({color, ...rest}: MarkStyle, withColor: boolean): MarkStyle => (withColor ? {color, ...rest} : rest);

function PagerLine({article, line, marks, color, gutter}: {article: Article; line: Line; marks: Props['marks']; color: boolean; gutter: number}) {
	const segments = lineSegments(article, line, marks);
	if (segments.length === 0) return <Text> </Text>;
	// The speaker tag of a quoted line sits in the gutter, so quotes differ without colour too.
	const tag = lineTag(line, marks);
	return (
		<Text wrap="truncate">
			{gutter > 0 && (
				<Text bold={tag !== undefined} color={color ? tag?.color : undefined}>
					{(tag?.text ?? ' ').padEnd(gutter)}
				</Text>
			)}
			{segments.map((segment, index) => (
				<Text key={index} {...textProps(segment.style, color)}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}

// Memoised: keys that move the panel's cursor leave the text as it was.
export const Pager = memo(function Pager({article, layout, top, height, indent, marks, color}: Props) {
	const gutter = Math.min(QUOTE_GUTTER, indent);
	return (
		<Box flexDirection="column" height={height} paddingLeft={indent - gutter} overflow="hidden">
			{layout.lines.slice(top, top + height).map((line, row) => (
				// Keyed by screen row: scrolling updates rows in place instead of remounting them.
				<PagerLine key={row} article={article} line={line} marks={marks} color={color} gutter={gutter} />
			))}
		</Box>
	);
});
