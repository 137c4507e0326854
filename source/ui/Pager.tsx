// The text column: only the lines on screen, each drawn with the marks that fall on it.
import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Article} from '../core/article.js';
import type {Layout, Line} from '../core/layout.js';
import {lineSegments, type Mark, type MarkStyle} from '../state/marks.js';

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

function PagerLine({article, line, marks, color}: {article: Article; line: Line; marks: Props['marks']; color: boolean}) {
	const segments = lineSegments(article, line, marks);
	if (segments.length === 0) return <Text> </Text>;
	return (
		<Text wrap="truncate">
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
	return (
		<Box flexDirection="column" height={height} paddingLeft={indent} overflow="hidden">
			{layout.lines.slice(top, top + height).map((line, row) => (
				// Keyed by screen row: scrolling updates rows in place instead of remounting them.
				<PagerLine key={row} article={article} line={line} marks={marks} color={color} />
			))}
		</Box>
	);
});
