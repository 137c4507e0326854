import {test} from 'node:test';
import assert from 'node:assert/strict';
import {describeCounts} from '../../source/core/search/counts.js';
import type {ParagraphHit, SearchResults, SpeakerHit} from '../../source/core/search/types.js';

const hits = (count: number): ParagraphHit[] => Array.from({length: count}, (_, paragraph) => ({article: 0, paragraph, score: 0, matches: [[0, 1]]}));
const speaker: SpeakerHit = {article: 0, name: 'Sergei Lavrov', quotes: 8, score: 0, matches: [[0, 6]]};
const results = (fields: Partial<SearchResults>): SearchResults => ({query: 'q', speakers: [], paragraphs: [], matchCount: 0, ...fields});

test('counts say how many matches are in how many paragraphs, speakers only when there are some', () => {
	assert.equal(describeCounts(results({speakers: [speaker], paragraphs: hits(7), matchCount: 8, total: 7})), '1 speaker · 8 matches in 7 paragraphs');
	assert.equal(describeCounts(results({paragraphs: hits(1), matchCount: 1, total: 1})), '1 match in 1 paragraph');
	assert.equal(describeCounts(results({speakers: [speaker, speaker]})), '2 speakers');
	assert.equal(describeCounts(results({})), 'no matches');
});

test('when only the best paragraphs are listed, the matches are counted in those, and it says so', () => {
	// The QA report's `1 speaker · 113 paragraphs · 102 matches in the best 100`: 102 matches in 113 paragraphs?
	assert.equal(describeCounts(results({speakers: [speaker], paragraphs: hits(100), matchCount: 102, total: 113})), '1 speaker · 102 matches in the best 100 of 113 paragraphs');
	assert.equal(describeCounts(results({paragraphs: hits(100), matchCount: 130, total: 2248})), '130 matches in the best 100 of 2248 paragraphs');
});
