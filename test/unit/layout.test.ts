import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Article} from '../../source/core/article.js';
import {layoutArticle, lineAt, positionOf} from '../../source/core/layout.js';
import {geometry, MEASURE} from '../../source/state/geometry.js';

const article = (...paragraphs: string[]): Article => ({file: 't.txt', title: paragraphs[0]!, paragraphs});
const story = article('A headline', 'one two three four five six', 'seven eight');

test('paragraphs are wrapped with a blank line between them', () => {
	const {lines, firstLine} = layoutArticle(story, 10);
	assert.deepEqual(
		lines.map(line => (line.start < 0 ? '' : story.paragraphs[line.paragraph]!.slice(line.start, line.end))),
		['A headline', '', 'one two', 'three four', 'five six', '', 'seven', 'eight'],
	);
	assert.deepEqual(firstLine, [0, 2, 6]);
});

test('a place in the text maps to the line that shows it, and back', () => {
	const layout = layoutArticle(story, 10);
	assert.equal(lineAt(layout, {paragraph: 1, offset: 0}), 2);
	assert.equal(lineAt(layout, {paragraph: 1, offset: 10}), 3); // "four"
	assert.equal(lineAt(layout, {paragraph: 1, offset: 7}), 2); // the space after "two" ends its line
	assert.equal(lineAt(layout, {paragraph: 1, offset: 999}), 4);
	assert.equal(lineAt(layout, {paragraph: 2, offset: -1}), 5);
	assert.equal(lineAt(layout, {paragraph: 2, offset: 6}), 7);
	assert.equal(lineAt(layout, {paragraph: 0, offset: -1}), 0);
	layout.lines.forEach((line, index) => assert.equal(lineAt(layout, positionOf(line)), index));
});

test('a long paragraph maps every offset to its line', () => {
	const words = Array.from({length: 5000}, (_, index) => `w${index}`);
	const long = article('Long', words.join(' '));
	const layout = layoutArticle(long, 30);
	const text = long.paragraphs[1]!;
	for (const [index, line] of layout.lines.entries()) {
		if (line.paragraph !== 1 || line.start < 0) continue;
		assert.equal(lineAt(layout, {paragraph: 1, offset: line.end - 1}), index);
		assert.ok(text.slice(line.start, line.end).length <= 30);
	}
});

test('laid out once per width', () => {
	assert.equal(layoutArticle(story, 10), layoutArticle(story, 10));
	assert.notEqual(layoutArticle(story, 10), layoutArticle(story, 12));
});

test('geometry: the pager leaves a row free for Ink and one for the status line', () => {
	const screen = geometry(80, 24, {panel: false, bottomBars: 0});
	assert.equal(screen.pagerHeight, 22);
	// Two columns of gutter for the speaker tags, one of margin on the right.
	assert.equal(screen.wrapWidth, 77);
	assert.equal(screen.indent, 2);
	assert.equal(geometry(80, 24, {panel: false, bottomBars: 1}).pagerHeight, 21);
	assert.equal(geometry(19, 24, {panel: false, bottomBars: 0}).tooSmall, true);
	assert.equal(geometry(80, 4, {panel: false, bottomBars: 0}).tooSmall, true);
});

test('geometry: wide screens centre a readable measure; a panel takes a third beside it, or all of a narrow screen', () => {
	const wide = geometry(200, 50, {panel: false, bottomBars: 0});
	assert.equal(wide.wrapWidth, MEASURE);
	assert.equal(wide.indent, 50);
	const withPanel = geometry(120, 40, {panel: true, bottomBars: 0});
	assert.equal(withPanel.panelWidth, 40);
	assert.equal(withPanel.textColumn, 80);
	assert.equal(geometry(100, 40, {panel: true, bottomBars: 0}).panelWidth, 33);
	assert.equal(geometry(90, 40, {panel: true, bottomBars: 0}).panelWidth, 90);
});

test('a long article is laid out in slices that end as if it were laid out at once', async () => {
	const {layoutMore} = await import('../../source/core/layout.js');
	const sentence = 'Officials said “the bridge will reopen” after the inspection, according to the council. ';
	const paragraphs = ['Long', ...Array.from({length: 3000}, (_, index) => `${index}. ${sentence.repeat(4)}`), sentence.repeat(3000), '长'.repeat(200_000)];
	const long = article(...paragraphs);
	const layout = layoutArticle(long, 60);
	assert.equal(layout.complete, false, 'the start only');
	assert.ok(layout.lines.length > 1000);
	assert.equal(lineAt(layout, {paragraph: paragraphs.length - 1, offset: 5}), layout.lines.length - 1, 'a place not laid out yet shows as the end so far');
	let slices = 0;
	while (layoutMore(long, layout, {characters: 20_000})) slices++;
	assert.ok(slices > 10);
	assert.equal(layout.complete, true);
	// The same lines as wrapping each paragraph whole.
	const {wrapParagraph} = await import('../../source/core/wrap.js');
	const expected = paragraphs.flatMap((text, paragraph) => [
		...(paragraph > 0 ? [{paragraph, start: -1, end: -1}] : []),
		...wrapParagraph(text, 60).map(span => ({paragraph, ...span})),
	]);
	assert.equal(layout.lines.length, expected.length);
	assert.deepEqual(layout.lines, expected);
	layout.firstLine.forEach((line, paragraph) => assert.equal(layout.lines[line]!.paragraph, paragraph));
});
