import {test} from 'node:test';
import assert from 'node:assert/strict';
import {describeCounts} from '../../source/core/search/counts.js';
import type {ParagraphHit, SearchResults, SpeakerHit} from '../../source/core/search/types.js';

const hits = (count: number): ParagraphHit[] => Array.from({length: count}, (_, paragraph) => ({article: 0, paragraph, score: 0, matches: [[0, 1]]}));
const speaker: SpeakerHit = {article: 0, name: 'Sergei Lavrov', quotes: 8, score: 0, matches: [[0, 6]]};
const results = (fields: Partial<SearchResults>): SearchResults => ({query: 'q', speakers: [], paragraphs: [], matchCount: 0, ...fields});

test('counts name speakers only when there are some', () => {
	assert.equal(describeCounts(results({speakers: [speaker], paragraphs: hits(7), matchCount: 8, total: 7})), '1 speaker · 7 paragraphs · 8 matches');
	assert.equal(describeCounts(results({paragraphs: hits(1), matchCount: 1, total: 1})), '1 paragraph · 1 match');
	assert.equal(describeCounts(results({})), 'no matches');
});

test('matches counted in the best paragraphs only say so', () => {
	assert.equal(describeCounts(results({paragraphs: hits(100), matchCount: 130, total: 2248})), '2248 paragraphs · 130 matches in the best 100');
});
