import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import displayWidth from '../../source/core/display-width.js';
import {fitWidth} from '../../source/core/fit.js';
import {loadPaths} from '../../source/core/load.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'wikinews');

test('a cut at a space leaves no space before the ellipsis', () => {
	// 2020/098's headline in the status line at 80x24 (QA polish 6).
	const headline = 'Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers about how pandemic has effected their lives';
	assert.equal(fitWidth(headline, 52), 'Living with HIV during COVID-19: Wikinews talks to…');
	assert.equal(fitWidth('a  \u00A0 b', 5), 'a…');
	assert.equal(fitWidth('   words', 4), '…');
});

test('never cuts inside what a terminal draws as one', () => {
	assert.equal(fitWidth('ok 👨‍👩‍👧 go', 10), 'ok 👨‍👩‍👧…');
	assert.equal(fitWidth('ok 👨‍👩‍👧 go', 9), 'ok…');
	assert.equal(fitWidth('cafe\u0301s', 5), 'cafe\u0301s');
	assert.equal(fitWidth('cafe\u0301s', 4), 'caf…');
});

test('every corpus headline fits every width, with no space before the ellipsis', () => {
	const loaded = loadPaths([corpus], () => new Uint8Array());
	assert.ok(loaded.ok);
	for (const {title} of loaded.articles) {
		for (let width = 1; width <= 60; width++) {
			const fitted = fitWidth(title, width);
			assert.ok(displayWidth(fitted) <= width, `${width}: ${fitted}`);
			assert.doesNotMatch(fitted, /\s…$/, `${width}: ${fitted}`);
			if (fitted !== title) assert.ok(title.startsWith(fitted.slice(0, -1)) && fitted.endsWith('…'), fitted);
		}
	}
});
