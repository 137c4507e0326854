// The search engine's face: build an index over loaded articles (at once or in slices), then query it.
export {buildSearchIndex, buildSearchIndexInSlices, type QuotesOf, type SearchIndex, type SliceOptions} from './build.js';
export {searchIndex, type SearchOptions} from './search.js';
export type {ParagraphHit, SearchResults, SpeakerHit} from './types.js';
