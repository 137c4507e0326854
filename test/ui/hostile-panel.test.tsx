// The side panel given a quote far longer than any screen: expanding it draws the rows in view.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {render} from 'ink-testing-library';
import type {ArticleQuotes} from '../../source/core/quotes/types.js';
import {createPanel, reducePanel} from '../../source/state/panel.js';
import {SidePanel} from '../../source/ui/SidePanel.js';

test('a speaker whose one quote wraps to 200,000 panel lines expands without overflowing the stack', () => {
	const text = 'word '.repeat(400_000).trim();
	const quotes: ArticleQuotes = {
		speakers: [{name: 'Long Talker', aliases: [], kind: 'person', quotes: 1}],
		quotes: [{speaker: 'Long Talker', kind: 'direct', text, paragraph: 1, start: 0, end: text.length, via: null}],
	};
	const state = [{type: 'first'}, {type: 'enter'}].reduce(
		(panel, action) => reducePanel(panel, action as Parameters<typeof reducePanel>[1], quotes),
		createPanel(20, 12),
	);
	assert.deepEqual(state.expanded, ['Long Talker']);
	const {lastFrame, unmount} = render(<SidePanel quotes={quotes} state={state} width={20} height={12} focused noColor={false} />);
	const frame = lastFrame() ?? '';
	unmount();
	assert.match(frame, /Long Talker/);
	assert.match(frame, /“word word/);
});
