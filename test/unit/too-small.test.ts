import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {tooSmallLines} from '../../source/state/too-small.js';

test('the too-small note says what to do first, fits the screen and leaves Ink its free last row', () => {
	for (const [columns, rows] of [[19, 4], [10, 3], [60, 3], [5, 2], [1, 1]] as const) {
		const lines = tooSmallLines(columns, rows);
		assert.ok(lines.length <= Math.max(1, rows - 1), `${columns}x${rows}: ${lines.length} lines`);
		for (const line of lines) {
			assert.ok(stringWidth(line) <= columns, `${columns}x${rows}: ${JSON.stringify(line)} fits`);
			assert.doesNotMatch(line, /^\s|\s$/, 'no line starts or ends with a space');
		}
	}
	assert.match(tooSmallLines(19, 4).join(' '), /^Terminal too small: enlarge it or press q\.$/);
	assert.match(tooSmallLines(60, 3).join(' '), /^Terminal too small: enlarge it or press q\. It is 60x3; news-tui needs 20x5\.$/);
});
