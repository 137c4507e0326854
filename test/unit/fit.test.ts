import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fitWidth} from '../../source/core/fit.js';
import {loadPaths} from '../../source/core/load.js';
import {assertHeadlineFits} from '../article-invariants.js';
import {wikinews} from '../fixtures/wikinews.js';

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

test('every Wikinews headline fits every width, with no space before the ellipsis', () => {
	const loaded = loadPaths([wikinews], () => new Uint8Array());
	assert.ok(loaded.ok);
	for (const article of loaded.articles) assertHeadlineFits(article);
});
