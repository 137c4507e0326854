// The side panel as drawn: the seed's speakers, expanded quotes, cursor, focus, scrolling, and its size limits.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import type {ArticleQuotes, Quote} from '../../source/core/quotes/types.js';
import {createPanel, reducePanel, type PanelAction, type PanelState} from '../../source/state/panel.js';
import {SidePanel} from '../../source/ui/SidePanel.js';

const loaded = loadPaths(['seeds/000_a28becac22cdf2d7.txt'], () => new Uint8Array());
if (!loaded.ok) throw new Error(loaded.error);
const seed = loaded.articles[0]!;

// What the extractor should find in the seed (eval/seed-gold.jsonl), with offsets taken from the loaded text.
const said = (speaker: string, kind: Quote['kind'], paragraph: number, text: string, via: string | null = null): Quote => {
	const start = seed.paragraphs[paragraph]!.indexOf(text);
	assert.ok(start >= 0, `paragraph ${paragraph} holds ${text}`);
	return {speaker, kind, text, paragraph, start, end: start + text.length, via};
};
const lavrov = 'Sergei Lavrov';
const kim = 'Kim Jong Un';
const seedQuotes: ArticleQuotes = {
	speakers: [
		{name: lavrov, aliases: ['Lavrov'], title: 'Russian Foreign Minister', kind: 'person', quotes: 8},
		{name: kim, aliases: [], title: 'North Korean leader', kind: 'person', quotes: 4},
		{name: 'Kremlin', aliases: ['The Kremlin'], kind: 'organization', quotes: 1},
	],
	quotes: [
		said(lavrov, 'headline', 0, 'Moscow To Develop Cooperation With North Korea Despite Sanctions'),
		said(lavrov, 'partial', 1, 'equal and fair cooperation', 'Al Jazeera'),
		said('Kremlin', 'indirect', 2, 'it abides by UN sanctions, but that it has a right to develop neighbourly relations, including in relation to sensitive topics'),
		said(lavrov, 'direct', 3, 'We have not declared sanctions against North Korea, the Security Council did that. So appeal to the Security Council, and we will develop equal and fair cooperation with the DPRK,', 'Al Jazeera'),
		said(lavrov, 'partial', 5, 'controlling the war in Ukraine', 'TASS'),
		said(lavrov, 'partial', 5, 'pursuing a war against Russia', 'TASS'),
		said(lavrov, 'direct', 6, 'No matter what it says, it (the US) controls this war, it supplies weapons, munition, intelligence information, data from satellites; it is pursuing a war against us,', 'TASS'),
		said(lavrov, 'partial', 6, 'not change the essence of what is going on in Ukraine'),
		said(lavrov, 'direct', 7, 'What is going on is that Ukraine has been prepared, has long been prepared for inflicting strategic defeat to Russia'),
		said(kim, 'partial', 11, 'punish the evil forces', 'CNN'),
		said(kim, 'partial', 11, 'always be standing with Russia', 'CNN'),
		said(kim, 'partial', 12, 'stood up against the hegemonic forces'),
		said(kim, 'partial', 12, 'the full and unconditional support to all that Russia does in response.'),
	],
};

type Options = {quotes?: ArticleQuotes; focused?: boolean; noColor?: boolean};

function draw(state: PanelState, {quotes = seedQuotes, focused = true, noColor = false}: Options = {}): string[] {
	const {lastFrame, unmount} = render(
		<SidePanel quotes={quotes} state={state} width={state.width} height={state.height} focused={focused} noColor={noColor} />,
	);
	const frame = lastFrame() ?? '';
	unmount();
	return frame.split('\n');
}

const after = (width: number, height: number, actions: PanelAction[], quotes = seedQuotes) =>
	actions.reduce((state, action) => reducePanel(state, action, quotes), createPanel(width, height));

const cursorLine = (lines: string[]) => lines.find(line => line.slice(1).startsWith('›'));

function assertFits(lines: string[], width: number, height: number, what: string) {
	assert.ok(lines.length <= height, `${what}: ${lines.length} lines in a height of ${height}`);
	for (const line of lines) assert.ok(stringWidth(line) <= width, `${what}: "${line}" is wider than ${width}`);
}

