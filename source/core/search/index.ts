// The search engine's face: build an index over loaded articles (at once or in slices), add who
// speaks in them as their quotes are found, then query it.
export {buildSearchIndex, buildSearchIndexInSlices, type SearchIndex} from './build.js';
export {searchIndex, type SearchOptions} from './search.js';
export type {SliceOptions} from './slices.js';
export {addArticleSpeakers, addSpeakersInSlices, type QuotesOf} from './speakers.js';
export type {ParagraphHit, SearchResults, SpeakerHit} from './types.js';
