import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {statusLine, type Status} from '../../source/state/status.js';

const status: Status = {
	article: '1/1',
	title: "'Moscow To Develop Cooperation With North Korea Despite Sanctions': Sergei Lavrov",
	position: '58%',
	hint: '? help · q quit',
};

test('the status line is exactly as wide as the screen, and the headline gives way to an ellipsis', () => {
	for (const width of [20, 30, 40, 80, 160]) assert.equal(stringWidth(statusLine(status, width)), width, `${width} columns`);
	assert.equal(statusLine(status, 80), " 1/1  'Moscow To Develop Cooperation With North Korea De…  58%  ? help · q quit ");
	assert.ok(statusLine(status, 160).includes('Sergei Lavrov  '), 'a wide screen has the whole headline');
});

test('on narrow screens the hint shortens, then goes, before the headline does', () => {
	assert.equal(statusLine(status, 30), " 1/1  'Moscow T…  58%  ? help ");
	assert.equal(statusLine(status, 20), " 1/1  'Moscow…  58% ");
	assert.match(statusLine({...status, match: 'match 3/17', hint: 'n/N · Esc clear · ? help'}, 40), /match 3\/17 {2}58% {2}n\/N $/);
});