test('the seed lists its speakers, most quoted first, with title, count and organisations marked', () => {
	const lines = draw(createPanel(66, 40));
	const text = lines.join('\n');
	assert.match(lines[1]!, /Speakers 3 · quotes 13/);
	const lavrovAt = lines.findIndex(line => line.includes('Sergei Lavrov'));
	const kimAt = lines.findIndex(line => line.includes('Kim Jong Un'));
	const kremlinAt = lines.findIndex(line => line.includes('Kremlin'));
	assert.ok(lavrovAt > 0 && lavrovAt < kimAt && kimAt < kremlinAt);
	assert.match(lines[lavrovAt]!, /Sergei Lavrov +8.$/);
	assert.match(lines[lavrovAt + 1]!, /Russian Foreign Minister/);
	assert.match(lines[kimAt]!, /Kim Jong Un +4.$/);
	assert.match(lines[kimAt + 1]!, /North Korean leader/);
	assert.match(lines[kremlinAt]!, /Kremlin \[org\] +1.$/);
	assert.doesNotMatch(lines[lavrovAt]!, /\[org\]/);
	assert.doesNotMatch(text, /Vladimir Putin|Pavel Zarubin/);
});

test('an expanded speaker shows each quote wrapped, with its kind and outlet', () => {
	const lines = draw(after(66, 40, [{type: 'enter'}]));
	const text = lines.join('\n');
	assert.match(text, /“Moscow To Develop Cooperation/);
	assert.match(text, /[│║] +headline +[│║]/);
	assert.match(text, /partial · via Al Jazeera/);
	assert.match(text, /direct · via TASS/);
	assert.match(text, /“We have not declared sanctions against North Korea, the/);
	assert.match(text, /with the DPRK,”/);
	// Kim Jong Un's quotes stay folded away.
	assert.doesNotMatch(text, /punish the evil forces/);
});

test('reported speech is shown as reported, without quotation marks', () => {
	const lines = draw(after(66, 40, [{type: 'last'}, {type: 'enter'}]));
	const text = lines.join('\n');
	assert.match(text, /[│║] +reported +[│║]/);
	assert.match(text, / it abides by UN sanctions/);
	assert.doesNotMatch(text, /“it abides/);
	assert.doesNotMatch(text, /indirect/);
});

test('the cursor row is marked, focused or not, and follows the moves', () => {
	assert.match(cursorLine(draw(createPanel(66, 40)))!, /Sergei Lavrov/);
	assert.match(cursorLine(draw(after(66, 40, [{type: 'move', by: 1}]), {focused: false}))!, /Kim Jong Un/);
	const onQuote = after(66, 40, [{type: 'enter'}, {type: 'move', by: 3}]);
	assert.match(cursorLine(draw(onQuote))!, /“We have not declared/);
	// Jumping leaves the cursor on the quote it jumped to.
	assert.match(cursorLine(draw(reducePanel(onQuote, {type: 'enter'}, seedQuotes)))!, /“We have not declared/);
});

test('the focused panel has a double border, with or without colour', () => {
	for (const noColor of [false, true]) {
		assert.match(draw(createPanel(40, 12), {noColor, focused: true})[0]!, /^╔═+╗$/);
		assert.match(draw(createPanel(40, 12), {noColor, focused: false})[0]!, /^┌─+┐$/);
	}
});

test('an article without quotes says so', () => {
	const none: ArticleQuotes = {speakers: [], quotes: []};
	const lines = draw(createPanel(40, 10), {quotes: none});
	assert.match(lines.join('\n'), /No quotes found in this article/);
	assert.match(lines[1]!, /Speakers 0 · quotes 0/);
	assertFits(lines, 40, 10, 'no quotes');
	assertFits(draw(createPanel(12, 5), {quotes: none}), 12, 5, 'no quotes, narrow');
});

