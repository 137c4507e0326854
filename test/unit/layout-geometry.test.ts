// Where things go on the screen: the pager's height, the text column and the panel's column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {geometry} from '../../source/state/geometry.js';

const withPanel = {panel: true, bottomBars: 0};

test('from 100 columns the panel stands beside the text, a third of the width', () => {
	const at100 = geometry(100, 30, withPanel);
	assert.deepEqual([at100.panelBeside, at100.panelWidth, at100.textColumn, at100.wrapWidth], [true, 33, 67, 64]); // a gutter of two for speaker tags, one column of margin
	const at200 = geometry(200, 60, withPanel);
	assert.deepEqual([at200.panelWidth, at200.textColumn, at200.wrapWidth, at200.indent], [67, 133, 100, 16]);
});

test('narrower, the panel would cover the whole width and the text keeps all of it', () => {
	const at99 = geometry(99, 30, withPanel);
	assert.deepEqual([at99.panelBeside, at99.panelWidth, at99.textColumn, at99.wrapWidth], [false, 99, 99, 96]);
});

test('without the panel the text has the whole width, centred at most 100 wide', () => {
	const wide = geometry(200, 60, {panel: false, bottomBars: 0});
	assert.deepEqual([wide.panelBeside, wide.textColumn, wide.wrapWidth, wide.indent], [false, 200, 100, 50]);
});

test('the pager is the rows left by the status line, a bottom bar and the row Ink needs free', () => {
	assert.equal(geometry(80, 24, withPanel).pagerHeight, 22);
	assert.equal(geometry(80, 24, {panel: true, bottomBars: 1}).pagerHeight, 21);
	assert.equal(geometry(80, 4, withPanel).tooSmall, true);
	assert.equal(geometry(19, 24, withPanel).tooSmall, true);
});
