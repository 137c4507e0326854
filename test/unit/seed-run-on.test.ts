// The seed's source dropped a full stop ("… TASS quoted Lavrov as saying Lavrov also stated …"). The seed is
// left as it is; the panel and the marks in the text must still be right there.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadPaths} from '../../source/core/load.js';
import {extractQuotes} from '../../source/core/quotes/extract.js';
import {speakerGroups} from '../../source/state/panel.js';
import {quoteMarks} from '../../source/ui/speaker-style.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const loaded = loadPaths([path.join(root, 'seeds')], () => new Uint8Array());
assert.ok(loaded.ok);
const seed = loaded.articles[0]!;
const runOn = seed.paragraphs.findIndex(text => text.includes('TASS quoted Lavrov as saying Lavrov also stated'));

test('the run-on sentence: both quotes are Lavrov’s, the first via TASS, each mark on its own words', () => {
	assert.ok(runOn > 0, 'the seed still reads as its source gave it');
	const quotes = extractQuotes(seed);
	const here = quotes.quotes.filter(quote => quote.paragraph === runOn);
	assert.deepEqual(
		here.map(quote => [quote.speaker, quote.kind, quote.via, quote.text.slice(0, 20)]),
		[
			['Sergei Lavrov', 'direct', 'TASS', 'No matter what it sa'],
			['Sergei Lavrov', 'partial', null, 'not change the essen'],
		],
	);
	const text = seed.paragraphs[runOn]!;
	for (const quote of here) assert.equal(text.slice(quote.start, quote.end), quote.text);
	const marks = quoteMarks(quotes, null, true).filter(mark => mark.paragraph === runOn);
	assert.deepEqual(marks.map(mark => text.slice(mark.start, mark.end)), here.map(quote => quote.text));
	assert.deepEqual(marks.map(mark => mark.tag), ['1', '1'], 'Lavrov is speaker 1');
});

test('the panel has no speaker made of the run-on words', () => {
	const names = speakerGroups(extractQuotes(seed)).map(group => group.speaker?.name ?? null);
	assert.deepEqual(names, ['Sergei Lavrov', 'Kim Jong Un', 'Kremlin']);
});