test('more rows than fit: arrows in the header say which way there is more', () => {
	const top = draw(after(30, 10, [{type: 'enter'}]));
	assert.match(top[1]!, /Speakers 3 · quotes 13 +↓.$/);
	const middle = draw(after(30, 10, [{type: 'enter'}, {type: 'move', by: 4}]));
	assert.match(middle[1]!, /↑↓.$/);
	const bottom = draw(after(30, 10, [{type: 'enter'}, {type: 'last'}]));
	assert.match(bottom[1]!, /↑ .$/);
	assert.match(cursorLine(bottom)!, /Kremlin \[org\]/);
	assert.doesNotMatch(bottom.join('\n'), /Moscow To Develop/);
});

test('never taller or wider than its box, whatever is expanded or selected', () => {
	for (const [width, height] of [
		[30, 10],
		[66, 40],
		[20, 4],
	] as const) {
		// Expand everyone, then walk down every row and back up, jumping to each quote.
		let state = after(width, height, [{type: 'last'}, {type: 'enter'}, {type: 'move', by: -1}, {type: 'enter'}, {type: 'first'}, {type: 'enter'}]);
		const steps: PanelAction[] = [...Array(20).fill({type: 'move', by: 1}), ...Array(20).fill({type: 'move', by: -1})];
		for (const [index, step] of steps.entries()) {
			state = reducePanel(reducePanel(state, step, seedQuotes), {type: 'enter'}, seedQuotes);
			for (const focused of [true, false]) assertFits(draw(state, {focused}), width, height, `${width}x${height} step ${index}`);
		}
		assert.equal(draw(state).length, height, `${width}x${height} fills its height`);
	}
});

test('wide characters and long names are cut to the width, keeping the count', () => {
	const wide: ArticleQuotes = {
		speakers: [
			{name: '習近平 國家主席 習近平', aliases: [], title: '中華人民共和國主席 中華人民共和國主席', kind: 'person', quotes: 1},
			{name: 'Organisation for Economic Co-operation and Development', aliases: [], kind: 'organization', quotes: 1},
		],
		quotes: [
			{speaker: '習近平 國家主席 習近平', kind: 'direct', text: '我們要堅定不移地推進改革開放 🇨🇳 絕不動搖', paragraph: 1, start: 0, end: 23, via: '新華社 新華社 新華社 新華社'},
			{speaker: 'Organisation for Economic Co-operation and Development', kind: 'partial', text: 'growth', paragraph: 2, start: 0, end: 6, via: null},
		],
	};
	const state = after(26, 14, [{type: 'enter'}, {type: 'move', by: 1}], wide);
	const lines = draw(state, {quotes: wide});
	assertFits(lines, 26, 14, 'wide characters');
	assert.match(lines.join('\n'), /…/);
	assert.match(lines.find(line => line.includes('[org]'))!, /Organisati… \[org\] 1.$/);
});

test('with the extractor on the seed: the people quoted, not the people merely named', () => {
	const extracted = extractQuotes(seed);
	for (const [width, height] of [
		[47, 38], // about a third of a 140x40 terminal
		[30, 10],
	] as const) {
		const lines = draw(createPanel(width, height), {quotes: extracted});
		assertFits(lines, width, height, `extracted, ${width}x${height}`);
		const text = lines.join('\n');
		assert.match(text, /Sergei Lavrov/);
		assert.match(text, /Kim Jong Un/);
		assert.doesNotMatch(text, /Vladimir Putin|Pavel Zarubin/);
		assert.match(lines[1]!, new RegExp(`quotes ${extracted.quotes.length}`));
	}
});

test('scrolled to any line, even inside a quote, the panel shows the same lines as an unscrolled tall one', () => {
	const expanded = after(40, 100, [{type: 'enter'}, {type: 'last'}, {type: 'move', by: -1}, {type: 'enter'}]);
	const body = (lines: string[]) => lines.slice(2, -1).map(line => line.slice(1, -1));
	const all = body(draw(expanded)).filter(line => line.trim() !== '');
	const height = 12;
	const shownHeight = height - 3;
	for (let top = 0; top + shownHeight <= all.length; top++) {
		const lines = body(draw({...expanded, height, top}));
		assert.deepEqual(lines, all.slice(top, top + shownHeight), `from line ${top}`);
	}
});
