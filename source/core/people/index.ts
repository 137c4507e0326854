// Everyone quoted across the loaded articles, one entry per person: built article by article as
// quotes are found, settled when asked, filtered as a name is typed.
export {findPeople, mentionKey, PeopleBuilder} from './build.js';
export {articleDate} from './dates.js';
export {filterPeople, peopleFilter, type PeopleFilter} from './filter.js';
export {speakerHitsAsPeople} from './speaker-hits.js';
export type {People, Person, PersonArticle} from './types.js';
